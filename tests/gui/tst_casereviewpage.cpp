// The case-review page offscreen: the catalogue with its 30% marker, a draw through the dialog, the scoring
// sheet scoring as lines are ticked, the results. OVERSIGHT_SHOTS=DIR saves pictures of the page and the
// sheet for a look.
#include "casereview/casereviewpage.h"
#include "casereview/drawdialog.h"
#include "casereview/scoringsheetdialog.h"
#include "language.h"
#include "messagebox.h"
#include "services/casereviewservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace oversight;

namespace {
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("OVERSIGHT_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

class TestCaseReviewPage final : public QObject
{
    Q_OBJECT

    static void seed(TempWorkspace &t)
    {
        const QList<std::pair<QString, int>> units{{u"旗市场监督管理局"_qs, 40},     {u"旗交通运输局"_qs, 25},
                                                   {u"旗城市管理综合执法局"_qs, 18}, {u"大沁他拉镇"_qs, 4},
                                                   {u"白音他拉苏木"_qs, 0},          {u"八仙筒镇"_qs, -1}};
        for (const auto &[name, files] : units) {
            Unit u;
            u.campaign = t.campaign;
            u.name = name;
            const UnitId id = t.ws->units().create(u).value();
            if (files == 0)
                QVERIFY(t.ws->caseReview().setNoCases(t.campaign, id, true).ok());
            for (int i = 1; i <= files; ++i) {
                CaseFile f;
                f.unit = id;
                f.number = QStringLiteral("罚〔2021〕%1号").arg(i);
                f.title = QStringLiteral("某某公司违法案%1").arg(i);
                f.caseType = u"行政处罚"_qs;
                f.closedOn = QDate(2021, 6, 1);
                f.selfChecked = i <= (name == u"旗交通运输局"_qs ? 5 : (3 * files + 9) / 10);
                QVERIFY(t.ws->caseReview().createCaseFile(f).ok());
            }
        }
        for (const auto &[n, a] :
             {std::pair{u"王芳"_qs, u"旗司法局"_qs}, std::pair{u"赵强"_qs, u"某某律师事务所"_qs},
              std::pair{u"张明"_qs, u"旗市场监督管理局"_qs}})
            QVERIFY(t.ws->caseReview().addReviewer({0, t.campaign, n, a, {}}).ok());
    }

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void catalogueDrawScoreResults()
    {
        TempWorkspace t(QDate(2022, 6, 20));
        seed(t);
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        CaseReviewPage page(t.ws->caseReview(), t.ws->units(), t.ws->clock());
        page.resize(1300, 760);
        page.setCampaign(campaign);
        page.show();

        // The catalogue: the 30% marker, the no-cases flag, the unit not yet reported.
        QTableWidget *cat = page.catalogueTable();
        QCOMPARE(cat->rowCount(), 6);
        QCOMPARE(cat->item(1, 5)->text(), u"✗ 3 short"_qs); // 25 files → 8 required, 5 done
        QCOMPARE(cat->item(0, 5)->text(), u"✓ met"_qs);
        QCOMPARE(cat->item(4, 1)->text(), u"no cases"_qs);
        QCOMPARE(cat->item(5, 1)->text(), u"not yet sent"_qs);
        QVERIFY(page.totalsLabel()->text().contains(u"87 case files"_qs));
        cat->selectRow(0);
        QCOMPARE(page.caseTable()->rowCount(), 40);
        QCOMPARE(page.caseTable()->item(1, 0)->text(), u"罚〔2021〕2号"_qs); // numbers in the clerk's order
        shoot(&page, u"catalogue.png"_qs);

        // A draw through the dialog: the busiest units are ticked, 20 files with a seed.
        std::vector<CatalogueSummary> summaries = t.ws->caseReview().catalogue(t.campaign).value();
        DrawDialog dialog(t.ws->caseReview(), campaign, summaries);
        dialog.countBox()->setValue(20);
        dialog.findChild<QPushButton *>(u"suggestButton"_qs)->click();
        int ticked = 0;
        for (int i = 0; i < dialog.unitList()->count(); ++i)
            ticked += dialog.unitList()->item(i)->checkState() == Qt::Checked ? 1 : 0;
        QCOMPARE(ticked, 3); // 40 + 25 < 4 × 20; with the third, 83 ≥ 80
        QVERIFY(dialog.findChild<QLabel *>(u"drawNote"_qs)->text().contains(u"60"_qs));
        dialog.seedEdit()->setText(u"20220601"_qs);
        dialog.accept();
        QVERIFY(dialog.drawn().has_value());

        page.reload();
        QCOMPARE(page.drawnTable()->rowCount(), 20);
        page.tabs()->setCurrentIndex(1);
        page.drawnTable()->selectRow(0);
        const auto file = page.selectedDrawnFile();
        QVERIFY(file.has_value());
        QVERIFY(!file->reviewer1.isEmpty());
        shoot(&page, u"draws.png"_qs);

        // The scoring sheet follows the ticks.
        ScoringSheetDialog sheet(t.ws->caseReview(), campaign.scoring, *file, t.ws->clock().today());
        sheet.show();
        QVERIFY(sheet.scoreLabel()->text().contains(u"100"_qs));
        sheet.tick(campaign.scoring.groups[1].items[4].key, u"罚款数额明显偏重"_qs);
        sheet.tick(campaign.scoring.groups[4].items[2].key, u"卷内目录缺页码"_qs);
        QVERIFY2(sheet.scoreLabel()->text().contains(u"89.5"_qs), qPrintable(sheet.scoreLabel()->text()));
        QVERIFY(sheet.scoreLabel()->text().contains(u"良好"_qs));
        shoot(&sheet, u"scoring-sheet.png"_qs);
        sheet.accept();
        QCOMPARE(sheet.result(), int(QDialog::Accepted));

        page.reload();
        QCOMPARE(page.drawnTable()->item(0, 5)->text(), u"89.5"_qs);
        QCOMPARE(page.resultsTable()->rowCount(), 3); // one row per drawn unit
        page.tabs()->setCurrentIndex(2);
        shoot(&page, u"results.png"_qs);
    }

    /// A draw names what it cannot undo; a second draw names the one that stands with its scored files and
    /// is refused unless confirmed; a draw made by mistake is set aside from the page and stops counting.
    void secondDrawIsConfirmedAndSetAside()
    {
        TempWorkspace t(QDate(2022, 6, 20));
        seed(t);
        (void)MessageBox::takeShown();
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        const auto summaries = t.ws->caseReview().catalogue(t.campaign).value();
        CaseReviewPage page(t.ws->caseReview(), t.ws->units(), t.ws->clock());
        page.setCampaign(campaign);

        DrawDialog first(t.ws->caseReview(), campaign, summaries);
        first.countBox()->setValue(10);
        first.seedEdit()->setText(u"1"_qs);
        MessageBox::setNextAnswers({QMessageBox::No});
        first.accept(); // declined: nothing stored
        QVERIFY(!first.drawn());
        auto shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown[0].text.contains(u"cannot be deleted"_qs), qPrintable(shown[0].text));
        QCOMPARE(t.ws->caseReview().draws(t.campaign).value().size(), size_t(0));
        MessageBox::setNextAnswers({QMessageBox::Yes});
        first.accept();
        QVERIFY(first.drawn());
        (void)MessageBox::takeShown();

        // Two of the first draw's files are scored.
        page.reload();
        for (int row = 0; row < 2; ++row) {
            page.drawnTable()->selectRow(row);
            ScoringSheetDialog sheet(t.ws->caseReview(), campaign.scoring, *page.selectedDrawnFile(),
                                     QDate(2022, 6, 25));
            sheet.accept();
        }

        DrawDialog second(t.ws->caseReview(), campaign, summaries);
        second.countBox()->setValue(10);
        second.accept(); // unanswered: the default is No when a draw stands
        QVERIFY(!second.drawn());
        shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown[0].text.contains(u"No. %1"_qs.arg(first.drawn()->value)), qPrintable(shown[0].text));
        QVERIFY2(shown[0].text.contains(u"10 file(s), 2 scored"_qs), qPrintable(shown[0].text));
        QCOMPARE(shown[0].answer, QMessageBox::No);
        MessageBox::setNextAnswers({QMessageBox::Yes});
        second.accept();
        QVERIFY(second.drawn());
        (void)MessageBox::takeShown();

        const auto drawnNow = [&t] {
            int n = 0;
            const auto results = t.ws->caseReview().unitResults(t.campaign);
            if (results)
                for (const UnitReviewResult &u : *results)
                    n += u.filesDrawn;
            return n;
        };
        QCOMPARE(drawnNow(), 20);

        // The page sets the shown (newest) draw aside after naming the consequence; declined first.
        page.reload();
        page.drawCombo()->setCurrentIndex(page.drawCombo()->findData(second.drawn()->value));
        auto *voidButton = page.findChild<QPushButton *>(u"voidDrawButton"_qs);
        QVERIFY(voidButton && voidButton->isEnabled());
        MessageBox::setNextAnswers({QMessageBox::No});
        page.voidDraw(u"drawn twice by mistake"_qs);
        QCOMPARE(drawnNow(), 20);
        shown = MessageBox::takeShown();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown[0].text.contains(u"stop counting"_qs));
        MessageBox::setNextAnswers({QMessageBox::Yes});
        page.voidDraw(u"drawn twice by mistake"_qs);
        QCOMPARE(drawnNow(), 10);
        QCOMPARE(t.ws->caseReview().drawRecord(*second.drawn()).value().voidReason, u"drawn twice by mistake"_qs);
        QVERIFY(!voidButton->isEnabled());
        QVERIFY(page.drawCombo()->currentText().contains(u"set aside"_qs));

