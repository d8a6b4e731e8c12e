#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>

class QWidget;

namespace oversight {

/// Every message box of the program goes through here, so GUI tests can answer them without a nested
/// event loop: in test mode no box is shown; the scripted answers are returned in order (a box with no
/// scripted answer returns its default button) and every box is recorded for the test to inspect.
class MessageBox final
{
    Q_DECLARE_TR_FUNCTIONS(oversight::MessageBox)
public:
    using Button = QMessageBox::StandardButton;

    /// A box as the clerk would have seen it (recorded in test mode only).
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString detail;
        Button answer = QMessageBox::NoButton;
    };

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text,
                            const QString &detail = {});
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &detail = {});
    static void critical(QWidget *parent, const QString &title, const QString &text,
                         const QString &detail = {});
    /// Rich text with the application icon; for Help → About.
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Test hooks.
    /// Turns test mode on and queues the answers for the next boxes.
    static void setNextAnswers(const QList<Button> &answers);
    /// Test mode without answers: every box returns its default button.
    static void setTestMode(bool on);
    [[nodiscard]] static bool testMode();
    /// The boxes recorded since the last call, oldest first.
    [[nodiscard]] static QList<Shown> takeShown();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       const QString &detail, QMessageBox::StandardButtons buttons, Button defaultButton);
};

} // namespace oversight
