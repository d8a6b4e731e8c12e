#pragma once

#include "exchange/importer.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace oversight {

/// Brings a spreadsheet into the register, the careful way: the dialog reads and checks the whole file
/// first (nothing written), previews its first rows, lists every problem by row and column, and enables
/// Import only for a clean file. Import reads the file again and writes it in one transaction, so what is
/// written is the file as it is now. Large files show a progress dialog that can cancel before the write.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    using ImporterFactory = std::function<std::unique_ptr<RecordImporter>()>;

    /// `what` names the records for the title ("Enforcement units").
    ImportDialog(QString what, ImporterFactory factory, QWidget *parent = nullptr);

    /// Chooses the file and checks it (what "Choose…" does after the file dialog).
    void setFile(const QString &path);
    [[nodiscard]] QString file() const;
    /// The last check's or import's report.
    [[nodiscard]] const ImportReport &report() const { return m_report; }
    [[nodiscard]] QPushButton *importButton() const { return m_importButton; }
    [[nodiscard]] QTableWidget *issueTable() const { return m_issues; }
    [[nodiscard]] QTableWidget *previewTable() const { return m_preview; }

public Q_SLOTS:
    /// Reads and checks the file again (after the clerk fixed it in WPS or Excel).
    void check();
    /// Imports the checked file; on success the dialog closes with Accepted.
    void runImport();

Q_SIGNALS:
    /// After a successful import: how many were added, updated and unchanged.
    void imported(int added, int updated, int unchanged);

private:
    void chooseFile();
    [[nodiscard]] std::optional<ImportReport> run(bool dryRun);
    void showReport();
    void showIssueRow(int row);

    QString m_what;
    ImporterFactory m_factory;
    ImportReport m_report;
    bool m_checked = false;

    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_issues = nullptr;
    QWidget *m_issueBox = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace oversight
