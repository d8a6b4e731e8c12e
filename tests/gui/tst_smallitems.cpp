// The clerk's smaller stumbles, each fixed: typing after "Add row" goes into the new row; Ctrl+C copies the
// selected rows with their headers; the close (销号) dialog offers adding evidence when it refuses for want of
// it; a unit drop-down narrows to what is typed; Print on a form shows a preview first.
#include "ledger/ledgerpage.h"
#include "ledger/problemdialogs.h"
#include "messagebox.h"
#include "models/problemtablemodel.h"
#include "services/ledgerservice.h"
#include "services/submissionservice.h"
#include "services/unitservice.h"
#include "submissions/submissionspage.h"
#include "tempworkspace.h"
#include "widgets/formeditor.h"
#include "widgets/searchablecombo.h"
#include "widgets/tablecopy.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableView>
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

ProblemId addProblem(TempWorkspace &t, UnitId unit, const QString &description)
{
    Problem p;
    p.campaign = t.campaign;
    p.unit = unit;
    p.area = 1;
    p.source = Problem::Source::SelfCheck;
    p.description = description;
    p.measure = QStringLiteral("限期整改");
    p.owner = QStringLiteral("王强");
    return t.ws->ledger().add(p).value();
}
} // namespace

class TestSmallItems final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void typingAfterAddRowEditsTheNewRow()
    {
        TempWorkspace t(QDate(2022, 5, 25));
        const Campaign c = t.ws->campaigns().campaign(t.campaign).value();
        const FormSpec *spec = nullptr;
        for (const FormSpec &s : c.forms)
            if (s.hasRows() && !s.fixedRows() && !spec)
                spec = &s;
        QVERIFY(spec);
        FormEditor editor;
        editor.setForm(*spec, FormData(), QDate(2022, 5, 25));
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *add = editor.findChild<QPushButton *>(QStringLiteral("addRow"));
        QVERIFY(add && add->isVisible());
        const int before = editor.rowsTable()->rowCount();
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(editor.rowsTable()->rowCount(), before + 1);
        // The new row's first cell is open for typing, with the focus in it (not on the button).
        auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(cellEditor, QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                                          : "no focus");
        QVERIFY(editor.rowsTable()->isAncestorOf(cellEditor));
        QCOMPARE(editor.rowsTable()->currentRow(), before);
        QTest::keyClicks(cellEditor, QStringLiteral("Wang"));
        QCOMPARE(cellEditor->text(), QStringLiteral("Wang"));
        QTest::keyClick(cellEditor, Qt::Key_Tab); // leaves the cell: committed
        QTableWidgetItem *cell = editor.rowsTable()->item(before, 0);
        QVERIFY(cell);
        QCOMPARE(cell->text(), QStringLiteral("Wang"));
    }

    void ctrlCCopiesTheSelectedRowsWithHeaders()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        const UnitId unit = addUnit(t, QStringLiteral("旗公安局"));
        const ProblemId a = addProblem(t, unit, QStringLiteral("案卷未附送达回证"));
        addProblem(t, unit, QStringLiteral("执法证件过期"));
        const ProblemId c = addProblem(t, unit, QStringLiteral("未公示\t处罚决定"));
        LedgerPage page(t.ws->ledger(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        page.show();
        page.selectProblem(a);
        page.table()->selectionModel()->select(
            page.proxy()->mapFromSource(page.model()->index(page.model()->rowOf(c), 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(page.table(), QKeySequence::Copy);
        const QString text = QGuiApplication::clipboard()->text();
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const int columns = page.model()->columnCount();
        QCOMPARE(lines.first().split(QLatin1Char('\t')).size(), columns);
        QVERIFY2(lines.first().contains(
                     page.model()->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString()),
                 qPrintable(lines.first()));
        QVERIFY(text.contains(QStringLiteral("案卷未附送达回证")));
        QVERIFY(text.contains(QStringLiteral("未公示 处罚决定"))); // a tab inside a cell stays in its cell
        QVERIFY(!text.contains(QStringLiteral("执法证件过期")));
        for (const QString &line : lines)
            QCOMPARE(line.split(QLatin1Char('\t')).size(), columns);
        QCOMPARE(TableCopy::text(page.table()), text);
    }

    void theCloseDialogOffersEvidenceWhenItRefuses()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        const ProblemId id = addProblem(t, addUnit(t, QStringLiteral("旗公安局")), QStringLiteral("案卷未附送达回证"));
        QVERIFY(t.ws->ledger().moveTo(id, Problem::Status::AwaitingVerification).ok());
        LedgerStepDialog close(t.ws->ledger(), LedgerStepDialog::Kind::Close, {id}, Problem::Status::Closed,
                               QDate(2022, 9, 16));
        close.show();
        QVERIFY(!close.addEvidenceButton()->isVisible()); // nothing to offer before a refusal
        close.noteEdit()->setPlainText(QStringLiteral("现场核查属实"));
        close.accept();
        QVERIFY(close.isVisible());
        QVERIFY(close.addEvidenceButton()->isVisible());
        QCOMPARE(t.ws->ledger().problem(id)->status, Problem::Status::AwaitingVerification);

        const QString scan = t.dir.filePath(QStringLiteral("整改照片.jpg"));
        {
            QFile f(scan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("jpeg bytes");
        }
        QCOMPARE(close.attachEvidence({scan}), 1);
        QVERIFY(close.addEvidenceButton()->text().contains(QLatin1String("1")));
        close.accept();
        QCOMPARE(close.result(), int(QDialog::Accepted));
        QCOMPARE(t.ws->ledger().problem(id)->status, Problem::Status::Closed);
    }

    void aUnitDropDownNarrowsToWhatIsTyped()
    {
        QComboBox combo;
        for (int i = 1; i <= 40; ++i)
            combo.addItem(QStringLiteral("奈曼旗第%1执法单位").arg(i), i);
        makeSearchable(&combo);
        combo.setCurrentIndex(4);
        QVERIFY(combo.isEditable());
        QCOMPARE(combo.completer()->filterMode(), Qt::MatchContains);
        combo.completer()->setCompletionPrefix(QStringLiteral("第17执"));
        QCOMPARE(combo.completer()->completionCount(), 1);
        combo.completer()->setCompletionPrefix(QStringLiteral("第1"));
        QCOMPARE(combo.completer()->completionCount(), 11); // 1, 10–19
        // Text that names no unit falls back to the current choice.
        combo.lineEdit()->setText(QStringLiteral("不存在"));
        Q_EMIT combo.lineEdit()->editingFinished();
        QCOMPARE(combo.currentText(), QStringLiteral("奈曼旗第5执法单位"));
        combo.lineEdit()->setText(QStringLiteral("奈曼旗第23执法单位"));
        Q_EMIT combo.lineEdit()->editingFinished();
        QCOMPARE(combo.currentData().toInt(), 23);

        // The dialogs' unit drop-downs are such.
        TempWorkspace t(QDate(2022, 9, 16));
        std::vector<Unit> units;
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        ProblemDialog dialog(t.ws->ledger(), campaign, units, Problem{});
        auto *unitCombo = dialog.findChild<QComboBox *>(QStringLiteral("unitCombo"));
        QVERIFY(unitCombo && unitCombo->isEditable() && unitCombo->completer());
        QCOMPARE(unitCombo->completer()->filterMode(), Qt::MatchContains);
    }

    void printOnAFormShowsAPreviewFirst()
    {
        TempWorkspace t(QDate(2022, 5, 25));
        addUnit(t, QStringLiteral("旗公安局"));
        SubmissionsPage page(t.ws->submissions(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        page.show();
        QDialog *dialog = page.openCell(0, 0, false);
        QVERIFY(dialog);
        auto *print = dialog->findChild<QPushButton *>(QStringLiteral("printSubmission"));
        QVERIFY(print && print->isVisible());
        QTest::mouseClick(print, Qt::LeftButton);
        QPrintPreviewDialog *preview = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *p = qobject_cast<QPrintPreviewDialog *>(w); p && p->isVisible())
                preview = p;
        QVERIFY2(preview, "no print preview shown");
        QCOMPARE(preview->objectName(), QStringLiteral("printPreview"));
        QVERIFY(preview->height() <= 700);
        preview->close();
        dialog->close();
        delete dialog;
    }
};

QTEST_MAIN(TestSmallItems)
#include "tst_smallitems.moc"
