// oversight-generate: a deterministic (seeded) banner-sized data set in our own database format, written
// through the services, so the file is a genuine database: every record has its history and audit entries,
// the audit chain verifies (`oversight-cli verify`), and the app and the CLI open it as any clerk's file.
//
//   oversight-generate --out FILE [--size large|small] [--seed N] [--campaigns N] [--units N] [--cases N]
//                      [--problems N] [--complaints N] [--spot-files N]
//
// large (the default) is the banner after five years: 5 campaigns (2022–2026), 40 units (bureaus and
// 苏木乡镇), 200,000 case files, every form of every unit submitted, 50,000 problems, 5,000 complaints and a
// 60-file spot check with scores each year. small is what the test uses. Counts are totals over all
// campaigns. It refuses to overwrite FILE. It prints what it wrote and how long each part took.
//
// Speed: the services write one transaction per step, as in the app; the file is opened with
// synchronous=OFF for the run (a crash would lose the file being generated, nothing else), and the bulk
// parts use the services' own batch calls (case-file import session, LedgerService::addAll,
// SupervisionService::intakeAll, moveAll).
#include "domain/campaign.h"
#include "domain/casefile.h"
#include "domain/complaint.h"
#include "domain/drawrecord.h"
#include "domain/formdata.h"
#include "domain/problem.h"
#include "domain/reviewsheet.h"
#include "domain/unit.h"
#include "domain/uploadform.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/catalogueform.h"
#include "services/clock.h"
#include "services/ledgerservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace oversight;

namespace {

struct Sizes
{
    int campaigns = 5;
    int units = 40;
    int cases = 200000;
    int problems = 50000;
    int complaints = 5000;
    int spotFiles = 60;
};

// --- Names and texts ------------------------------------------------------------------------------------

// The banner's enforcement units: bureaus first, then the towns and 苏木 (townships).
const char *const bureauNames[] = {
    "旗公安局",     "旗市场监督管理局", "旗自然资源局", "旗生态环境分局", "旗交通运输局",
    "旗农牧局",     "旗卫生健康委员会", "旗应急管理局", "旗林业和草原局", "旗住房和城乡建设局",
    "旗水利局",     "旗文化旅游体育局", "旗教育局",     "旗民政局",       "旗人力资源和社会保障局",
    "旗财政局",     "旗税务局",         "旗司法局",     "旗商务局",       "旗城市管理综合执法局",
    "旗医疗保障局", "旗退役军人事务局", "旗审计局",     "旗统计局",       "旗消防救援大队",
    "旗气象局",     "旗烟草专卖局",     "旗能源局",
};
const char *const townshipNames[] = {
    "大沁他拉镇", "八仙筒镇",     "青龙山镇",     "新镇",     "治安镇",       "东明镇",   "沙日浩来镇",
    "义隆永镇",   "固日班花苏木", "白音他拉苏木", "明仁苏木", "黄花塔拉苏木", "土城子乡", "苇莲苏乡",
};
const char *const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "包"};
const char *const givenNames[] = {"伟",   "芳",     "娜",   "敏",     "静",   "丽",   "强",   "磊",  "军",
                                  "洋",   "勇",     "艳",   "杰",     "娟",   "涛",   "明",   "超",  "秀英",
                                  "桂兰", "巴特尔", "乌云", "其其格", "宝音", "海军", "建国", "志强"};
const char *const caseTypes[] = {"行政处罚", "行政处罚", "行政处罚", "行政许可",
                                 "行政强制", "行政检查", "行政征收", "行政确认"};
const char *const grades[] = {"优秀", "良好", "良好", "合格", "合格", "不合格"};
const char *const caseMatters[] = {
    "未取得许可从事经营活动案",
    "销售不符合食品安全标准的食品案",
    "超限运输案",
    "非法占用草原案",
    "未按规定设置安全警示标志案",
    "违规排放大气污染物案",
    "无证行医案",
    "擅自改变土地用途案",
    "道路运输车辆未按规定年审案",
    "销售过期药品案",
    "违法建设案",
    "未按规定公示价格案",
    "非法采砂案",
    "生产经营场所未配备消防设施案",
    "违规使用农药案",
    "拒不配合监督检查案",
};
const char *const enterprises[] = {"奈曼旗宏远商贸有限公司", "奈曼旗草原牧业合作社", "通辽市北方建材有限公司",
                                   "奈曼旗顺达运输有限公司", "奈曼旗惠民药店",       "奈曼旗绿源农资经销部",
                                   "奈曼旗金沙砂石厂",       "奈曼旗福满园饭店"};
