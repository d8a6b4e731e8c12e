// The summary report's figures on a small fixture database, against the same figures counted by hand; the
// charts' data against the figures; the workbook and the PDF carry them.
#include "documents/documentfonts.h"
#include "documents/summaryreport.h"
#include "domain/formdata.h"
#include "services/attention.h"
#include "services/campaignfigures.h"
#include "services/casereviewservice.h"
#include "services/ledgerservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QProcess>
#include <QRegularExpression>

using namespace oversight;

namespace {

UnitId addUnit(TempWorkspace &t, const QString &name, bool contact)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    if (contact) {
        u.contactPerson = QStringLiteral("联系人");
        u.contactPhone = QStringLiteral("0000-0000000");
    }
    const auto id = t.ws->units().create(u);
    if (!id)
        qFatal("%s", qPrintable(id.error().fullText()));
    return *id;
}

SubmissionId receive(TempWorkspace &t, UnitId unit, const QString &item, QDate on)
{
    Receipt r;
    r.receivedOn = on;
    r.filledBy = QStringLiteral("填报人");
    r.filledOn = on;
    const auto id = t.ws->submissions().receive(t.campaign, unit, item, r, FormData());
    if (!id)
        qFatal("%s", qPrintable(id.error().fullText()));
    return *id;
}

void addFiles(TempWorkspace &t, UnitId unit, const QString &prefix, int n, int checked)
{
    for (int i = 1; i <= n; ++i) {
        CaseFile f;
        f.unit = unit;
        f.number = QStringLiteral("%1-%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        f.title = QStringLiteral("案件%1").arg(i);
        f.selfChecked = i <= checked;
        if (!t.ws->caseReview().createCaseFile(f))
            qFatal("cannot add a case file");
    }
}

ProblemId addProblem(TempWorkspace &t, UnitId unit, int area, QDate deadline)
{
    Problem p;
    p.campaign = t.campaign;
    p.unit = unit;
    p.area = area;
    p.source = Problem::Source::SelfCheck;
    p.description = QStringLiteral("问题%1").arg(area);
    p.measure = QStringLiteral("整改");
    p.owner = QStringLiteral("责任人");
    p.deadline = deadline;
    const auto id = t.ws->ledger().add(p);
    if (!id)
        qFatal("%s", qPrintable(id.error().fullText()));
    return *id;
}

} // namespace

class TestCampaignFigures final : public QObject
{
    Q_OBJECT

