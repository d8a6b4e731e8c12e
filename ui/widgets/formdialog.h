#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QString>

class QComboBox;
class QDateEdit;
class QDialog;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace oversight {

/// The parts every record dialog shares (intake, step, finding, call-back): a multi-line box of a fixed
/// number of lines (an unbounded box grows a dialog past a laptop's screen), the red line that shows the
/// service's refusal, and the button row; then the one layout they all use.
class FormDialog
{
    Q_DECLARE_TR_FUNCTIONS(oversight::FormDialog)
public:
    /// A plain-text box `lines` lines high; Tab moves on instead of typing a tab.
    static QPlainTextEdit *textBox(const QString &text, int lines, const QString &objectName,
                                   QWidget *parent);

    /// A date box with its calendar, written yyyy-MM-dd.
    static QDateEdit *dateBox(QDate date, const QString &objectName, QWidget *parent);

    /// Keeps `combo` at least `characters` characters wide, however short its items; gives it back.
    static QComboBox *widen(QComboBox *combo, int characters);

    /// The hidden red label a dialog shows the service's message in (objectName "errorLabel").
    static QLabel *errorLabel(QWidget *parent);
    /// Shows `message` in `label`.
    static void showError(QLabel *label, const QString &message);

    /// Cancel and one accepting button (`accept` with text `acceptText`, objectName `acceptName`), wired to
    /// the dialog's accept() (its override runs, virtual) and reject().
    static QDialogButtonBox *buttons(QDialog *dialog, QDialogButtonBox::StandardButton accept,
                                     const QString &acceptText, const QString &acceptName);

    /// form, then the error line, then the buttons; about 34 characters wide.
    static void lay(QDialog *dialog, QFormLayout *form, QLabel *error, QDialogButtonBox *buttons);
};

} // namespace oversight
