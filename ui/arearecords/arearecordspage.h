#pragma once

#include "arearecorddialog.h"
#include "domain/arearecords.h"
#include "widgets/campaignpage.h"

#include <array>
#include <variant>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace oversight {

class AreaRecordFilterProxy;
class AreaRecordModel;
class AreaRecordService;
class ImportDialog;

/// The record kinds of the page, in the order of its tabs.
enum class AreaRecordKind
{
    Training,
    Exam,
    Meeting,
    PenaltyFiling,
    GuidingCase,
};

/// Area 7 (队伍建设: training sessions, exams — 凡考试必培训 marks an exam without training before it) and
/// area 10 (体制改革: the coordination group's meetings, 重大行政处罚备案 with late filings marked, guiding
/// cases), one tab per kind: a table (one model per kind behind a filter proxy) with search, unit and
/// "marked only" filters; add, edit, delete after asking; import, export and templates for the lists units send.
class AreaRecordsPage final : public CampaignPage
{
    Q_OBJECT
public:
    AreaRecordsPage(AreaRecordService &service, UnitService &units, const Clock &clock, QWidget *parent = nullptr);

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] AreaRecordModel *model(AreaRecordKind kind) const { return tab(kind).model; }
    [[nodiscard]] AreaRecordFilterProxy *proxy(AreaRecordKind kind) const { return tab(kind).proxy; }
    [[nodiscard]] QTableView *view(AreaRecordKind kind) const { return tab(kind).view; }
    [[nodiscard]] AreaRecordKind currentKind() const;
    /// The id of the selected row of the current tab (0 for none).
    [[nodiscard]] qint64 selectedId() const;
    void select(AreaRecordKind kind, qint64 id);
    /// The import dialog of the current tab's list on `path`, already checking it (open, not modal).
    ImportDialog *openImportDialog(const QString &path);
    /// Writes the current tab's list (only the unit chosen in its unit filter, if one is) to `path` in its
    /// import template and returns how many records it holds; a file that cannot be written is said in a
    /// warning (nullopt). The Export button's work, and the tests' way in without a file dialog.
    std::optional<int> exportTo(const QString &path);

public Q_SLOTS:
    void addRecord();
    void editSelected();
    /// Deletes the selected record (entered by mistake), after asking.
    void removeSelected();
    void importList();
    void saveTemplate();
    void exportList();

private:
    struct Tab
    {
        AreaRecordModel *model = nullptr;
        AreaRecordFilterProxy *proxy = nullptr;
        QTableView *view = nullptr;
        QComboBox *unitFilter = nullptr;
        QLabel *count = nullptr;
    };
    [[nodiscard]] const Tab &tab(AreaRecordKind kind) const { return m_tabData.at(size_t(kind)); }
    void buildTab(AreaRecordKind kind, AreaRecordModel *model, const QString &title, const QString &flagText);
    void reload() override;
    void fillUnitFilters();
    void updateActions();
    void updateCount(AreaRecordKind kind);
    [[nodiscard]] std::optional<AreaRecord> selectedRecord() const;
    [[nodiscard]] AreaRecord blank(AreaRecordKind kind) const;
    /// The record dialog on `record` (a new one or the selected one); selects what it saved.
    void openRecord(const AreaRecord &record);

    AreaRecordService &m_service;
    QTabWidget *m_tabs = nullptr;
    std::array<Tab, 5> m_tabData;
    QLabel *m_summary = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_templateButton = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace oversight
