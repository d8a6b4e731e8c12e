// make_demo_data FILE [YYYY-MM-DD]: a realistic campaign for looking at the dashboard and the summary report
// (not a test): 40 units (ten without a contact), about half the forms in (some late), catalogues with a few
// units below 30%, a 60-file spot check mostly scored, 300 problems in every state, complaints and filings.
// Everything goes through the services, so the audit log is whole. Deterministic (fixed seeds).
#include "domain/formdata.h"
#include "services/arearecordservice.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "services/ledgerservice.h"
#include "services/normativeservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QCoreApplication>

#include <cstdio>
#include <random>

using namespace oversight;

namespace {

template <typename T>
T must(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().fullText()));
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>)
        return std::move(r).value();
}

const char *const departments[] = {"旗公安局",
                                   "旗市场监督管理局",
                                   "旗生态环境分局",
                                   "旗自然资源局",
                                   "旗林业和草原局",
                                   "旗交通运输局",
                                   "旗卫生健康委员会",
                                   "旗应急管理局",
                                   "旗住房和城乡建设局",
                                   "旗农牧局",
                                   "旗水利局",
                                   "旗文化旅游体育局",
                                   "旗教育局",
                                   "旗人力资源和社会保障局",
                                   "旗民政局",
                                   "旗税务局",
                                   "旗城市管理综合执法局",
                                   "旗医疗保障局",
                                   "旗消防救援大队",
                                   "旗统计局",
                                   "旗审计局",
                                   "旗商务局",
                                   "旗司法局",
                                   "旗工业和信息化局",
                                   "旗粮食和物资储备局"};
const char *const townships[] = {"大沁他拉镇",       "八仙筒镇", "青龙山镇",        "新镇",
                                 "治安镇",           "东明镇",   "沙日浩来镇",      "义隆永镇",
                                 "固日班花苏木",     "明仁苏木", "黄花塔拉苏木",    "白音他拉苏木",
                                 "苇莲苏嘎查办事处", "土城子乡", "奈曼旗经济开发区"};
