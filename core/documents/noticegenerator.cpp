#include "noticegenerator.h"

#include <algorithm>

// The texts below are the bureau's own Chinese documents (domain text, not interface): they are written
// in Chinese and never translated.

namespace oversight {

namespace {

const QString allUnits = QStringLiteral("各苏木乡镇人民政府，旗直各行政执法单位");

QString md(QDate d)
{
    return QStringLiteral("%1月%2日").arg(d.month()).arg(d.day());
}

QString score(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

NoticeGenerator::NoticeGenerator(Campaign campaign, QDate today)
    : m_campaign(std::move(campaign)), m_today(today)
{}

OfficialDocument NoticeGenerator::base(DocumentKind kind) const
{
    OfficialDocument d;
    d.kind = kind;
    d.authority = m_campaign.authority;
    d.signature = m_campaign.authority;
    d.date = m_today;
    d.printedBy = m_campaign.printingOffice();
    d.printedOn = m_today;
    return d;
}

QDate NoticeGenerator::rectifyBy() const
{
    const Phase *rect = m_campaign.phase(QStringLiteral("rectification"));
    const QDate planEnd = m_campaign.rules.rectificationDeadline.isValid() ? m_campaign.rules.rectificationDeadline
                          : rect                                          ? rect->to
                                                                          : QDate();
    const QDate earliest = m_today.addDays(m_campaign.rules.rectificationMinDays);
    return planEnd.isValid() && planEnd > earliest ? planEnd : earliest;
}

OfficialDocument NoticeGenerator::spotCheck(const SpotCheckResults &results) const
{
    OfficialDocument d = base(DocumentKind::SpotCheck);
    d.title = QStringLiteral("%1关于%2案卷抽查结果的通报").arg(m_campaign.authority, m_campaign.shortTitle);
    d.addressee = allUnits;
    d.copyTo = QStringLiteral("旗人民政府");

    const Phase *spot = m_campaign.phase(QStringLiteral("spot_check"));
    int scored = 0, drawn = 0;
    for (const SpotCheckUnitResult &u : results.units) {
        scored += u.files;
        drawn += u.drawn > 0 ? u.drawn : u.files;
    }
    if (results.filesDrawn > 0)
        drawn = results.filesDrawn;
    const int unitsDrawn = results.unitsDrawn > 0 ? results.unitsDrawn : int(results.units.size());
    // The inspection's days: from the draw to the last scoring sheet when known, else the phase's.
    const QDate from = results.drawnOn.isValid() ? results.drawnOn : spot ? spot->from : QDate();
    const QDate to = results.lastScoredOn.isValid() ? results.lastScoredOn : spot ? spot->to : QDate();
    const QString span = !from.isValid() || !to.isValid() ? QStringLiteral("【抽查日期】")
                         : from == to                     ? chineseDate(from)
                         : from.year() == to.year()       ? QStringLiteral("%1至%2").arg(chineseDate(from), md(to))
                                                          : QStringLiteral("%1至%2").arg(chineseDate(from), chineseDate(to));

    QStringList body;
    body << QStringLiteral("按照《%1》（%2）的部署，%3于%4对全旗行政执法单位%5年度的行政执法案卷进行了抽查。"
                           "现将抽查结果通报如下。")
                .arg(m_campaign.title, m_campaign.documentNumber, m_campaign.authority, span)
                .arg(m_campaign.caseYear);
    int section = 0;
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    const auto heading = [&](const QString &text) {
        body << QStringLiteral("%1、%2").arg(numerals.at(section++)).arg(text);
    };
    heading(QStringLiteral("抽查基本情况"));
    if (results.isEmpty()) {
        body << QStringLiteral(
                    "此次共抽查【N】个单位的行政执法案卷【N】卷（方案要求不少于%1卷），平均得分【分数】分，"
                    "其中优秀【N】卷、良好【N】卷、合格【N】卷、不合格【N】卷。各单位抽查结果见下表。")
                    .arg(m_campaign.rules.spotCheckMinFiles);
        body << QStringLiteral("|单位|抽取案卷|已评查|平均分|优秀|良好|合格|不合格|");
        body << QStringLiteral("|【抽查结果待录入】| | | | | | | |");
    } else {
        int excellent = 0, good = 0, pass = 0, fail = 0;
        double weighted = 0;
        for (const SpotCheckUnitResult &u : results.units) {
            excellent += u.excellent;
            good += u.good;
            pass += u.pass;
            fail += u.fail;
            weighted += u.averageScore * u.files;
        }
        const int minimum = m_campaign.rules.spotCheckMinFiles;
        QString intro = QStringLiteral("此次共抽取%1个单位的行政执法案卷%2卷（方案要求不少于%3卷）")
                            .arg(unitsDrawn)
                            .arg(drawn)
                            .arg(minimum);
        intro += scored == drawn ? QStringLiteral("，已全部完成评查")
                                 : QStringLiteral("，已完成评查%1卷，尚有%2卷未评查").arg(scored).arg(drawn - scored);
        intro += QStringLiteral("。已评查案卷平均得分%1分，其中优秀%2卷、良好%3卷、合格%4卷、不合格%5卷。"
                                "各单位抽查结果见下表。")
                     .arg(score(scored > 0 ? weighted / scored : 0))
                     .arg(excellent)
                     .arg(good)
                     .arg(pass)
                     .arg(fail);
        body << intro;
        // The units' main problems are summed up under 存在的主要问题: in the table they would squeeze
        // the figures into a column of single characters.
        body << QStringLiteral("|单位|抽取案卷|已评查|平均分|优秀|良好|合格|不合格|");
        for (const SpotCheckUnitResult &u : results.units)
            body << QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8|")
                        .arg(u.unit)
                        .arg(u.drawn > 0 ? u.drawn : u.files)
                        .arg(u.files)
                        .arg(u.files > 0 ? score(u.averageScore) : QStringLiteral("—"))
                        .arg(u.excellent)
                        .arg(u.good)
                        .arg(u.pass)
                        .arg(u.fail);
    }
    // Good practice is the clerk's to write; without it the section is left out, never left as a bracket.
    if (!results.goodPractice.isEmpty()) {
        heading(QStringLiteral("好的做法"));
        body += results.goodPractice;
    }
    heading(QStringLiteral("存在的主要问题"));
    if (results.shortcomings.isEmpty())
        body << QStringLiteral("【存在的主要问题】");
    else
        for (qsizetype i = 0; i < results.shortcomings.size(); ++i)
            body << QStringLiteral("（%1）%2")
                        .arg(QString(numerals.at(std::min<qsizetype>(i, 9))), results.shortcomings.at(i));
    heading(QStringLiteral("整改要求"));
    body << QStringLiteral(
                "各单位要对照抽查发现的问题，逐项制定整改措施，明确责任人和整改时限，建立整改台账，"
                "于%1前完成整改，并将整改情况书面报送%2%3。")
                .arg(chineseDate(rectifyBy()), m_campaign.authority, m_campaign.section);
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

QString findingKindKey(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Late:
        return QStringLiteral("late");
    case FindingKind::SelfCheck:
        return QStringLiteral("selfcheck");
    case FindingKind::Ledger:
        return QStringLiteral("ledger");
    case FindingKind::Contacts:
        return QStringLiteral("contacts");
    case FindingKind::SpotCheck:
        return QStringLiteral("spotcheck");
    }
    return {};
}

std::optional<FindingKind> findingKindFromKey(const QString &key)
{
    for (const FindingKind k : allFindingKinds())
        if (findingKindKey(k) == key)
            return k;
    return std::nullopt;
}

QList<FindingKind> allFindingKinds()
{
    return {FindingKind::Late, FindingKind::SelfCheck, FindingKind::Ledger, FindingKind::Contacts,
            FindingKind::SpotCheck};
}

namespace {

/// The heading a kind of finding stands under in the notice.
QString findingHeading(FindingKind kind, const Campaign &campaign)
{
    switch (kind) {
    case FindingKind::Late:
        return QStringLiteral("逾期未报送或逾期报送材料");
    case FindingKind::SelfCheck:
        return QStringLiteral("自查案卷比例低于%1%").arg(campaign.rules.selfCheckMinPercent);
    case FindingKind::Ledger:
        return QStringLiteral("问题整改逾期未完成");
    case FindingKind::Contacts:
        return QStringLiteral("未报送专项行动联系人");
    case FindingKind::SpotCheck:
        return QStringLiteral("抽查案卷未完成评查");
    }
    return {};
}

} // namespace

std::vector<CriticismFinding> NoticeGenerator::findings(const CampaignData &data, const QList<FindingKind> &kinds)
{
    std::vector<CriticismFinding> out;
    const Campaign &c = data.campaign;
    const auto wanted = [&kinds](FindingKind k) { return kinds.contains(k); };
    for (const FindingKind kind : allFindingKinds()) {
        if (!wanted(kind))
            continue;
        for (const Unit &u : data.units) {
            QString reason;
            switch (kind) {
            case FindingKind::Late: {
                QStringList missing, late;
                for (const OwedItem &o : data.owed(u.id))
                    if (o.daysLate > 0)
                        missing << o.item;
                for (const QString &item : data.items()) {
                    const Submission *s = data.submission(u.id, item);
                    const Deadline *due = c.deadlineOfItem(item);
                    if (s && due && due->due < data.today && s->status != Submission::Status::Missing &&
                        s->status != Submission::Status::Returned && data.expects(u.id, item) && s->lateDays(due) > 0)
                        late << QStringLiteral("%1（逾期%2天）").arg(item).arg(s->lateDays(due));
                }
                QStringList parts;
                if (!missing.isEmpty())
                    parts << QStringLiteral("%1项材料逾期未报送（%2）").arg(missing.size()).arg(missing.join(QStringLiteral("、")));
                if (!late.isEmpty())
                    parts << QStringLiteral("%1项材料逾期报送（%2）").arg(late.size()).arg(late.join(QStringLiteral("、")));
                reason = parts.join(QStringLiteral("，"));
                break;
            }
            case FindingKind::SelfCheck: {
                const Deadline *due = c.deadline(QStringLiteral("self_check_report"));
                const std::optional<SelfCheckFigures> f = data.selfCheck(u.id);
                if (due && due->due < data.today && f && !f->ok())
                    reason = QStringLiteral("%1年度行政执法案卷%2卷，自查%3卷，未达到不少于%4卷（%5%）的要求")
                                 .arg(c.caseYear)
                                 .arg(f->total)
                                 .arg(f->checked)
                                 .arg(f->required())
                                 .arg(c.rules.selfCheckMinPercent);
                break;
            }
            case FindingKind::Ledger: {
                int overdue = 0, total = 0;
                for (const Problem &p : data.problems) {
                    if (p.unit != u.id)
                        continue;
                    ++total;
                    overdue += p.isOverdue(data.today);
                }
                if (overdue > 0)
                    reason = QStringLiteral("整改台账%1个问题中有%2个超过整改时限仍未完成整改").arg(total).arg(overdue);
                break;
            }
            case FindingKind::Contacts: {
                const Deadline *due = c.contactsDeadline();
                if (due && due->due < data.today && !u.hasContact())
                    reason = QStringLiteral("未按要求于%1前报送专项行动联系人及联系电话").arg(md(due->due));
                break;
            }
            case FindingKind::SpotCheck: {
                const Phase *spot = c.phase(QStringLiteral("spot_check"));
                const auto [drawn, reviewed] = data.filesDrawnAndReviewed(u.id);
                if (spot && spot->to < data.today && drawn > reviewed)
                    reason = QStringLiteral("被抽查案卷%1卷，截至%2仍有%3卷未完成评查")
                                 .arg(drawn)
                                 .arg(chineseDate(data.today))
                                 .arg(drawn - reviewed);
                break;
            }
            }
            if (!reason.isEmpty())
                out.push_back({kind, u.addresseeName(), reason});
        }
    }
    return out;
}

OfficialDocument NoticeGenerator::criticism(const std::vector<CriticismFinding> &findings) const
{
    OfficialDocument d = base(DocumentKind::Criticism);
    d.title = QStringLiteral("%1关于对%2工作落实不力单位的通报批评")
                  .arg(m_campaign.authority, m_campaign.shortTitle);
    d.addressee = allUnits;
    d.copyTo = QStringLiteral("旗人民政府");
    QStringList body;
    body << QStringLiteral(
                "《%1》（%2）印发以来，多数单位高度重视，按时完成了各阶段工作任务。但也有部分单位"
                "组织不力、推进不实、措施不细、落实不好，影响了专项行动的整体进度。现将有关情况通报如下。")
                .arg(m_campaign.title, m_campaign.documentNumber);
    body << QStringLiteral("一、存在的问题");
    if (findings.empty()) {
        body << QStringLiteral(
                    "【被通报单位及其问题（逾期或未报送材料、自查比例低于%1%、整改逾期未完成等）】")
                    .arg(m_campaign.rules.selfCheckMinPercent);
    } else {
        static const QString numerals = QStringLiteral("一二三四五六七八九十");
        int group = 0;
        for (const FindingKind kind : allFindingKinds()) {
            int n = 0;
            for (const CriticismFinding &f : findings) {
                if (f.kind != kind)
                    continue;
                if (n == 0)
                    body << QStringLiteral("（%1）%2").arg(numerals.at(std::min(group++, 9))).arg(findingHeading(kind, m_campaign));
                body << QStringLiteral("%1.%2：%3。").arg(++n).arg(f.unit, f.reason);
            }
        }
    }
    body << QStringLiteral("二、有关要求");
    body << QStringLiteral(
                "被通报单位要认真查找原因，切实提高思想认识，立即采取措施加以整改，并于%1前将整改情况"
                "书面报送%2%3。各单位要引以为戒，严格落实专项行动各项要求，确保按时保质完成任务。")
                .arg(chineseDate(m_today.addDays(10)), m_campaign.authority, m_campaign.section);
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

Result<OfficialDocument> NoticeGenerator::reminder(const Unit &unit, const std::vector<OwedItem> &owed,
                                                   QDate newDate) const
{
    const Deadline *contacts = m_campaign.contactsDeadline();
    const bool noContact = !unit.hasContact() && contacts && contacts->due < m_today;
    if (owed.empty() && !noContact)
        return makeError(Error::Code::Invalid,
                         tr("%1 has nothing outstanding on %2: every form and report due by then is handed in "
                            "and its campaign contact is named. No reminder is drafted.")
                             .arg(unit.name, m_today.toString(Qt::ISODate)));

    OfficialDocument d = base(DocumentKind::Reminder);
    d.title = QStringLiteral("%1关于催报%2有关材料的通知").arg(m_campaign.authority, m_campaign.shortTitle);
    d.addressee = unit.addresseeName();
    const QDate due = newDate.isValid() ? newDate : m_today.addDays(7);

    // One group per deadline, in date order; the contact (no form of its own) joins its deadline's group.
    struct Group
    {
        QDate due;
        QStringList lines;
    };
    std::vector<Group> groups;
    const auto groupOf = [&groups](QDate day) -> Group & {
        for (Group &g : groups)
            if (g.due == day)
                return g;
        groups.push_back({day, {}});
        return groups.back();
    };
    if (noContact)
        groupOf(contacts->due).lines << QStringLiteral("专项行动联系人及联系电话");
    int returned = 0;
    for (const OwedItem &o : owed) {
        // 附件1《…》; a form whose title already names it (专项行动实施方案（…）) and a report: the title.
        QString text = m_campaign.form(o.item) && !o.title.contains(o.item)
                           ? QStringLiteral("%1《%2》").arg(o.item, o.title)
                           : o.title;
        if (o.status == Submission::Status::Returned) {
            text += QStringLiteral("（已退回，请修改后重新报送）");
            ++returned;
        }
        groupOf(o.deadline->due).lines << text;
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.due < b.due; });
    const int count = int(owed.size()) + (noContact ? 1 : 0);

    QStringList body;
    body << QStringLiteral("按照《%1》（%2）要求，各单位应在规定时限内报送专项行动有关材料。截至%3，你单位尚有%4项"
                           "材料未按要求报送%5，影响了全旗专项行动的整体进度。现将有关事项通知如下。")
                .arg(m_campaign.title, m_campaign.documentNumber, chineseDate(m_today))
                .arg(count)
                .arg(returned > 0 ? QStringLiteral("（其中%1项已退回待修改）").arg(returned) : QString());
    body << QStringLiteral("一、尚未报送的材料");
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    for (size_t g = 0; g < groups.size(); ++g) {
        const int late = int(groups[g].due.daysTo(m_today));
        body << QStringLiteral("（%1）应于%2前报送的材料（%3）")
                    .arg(QString(numerals.at(qsizetype(std::min<size_t>(g, 9)))), chineseDate(groups[g].due),
                         late > 0 ? QStringLiteral("已逾期%1天").arg(late) : QStringLiteral("今日到期"));
        for (qsizetype i = 0; i < groups[g].lines.size(); ++i)
            body << QStringLiteral("%1.%2。").arg(i + 1).arg(groups[g].lines.at(i));
    }
    body << QStringLiteral("二、报送要求");
    body << QStringLiteral(
                "请你单位高度重视，于%1前将上述材料报送%2%3。逾期仍未报送的，将在全旗范围内予以通报批评。")
                .arg(chineseDate(due), m_campaign.authority, m_campaign.section);
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

OfficialDocument NoticeGenerator::supervision(const SupervisionNoticeContent &c) const
{
    OfficialDocument d = base(DocumentKind::Supervision);
    d.title = QStringLiteral("行政执法监督通知书");
    d.addressee = c.unitName;
    d.caseId = c.caseId;
    const auto orPlaceholder = [](const QString &text, const QString &what) {
        return text.trimmed().isEmpty() ? QStringLiteral("【%1】").arg(what) : text.trimmed();
    };
    QStringList body;
    // The ground of the supervision is the campaign's (its file words it); nothing is assumed here.
    body << QStringLiteral("根据%1，我局对%2（案件编号：%3）进行了监督。现将有关事项通知如下。")
                .arg(orPlaceholder(m_campaign.supervisionBasis, QStringLiteral("监督依据")),
                     orPlaceholder(c.subject, QStringLiteral("监督事项")),
                     orPlaceholder(c.caseReference, QStringLiteral("编号")));
    body << QStringLiteral("一、基本事实");
    body << orPlaceholder(c.facts, QStringLiteral("基本事实"));
    body << QStringLiteral("二、监督理由");
    body << orPlaceholder(c.reasons, QStringLiteral("监督理由"));
    body << QStringLiteral("三、监督意见");
    body << QStringLiteral("%1依据%2，")
                    .arg(QString(), orPlaceholder(c.legalBasis, QStringLiteral("法律依据"))) +
                orPlaceholder(c.decision, QStringLiteral("监督意见"));
    body << QStringLiteral("四、有关要求");
    body << QStringLiteral(
                "请你单位于%1前纠正上述问题，并于%2前将纠正情况书面报送我局。你单位对本通知书有异议的，"
                "可以自收到本通知书之日起%3日内向我局书面申请复查。")
                .arg(c.correctBy.isValid() ? chineseDate(c.correctBy) : QStringLiteral("【纠正期限】"),
                     c.replyBy.isValid() ? chineseDate(c.replyBy) : QStringLiteral("【书面答复期限】"))
                .arg(c.reviewDays);
    d.body = body.join(QLatin1Char('\n'));
    d.receipt = ServiceReceipt{d.title, c.unitName};
    return d;
}

} // namespace oversight