    /// Three units on 2022-09-16 (the day after the rectification deadline):
    /// 甲 (contact named): its written self-check report on 05-20 (on time, accepted), 附件2 on 05-23 (2 days late); catalogue 10 files,
    ///   3 self-checked (30%: met); 3 files drawn, 2 scored (90 → 优秀, vetoed → 不合格); problems in area 2:
    ///   one open past 09-15 (overdue), one closed; complaints: one registered 06-01 (overdue), one closed.
    /// 乙 (no contact): 附件1 on 05-21 (on time), then returned; catalogue 10 files, 2 self-checked (short),
    ///   entered on 09-16 — the catalogue is 附件2's register, so 附件2 counts as handed in that day (late);
    ///   a problem in area 3 due 10-31, in progress.
    /// 丙 (contact named): nothing.
    std::unique_ptr<TempWorkspace> fixture()
    {
        auto t = std::make_unique<TempWorkspace>(QDate(2022, 9, 16));
        const UnitId a = addUnit(*t, QStringLiteral("甲单位"), true);
        const UnitId b = addUnit(*t, QStringLiteral("乙单位"), false);
        addUnit(*t, QStringLiteral("丙单位"), true);

        const SubmissionId a1 = receive(*t, a, QStringLiteral("自查书面材料"), QDate(2022, 5, 20));
        if (auto r = t->ws->submissions().accept(a1); !r)
            qFatal("accept: %s", qPrintable(r.error().fullText()));
        receive(*t, a, QStringLiteral("附件2"), QDate(2022, 5, 23));
        const SubmissionId b1 = receive(*t, b, QStringLiteral("附件1"), QDate(2022, 5, 21));
        if (!t->ws->submissions().returnToUnit(b1, QStringLiteral("缺少盖章")))
            qFatal("return");

        addFiles(*t, a, QStringLiteral("JA"), 10, 3);
        addFiles(*t, b, QStringLiteral("YB"), 10, 2);
        DrawRequest request;
        request.units = {QStringLiteral("甲单位")};
        request.count = 3;
        request.seed = 3;
        if (!t->ws->caseReview().drawCases(t->campaign, request))
            qFatal("draw");
        const auto files = t->ws->caseReview().drawnFiles(t->campaign);
        const auto c = t->ws->campaigns().campaign(t->campaign);
        const ScoringSpec &spec = c->scoring;
        ReviewSheet s1;
        s1.drawnFile = (*files)[0].id;
        s1.reviewers = QStringLiteral("甲、乙");
        s1.reviewedOn = QDate(2022, 6, 20);
        s1.findings.push_back({0, ReviewFinding::Kind::Deduction, spec.groups[1].items[4].key, 0,
                               QStringLiteral("罚款畸重"), {}});
        if (!t->ws->caseReview().saveSheet(s1))
            qFatal("sheet 1");
        ReviewSheet s2 = s1;
        s2.drawnFile = (*files)[1].id;
        s2.findings = {{0, ReviewFinding::Kind::Veto, spec.vetoItems[5].key, 0, QStringLiteral("超过时效"), {}}};
        if (!t->ws->caseReview().saveSheet(s2))
            qFatal("sheet 2");

        addProblem(*t, a, 2, QDate(2022, 9, 15));
        const ProblemId closed = addProblem(*t, a, 2, QDate(2022, 9, 15));
        for (const Problem::Status s : {Problem::Status::InProgress, Problem::Status::AwaitingVerification})
            if (!t->ws->ledger().moveTo(closed, s))
                qFatal("move");
        if (auto r = t->ws->ledger().close(closed, QDate(2022, 9, 10), QStringLiteral("已整改"),
                                           QStringLiteral("整改材料齐全"));
            !r)
            qFatal("%s", qPrintable(r.error().fullText()));
        const ProblemId going = addProblem(*t, b, 3, QDate(2022, 10, 31));
        if (!t->ws->ledger().moveTo(going, Problem::Status::InProgress))
            qFatal("move");

        const auto complaint = [&](QDate received) {
            Complaint cp;
            cp.campaign = t->campaign;
            cp.unit = a;
            cp.receivedOn = received;
            cp.summary = QStringLiteral("执法不规范");
            cp.complainantName = QStringLiteral("投诉人");
            return t->ws->supervision().intake(cp).value();
        };
        complaint(QDate(2022, 6, 1));
        const ComplaintId done = complaint(QDate(2022, 6, 2));
        if (!t->ws->supervision().startInvestigation(done) ||
            !t->ws->supervision().recordNoViolation(done, QDate(2022, 6, 20), QStringLiteral("不属实")) ||
            !t->ws->supervision().close(done, QDate(2022, 6, 21)))
            qFatal("complaint");
        return t;
    }

