// The summary and acceptance phase's two documents (总结验收, issue 23): the bureau's 工作总结 and the
// 验收情况通报, drafted from the campaign's figures (CampaignFigures, the same counts as the dashboard and
// status --json). Every sentence is built from figures the file holds, so no 【…】 is left to fill.
#include "noticegenerator.h"

namespace oversight {

namespace {
QString withoutFullStop(QString s)
{
    s = s.trimmed();
    while (s.endsWith(QStringLiteral("。")) || s.endsWith(QLatin1Char('.')) ||
           s.endsWith(QStringLiteral("；")))
        s.chop(1);
    return s;
}
} // namespace

OfficialDocument NoticeGenerator::summary(const CampaignFigures &f) const
{
    OfficialDocument d = base(DocumentKind::Summary);
    d.title = QStringLiteral("%1关于%2工作情况的总结").arg(m_campaign.authority, m_campaign.shortTitle);
    d.addressee = QStringLiteral("旗人民政府");
    int contacts = 0;
    for (const UnitFigures &u : f.units)
        contacts += u.contactNamed;
    const int concluded = f.acceptance[0] + f.acceptance[1] + f.acceptance[2];
    QStringList body;
    body << QStringLiteral("根据《%1》（%2）部署，%3在全旗开展了规范行政执法专项行动。现将工作情况总结如下。")
                .arg(m_campaign.title, m_campaign.documentNumber, m_campaign.authority);
    body << QStringLiteral("一、基本情况");
    body << QStringLiteral(
                "全旗%1个行政执法单位参加专项行动，其中%2个单位明确了专项行动联系人。截至%3，应报送附件及书面"
                "材料%4份，按时报送%5份，逾期报送%6份。")
                .arg(f.units.size())
                .arg(contacts)
                .arg(chineseDate(f.today))
                .arg(f.itemsExpected())
                .arg(f.itemsOnTime())
                .arg(f.itemsLate());
    body << QStringLiteral("二、自查和抽查情况");
    body << QStringLiteral(
                "%1个单位报送了案卷自查情况，其中%2个单位自查案卷比例达到%3%以上。%4抽取案卷%5卷，已评查"
                "%6卷，评为优秀%7卷、良好%8卷、合格%9卷、不合格%10卷。")
                .arg(f.unitsSelfCheckReported)
                .arg(f.unitsSelfCheckOk)
                .arg(m_campaign.rules.selfCheckMinPercent)
                .arg(m_campaign.authority)
                .arg(f.filesDrawn)
                .arg(f.filesReviewed)
                .arg(f.grades[0])
                .arg(f.grades[1])
                .arg(f.grades[2])
                .arg(f.grades[3]);
    body << QStringLiteral("三、问题整改情况");
    body << QStringLiteral("专项行动共发现问题%1个，其中自治区、市司法局上级抽查发现%2个；已整改销号%"
                           "3个，逾期未整改%4个。"
                           "受理投诉举报及个案监督%5件，已办结%6件。")
                .arg(f.problems)
                .arg(f.upperCheckProblems)
                .arg(f.problemsClosed)
                .arg(f.problemsOverdue)
                .arg(f.complaints)
                .arg(f.complaintsClosed);
    body << QStringLiteral("四、队伍建设和体制改革情况");
    {
        const TrainingFigures &t = f.training;
        const ReformFigures &r = f.reform;
        QString text =
            QStringLiteral(
                "各单位组织执法培训%1次，共%2学时，参训%3人次；组织执法考试%4场，参考%5人次，合格%6人次")
                .arg(t.sessions)
                .arg(QString::number(t.hours, 'g', 6))
                .arg(t.attendees)
                .arg(t.exams)
                .arg(t.sat)
                .arg(t.passed);
        text += t.examsWithoutTraining > 0
                    ? QStringLiteral("，其中%1场考试前未组织培训，未落实“凡考试必培训”。")
                          .arg(t.examsWithoutTraining)
                    : QStringLiteral("。");
        text += QStringLiteral(
                    "召开执法协调小组会议%1次；重大行政处罚备案%2件，其中逾期备案%3件；发布指导案例%4个。")
                    .arg(r.meetings)
                    .arg(r.majorPenaltyFilings)
                    .arg(r.lateFilings)
                    .arg(r.guidingCases);
        body << text;
    }
    body << QStringLiteral("五、总结验收情况");
    body << QStringLiteral("%1对各单位整改落实情况进行了检查验收，已作出验收结论%2个：合格%3个，基本合格%"
                           "4个，不合格%5个；"
                           "尚未作出结论%6个。")
                .arg(m_campaign.authority)
                .arg(concluded)
                .arg(f.acceptance[0])
                .arg(f.acceptance[1])
                .arg(f.acceptance[2])
                .arg(int(f.units.size()) - concluded);
    body << QStringLiteral("六、下一步工作");
    body << QStringLiteral(
                "%1将督促各单位巩固专项行动成果，对未完成整改的问题跟踪督办，推动建立规范行政执法长效机制，"
                "持续优化法治化营商环境。")
                .arg(m_campaign.authority);
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

Result<OfficialDocument> NoticeGenerator::acceptanceNotice(const CampaignData &data) const
{
    std::vector<std::pair<QString, const Acceptance *>> byConclusion[3];
    for (const Unit &u : data.units)
        if (const Acceptance *a = data.acceptanceOf(u.id))
            byConclusion[int(a->conclusion)].emplace_back(u.name, a);
    const int concluded = int(byConclusion[0].size() + byConclusion[1].size() + byConclusion[2].size());
    if (concluded == 0)
        return makeError(Error::Code::Invalid,
                         tr("No unit has an acceptance conclusion yet (acceptance set, or the units page's "
                            "Acceptance…): there is nothing to circulate."));
    OfficialDocument d = base(DocumentKind::Acceptance);
    d.title = QStringLiteral("%1关于%2总结验收情况的通报").arg(m_campaign.authority, m_campaign.shortTitle);
    d.addressee = QStringLiteral("各苏木乡镇人民政府，旗直各行政执法单位");
    d.copyTo = QStringLiteral("旗人民政府");
    QStringList body;
    body << QStringLiteral(
                "根据《%1》（%2）要求，%3对各行政执法单位专项行动整改落实情况进行了检查验收。现将验收情况"
                "通报如下。")
                .arg(m_campaign.title, m_campaign.documentNumber, m_campaign.authority);
    body << QStringLiteral("一、验收结果");
    const int open = int(data.units.size()) - concluded;
    body << QStringLiteral("全旗%1个行政执法单位中，验收合格%2个，基本合格%3个，不合格%4个%5。")
                .arg(data.units.size())
                .arg(byConclusion[0].size())
                .arg(byConclusion[1].size())
                .arg(byConclusion[2].size())
                .arg(open > 0 ? QStringLiteral("，另有%1个单位尚未完成验收").arg(open) : QString());
    static const QString numerals = QStringLiteral("一二三");
    int group = 0;
    for (const Acceptance::Conclusion c : allAcceptanceConclusions()) {
        const auto &list = byConclusion[int(c)];
        if (list.empty())
            continue;
        body << QStringLiteral("（%1）%2单位").arg(numerals.at(group++)).arg(acceptanceWord(c));
        if (c == Acceptance::Conclusion::Pass) {
            QStringList names;
            for (const auto &[name, a] : list)
                names << name;
            body << names.join(QStringLiteral("、")) + QStringLiteral("。");
            continue;
        }
        int n = 0;
        for (const auto &[name, a] : list)
            body << QStringLiteral("%1.%2：%3。").arg(++n).arg(name, withoutFullStop(a->reasons));
    }
    body << QStringLiteral("二、有关要求");
    body << QStringLiteral(
                "验收基本合格和不合格的单位要针对指出的问题认真整改，于%1前将整改情况书面报送%2%3。各单位要"
                "巩固专项行动成果，建立健全规范行政执法长效机制。")
                .arg(chineseDate(m_today.addDays(15)), m_campaign.authority, m_campaign.section);
    d.body = body.join(QLatin1Char('\n'));
    return d;
}

} // namespace oversight
