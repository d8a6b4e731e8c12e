#include "noticegenerator.h"

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
    d.printedBy = m_campaign.authority + m_campaign.section;
    d.printedOn = m_today;
    return d;
}

const Deadline *NoticeGenerator::lastPassedDeadline() const
{
    const Deadline *last = nullptr;
    for (const Deadline &d : m_campaign.deadlines) {
        if (d.due < m_today && (!last || d.due > last->due))
            last = &d;
    }
    return last;
}

OfficialDocument NoticeGenerator::spotCheck(const SpotCheckResults &results) const
{
    OfficialDocument d = base(DocumentKind::SpotCheck);
    d.title = QStringLiteral("%1关于%2案卷抽查结果的通报").arg(m_campaign.authority, m_campaign.shortTitle);
    d.addressee = allUnits;
    d.copyTo = QStringLiteral("旗人民政府");

    const Phase *spot = m_campaign.phase(QStringLiteral("spot_check"));
    const Phase *rect = m_campaign.phase(QStringLiteral("rectification"));
    const QDate rectifyBy = m_campaign.rules.rectificationDeadline.isValid()
                                ? m_campaign.rules.rectificationDeadline
                            : rect ? rect->to
                                   : QDate();
    int files = 0;
    for (const SpotCheckUnitResult &u : results.units)
        files += u.files;

    QStringList body;
    body << QStringLiteral(
                "按照《%1》（%2）的部署，%3%4至%5对全旗行政执法单位%6年度的行政执法案卷进行了抽查。"
                "现将抽查结果通报如下。")
                .arg(m_campaign.title, m_campaign.documentNumber, m_campaign.authority,
                     spot ? md(spot->from) : QStringLiteral("【开始日期】"),
                     spot ? md(spot->to) : QStringLiteral("【结束日期】"))
                .arg(m_campaign.caseYear);
    body << QStringLiteral("一、抽查基本情况");
    if (results.isEmpty()) {
        body << QStringLiteral(
                    "此次共抽查【N】个单位的行政执法案卷【N】卷（方案要求不少于%1卷），平均得分【分数】分，"
                    "其中优秀【N】卷、良好【N】卷、合格【N】卷、不合格【N】卷。各单位抽查结果见下表。")
                    .arg(m_campaign.rules.spotCheckMinFiles);
        body << QStringLiteral("|单位|抽查案卷|平均分|优秀|良好|合格|不合格|主要问题|");
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
        body << QStringLiteral("此次共抽查%1个单位的行政执法案卷%2卷（方案要求不少于%3卷），平均得分%4分，"
                               "其中优秀%5卷、良好%6卷、合格%7卷、不合格%8卷。各单位抽查结果见下表。")
                    .arg(results.units.size())
                    .arg(files)
                    .arg(m_campaign.rules.spotCheckMinFiles)
                    .arg(score(files > 0 ? weighted / files : 0))
                    .arg(excellent)
                    .arg(good)
                    .arg(pass)
                    .arg(fail);
        body << QStringLiteral("|单位|抽查案卷|平均分|优秀|良好|合格|不合格|主要问题|");
        for (const SpotCheckUnitResult &u : results.units)
            body << QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8|")
                        .arg(u.unit)
                        .arg(u.files)
                        .arg(score(u.averageScore))
                        .arg(u.excellent)
                        .arg(u.good)
                        .arg(u.pass)
                        .arg(u.fail)
                        .arg(u.mainProblems);
    }
    body << QStringLiteral("二、好的做法");
    if (results.goodPractice.isEmpty())
        body << QStringLiteral("【好的做法】");
    else
        body += results.goodPractice;
    body << QStringLiteral("三、存在的主要问题");
    if (results.shortcomings.isEmpty())
        body << QStringLiteral("【存在的主要问题】");
    else
        for (qsizetype i = 0; i < results.shortcomings.size(); ++i)
            body << QStringLiteral("（%1）%2")
                        .arg(QString(QChar(u"一二三四五六七八九十"[std::min<qsizetype>(i, 9)])),
                             results.shortcomings.at(i));
    body << QStringLiteral("四、整改要求");
    body << QStringLiteral(
                "各单位要对照抽查发现的问题，逐项制定整改措施，明确责任人和整改时限，建立整改台账，"
                "于%1前完成整改，并将整改情况书面报送%2%3。")
                .arg(rectifyBy.isValid() ? chineseDate(rectifyBy) : QStringLiteral("【整改时限】"),
                     m_campaign.authority, m_campaign.section);
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

std::vector<CriticismFinding> NoticeGenerator::findingsFromRegister(const std::vector<Unit> &units) const
{
    std::vector<CriticismFinding> out;
    const Deadline *contacts = m_campaign.contactsDeadline();
    if (!contacts || contacts->due >= m_today)
        return out;
    for (const Unit &u : units) {
        if (!u.hasContact())
            out.push_back(
                {u.name,
                 QStringLiteral("未按要求于%1前报送专项行动联系人及联系电话").arg(md(contacts->due))});
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
        for (size_t i = 0; i < findings.size(); ++i)
            body << QStringLiteral("%1.%2：%3。").arg(i + 1).arg(findings[i].unit, findings[i].reason);
    }
    body << QStringLiteral("二、有关要求");
    body << QStringLiteral(
                "被通报单位要认真查找原因，切实提高思想认识，立即采取措施加以整改，并于%1前将整改情况"
                "书面报送%2%3。各单位要引以为戒，严格落实专项行动各项要求，确保按时保质完成任务。")
                .arg(chineseDate(m_today.addDays(10)), m_campaign.authority, m_campaign.section);
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

OfficialDocument NoticeGenerator::reminder(const Unit &unit, QDate newDate,
                                           const QHash<QString, Submission::Status> *handedIn) const
{
    OfficialDocument d = base(DocumentKind::Reminder);
    d.title = QStringLiteral("%1关于催报%2有关材料的通知").arg(m_campaign.authority, m_campaign.shortTitle);
    d.addressee = unit.name;
    const QDate due = newDate.isValid() ? newDate : m_today.addDays(7);
    const Deadline *last = lastPassedDeadline();
    QStringList missing;
    if (last) {
        QStringList items;
        if (handedIn)
            for (const ReportSpec &r : m_campaign.reports)
                if (r.deadlineKey == last->key)
                    items << r.id;
        items << last->forms;
        for (const QString &id : items) {
            const Submission::Status st =
                handedIn ? handedIn->value(id, Submission::Status::Missing) : Submission::Status::Missing;
            if (st == Submission::Status::Received || st == Submission::Status::Accepted)
                continue; // handed in: nothing to remind of
            const FormSpec *form = m_campaign.form(id);
            const ReportSpec *report = m_campaign.report(id);
            QString text = form     ? QStringLiteral("%1《%2》").arg(id, form->title)
                           : report ? report->title
                                    : id;
            if (st == Submission::Status::Returned)
                text += QStringLiteral("（已退回，请修改后重新报送）");
            missing << text;
        }
    }
    const Deadline *contacts = m_campaign.contactsDeadline();
    const bool noContact = !unit.hasContact() && contacts && contacts->due < m_today;

    QStringList body;
    if (last) {
        body << QStringLiteral("按照《%1》（%2）要求，各单位应于%3前%4。截至%5，你单位尚未按要求报送，"
                               "影响了全旗专项行动的整体进度。")
                    .arg(m_campaign.title, m_campaign.documentNumber, chineseDate(last->due), last->title,
                         chineseDate(m_today));
    } else {
        body << QStringLiteral("按照《%1》（%2）要求，现就你单位专项行动有关材料报送工作提示如下。")
                    .arg(m_campaign.title, m_campaign.documentNumber);
    }
    body << QStringLiteral("一、尚未报送的材料");
    int n = 0;
    if (noContact)
        body << QStringLiteral("%1.专项行动联系人及联系电话（应于%2前报送）。")
                    .arg(++n)
                    .arg(chineseDate(contacts->due));
    if (last && last->forms.isEmpty() && !(noContact && last == contacts))
        body << QStringLiteral("%1.%2。").arg(++n).arg(last->title);
    for (const QString &m : missing)
        body << QStringLiteral("%1.%2。").arg(++n).arg(m);
    if (n == 0)
        body << QStringLiteral("【尚未报送的材料】");
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
    body << QStringLiteral(
                "根据行政执法监督有关规定，我局对%1（案件编号：%2）进行了监督。现将有关事项通知如下。")
                .arg(orPlaceholder(c.subject, QStringLiteral("监督事项")),
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