const char *const subjects[] = {"作出较大数额罚款决定前", "现场检查时",         "案件调查终结后",
                                "实施行政强制措施时",     "作出行政许可决定时", "送达处罚决定书时",
                                "重大执法决定作出前",     "立案审批时",         "办理简易程序案件时",
                                "实施查封扣押时",         "听证程序中",         "执行罚款决定时"};
const char *const faults[] = {"未告知当事人陈述申辩和听证权利",
                              "执法人员未出示执法证件",
                              "未经法制审核即作出决定",
                              "未制作现场检查笔录",
                              "全过程音像记录缺失",
                              "送达回证未由受送达人签收",
                              "适用法律条款不准确",
                              "自由裁量理由未在决定书中说明",
                              "罚没款未开具统一票据",
                              "证据材料未编号装订",
                              "多头重复检查增加企业负担",
                              "未在七日内公示执法决定信息",
                              "询问笔录无执法人员签名",
                              "案件超过法定期限办结"};
const char *const details[] = {"，执法案卷中无相关记录",   "，经抽查核实",
                               "，当事人对此提出异议",     "，属于程序性瑕疵",
                               "，影响决定的合法性",       "，同类问题在多份案卷中出现",
                               "，承办人员对规定理解有误", ""};
const char *const measures[] = {"组织全体执法人员学习行政处罚法，完善告知文书模板",
                                "开展亮证执法专项整治，纳入年度执法考核",
                                "建立重大执法决定法制审核目录清单，逐案审核",
                                "配备执法记录仪，制定音像记录管理办法",
                                "对案卷逐卷整理补正，建立归档台账",
                                "细化行政裁量基准并报司法局备案",
                                "推行“综合查一次”联合检查，压减检查频次",
                                "建立执法信息公示专人负责制度，每周核查"};
const char *const complaintSummaries[] = {"反映执法人员检查时未出示执法证件，态度生硬",
                                          "反映同一月内被不同部门多次重复检查，影响正常经营",
                                          "反映罚款后未开具正式票据",
                                          "反映作出处罚决定前未告知陈述申辩权利",
                                          "反映扣押的货物超过期限未予处理",
                                          "反映行政许可申请超过法定期限未作答复",
                                          "反映执法人员要求指定单位进行检测",
                                          "反映处罚决定书送达地址错误，未能及时申请复议"};

template <size_t N>
QString pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(quint32(N))]);
}

QString personName(QRandomGenerator &rng)
{
    return pick(rng, surnames) + pick(rng, givenNames);
}

/// A problem description of 30–80 characters: where, what, how it was found, which file.
QString problemText(QRandomGenerator &rng, int year, int n)
{
    QString text = pick(rng, subjects) + pick(rng, faults) + pick(rng, details);
    text += QStringLiteral("（%1年第%2号案卷）").arg(year - 1).arg(n);
    while (text.size() < 30)
        text.prepend(pick(rng, subjects).left(4));
    return text.left(80);
}

QDate within(QRandomGenerator &rng, QDate from, QDate to)
{
    const qint64 span = std::max<qint64>(0, from.daysTo(to));
    return from.addDays(qint64(rng.bounded(quint32(span + 1))));
}

// --- Forms ------------------------------------------------------------------------------------------------

QString sampleValue(QRandomGenerator &rng, const FieldSpec &f, QDate around)
{
    switch (f.type) {
    case FieldSpec::Type::Text:
        if (f.label.contains(QStringLiteral("人")))
            return personName(rng);
        return f.label + QStringLiteral("：已按要求落实") + pick(rng, details).remove(0, 1);
    case FieldSpec::Type::Integer:
        return QString::number(rng.bounded(1, 60));
    case FieldSpec::Type::Decimal:
        return QStringLiteral("%1.%2").arg(rng.bounded(0, 100)).arg(rng.bounded(0, 10));
    case FieldSpec::Type::Date:
        return around.addDays(-qint64(rng.bounded(60))).toString(Qt::ISODate);
    case FieldSpec::Type::YesNo:
        return rng.bounded(10) < 8 ? QStringLiteral("是") : QStringLiteral("否");
    case FieldSpec::Type::Choice:
    case FieldSpec::Type::MultiChoice:
        return f.choices.isEmpty() ? QString() : f.choices.at(int(rng.bounded(quint32(f.choices.size()))));
    }
    return {};
}

