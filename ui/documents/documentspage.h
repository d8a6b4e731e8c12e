#pragma once

#include "documents/documentrenderer.h"
#include "documents/noticegenerator.h"
#include "domain/officialdocument.h"
#include "domain/supervisionnotice.h"
#include "widgets/campaignpage.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QDateEdit;
class QSpinBox;
class QTableWidget;

namespace oversight {

class DocumentService;

/// The bureau's official documents of the current campaign, issued and draft: new drafts generated from
/// the file, the editor, print preview, printing, PDF and an editable ODT copy; issuing and voiding.
/// Issued documents are exported from their stored PDF, byte for byte.
class DocumentsPage final : public CampaignPage
{
    Q_OBJECT
public:
    DocumentsPage(DocumentService &documents, UnitService &units, const Clock &clock,
                  QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    /// The document of the selected row, if any.
    [[nodiscard]] std::optional<DocumentRecord> selected() const;
    /// Selects the row of `id`.
    void select(DocumentId id);
    /// A new draft 执法监督通知书 from a supervision case's content; selects it. Refusals are shown.
    std::optional<DocumentId> draftSupervisionNotice(const SupervisionNoticeContent &content);
    /// Where a new spot-check results notice takes its figures (the case review's results); without one the
    /// notice carries 【N】 placeholders.
    void setSpotCheckSource(std::function<SpotCheckResults(CampaignId)> source)
    {
        m_spotCheckSource = std::move(source);
    }
    /// The campaign's data on a day (CampaignData::load, the figures `status` counts): a new reminder asks
    /// for what the unit owes, a critical notice names the units of every finding; without one neither can
    /// be drafted.
    using DataSource = std::function<Result<CampaignData>(CampaignId, QDate)>;
    void setDataSource(DataSource source) { m_dataSource = std::move(source); }
    /// The number and date fields above the Issue button (0 and an invalid date: the proposed ones).
    [[nodiscard]] QSpinBox *numberField() const { return m_number; }
    [[nodiscard]] QDateEdit *dateField() const { return m_date; }

public Q_SLOTS:
    /// A new draft of the kind chosen above the table (a reminder goes to the chosen unit).
    void newDraft();
    void editSelected();
    void deleteSelected();
    void issueSelected();
    void voidSelected();
    void previewSelected();
    void printSelected();
    /// PDF of the selected document to `path` (asks for a file when empty).
    void exportPdf(const QString &path = {});
    /// ODT copy of the selected document to `path` (asks for a file when empty).
    void exportOdt(const QString &path = {});

private:
    void campaignChanged() override;
    void reload() override;
    /// The unit choice follows the register (keeping the chosen unit).
    void refillUnits();
    void updateActions();
    void paintOn(QPrinter *printer);
    [[nodiscard]] OfficialDocument printable(const DocumentRecord &record) const;

    DocumentService &m_documents;
    DocumentRenderer m_renderer;
    std::function<SpotCheckResults(CampaignId)> m_spotCheckSource;
    DataSource m_dataSource;

    QComboBox *m_kind = nullptr;
    QComboBox *m_unit = nullptr;
    QSpinBox *m_number = nullptr;
    QDateEdit *m_date = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_fonts = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_void = nullptr;
    QList<QPushButton *> m_output; // preview, print, PDF, ODT
};

} // namespace oversight