    static CampaignFigures figures(TempWorkspace &t)
    {
        const auto data = CampaignData::load(*t.ws, t.campaign, t.ws->clock().today());
        if (!data)
            qFatal("%s", qPrintable(data.error().fullText()));
        return CampaignFigures::count(*data);
    }

private Q_SLOTS:
    void figuresEqualTheHandCount()
    {
        auto t = fixture();
        const CampaignFigures f = figures(*t);
        QCOMPARE(f.units.size(), size_t(3));
        const UnitFigures &a = f.units[0];
        const UnitFigures &b = f.units[1];
        const UnitFigures &c = f.units[2];
        QCOMPARE(a.name, QStringLiteral("甲单位"));

        // The implementation plan due 04-10, 9 forms and a report due 05-21 for every unit, 附件7 due 07-15
        // only for 甲 (the only unit with files drawn); the final report (10-12) is not due yet and counts
        // nowhere.
        QCOMPARE(a.itemsExpected, 12);
        QCOMPARE(b.itemsExpected, 11);
        QCOMPARE(c.itemsExpected, 11);
        QCOMPARE(f.itemsExpected(), 34);
        QCOMPARE(a.itemsIn, 2);
        QCOMPARE(a.itemsOnTime, 1);
        QCOMPARE(a.itemsLate, 1);
        QCOMPARE(a.itemsOverdue, 12 - 2); // all but the final report are past due
        QCOMPARE(b.itemsIn, 2); // 附件1, and 附件2 with its catalogue (09-16, late)
        QCOMPARE(b.itemsOnTime, 1); // returned, but handed in on the day
        QCOMPARE(b.itemsOverdue, 9);
        QCOMPARE(c.itemsOverdue, 11);
        QCOMPARE(f.itemsOnTime(), 2);
        QCOMPARE(f.itemsLate(), 2);
        const ItemFigures &form1 = f.items[0];
        QCOMPARE(form1.item, QStringLiteral("附件1"));
        QCOMPARE(form1.accepted, 0);
        QCOMPARE(form1.returned, 1);
        QCOMPARE(form1.missing, 2);
        QCOMPARE(form1.received, 0);
        QCOMPARE(f.items.size(), size_t(13));
        QCOMPARE(f.items[10].item, QStringLiteral("实施方案"));
        QCOMPARE(f.items[10].missing, 3);
        QCOMPARE(f.items[11].item, QStringLiteral("自查书面材料"));
        QCOMPARE(f.items[11].accepted, 1);
        QCOMPARE(f.items[11].onTime, 1);
        QCOMPARE(f.items[1].received, 2);
        QCOMPARE(f.items[1].late, 2);
        QCOMPARE(f.items[9].item, QStringLiteral("附件7"));
        QCOMPARE(f.items[9].expected, 1); // 甲 only
        QCOMPARE(f.items[9].missing, 1);
        QVERIFY(f.items[9].isDue);
        QCOMPARE(f.items[12].item, QStringLiteral("整改情况书面报告"));
        QVERIFY(!f.items[12].isDue);
        QCOMPARE(f.items[12].missing, 3);

        QVERIFY(a.selfCheck && b.selfCheck && !c.selfCheck);
        QCOMPARE(a.selfCheck->checked, 3);
        QVERIFY(a.selfCheck->ok());
        QVERIFY(!b.selfCheck->ok());
        QCOMPARE(f.unitsSelfCheckReported, 2);
        QCOMPARE(f.unitsSelfCheckOk, 1);

        QCOMPARE(f.filesDrawn, 3);
        QCOMPARE(f.filesReviewed, 2);
        QCOMPARE(f.filesRequired, 60);
        QCOMPARE(f.grades[size_t(Grade::Excellent)], 1);
        QCOMPARE(f.grades[size_t(Grade::Fail)], 1);
        QCOMPARE(f.grades[size_t(Grade::Good)] + f.grades[size_t(Grade::Pass)], 0);
        QCOMPARE(a.filesDrawn, 3);
        QCOMPARE(a.filesReviewed, 2);
        QCOMPARE(a.averageScore(), 45.0); // (90 + 0) / 2

        QCOMPARE(f.problems, 3);
        QCOMPARE(f.problemsClosed, 1);
        QCOMPARE(f.problemsOverdue, 1);
        QCOMPARE(a.problems, 2);
        QCOMPARE(a.problemsClosed, 1);
        QCOMPARE(b.problems, 1);
        const auto area = [&](int n) {
            for (const AreaFigures &x : f.areas)
                if (x.number == n)
                    return x;
            return AreaFigures();
        };
        QCOMPARE(area(2).total(), 2);
        QCOMPARE(area(2).closed(), 1);
        QCOMPARE(area(2).overdue, 1);
        QCOMPARE(area(3).byStatus[size_t(Problem::Status::InProgress)], 1);
        QCOMPARE(area(1).total(), 0);
        QCOMPARE(f.areas.size(), size_t(10)); // every area of the plan, none without one

        QCOMPARE(f.complaints, 2);
        QCOMPARE(f.complaintsClosed, 1);
        QCOMPARE(f.complaintsOverdue, 1);
        QCOMPARE(a.complaints, 2);
        QCOMPARE(c.complaints, 0);
    }