/// Every field and column filled with a plausible value; the 30% rule's figures from the unit's catalogue.
FormData formData(QRandomGenerator &rng, const FormSpec &spec, QDate around, int casesTotal,
                  int casesSelfChecked)
{
    FormData d;
    for (const FieldSpec &f : spec.fields) {
        if (f.isDerived())
            continue;
        if (f.role == QLatin1String("cases_total"))
            d.values.insert(f.key, QString::number(casesTotal));
        else if (f.role == QLatin1String("cases_self_checked"))
            d.values.insert(f.key, QString::number(casesSelfChecked));
        else
            d.values.insert(f.key, sampleValue(rng, f, around));
    }
    const qsizetype rows = spec.fixedRows() ? spec.items.size() : 2 + qsizetype(rng.bounded(4));
    for (qsizetype r = 0; r < rows; ++r) {
        FormData::Row row;
        for (const FieldSpec &c : spec.columns)
            if (!c.isDerived())
                row.insert(c.key, sampleValue(rng, c, around));
        d.rows.push_back(row);
    }
    return d.normalized(spec);
}

// --- The generator ----------------------------------------------------------------------------------------

class Generator
{
public:
    Generator(Workspace &ws, FixedClock &clock, const Sizes &sizes, quint32 seed)
        : m_ws(ws), m_clock(clock), m_sizes(sizes), m_rng(seed)
    {}

    bool run()
    {
        CampaignId previous;
        for (int k = 0; k < m_sizes.campaigns; ++k) {
            const int year = 2022 + k;
            const bool last = k == m_sizes.campaigns - 1;
            // Past campaigns are looked at after their end; the newest in its rectification phase.
            m_clock.setToday(last ? QDate(year, 9, 20) : QDate(year, 12, 20));
            Result<CampaignId> campaign =
                k == 0 ? m_ws.campaigns().ensureDefault() : m_ws.campaigns().clone(previous, year);
            if (!ok(campaign, "campaign"))
                return false;
            if (!ok(m_ws.campaigns().setCurrent(*campaign), "current campaign"))
                return false;
            const Campaign c = m_ws.campaigns().campaign(*campaign).value();
            if (k == 0 && !units(c))
                return false;
            const std::vector<Unit> units = m_ws.units().units(c.id).value();
            const int share = std::max(1, m_sizes.campaigns);
            const bool done = cases(c, units, part(m_sizes.cases, share, k)) && submissions(c, units) &&
                              problems(c, units, part(m_sizes.problems, share, k), last) &&
                              complaints(c, units, part(m_sizes.complaints, share, k), last) &&
                              spotCheck(c, last);
            if (!done)
                return false;
            previous = *campaign;
        }
        return true;
    }

    void report() const
    {
        for (const auto &[what, count, seconds] : m_parts)
            std::printf("%-12s %9d  %7.1f s\n", what.constData(), count, seconds);
    }

private:
    static int part(int total, int parts, int k) { return total / parts + (k < total % parts ? 1 : 0); }

    template <typename R>
    bool ok(const R &result, const char *what)
    {
        if (result)
            return true;
        std::fprintf(stderr, "oversight-generate: %s: %s\n", what, qPrintable(result.error().fullText()));
        return false;
    }

    void took(const char *what, int count, const QElapsedTimer &t)
    {
        for (auto &p : m_parts)
            if (std::get<0>(p) == what) {
                std::get<1>(p) += count;
                std::get<2>(p) += t.nsecsElapsed() / 1e9;
                return;
            }
        m_parts.emplace_back(QByteArray(what), count, t.nsecsElapsed() / 1e9);
    }

