// The ledger page offscreen: filters and the instant search, the counts in its status line, a bulk status
// change with one note, closing through the dialog (refused without evidence, then with a statement),
// evidence dropped as files, and the ledger saved as PDF and Excel from what the filters show.
#include "exchange/importdialog.h"
#include "ledger/evidencedroparea.h"
#include "ledger/ledgerpage.h"
#include "ledger/problemdialogs.h"
#include "messagebox.h"
#include "models/problemtablemodel.h"
#include "services/ledgerservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace oversight;

namespace {
template <typename T>
T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

ProblemId add(TempWorkspace &t, UnitId unit, const QString &description, int area = 1)
{
    Problem p;
    p.campaign = t.campaign;
    p.unit = unit;
    p.area = area;
    p.source = Problem::Source::SelfCheck;
    p.description = description;
    p.measure = QStringLiteral("限期整改");
    p.owner = QStringLiteral("王强");
    return t.ws->ledger().add(p).value();
}
} // namespace

class TestLedgerPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    /// The page's import: checked, written in one transaction, the table reset once for the whole file (not
    /// a row at a time), and a result message naming what was added.
    void importResetsOnceAndSaysTheResult()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗公安局");
        QVERIFY(t.ws->units().create(u).ok());
        const QString file = t.dir.filePath(QStringLiteral("problems.csv"));
        {
            QString csv = QStringLiteral("单位名称,改革领域,问题来源,问题描述,整改措施,责任人,整改时限,整改状态\n");
            for (int i = 1; i <= 300; ++i)
                csv += QStringLiteral("旗公安局,%1,自查,案卷%2未附送达回证,补齐,王强,2022-10-30,待整改\n")
                           .arg(i % 10 + 1)
                           .arg(i);
            QSaveFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csv.toUtf8());
            QVERIFY(f.commit());
        }
        LedgerPage page(t.ws->ledger(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        page.show();
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(page.model(), &QAbstractItemModel::rowsInserted);
        (void)MessageBox::takeShown();
        ImportDialog *dialog = page.openImportDialog(file);
        QVERIFY(dialog->report().clean());
        QCOMPARE(page.model()->rowCount(), 0); // the check writes nothing
        dialog->runImport();
        QCOMPARE(page.model()->rowCount(), 300);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(inserts.size(), 0);
        const auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown[0].text.contains(QStringLiteral("300 added")), qPrintable(shown[0].text));
    }

    void filterSearchBulkCloseAndExport()
    {
        TempWorkspace t(QDate(2022, 9, 16));
        Unit u;
        u.campaign = t.campaign;
        u.name = QStringLiteral("旗公安局");
        const UnitId police = t.ws->units().create(u).value();
        u.name = QStringLiteral("旗林业和草原局");
        const UnitId forest = t.ws->units().create(u).value();
        const ProblemId a = add(t, police, QStringLiteral("未告知听证权利"));
        const ProblemId b = add(t, police, QStringLiteral("罚款未开具票据"), 3);
        const ProblemId c = add(t, forest, QStringLiteral("听证笔录缺少签名"));
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();

        LedgerPage page(t.ws->ledger(), t.ws->units(), t.ws->clock());
        page.setCampaign(campaign);
        page.resize(1300, 700);
        page.show();
        QCOMPARE(page.proxy()->rowCount(), 3);
        QVERIFY(page.countsText().contains(QStringLiteral("Showing 3 of 3")));
        QVERIFY(page.countsText().contains(QStringLiteral("overdue 3"))); // 09-15 passed yesterday

        // The search: two characters, instantly.
        page.searchEdit()->setText(QStringLiteral("听证"));
        page.searchNow();
        QCOMPARE(page.proxy()->rowCount(), 2);
        auto *unitFilter = child<QComboBox>(&page, "unitFilter");
        unitFilter->setCurrentIndex(unitFilter->findData(forest.value));
        QCOMPARE(page.proxy()->rowCount(), 1);
        QVERIFY(child<QLabel>(&page, "ledgerCounts")->text().contains(QStringLiteral("Showing 1 of 3")));
        page.searchEdit()->clear();
        page.searchNow();
        unitFilter->setCurrentIndex(0);
        auto *area = child<QComboBox>(&page, "areaFilter");
        area->setCurrentIndex(area->findData(3));
        QCOMPARE(page.proxy()->rowCount(), 1);
        area->setCurrentIndex(0);

        // Bulk: two problems to awaiting verification with one note.
        page.selectProblem(a);
        page.table()->selectionModel()->select(
            page.proxy()->mapFromSource(page.model()->index(page.model()->rowOf(b), 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.selectedProblems().size(), size_t(2));
        LedgerStepDialog bulk(t.ws->ledger(), LedgerStepDialog::Kind::Status, page.selectedProblems(),
                              Problem::Status::AwaitingVerification, {});
        bulk.noteEdit()->setPlainText(QStringLiteral("单位报告已整改"));
        bulk.accept();
        QCOMPARE(bulk.result(), int(QDialog::Accepted));
        QCOMPARE(t.ws->ledger().problem(a)->status, Problem::Status::AwaitingVerification);
        QCOMPARE(t.ws->ledger().history(b)->back().note, QStringLiteral("单位报告已整改"));
        auto *statusFilter = child<QComboBox>(&page, "statusFilter");
        statusFilter->setCurrentIndex(statusFilter->findData(int(Problem::Status::AwaitingVerification)));
        QCOMPARE(page.proxy()->rowCount(), 2);
        statusFilter->setCurrentIndex(0);

        // Close: refused without evidence (the dialog stays), then a dropped file is the evidence.
        page.selectProblem(a);
        LedgerStepDialog close(t.ws->ledger(), LedgerStepDialog::Kind::Close, {a}, Problem::Status::Closed,
                               QDate(2022, 9, 16));
        close.noteEdit()->setPlainText(QStringLiteral("现场核查属实"));
        close.accept();
        QVERIFY(child<QLabel>(&close, "errorLabel")->text().contains(QStringLiteral("Evidence")));
        QCOMPARE(t.ws->ledger().problem(a)->status, Problem::Status::AwaitingVerification);
        const QString scan = t.dir.filePath(QStringLiteral("整改照片.jpg"));
        {
            QFile f(scan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("jpeg bytes");
        }
        // Dropped on the page's evidence area, as from a file manager.
        auto *dropArea = child<EvidenceDropArea>(&page, "evidenceDropArea");
        QVERIFY(dropArea->isEnabled());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(scan)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(dropArea, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(dropArea, &drop);
        QCOMPARE(t.ws->ledger().evidence(a)->size(), size_t(1));
        QCOMPARE(t.ws->ledger().evidence(a)->front().fileName, QStringLiteral("整改照片.jpg"));
        close.accept();
        QCOMPARE(close.result(), int(QDialog::Accepted));
        QCOMPARE(t.ws->ledger().problem(a)->status, Problem::Status::Closed);
        QVERIFY(page.countsText().contains(QStringLiteral("overdue 2")));
        auto *overdue = child<QCheckBox>(&page, "overdueFilter");
        overdue->setChecked(true);
        QCOMPARE(page.proxy()->rowCount(), 2);
        overdue->setChecked(false);

        // The ledger as the filters show it: one unit's title, its rows.
        unitFilter->setCurrentIndex(unitFilter->findData(police.value));
        const LedgerDocument doc = page.currentLedger();
        QCOMPARE(doc.title, QStringLiteral("旗公安局规范行政执法问题整改台账"));
        QCOMPARE(doc.rows.size(), size_t(2));
        const QString pdf = t.dir.filePath(QStringLiteral("ledger.pdf"));
        page.savePdf(pdf);
        QVERIFY(QFile(pdf).size() > 1000);
        const QString xlsx = t.dir.filePath(QStringLiteral("ledger.xlsx"));
        page.saveXlsx(xlsx);
        QVERIFY(QFile(xlsx).size() > 1000);
        QVERIFY(c.isValid());

        const QString shot = qEnvironmentVariable("LEDGER_PAGE_SHOT");
        if (!shot.isEmpty()) {
            unitFilter->setCurrentIndex(0);
            page.resize(1366, 768);
            page.grab().save(shot);
        }
    }
};

QTEST_MAIN(TestLedgerPage)
#include "tst_ledgerpage.moc"