const char *const problemTexts[] = {"行政处罚决定书未载明救济途径",
                                    "案卷缺少送达回证",
                                    "执法人员未出示执法证件",
                                    "重大执法决定未经法制审核",
                                    "自由裁量基准未公开",
                                    "执法文书编号不连续",
                                    "音像记录未归档",
                                    "罚没款未及时上缴",
                                    "证据材料未经当事人确认",
                                    "检查计划未公示",
                                    "权责清单未及时调整",
                                    "委托执法未签订委托书"};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: make_demo_data FILE [YYYY-MM-DD]\n");
        return 1;
    }
    const QDate today =
        argc > 2 ? QDate::fromString(QString::fromLocal8Bit(argv[2]), Qt::ISODate) : QDate(2022, 9, 12);
    auto clock = std::make_unique<FixedClock>(today);
    FixedClock *clk = clock.get();
    std::unique_ptr<Workspace> ws =
        must(Workspace::open(QString::fromLocal8Bit(argv[1]), Database::Mode::CreateNew, std::move(clock),
                             QStringLiteral("demo")),
             "open");
    const CampaignId campaign = must(ws->campaigns().ensureDefault(), "campaign");
    const Campaign plan = must(ws->campaigns().campaign(campaign), "plan");
    std::mt19937 rng(20220912);
    const auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };

    std::vector<UnitId> units;
    QStringList names;
    for (int i = 0; i < 40; ++i) {
        Unit u;
        u.campaign = campaign;
        const bool dept = i < 25;
        u.name = QString::fromUtf8(dept ? departments[i] : townships[i - 25]);
        u.category = dept ? Unit::Category::Department : Unit::Category::Township;
        if (i % 4 != 3) {
            u.contactPerson = QStringLiteral("联系人%1").arg(i + 1);
            u.contactPhone = QStringLiteral("0475-00000%1").arg(i + 10);
            u.contactReceivedOn = QDate(2022, 3, 28).addDays(i % 9); // the plan's day is 04-02: some late
        }
        units.push_back(must(ws->units().create(u), "unit"));
        names.append(u.name);
    }

    // About half the forms and reports in: the first 30 units hand in the forms due 05-21 (some late).
    QStringList items;
    for (const FormSpec &f : plan.forms)
        items.append(f.id);
    for (const ReportSpec &r : plan.reports)
        items.append(r.id);
    for (int i = 0; i < 30; ++i) {
        for (const QString &item : items) {
            const Deadline *due = plan.deadlineOfItem(item);
            if (!due || due->key != QLatin1String("self_check_report") || (i % 3 == 2 && pick(2)))
                continue;
            const QDate on = i % 6 == 0 ? QDate(2022, 5, 23 + pick(6)) : QDate(2022, 5, 12 + pick(9));
            clk->setToday(on);
            Receipt r;
            r.receivedOn = on;
            r.filledBy = QStringLiteral("填报人");
            r.filledOn = on;
            const SubmissionId id =
                must(ws->submissions().receive(campaign, units[size_t(i)], item, r, FormData()), "receive");
            if (!plan.form(item) && i % 2 == 0)
                must(ws->submissions().accept(id), "accept");
        }
    }
    // Phase 1: the first 30 units' implementation plans with their 分管领导 and 牵头机构 (due 04-10; a few
    // late).
    for (const FormSpec &f : plan.forms) {
        if (f.role != QLatin1String("implementation_plan"))
            continue;
        for (int i = 0; i < 30; ++i) {
            const QDate on = QDate(2022, 4, 3).addDays(i % 10);
            clk->setToday(on);
            Receipt r;
            r.receivedOn = on;
            r.filledBy = QStringLiteral("填报人");
            r.filledOn = on;
            FormData data;
            data.values.insert(QStringLiteral("lead_official"), QStringLiteral("分管领导%1").arg(i + 1));
            data.values.insert(QStringLiteral("lead_body"), QStringLiteral("法制办公室"));
            must(ws->submissions().receive(campaign, units[size_t(i)], f.id, r, data), "plan");
        }
    }
    clk->setToday(today);

    // Catalogues: 8 to 40 files a unit; every seventh unit self-checked only a fifth.
    for (int i = 0; i < 40; ++i) {
        const int n = 8 + pick(33);
        const int checked = i % 7 == 3 ? n / 5 : (n * 35 + 99) / 100;
        for (int k = 1; k <= n; ++k) {
            CaseFile f;
            f.unit = units[size_t(i)];
            f.number =
                QStringLiteral("N%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(k, 3, 10, QLatin1Char('0'));
            f.title = QStringLiteral("行政处罚案%1").arg(k);
            f.caseType = QStringLiteral("行政处罚");
            f.closedOn = QDate(2021, 1 + pick(12), 1 + pick(28));
            f.selfChecked = k <= checked;
            must(ws->caseReview().createCaseFile(f), "case file");
        }
    }

    // The spot check: 60 files drawn, 52 scored.
    DrawRequest request;
    request.count = 60;
    request.seed = 7;
    request.units = names.mid(0, 20);
    request.task = QStringLiteral("2022年案卷抽查");
    must(ws->caseReview().drawCases(campaign, request), "draw");
    const std::vector<DrawnFile> drawn = must(ws->caseReview().drawnFiles(campaign), "drawn");
    for (size_t i = 0; i < drawn.size() && i < 52; ++i) {
        ReviewSheet s;
        s.drawnFile = drawn[i].id;
        s.reviewers = QStringLiteral("评查员甲、评查员乙");
        s.reviewedOn = QDate(2022, 6, 10 + int(i % 20));
        const int deductions = pick(5);
        for (int d = 0; d < deductions; ++d) {
            const ScoringGroup &g = plan.scoring.groups[size_t(pick(int(plan.scoring.groups.size())))];
            const ScoringItem &it = g.items[size_t(pick(int(g.items.size())))];
            s.findings.push_back({0, ReviewFinding::Kind::Deduction, it.key, 0, it.text, {}});
        }
        if (i % 17 == 5)
            s.findings = {{0,
                           ReviewFinding::Kind::Veto,
                           plan.scoring.vetoItems[0].key,
                           0,
                           QStringLiteral("超过时效"),
                           {}}};
        must(ws->caseReview().saveSheet(s), "sheet");
    }

    // 300 problems: a third closed, the rest in every state; most due 09-15, some later.
    for (int i = 0; i < 300; ++i) {
        Problem p;
        p.campaign = campaign;
        p.unit = units[size_t((i * 7 + pick(5)) % 40)];
        p.area = 1 + (pick(3) == 0 ? pick(10) : pick(5));
        p.source = i % 3 == 0 ? Problem::Source::SelfCheck : Problem::Source::SpotCheck;
        p.description = QString::fromUtf8(problemTexts[size_t(pick(12))]);
        p.measure = QStringLiteral("限期整改并完善制度");
        p.owner = QStringLiteral("责任人%1").arg(i % 9 + 1);
        p.deadline = i % 5 == 0 ? QDate(2022, 9, 30) : i % 11 == 0 ? QDate(2022, 9, 5) : QDate(2022, 9, 15);
        const ProblemId id = must(ws->ledger().add(p), "problem");
        const int state = pick(100);
        if (state < 20)
            continue;
        must(ws->ledger().moveTo(id, Problem::Status::InProgress), "in progress");
        if (state < 45)
            continue;
        must(ws->ledger().moveTo(id, Problem::Status::AwaitingVerification), "awaiting");
        if (state < 58)
            continue;
        must(ws->ledger().close(id, QDate(2022, 8, 20).addDays(pick(20)), QStringLiteral("整改到位"),
                                QStringLiteral("整改材料已报送")),
             "close");
    }

    // Complaints: twelve, some handled, three overdue.
    for (int i = 0; i < 12; ++i) {
        Complaint c;
        c.campaign = campaign;
        c.unit = units[size_t(pick(40))];
        c.receivedOn = QDate(2022, 6, 1).addDays(i * 7);
        c.summary = QStringLiteral("反映执法程序不规范");
        c.complainantName = QStringLiteral("投诉人");
        const ComplaintId id = must(ws->supervision().intake(c), "complaint");
        if (i % 4 == 1)
            continue;
        if (i < 8) {
            must(ws->supervision().startInvestigation(id), "investigate");
            must(ws->supervision().recordNoViolation(id, c.receivedOn.addDays(15),
                                                     QStringLiteral("经核查不属实")),
                 "no violation");
            must(ws->supervision().close(id, c.receivedOn.addDays(16)), "close");
        }
    }

    // Normative documents: filed, filed late, and one known but not filed.
    for (int i = 0; i < 6; ++i) {
        NormativeDocument d;
        d.campaign = campaign;
        d.unit = units[size_t(i * 3)];
        d.title = QStringLiteral("关于规范行政执法行为的通知%1").arg(i + 1);
        d.number = QStringLiteral("奈政发〔2022〕%1号").arg(i + 3);
        d.issuedOn = QDate(2022, 4 + i, 10);
        const NormativeDocumentId id = must(ws->normative().add(d), "filing");
        if (i < 5)
            must(ws->normative().file(id, d.issuedOn.addDays(i == 2 ? 41 : 20), 0x1f), "file");
    }
    // Zero reports for the ended quarters from all but six units.
    for (int i = 0; i < 40; ++i) {
        if (i % 7 == 6)
            continue;
        for (const QString &period : {QStringLiteral("2022-Q1"), QStringLiteral("2022-Q2")}) {
            ZeroReport z;
            z.campaign = campaign;
            z.unit = units[size_t(i)];
            z.period = period;
            z.receivedOn = period.endsWith(QLatin1Char('1')) ? QDate(2022, 4, 8) : QDate(2022, 7, 8);
            // A unit that filed a document in the quarter owes no zero report: the service refuses it.
            (void)ws->normative().addZeroReport(z);
        }
    }
    // Area 7 and area 10: training before most exams (two units sat theirs first), coordination meetings,
    // major-penalty filings (two late), guiding cases; only what has happened by the day.
    AreaRecordService &records = ws->areaRecords();
    for (int i = 0; i < 30; ++i) {
        TrainingSession t;
        t.campaign = campaign;
        t.unit = units[size_t(i)];
        t.heldOn = QDate(2022, 4, 12).addDays(i * 3);
        t.title = i % 2 ? QStringLiteral("行政执法程序规范培训") : QStringLiteral("行政处罚法专题培训");
        t.hours = 4 + (i % 3) * 2;
        t.attendees = 8 + i % 12;
        t.organiser = i % 3 ? QStringLiteral("本单位") : QStringLiteral("奈曼旗司法局");
        if (t.heldOn <= today)
            must(records.add(t), "training");
    }
    for (int i = 0; i < 20; ++i) {
        Exam e;
        e.campaign = campaign;
        e.unit = units[size_t(i >= 18 ? 30 + i - 18 : i)]; // units 30 and 31 held no training
        e.heldOn = QDate(2022, 6, 20).addDays(i);
        e.subject = QStringLiteral("行政执法综合法律知识");
        e.sat = 6 + i % 8;
        e.passed = e.sat - i % 3;
        if (e.heldOn <= today)
            must(records.add(e), "exam");
    }
    for (int i = 0; i < 3; ++i) {
        CoordinationMeeting m;
        m.campaign = campaign;
        m.heldOn = QDate(2022, 4, 15).addMonths(i * 2);
        m.topic = QStringLiteral("规范行政执法专项行动推进会（第%1次）").arg(i + 1);
        m.attendees = QStringLiteral("各行政执法单位分管领导");
        if (m.heldOn <= today)
            must(records.add(m), "meeting");
    }
    for (int i = 0; i < 8; ++i) {
        MajorPenaltyFiling f;
        f.campaign = campaign;
        f.unit = units[size_t(i * 4)];
        f.caseNumber = QStringLiteral("奈重罚〔2022〕%1号").arg(i + 1);
        f.decidedOn = QDate(2022, 5, 6).addDays(i * 11);
        f.filedOn = f.decidedOn.addDays(i % 4 == 3 ? 24 : 9);
        if (f.filedOn <= today)
            must(records.add(f), "major penalty filing");
    }
    for (int i = 0; i < 3; ++i) {
        GuidingCase g;
        g.campaign = campaign;
        g.unit = units[size_t(i * 5 + 1)];
        g.title = QStringLiteral("行政处罚裁量基准适用指导案例%1").arg(i + 1);
        g.publishedOn = QDate(2022, 6, 30).addMonths(i);
        if (g.publishedOn <= today)
            must(records.add(g), "guiding case");
    }
    std::printf("demo data for %s written to %s\n", qPrintable(today.toString(Qt::ISODate)), argv[1]);
    return 0;
}
