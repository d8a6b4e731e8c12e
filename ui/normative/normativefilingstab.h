#pragma once

#include "domain/normative.h"
#include "normativetab.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace oversight {

class ImportDialog;
struct FilingFilter;

/// The filing register (规范性文件备案): filters by unit, result, clean-up round, late and text; the selected
/// document's filing, materials checklist, review and correction; the actions on it, and the import of a
/// filing list from Excel.
class NormativeFilingsTab final : public NormativeTab
{
    Q_OBJECT
public:
    NormativeFilingsTab(NormativeService &service, UnitService &units, const Clock &clock,
                        QWidget *parent = nullptr);

    /// Late days depend on the day.
    void refreshDay();

    [[nodiscard]] QTableWidget *table() const { return m_filings; }
    [[nodiscard]] QTextBrowser *detail() const { return m_detail; }
    [[nodiscard]] NormativeDocumentId selectedDocument() const;
    void selectDocument(NormativeDocumentId id);
    /// The unit the unit filter shows (none for all units): what a new record starts with.
    [[nodiscard]] UnitId filteredUnit() const;
    /// The campaign's documents, every one (not only those the filters show).
    [[nodiscard]] const std::vector<NormativeDocument> &documents() const { return m_documents; }
    /// The import dialog on `path`, already checking it (open, not modal); for tests and importFilings().
    ImportDialog *openImportDialog(const QString &path);

public Q_SLOTS:
    void registerFiling();
    void recordUnfiled();
    void editSelected();
    void fileSelected();
    void reviewSelected();
    void correctSelected();
    void raiseProblem();
    /// Deletes the selected document (entered by mistake), after asking.
    void removeSelected();
    void importFilings();
    void saveTemplate();

private:
    void reload() override;
    void unitsChanged() override;
    void fillUnitFilter();
    void fillRoundFilter();
    void reloadFilings();
    void fillFilings();
    /// The filters as the clerk set them.
    [[nodiscard]] FilingFilter filter() const;
    void fillRow(int row, const NormativeDocument &d);
    void updateDetail();
    void updateActions();
    /// Opens the filing dialog on `d`, selecting what it saved.
    void openFiling(const NormativeDocument &d, const QString &title = {});
    /// Opens the filing dialog on a new document of the campaign from the filtered unit, filed on `filedOn`
    /// (invalid: known but not filed).
    void openNewFiling(QDate filedOn);
    [[nodiscard]] int filingDays() const { return m_campaign.rules.filingDeadlineDays; }

    std::vector<NormativeDocument> m_documents;

    QComboBox *m_unitFilter = nullptr;
    QComboBox *m_resultFilter = nullptr;
    QComboBox *m_roundFilter = nullptr;
    QCheckBox *m_lateCheck = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableWidget *m_filings = nullptr;
    QTextBrowser *m_detail = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_fileButton = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_correctButton = nullptr;
    QPushButton *m_ledgerButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace oversight
