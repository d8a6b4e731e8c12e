#include "messagebox.h"

#include <QAbstractButton>

#include <utility>

namespace oversight {

namespace {
// The only mutable statics of the UI: a test seam, untouched unless a test turns it on.
struct TestScript
{
    bool on = false;
    QList<MessageBox::Button> answers;
    QList<MessageBox::Shown> shown;
};

TestScript &script()
{
    static TestScript s;
    return s;
}
} // namespace

MessageBox::Button MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, const QString &detail,
                                    QMessageBox::StandardButtons buttons, Button defaultButton)
{
    TestScript &s = script();
    if (s.on) {
        const Button answer = s.answers.isEmpty() ? defaultButton : s.answers.takeFirst();
        s.shown.append({icon, title, text, detail, answer});
        return answer;
    }

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    // Messages quote the clerk's data (unit names, paths); never let Qt guess they are HTML.
    box.setTextFormat(Qt::PlainText);
    box.exec();
    QAbstractButton *clicked = box.clickedButton();
    return clicked ? box.standardButton(clicked) : defaultButton;
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, {}, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                             const QString &detail)
{
    show(parent, QMessageBox::Information, title, text, detail, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &detail)
{
    show(parent, QMessageBox::Warning, title, text, detail, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget *parent, const QString &title, const QString &text, const QString &detail)
{
    show(parent, QMessageBox::Critical, title, text, detail, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    TestScript &s = script();
    if (s.on) {
        s.shown.append({QMessageBox::NoIcon, title, text, {}, QMessageBox::Ok});
        return;
    }
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswers(const QList<Button> &answers)
{
    script().on = true;
    script().answers = answers;
}

void MessageBox::setTestMode(bool on)
{
    script().on = on;
    if (!on) {
        script().answers.clear();
        script().shown.clear();
    }
}

bool MessageBox::testMode()
{
    return script().on;
}

QList<MessageBox::Shown> MessageBox::takeShown()
{
    return std::exchange(script().shown, {});
}

} // namespace oversight