    bool units(const Campaign &c)
    {
        QElapsedTimer t;
        t.start();
        std::vector<Unit> added;
        const int bureaus = std::min<int>(int(std::size(bureauNames)), m_sizes.units * 7 / 10);
        for (int i = 0; i < m_sizes.units; ++i) {
            Unit u;
            u.campaign = c.id;
            const bool bureau = i < bureaus;
            const int townships = int(std::size(townshipNames));
            const int township = i - bureaus;
            u.name = bureau                 ? QString::fromUtf8(bureauNames[i])
                     : township < townships ? QString::fromUtf8(townshipNames[township])
                                            : QStringLiteral("%1第%2片区")
                                                  .arg(QString::fromUtf8(townshipNames[township % townships]))
                                                  .arg(township / townships + 1);
            u.category = bureau ? Unit::Category::Department : Unit::Category::Township;
            u.contactPerson = personName(m_rng);
            u.contactPhone = QStringLiteral("0000-%1").arg(1000000 + i); // an obvious placeholder
            added.push_back(u);
        }
        if (!ok(m_ws.units().importUnits(c.id, added, {}), "units"))
            return false;
        took("units", m_sizes.units, t);
        return true;
    }

    /// The reviewer pool of the spot checks: staff of the bureaus and two law firms' lawyers.
    bool reviewers(const Campaign &c, const std::vector<Unit> &units)
    {
        if (const auto existing = m_ws.caseReview().reviewers(c.id); existing && !existing->empty())
            return true;
        for (int i = 0; i < 12; ++i) {
            ReviewerEntry r;
            r.campaign = c.id;
            r.name = personName(m_rng) + QString::number(i + 1);
            r.affiliation = i < 8 ? units.at(size_t(i) % units.size()).name
                                  : (i % 2 ? QStringLiteral("内蒙古正义律师事务所")
                                           : QStringLiteral("奈曼旗公正律师事务所"));
            r.qualification = i < 8 ? QStringLiteral("行政执法证") : QStringLiteral("律师执业证");
            if (!ok(m_ws.caseReview().addReviewer(r), "reviewer"))
                return false;
        }
        return true;
    }

    bool cases(const Campaign &c, const std::vector<Unit> &units, int count)
    {
        QElapsedTimer t;
        t.start();
        m_casesOfUnit.assign(units.size(), {0, 0});
        auto session = m_ws.caseReview().beginImport(c.id);
        if (!ok(session, "case files"))
            return false;
        std::vector<CaseFile> batch;
        for (int i = 0; i < count; ++i) {
            // Units differ in size: the busy bureaus (listed first) hold most files; every unit has one.
            const double r = m_rng.generateDouble();
            const size_t ui = i < int(units.size())
                                  ? size_t(i)
                                  : std::min(units.size() - 1, size_t(r * r * double(units.size())));
            const Unit &unit = units.at(ui);
            CaseFile f;
            f.campaign = c.id;
            f.unit = unit.id;
            f.number = QStringLiteral("%1-%2-%3")
                           .arg(c.caseYear)
                           .arg(ui + 1, 2, 10, QLatin1Char('0'))
                           .arg(++m_casesOfUnit[ui].first, 5, 10, QLatin1Char('0'));
            f.party = m_rng.bounded(3) ? personName(m_rng) : pick(m_rng, enterprises);
            f.title = f.party + pick(m_rng, caseMatters);
            f.caseType = pick(m_rng, caseTypes);
            f.closedOn = within(m_rng, QDate(c.caseYear, 1, 5), QDate(c.caseYear, 12, 28));
            f.selfChecked = m_rng.bounded(100) < 35;
            if (f.selfChecked) {
                ++m_casesOfUnit[ui].second;
                f.selfCheckGrade = pick(m_rng, grades);
            }
            batch.push_back(std::move(f));
            if (batch.size() == 5000) {
                if (!ok((*session)->add(std::move(batch), {}, {}), "case files"))
                    return false;
                batch.clear();
            }
        }
        if (!ok((*session)->add(std::move(batch), {}, {}), "case files") ||
            !ok((*session)->commit(), "case files"))
            return false;
        took("case files", count, t);
        return true;
    }