        // The scored draw is refused, with the service's reason.
        page.drawCombo()->setCurrentIndex(page.drawCombo()->findData(first.drawn()->value));
        MessageBox::setNextAnswers({QMessageBox::Yes});
        page.voidDraw(u"try"_qs);
        shown = MessageBox::takeShown();
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.last().text.contains(u"scored"_qs), qPrintable(shown.last().text));
        QCOMPARE(drawnNow(), 10);
    }

    /// Pictures in the clerk's language (OVERSIGHT_SHOTS=DIR only): the page, the draw dialog, the sheet.
    void chineseShots()
    {
        if (qEnvironmentVariable("OVERSIGHT_SHOTS").isEmpty())
            QSKIP("pictures only when OVERSIGHT_SHOTS names a folder");
        installTranslations(u"zh_CN"_qs);
        TempWorkspace t(QDate(2022, 6, 20));
        seed(t);
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        CaseReviewPage page(t.ws->caseReview(), t.ws->units(), t.ws->clock());
        page.resize(1100, 700);
        page.setCampaign(campaign);
        page.show();
        page.catalogueTable()->selectRow(1);
        shoot(&page, u"zh-catalogue.png"_qs);
        DrawDialog dialog(t.ws->caseReview(), campaign, t.ws->caseReview().catalogue(t.campaign).value());
        dialog.show();
        shoot(&dialog, u"zh-draw-dialog.png"_qs);
        DrawRequest request;
        request.count = 12;
        request.seed = 7;
        QVERIFY(t.ws->caseReview().drawCases(t.campaign, request).ok());
        page.reload();
        page.tabs()->setCurrentIndex(1);
        page.drawnTable()->selectRow(0);
        shoot(&page, u"zh-draws.png"_qs);
        ScoringSheetDialog sheet(t.ws->caseReview(), campaign.scoring, *page.selectedDrawnFile(),
                                 QDate(2022, 6, 25));
        sheet.show();
        sheet.tick(campaign.scoring.groups[2].items[4].key, u"未见法制审核意见书"_qs);
        shoot(&sheet, u"zh-scoring-sheet.png"_qs);
        installTranslations(u"en"_qs);
    }
};

QTEST_MAIN(TestCaseReviewPage)
#include "tst_casereviewpage.moc"
