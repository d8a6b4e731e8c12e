#pragma once

#include "domain/formdata.h"

#include <QDate>
#include <QWidget>

class QListWidget;
class QTableWidget;
class QTableWidgetItem;
class QLabel;
class QPushButton;
class QUndoStack;

namespace oversight {

/// One widget for any form definition: the form's figures as a two-column table (derived values update as
/// the clerk types), its checklist items or register rows as a table (a register adds and removes rows and
/// takes rows pasted from Excel or WPS), and the findings of the form's checks beside the cells (red for an
/// error, yellow for a warning) and in a list below: clicking a message goes to its cell. Every edit is on
/// an undo stack (Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y).
class FormEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit FormEditor(QWidget *parent = nullptr);
    /// A cell still being edited commits as the window closes: nothing of this half-gone editor may hear it.
    ~FormEditor() override;

    /// Shows `data` for `spec`; clears the undo stack. `today` dates the expiry checks.
    void setForm(const FormSpec &spec, const FormData &data, QDate today);
    [[nodiscard]] FormData data() const;
    [[nodiscard]] const std::vector<FormFinding> &findings() const { return m_findings; }
    void setReadOnly(bool readOnly);
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] QTableWidget *fieldsTable() const { return m_fields; }
    [[nodiscard]] QTableWidget *rowsTable() const { return m_rows; }
    [[nodiscard]] QListWidget *findingsList() const { return m_findingList; }

    /// Pastes tab-separated text (as Excel and WPS put on the clipboard) into the rows table from the
    /// current cell (or the first column of a new row); a register grows to take every row. One undo step.
    void pasteText(const QString &text);
    /// Selects the cell a finding points at.
    void goToFinding(const FormFinding &finding);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class CellEdit;
    friend class RowsEdit;
    void buildTables();
    void cellEdited(QTableWidgetItem *item);
    void setCell(QTableWidget *table, int row, int column, const QString &value);
    void insertRows(int at, const std::vector<QStringList> &rows);
    void removeRows(int at, int count);
    void addRow();
    void removeSelectedRows();
    void refresh();
    [[nodiscard]] const FieldSpec *specOf(QTableWidget *table, int row, int column) const;
    [[nodiscard]] int firstColumn() const { return 0; }

    FormSpec m_spec;
    QDate m_today;
    bool m_applying = false;
    bool m_readOnly = false;
    std::vector<FormFinding> m_findings;

    QLabel *m_fieldsTitle = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_rowsTitle = nullptr;
    QTableWidget *m_rows = nullptr;
    QPushButton *m_addRow = nullptr;
    QPushButton *m_removeRow = nullptr;
    QPushButton *m_paste = nullptr;
    QListWidget *m_findingList = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace oversight