    bool submissions(const Campaign &c, const std::vector<Unit> &units)
    {
        QElapsedTimer t;
        t.start();
        int count = 0;
        const QDate today = m_clock.today();
        for (size_t u = 0; u < units.size(); ++u) {
            for (const FormSpec &spec : c.forms) {
                if (uploadform::of(c) == &spec)
                    continue; // 附件7 lists the drawn files: handed in after the draw (spotCheck)
                const Deadline *deadline = c.deadlineOfForm(spec.id);
                const QDate due = deadline ? deadline->due : QDate(c.year, 6, 30);
                Receipt r;
                r.receivedOn = std::min(today, due.addDays(qint64(m_rng.bounded(12)) - 8));
                r.filledOn = r.receivedOn.addDays(-1);
                r.filledBy = personName(m_rng);
                r.phone = QStringLiteral("0000-0000000");
                FormData data =
                    formData(m_rng, spec, r.receivedOn, m_casesOfUnit[u].first, m_casesOfUnit[u].second);
                Result<SubmissionId> id = makeError(Error::Code::NotFound, QString());
                if (catalogueform::formOf(c) == &spec) {
                    // 附件2's register is the catalogue imported above, which already handed the form in:
                    // the unit's copy gets its figures, its rows stay the catalogue's.
                    data.rows.clear();
                    auto existing = m_ws.submissions().submission(c.id, units[u].id, spec.id);
                    if (!ok(existing, "submission"))
                        return false;
                    if (existing->status != Submission::Status::Missing) {
                        if (!ok(m_ws.submissions().save(existing->id, r, data), "submission"))
                            return false;
                        id = existing->id;
                    }
                }
                if (!id)
                    id = m_ws.submissions().receive(c.id, units[u].id, spec.id, r, data);
                if (!ok(id, "submission"))
                    return false;
                ++count;
                // Most forms are accepted; one in eight goes back to the unit. A form whose checks still
                // find an error stays received, as it would for the clerk.
                if (m_rng.bounded(8) == 0) {
                    if (!ok(m_ws.submissions().returnToUnit(
                                *id, QStringLiteral("数据填报不完整，请核实后重新报送")),
                            "return"))
                        return false;
                } else {
                    (void)m_ws.submissions().accept(*id);
                }
            }
        }
        took("forms", count, t);
        return true;
    }

    bool problems(const Campaign &c, const std::vector<Unit> &units, int count, bool last)
    {
        QElapsedTimer t;
        t.start();
        std::vector<Problem> added;
        added.reserve(size_t(count));
        const QDate rectificationEnd =
            c.rules.rectificationDeadline.isValid() ? c.rules.rectificationDeadline : QDate(c.year, 10, 31);
        for (int i = 0; i < count; ++i) {
            Problem p;
            p.campaign = c.id;
            p.unit = units.at(m_rng.bounded(quint32(units.size()))).id;
            p.area = 1 + int(m_rng.bounded(10));
            p.source = Problem::Source(m_rng.bounded(5));
            p.description = problemText(m_rng, c.year, i + 1);
            p.measure = pick(m_rng, measures);
            p.owner = personName(m_rng);
            p.deadline = rectificationEnd.addDays(qint64(m_rng.bounded(40)) - 30);
            added.push_back(std::move(p));
        }
        auto ids = m_ws.ledger().addAll(std::move(added));
        if (!ok(ids, "problems"))
            return false;
        // The workflow: past campaigns are mostly closed; the current one is under way.
        std::vector<ProblemId> moving, checking, closing;
        for (const ProblemId id : *ids) {
            const quint32 r = m_rng.bounded(100);
            if (last ? r < 50 : r < 97)
                moving.push_back(id);
            if (last ? r < 20 : r < 95)
                checking.push_back(id);
            if (last ? r < 8 : r < 90)
                closing.push_back(id);
        }
        if (!ok(m_ws.ledger().moveAll(moving, Problem::Status::InProgress, QStringLiteral("已制定整改方案")),
                "problems in progress") ||
            !ok(m_ws.ledger().moveAll(checking, Problem::Status::AwaitingVerification,
                                      QStringLiteral("单位报送整改完成情况")),
                "problems to verify"))
            return false;
        const QDate closedOn = std::min(m_clock.today(), rectificationEnd);
        for (const ProblemId id : closing)
            if (!ok(m_ws.ledger().close(id, closedOn, QStringLiteral("经核查，整改到位，同意销号"),
                                        QStringLiteral("单位提交了整改报告及补正后的案卷材料")),
                    "closing a problem"))
                return false;
        took("problems", count, t);
        return true;
    }