    void whatEachUnitOwes()
    {
        // The one answer of "what does a unit owe on day D": missing or returned items due by D, 附件7 only
        // where a file was drawn, in deadline order with the days late.
        auto t = fixture();
        const auto data = CampaignData::load(*t->ws, t->campaign, t->ws->clock().today());
        QVERIFY(data.ok());
        const UnitId a = data->units[0].id, b = data->units[1].id, c = data->units[2].id;
        const auto ids = [](const std::vector<OwedItem> &owed) {
            QStringList out;
            for (const OwedItem &o : owed)
                out << o.item;
            return out;
        };
        const std::vector<OwedItem> ofA = data->owed(a);
        QCOMPARE(ids(ofA), (QStringList{QStringLiteral("实施方案"), QStringLiteral("附件1"), QStringLiteral("附件3-1"),
                                        QStringLiteral("附件3-2"),
                                        QStringLiteral("附件4"), QStringLiteral("附件5-1"), QStringLiteral("附件5-2"),
                                        QStringLiteral("附件6-1"), QStringLiteral("附件6-2"), QStringLiteral("附件7")}));
        QCOMPARE(ofA.front().daysLate, 159); // the implementation plan: 04-10 → 09-16
        QCOMPARE(ofA[1].daysLate, 118);      // 05-21 → 09-16
        QCOMPARE(ofA.back().daysLate, 63);   // 07-15 → 09-16
        QCOMPARE(ofA.back().deadline->key, QStringLiteral("platform_entry"));
        const std::vector<OwedItem> ofB = data->owed(b);
        QVERIFY(!ids(ofB).contains(QStringLiteral("附件7")));
        QCOMPARE(ofB[1].item, QStringLiteral("附件1"));
        QCOMPARE(ofB[1].status, Submission::Status::Returned);
        // the implementation plan, 8 forms (附件2 came with the catalogue) and the written report, 附件1
        // among them as returned
        QCOMPARE(ofB.size(), size_t(10));
        QCOMPARE(data->owed(c).size(), size_t(11));
        QVERIFY(data->expects(a, QStringLiteral("附件7")));
        QVERIFY(!data->expects(b, QStringLiteral("附件7")));
        QCOMPARE(data->filesDrawnAndReviewed(a), (std::pair<int, int>{3, 2}));
        QCOMPARE(data->filesDrawnAndReviewed(b), (std::pair<int, int>{0, 0}));

        // The attention list asks 附件7 of 甲 only.
        int asked7 = 0;
        for (const AttentionItem &i : attentionItems(*data))
            if (i.kind == AttentionItem::Kind::Submission && i.text.contains(QStringLiteral("附件7"))) {
                QCOMPARE(i.unitName, QStringLiteral("甲单位"));
                QCOMPARE(i.due, QDate(2022, 7, 15));
                ++asked7;
            }
        QCOMPARE(asked7, 1);

        // On 05-21 itself the forms are owed (0 days late); the day before only the implementation plan is
        // (due 04-10), and before 04-10 nothing.
        auto early = CampaignData::load(*t->ws, t->campaign, QDate(2022, 5, 20));
        QVERIFY(early.ok());
        QCOMPARE(early->owed(c).size(), size_t(1));
        QCOMPARE(early->owed(c).front().item, QStringLiteral("实施方案"));
        auto earlier = CampaignData::load(*t->ws, t->campaign, QDate(2022, 4, 9));
        QVERIFY(earlier->owed(c).empty());
        auto onTheDay = CampaignData::load(*t->ws, t->campaign, QDate(2022, 5, 21));
        QCOMPARE(onTheDay->owed(c).size(), size_t(11));
        QCOMPARE(onTheDay->owed(c)[1].daysLate, 0);
    }

    void chartsCarryTheFigures()
    {
        auto t = fixture();
        const CampaignFigures f = figures(*t);
        const std::vector<ChartData> charts = ChartData::of(f);
        QCOMPARE(charts.size(), size_t(4));

        const ChartData &forms = charts[0];
        QCOMPARE(forms.categories.size(), qsizetype(f.items.size()));
        for (size_t i = 0; i < f.items.size(); ++i) {
            QCOMPARE(forms.categories[qsizetype(i)], f.items[i].item);
            QCOMPARE(forms.series[0].values[qsizetype(i)], f.items[i].accepted);
            QCOMPARE(forms.series[1].values[qsizetype(i)], f.items[i].received);
            QCOMPARE(forms.series[2].values[qsizetype(i)], f.items[i].returned);
            QCOMPARE(forms.series[3].values[qsizetype(i)], f.items[i].missing);
        }
        QCOMPARE(forms.maxTotal(), 3); // every unit once per form

        const ChartData &areas = charts[1];
        QCOMPARE(areas.categories.size(), qsizetype(f.areas.size()));
        int sum = 0;
        for (const ChartData::Series &s : areas.series)
            for (const int v : s.values)
                sum += v;
        QCOMPARE(sum, f.problems);
        QCOMPARE(areas.series[0].name, QStringLiteral("已销号"));
        QCOMPARE(areas.series[0].values[1], 1); // area 2's closed problem

        const ChartData &units = charts[2];
        QCOMPARE(units.categories, (QStringList{QStringLiteral("甲单位"), QStringLiteral("乙单位")})); // 丙 has none
        QCOMPARE(units.series[0].values, (QList<int>{1, 0}));
        QCOMPARE(units.series[1].values, (QList<int>{1, 1}));

        const ChartData &grades = charts[3];
        QCOMPARE(grades.series[0].values, (QList<int>{1, 0, 0, 1}));
        QVERIFY(!grades.stacked);
    }

