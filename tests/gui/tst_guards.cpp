// The guards on typed work: an editor closed with changes not saved asks Save / Discard / Cancel (the form
// dialog, then a record dialog whose Save is refused), and a clean one closes without asking.
#include "ledger/problemdialogs.h"
#include "messagebox.h"
#include "services/ledgerservice.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "submissions/submissiondialog.h"
#include "tempworkspace.h"
#include "widgets/formeditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace oversight;

namespace {
UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}

Submission::Status statusOf(TempWorkspace &t, UnitId unit)
{
    return t.ws->submissions().submission(t.campaign, unit, u"附件1"_qs).value().status;
}

bool askedToSave()
{
    const auto shown = MessageBox::takeShown();
    return shown.size() == 1 && shown[0].text.contains(u"Save the changes"_qs);
}
} // namespace

class TestGuards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void formDialogAsksBeforeDroppingFigures()
    {
        TempWorkspace t(QDate(2022, 5, 25));
        const UnitId unit = addUnit(t, u"旗公安局"_qs);
        const Campaign c = t.ws->campaigns().campaign(t.campaign).value();
        const Unit u = t.ws->units().unit(unit).value();

        // Nothing typed: Close closes at once.
        {
            SubmissionDialog dialog(t.ws->submissions(), t.ws->clock(), c, u, u"附件1"_qs);
            dialog.show();
            dialog.findChild<QPushButton *>(u"closeSubmission"_qs)->click();
            QVERIFY(!dialog.isVisible());
            const auto shown = MessageBox::takeShown();
            QVERIFY2(shown.isEmpty(), qPrintable(shown.isEmpty() ? QString() : shown[0].text));
        }

        SubmissionDialog dialog(t.ws->submissions(), t.ws->clock(), c, u, u"附件1"_qs);
        dialog.show();
        dialog.editor()->rowsTable()->item(1, 0)->setText(u"已落实"_qs);
        QVERIFY(dialog.isDirty());

        // Cancel: the dialog stays with the typed text.
        MessageBox::setNextAnswers({QMessageBox::Cancel});
        dialog.reject();
        QVERIFY(askedToSave());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.editor()->rowsTable()->item(1, 0)->text(), u"已落实"_qs);

        // Escape, then Save: recorded as received and closed.
        MessageBox::setNextAnswers({QMessageBox::Save});
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(askedToSave());
        QVERIFY(!dialog.isVisible());
        QCOMPARE(statusOf(t, unit), Submission::Status::Received);

        // Discard: the change is dropped, the stored form unchanged.
        SubmissionDialog again(t.ws->submissions(), t.ws->clock(), c, u, u"附件1"_qs);
        again.show();
        QCOMPARE(again.editor()->rowsTable()->item(1, 0)->text(), u"已落实"_qs);
        QVERIFY(!again.isDirty());
        again.editor()->rowsTable()->item(1, 0)->setText(u"未落实"_qs);
        MessageBox::setNextAnswers({QMessageBox::Discard});
        again.close();
        QVERIFY(askedToSave());
        QVERIFY(!again.isVisible());
        SubmissionDialog third(t.ws->submissions(), t.ws->clock(), c, u, u"附件1"_qs);
        QCOMPARE(third.editor()->rowsTable()->item(1, 0)->text(), u"已落实"_qs);

        // Saved in place, then closed: nothing to ask.
        third.show();
        third.editor()->rowsTable()->item(2, 0)->setText(u"已落实"_qs);
        third.findChild<QPushButton *>(u"saveSubmission"_qs)->click();
        QVERIFY(!third.isDirty());
        third.reject();
        QVERIFY(MessageBox::takeShown().isEmpty());
        QVERIFY(!third.isVisible());
    }

    void refusedSaveKeepsTheDialogOpen()
    {
        TempWorkspace t(QDate(2022, 5, 25));
        addUnit(t, u"旗公安局"_qs);
        const Campaign c = t.ws->campaigns().campaign(t.campaign).value();
        ProblemDialog dialog(t.ws->ledger(), c, t.ws->units().units(t.campaign).value(), Problem{});
        dialog.show();
        dialog.findChild<QPlainTextEdit *>(u"measureEdit"_qs)->setPlainText(u"立即整改"_qs);
        // Save from the prompt runs the dialog's own checks: no description, refused, still open.
        MessageBox::setNextAnswers({QMessageBox::Save});
        dialog.reject();
        QVERIFY(askedToSave());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"errorLabel"_qs)->isVisible());
        QVERIFY(!dialog.savedId().isValid());
        // Typed back to what it was: clean again, closes without asking.
        dialog.findChild<QPlainTextEdit *>(u"measureEdit"_qs)->clear();
        dialog.reject();
        QVERIFY(MessageBox::takeShown().isEmpty());
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestGuards)
#include "tst_guards.moc"