    bool complaints(const Campaign &c, const std::vector<Unit> &units, int count, bool last)
    {
        QElapsedTimer t;
        t.start();
        std::vector<Complaint> added;
        const QDate today = m_clock.today();
        for (int i = 0; i < count; ++i) {
            Complaint x;
            x.campaign = c.id;
            x.channel = Complaint::Channel(m_rng.bounded(6));
            x.receivedOn = within(m_rng, QDate(c.year, 3, 1), today.addDays(-10));
            x.unit = units.at(m_rng.bounded(quint32(units.size()))).id;
            x.enterpriseRelated = m_rng.bounded(2) == 0;
            if (x.enterpriseRelated)
                x.enterpriseName = pick(m_rng, enterprises);
            x.summary = pick(m_rng, complaintSummaries);
            x.complainantName = pick(m_rng, surnames) + QStringLiteral("某");
            added.push_back(std::move(x));
        }
        auto ids = m_ws.supervision().intakeAll(added);
        if (!ok(ids, "complaints"))
            return false;
        for (size_t i = 0; i < ids->size(); ++i) {
            const quint32 r = m_rng.bounded(100);
            if (last ? r >= 70 : r >= 98)
                continue; // still registered
            const ComplaintId id = (*ids)[i];
            const QDate outcome = std::min(today, added[i].receivedOn.addDays(qint64(m_rng.bounded(25))));
            if (!ok(m_ws.supervision().startInvestigation(id, QStringLiteral("转承办人调查核实")),
                    "investigation"))
                return false;
            if (last && r >= 40)
                continue; // being investigated
            if (!ok(m_ws.supervision().recordNoViolation(id, outcome,
                                                         QStringLiteral("经调查核实，未发现违法违规行为")),
                    "outcome") ||
                !ok(m_ws.supervision().close(id, outcome, QStringLiteral("已向反映人反馈核查结果")),
                    "closing"))
                return false;
        }
        took("complaints", count, t);
        return true;
    }

    bool spotCheck(const Campaign &c, bool last)
    {
        if (m_sizes.spotFiles <= 0)
            return true;
        QElapsedTimer t;
        t.start();
        if (!reviewers(c, m_ws.units().units(c.id).value()))
            return false;
        DrawRequest request;
        request.count = m_sizes.spotFiles;
        request.seed = m_rng.generate64();
        request.task = QStringLiteral("%1年度行政执法案卷评查").arg(c.year);
        auto draw = m_ws.caseReview().drawCases(c.id, request);
        if (!ok(draw, "draw"))
            return false;
        auto files = m_ws.caseReview().drawnFiles(c.id, draw->id);
        if (!ok(files, "drawn files"))
            return false;
        std::vector<const ScoringItem *> items;
        for (const ScoringGroup &g : c.scoring.groups)
            for (const ScoringItem &i : g.items)
                items.push_back(&i);
        int scored = 0;
        for (const DrawnFile &f : *files) {
            if (last && scored >= int(files->size()) / 2)
                break; // the current spot check is half done
            ReviewSheet sheet;
            sheet.drawnFile = f.id;
            sheet.reviewers = f.reviewer1.isEmpty() ? QStringLiteral("王伟、李娜")
                                                    : f.reviewer1 + QStringLiteral("、") + f.reviewer2;
            sheet.reviewedOn = std::min(m_clock.today(), QDate(c.year, 8, 20));
            const int deductions = items.empty() ? 0 : int(m_rng.bounded(4));
            QStringList used;
            for (int d = 0; d < deductions; ++d) {
                const ScoringItem *item = items.at(m_rng.bounded(quint32(items.size())));
                if (used.contains(item->key))
                    continue;
                used << item->key;
                ReviewFinding finding;
                finding.itemKey = item->key;
                finding.halfPoints = item->halfPoints;
                finding.note = pick(m_rng, faults);
                sheet.findings.push_back(finding);
            }
            sheet.conclusion = sheet.findings.empty() ? QStringLiteral("案卷规范，未发现问题")
                                                      : QStringLiteral("存在程序性瑕疵，需整改");
            if (!ok(m_ws.caseReview().saveSheet(sheet), "scoring sheet"))
                return false;
            ++scored;
        }
        took("spot check", scored, t);
        return uploadForms(c);
    }

