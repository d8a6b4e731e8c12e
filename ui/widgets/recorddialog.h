#pragma once

#include "domain/result.h"

#include "widgets/editordialog.h"

#include <QDialogButtonBox>

#include <type_traits>

class QFormLayout;
class QLabel;

namespace oversight {

/// A dialog that edits one record and saves it through a service: its fields in a form, the red line that
/// shows the service's refusal (objectName "errorLabel"), Cancel and one accepting button. accept() saves;
/// a refusal keeps the dialog open with the service's message, and closing with typed data not saved asks
/// first (EditorDialog).
class RecordDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit RecordDialog(QWidget *parent = nullptr);

protected:
    /// Lays `form`, then the error line, then Cancel and the accepting button (`acceptText`; a Save button
    /// named "saveButton" unless told otherwise). Called once, after the fields are made.
    void layForm(QFormLayout *form, const QString &acceptText,
                 QDialogButtonBox::StandardButton accept = QDialogButtonBox::Save,
                 const QString &acceptName = QStringLiteral("saveButton"));

    /// Closes the dialog when the save succeeded; else shows why on the error line and stays open.
    /// True when it closed.
    template <typename T>
    bool closeWhenSaved(const Result<T> &saved)
    {
        if (!saved) {
            showError(saved.error().message);
            return false;
        }
        QDialog::accept();
        return true;
    }

    /// The error line, for a dialog that lays its own rows (layForm() lays it itself).
    QLabel *errorLine();
    void showError(const QString &message);
    void hideError();

private:
    QLabel *m_error = nullptr;
};

/// The one save of a record dialog: `update()` when the record already has an id (a valid typed id, or a
/// row number above 0), else `add()`. Gives the record's id either way, or the service's refusal.
template <typename Id, typename Update, typename Add>
Result<Id> addOrUpdate(const Id &id, Update &&update, Add &&add)
{
    bool exists = false;
    if constexpr (std::is_arithmetic_v<Id>)
        exists = id > 0;
    else
        exists = id.isValid();
    if (!exists)
        return add();
    if (auto r = update(); !r)
        return r.error();
    return id;
}

} // namespace oversight