    void statusAndAttentionShareTheData()
    {
        auto t = fixture();
        const auto data = CampaignData::load(*t->ws, t->campaign, t->ws->clock().today());
        QVERIFY(data.ok());
        const auto items = attentionItems(*data);
        const auto has = [&](AttentionItem::Kind kind, const QString &unit) {
            return std::any_of(items.begin(), items.end(), [&](const AttentionItem &i) {
                return i.kind == kind && i.unitName == unit;
            });
        };
        QVERIFY(has(AttentionItem::Kind::Contact, QStringLiteral("乙单位")));
        QVERIFY(!has(AttentionItem::Kind::Contact, QStringLiteral("甲单位")));
        QVERIFY(has(AttentionItem::Kind::SelfCheck, QStringLiteral("乙单位")));
        QVERIFY(!has(AttentionItem::Kind::SelfCheck, QStringLiteral("甲单位")));
        QVERIFY(has(AttentionItem::Kind::Problem, QStringLiteral("甲单位")));
        QVERIFY(has(AttentionItem::Kind::Complaint, QStringLiteral("甲单位")));
        QVERIFY(has(AttentionItem::Kind::Submission, QStringLiteral("丙单位")));
        QVERIFY(has(AttentionItem::Kind::SpotCheck, QString()));
    }

    void workbookAndPdfCarryTheFigures()
    {
        auto t = fixture();
        const CampaignFigures f = figures(*t);
        const XlsxWorkbook book = SummaryReport::workbook(f);
        QCOMPARE(book.sheets.size(), 6);
        const XlsxSheet &units = book.sheets[2];
        QCOMPARE(units.name, QStringLiteral("各单位"));
        QCOMPARE(units.rows.size(), 3);
        QCOMPARE(units.rows[0][0].toString(), QStringLiteral("甲单位"));
        QCOMPARE(units.rows[0][3].toInt(), 1);  // on time
        QCOMPARE(units.rows[0][4].toInt(), 1);  // late
        QCOMPARE(units.rows[0][12].toInt(), 2); // problems
        QCOMPARE(units.rows[0][13].toInt(), 1); // closed
        QCOMPARE(units.rows[0][11].toDouble(), 45.0);
        QVERIFY(units.rows[2][6].isNull()); // 丙 reported no self-check figures
        const QString path = t->dir.filePath(QStringLiteral("summary.xlsx"));
        QVERIFY(writeXlsx(path, book).ok());

        const SummaryReport report(DocumentFonts::resolve());
        const auto pdf = report.pdf(f);
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF"));
        const int pages = report.pageCount(f);
        QCOMPARE(pages, 6); // overview, charts, the units' progress, areas, units, training and area 10
        const QString file = t->dir.filePath(QStringLiteral("summary.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*pdf);
        out.close();
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QString text = QString::fromUtf8(p.readAllStandardOutput());
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(text.contains(QStringLiteral("各单位专项行动情况")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("甲单位")));
        QVERIFY(text.contains(QStringLiteral("各领域问题整改情况")));
        QVERIFY(text.contains(QStringLiteral("抽查案卷评查等次"))); // a chart's title, painted as text
        QVERIFY(text.contains(QStringLiteral("第1页共%1页").arg(pages)));
        // The denominators: only what is due (not the final report of 10-12), 附件7 only where owed (甲):
        // 34 expected, 4 in (2 on time, 2 late: 乙's 附件2 came with its catalogue), 30 not; 2 of 34 on time.
        QVERIFY2(text.contains(QStringLiteral("附件及书面材料应报送34")), qPrintable(text.left(600)));
        QVERIFY2(text.contains(QStringLiteral("已报送4份（按时2份，逾期2份），未报送30份")), qPrintable(text.left(600)));
        QVERIFY2(text.contains(QStringLiteral("5.9%")), qPrintable(text.left(600)));
    }
};

QTEST_MAIN(TestCampaignFigures)
#include "tst_campaignfigures.moc"
