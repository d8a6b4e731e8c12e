// The normative-documents page offscreen: a filing registered through its dialog (refused in place first),
// a known-unfiled document filed from the page, a review asking for correction, the filters, the zero-report
// grid on a fixed day, and a clean-up round decided and saved as PDF and XLSX from its tab.
#include "exchange/importdialog.h"
#include "messagebox.h"
#include "normative/normativedialogs.h"
#include "normative/normativepage.h"
#include "services/normativeservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace oversight;

namespace {
template <typename T>
T *child(QWidget *w, const char *name)
{
    return w->findChild<T *>(QString::fromLatin1(name));
}

UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}

QStringList column(QTableWidget *table, int col)
{
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r)
        out.append(table->item(r, col) ? table->item(r, col)->text() : QString());
    return out;
}
} // namespace

class TestNormativePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }

    void filingThroughTheDialogThenReviewAndFilters()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId market = addUnit(t, u"旗市场监督管理局"_qs);
        const UnitId town = addUnit(t, u"大沁他拉镇"_qs);
        const Campaign campaign = t.ws->campaigns().campaign(t.campaign).value();
        NormativeService &s = t.ws->normative();
        NormativePage page(s, t.ws->units(), t.ws->clock());
        page.setCampaign(campaign);
        page.show();
        QCOMPARE(page.filings()->rowCount(), 0);

        NormativeDocument blank;
        blank.campaign = t.campaign;
        blank.filedOn = QDate(2022, 7, 20);
        const UnitChoices units{{market, u"旗市场监督管理局"_qs}, {town, u"大沁他拉镇"_qs}};
        FilingDialog dialog(s, blank, units, QDate(2022, 7, 20));
        child<QLineEdit>(&dialog, "titleEdit")->setText(u"关于规范市场监管行政处罚裁量权的通知"_qs);
        child<QLineEdit>(&dialog, "numberEdit")->setText(u"奈市监发[2022]5号"_qs);
        child<QDateEdit>(&dialog, "issuedEdit")->setDate(QDate(2022, 6, 1));
        child<QDateEdit>(&dialog, "filedEdit")->setDate(QDate(2022, 7, 2));
        dialog.accept();
        // The number's form is refused in place, naming the fix; nothing is stored.
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().contains(u"〔2022〕"_qs));
        QCOMPARE(s.documents(t.campaign)->size(), size_t(0));
        child<QLineEdit>(&dialog, "numberEdit")->setText(u"奈市监发〔2022〕5号"_qs);
        child<QCheckBox>(&dialog, "material_filing_report")->setChecked(true);
        child<QCheckBox>(&dialog, "material_official_text")->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(s.document(dialog.savedId())->materials,
                 int(FilingMaterial::FilingReport) | int(FilingMaterial::OfficialText));

        // A document known but not filed, from the dialog with 已报备 unticked.
        NormativeDocument seen;
        seen.campaign = t.campaign;
        seen.unit = town;
        FilingDialog unfiled(s, seen, units, QDate(2022, 7, 20));
        QVERIFY(!child<QCheckBox>(&unfiled, "filedCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(&unfiled, "material_legal_review")->isEnabled());
        child<QLineEdit>(&unfiled, "titleEdit")->setText(u"关于加强农村牧区人居环境整治的通知"_qs);
        child<QLineEdit>(&unfiled, "numberEdit")->setText(u"大镇发〔2022〕7号"_qs);
        child<QDateEdit>(&unfiled, "issuedEdit")->setDate(QDate(2022, 5, 6));
        child<QLineEdit>(&unfiled, "seenAtEdit")->setText(u"旗人民政府门户网站"_qs);
        unfiled.accept();
        QCOMPARE(unfiled.result(), int(QDialog::Accepted));

        // The page followed the service's signal.
        QCOMPARE(page.filings()->rowCount(), 2);
        QVERIFY(column(page.filings(), 4).contains(u"not filed"_qs));
        page.selectDocument(dialog.savedId());
        QVERIFY(page.detail()->toPlainText().contains(u"1 day(s) late"_qs));
        QVERIFY(page.detail()->toPlainText().contains(u"☐ 起草说明"_qs));
        QVERIFY(child<QPushButton>(&page, "filingReviewButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "filingFileButton")->isEnabled());

        // Review asking for correction, through its dialog.
        ReviewDialog review(s, s.document(dialog.savedId()).value(), QDate(2022, 7, 20));
        auto *result = child<QComboBox>(&review, "resultCombo");
        result->setCurrentIndex(result->findData(int(ReviewResult::Unlawful)));
        QVERIFY(child<QCheckBox>(&review, "correctCheck")->isChecked());
        child<QLineEdit>(&review, "reviewerEdit")->setText(u"李审查"_qs);
        child<QPlainTextEdit>(&review, "opinionEdit")->setPlainText(u"第五条设定罚款，超越权限。"_qs);
        review.accept();
        QCOMPARE(review.result(), int(QDialog::Accepted));
        QCOMPARE(s.document(dialog.savedId())->result, ReviewResult::Unlawful);
        QVERIFY(child<QPushButton>(&page, "filingCorrectButton")->isEnabled());

        // Filters: late only, a result, the unfiled ones, a unit.
        child<QCheckBox>(&page, "filingLateCheck")->setChecked(true);
        QCOMPARE(page.filings()->rowCount(), 2); // filed a day late, and unfiled past its deadline
        child<QCheckBox>(&page, "filingLateCheck")->setChecked(false);
        auto *results = child<QComboBox>(&page, "filingResultFilter");
        results->setCurrentIndex(results->findData(int(ReviewResult::Unlawful)));
        QCOMPARE(column(page.filings(), 2), QStringList{u"奈市监发〔2022〕5号"_qs});
        results->setCurrentIndex(results->findData(-3)); // known, not filed
        QCOMPARE(column(page.filings(), 2), QStringList{u"大镇发〔2022〕7号"_qs});
        results->setCurrentIndex(0);
        auto *unitFilter = child<QComboBox>(&page, "filingUnitFilter");
        unitFilter->setCurrentIndex(unitFilter->findData(market.value));
        QCOMPARE(page.filings()->rowCount(), 1);
        QCOMPARE(child<QLabel>(&page, "filingCountLabel")->text(), u"1 of 2"_qs);

        // A document entered by mistake is deleted after the clerk says yes.
        unitFilter->setCurrentIndex(0);
        page.selectDocument(unfiled.savedId());
        MessageBox::setNextAnswers({QMessageBox::No});
        page.removeSelected();
        QCOMPARE(s.documents(t.campaign)->size(), size_t(2));
        MessageBox::setNextAnswers({QMessageBox::Yes});
        page.removeSelected();
        QCOMPARE(s.documents(t.campaign)->size(), size_t(1));
        QCOMPARE(page.filings()->rowCount(), 1);
        const auto asked = MessageBox::takeShown();
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.last().text.contains(u"大镇发〔2022〕7号"_qs));
    }

    void zeroReportGridAndCleanupRound()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId market = addUnit(t, u"旗市场监督管理局"_qs);
        addUnit(t, u"大沁他拉镇"_qs);
        NormativeService &s = t.ws->normative();
        NormativeDocument d;
        d.campaign = t.campaign;
        d.unit = market;
        d.title = u"关于规范市场监管行政处罚裁量权的通知"_qs;
        d.number = u"奈市监发〔2022〕5号"_qs;
        d.issuedOn = QDate(2022, 5, 1);
        d.filedOn = QDate(2022, 5, 20);
        const NormativeDocumentId doc = s.add(d).value();
        NormativePage page(s, t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());

        QTableWidget *grid = page.periods();
        QCOMPARE(grid->columnCount(), 4);
        QCOMPARE(grid->horizontalHeaderItem(1)->text(), u"2022年第二季度"_qs);
        QCOMPARE(grid->item(0, 0)->text(), periodStateLabel(PeriodStatus::State::Missing));
        QCOMPARE(grid->item(0, 1)->text(), periodStateLabel(PeriodStatus::State::Filed));
        QCOMPARE(grid->item(1, 1)->text(), periodStateLabel(PeriodStatus::State::Missing));
        QCOMPARE(grid->item(1, 2)->text(), periodStateLabel(PeriodStatus::State::Open));
        QVERIFY(child<QLabel>(&page, "zeroLabel")->text().contains(u"3 gap(s)"_qs));
        QVERIFY(s.addZeroReport({0, t.campaign, market, u"2022-Q1"_qs, QDate(2022, 7, 5), {}}).ok());
        QCOMPARE(grid->item(0, 0)->text(), periodStateLabel(PeriodStatus::State::ZeroReport));
        grid->setCurrentCell(0, 0);
        QVERIFY(child<QPushButton>(&page, "zeroRemoveButton")->isEnabled());
        MessageBox::setNextAnswers({QMessageBox::Yes});
        page.removeZeroReport();
        QCOMPARE(page.periods()->item(0, 0)->text(), periodStateLabel(PeriodStatus::State::Missing));
        QVERIFY(MessageBox::takeShown().value(0).text.contains(u"2022年第一季度"_qs));

        const CleanupRoundId round = s.addRound({{},
                                                 t.campaign,
                                                 u"涉及“放管服”改革的规范性文件专项清理"_qs,
                                                 u"现行有效文件"_qs,
                                                 QDate(2022, 9, 30)})
                                         .value();
        page.selectRound(round);
        QVERIFY(!child<QPushButton>(&page, "roundDecideButton")->isEnabled());
        CleanupItem item;
        item.round = round;
        CleanupItemDialog add(s, item, {{market, u"旗市场监督管理局"_qs}}, s.documents(t.campaign).value(),
                              QDate(2022, 7, 20));
        auto *source = child<QComboBox>(&add, "sourceCombo");
        source->setCurrentIndex(source->findData(doc.value));
        QVERIFY(!child<QLineEdit>(&add, "titleEdit")->isEnabled());
        auto *decision = child<QComboBox>(&add, "decisionCombo");
        decision->setCurrentIndex(decision->findData(int(CleanupDecision::Amend)));
        add.accept();
        QCOMPARE(add.result(), int(QDialog::Accepted));
        QCOMPARE(page.roundItems()->rowCount(), 1);
        QCOMPARE(page.roundItems()->item(0, 5)->text(), u"修改"_qs);
        QVERIFY(child<QLabel>(&page, "roundCounts")->text().contains(u"amend 1"_qs));

        // The round filter of the filings tab finds the register document in the round.
        auto *roundFilter = child<QComboBox>(&page, "filingRoundFilter");
        roundFilter->setCurrentIndex(roundFilter->findData(round.value));
        QCOMPARE(page.filings()->rowCount(), 1);

        const QString pdf = t.dir.filePath(u"round.pdf"_qs);
        const QString xlsx = t.dir.filePath(u"round.xlsx"_qs);
        QVERIFY(page.exportRound(pdf));
        QVERIFY(page.exportRound(xlsx));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(QFile::exists(xlsx));
    }

    void importAFilingListFromThePage()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        addUnit(t, u"旗市场监督管理局"_qs);
        NormativePage page(t.ws->normative(), t.ws->units(), t.ws->clock());
        page.setCampaign(t.ws->campaigns().campaign(t.campaign).value());
        const QString bad = t.dir.filePath(u"bad.csv"_qs);
        const QString good = t.dir.filePath(u"good.csv"_qs);
        const QByteArray header = "制定单位,文件名称,文号,印发日期,报备日期\n";
        for (const auto &[path, row] :
             {std::pair{
                  bad,
                  QByteArray(
                      "旗市场监督管理局,关于规范裁量权的通知,奈市监发（2022）5号,2022-06-01,2022-06-20\n")},
              std::pair{good, QByteArray("旗市场监督管理局,关于规范裁量权的通知,奈市监发〔2022〕5号,2022-06-"
                                         "01,2022-06-20\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(header + row);
        }
        QPointer<ImportDialog> refused = page.openImportDialog(bad);
        QVERIFY(!refused->importButton()->isEnabled());
        QCOMPARE(refused->issueTable()->rowCount(), 1);
        refused->close();
        QPointer<ImportDialog> dialog = page.openImportDialog(good);
        QVERIFY(dialog->importButton()->isEnabled());
        QCOMPARE(page.filings()->rowCount(), 0); // checking wrote nothing
        dialog->importButton()->click();
        QCOMPARE(page.filings()->rowCount(), 1);
        QCOMPARE(page.filings()->item(0, 2)->text(), u"奈市监发〔2022〕5号"_qs);
    }
};

QTEST_MAIN(TestNormativePage)
#include "tst_normativepage.moc"