    /// 附件7 from each unit with drawn files: one row per file, with the scores so far and no upload ticks.
    bool uploadForms(const Campaign &c)
    {
        const FormSpec *spec = uploadform::of(c);
        if (!spec)
            return true;
        auto drawn = m_ws.caseReview().drawnFiles(c.id);
        if (!ok(drawn, "drawn files"))
            return false;
        std::vector<DrawnFile> files = *drawn;
        uploadform::nameProblems(c, files);
        std::map<qint64, std::vector<DrawnFile>> byUnit;
        for (const DrawnFile &f : files)
            byUnit[f.unit.value].push_back(f);
        const Deadline *deadline = c.deadlineOfForm(spec->id);
        const QDate due = deadline ? deadline->due : QDate(c.year, 7, 15);
        for (const auto &[unit, unitFiles] : byUnit) {
            if (m_clock.today() < due.addDays(-8))
                break; // not yet handed in
            Receipt r;
            r.receivedOn = std::min(m_clock.today(), due.addDays(qint64(m_rng.bounded(12)) - 8));
            r.filledOn = r.receivedOn.addDays(-1);
            r.filledBy = personName(m_rng);
            r.phone = QStringLiteral("0000-0000000");
            FormData data;
            data.rows = uploadform::rows(*spec, unitFiles);
            if (!ok(m_ws.submissions().receive(c.id, UnitId(unit), spec->id, r, data.normalized(*spec)),
                    "附件7"))
                return false;
        }
        return true;
    }

    Workspace &m_ws;
    FixedClock &m_clock;
    Sizes m_sizes;
    QRandomGenerator m_rng;
    std::vector<std::pair<int, int>> m_casesOfUnit; ///< per unit of the current campaign: total, self-checked
    std::vector<std::tuple<QByteArray, int, double>> m_parts;
};

int usage(const char *why)
{
    std::fprintf(stderr,
                 "oversight-generate: %s\n"
                 "usage: oversight-generate --out FILE [--size large|small] [--seed N] [--campaigns N] "
                 "[--units N] [--cases N] [--problems N] [--complaints N] [--spot-files N]\n",
                 why);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Sizes sizes;
    QString out;
    quint32 seed = 20220715;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto number = [&](int &into) {
            bool good = false;
            into = args.value(++i).toInt(&good);
            return good && into >= 0;
        };
        bool good = true;
        if (a == u"--out")
            out = args.value(++i);
        else if (a == u"--size") {
            const QString size = args.value(++i);
            if (size == u"small")
                sizes = Sizes{2, 6, 300, 120, 20, 10};
            else if (size != u"large")
                return usage("--size: say large or small");
        } else if (a == u"--seed")
            seed = args.value(++i).toUInt(&good);
        else if (a == u"--campaigns")
            good = number(sizes.campaigns) && sizes.campaigns >= 1 && sizes.campaigns <= 20;
        else if (a == u"--units")
            good = number(sizes.units) && sizes.units >= 1;
        else if (a == u"--cases")
            good = number(sizes.cases);
        else if (a == u"--problems")
            good = number(sizes.problems);
        else if (a == u"--complaints")
            good = number(sizes.complaints);
        else if (a == u"--spot-files")
            good = number(sizes.spotFiles);
        else
            return usage(qPrintable(QStringLiteral("unknown option %1").arg(a)));
        if (!good)
            return usage(qPrintable(QStringLiteral("%1: give a whole number in range").arg(a)));
    }
    if (out.isEmpty())
        return usage("--out FILE is required");
    if (QFileInfo::exists(out))
        return usage(qPrintable(QStringLiteral("%1 exists; the generator writes a new file only").arg(out)));

    auto clock = std::make_unique<FixedClock>(QDate(2022, 12, 20));
    FixedClock &clockRef = *clock;
    auto opened = Workspace::open(out, Database::Mode::CreateNew, std::move(clock), QStringLiteral("法制股"));
    if (!opened) {
        std::fprintf(stderr, "oversight-generate: %s\n", qPrintable(opened.error().fullText()));
        return 3;
    }
    Workspace &ws = **opened;
    QSqlQuery(ws.database().connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));

    QElapsedTimer total;
    total.start();
    Generator generator(ws, clockRef, sizes, seed);
    const bool done = generator.run();
    generator.report();
    if (!done)
        return 2;
    std::printf("%-12s %9s  %7.1f s  (seed %u) → %s\n", "total", "", total.nsecsElapsed() / 1e9, seed,
                qPrintable(out));
    return 0;
}
