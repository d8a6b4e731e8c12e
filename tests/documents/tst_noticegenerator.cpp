// The texts the bureau's documents start from: drawn from the campaign plan and the units register, with
// 【…】 placeholders exactly where the file cannot know the facts yet.
#include "campaign/campaignloader.h"
#include "documents/noticegenerator.h"
#include "services/documentservice.h"

#include <QtTest>

using namespace oversight;

class TestNoticeGenerator final : public QObject
{
    Q_OBJECT

    Campaign m_plan;

    static Unit unit(const QString &name, bool contact)
    {
        Unit u;
        u.name = name;
        if (contact) {
            u.contactPerson = QStringLiteral("李某");
            u.contactPhone = QStringLiteral("0475-0000001");
        }
        return u;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto plan = CampaignLoader::loadFile(CampaignLoader::builtinPath());
        QVERIFY(plan);
        m_plan = *plan;
    }

    void seriesComeFromThePlansNumber()
    {
        QCOMPARE(DocumentService::seriesFor(m_plan, DocumentKind::SpotCheck), QStringLiteral("奈司字"));
        QCOMPARE(DocumentService::seriesFor(m_plan, DocumentKind::Reminder), QStringLiteral("奈司字"));
        QCOMPARE(DocumentService::seriesFor(m_plan, DocumentKind::Supervision), QStringLiteral("奈司监"));
        QCOMPARE(DocumentService::numberUsedByPlan(m_plan, QStringLiteral("奈司字"), 2022), 11);
        QCOMPARE(DocumentService::numberUsedByPlan(m_plan, QStringLiteral("奈司字"), 2023), 0);
        QCOMPARE(DocumentService::numberUsedByPlan(m_plan, QStringLiteral("奈司监"), 2022), 0);
    }

    /// The plan's data on `today` for one unit (id 1) with `handedIn` items received on 05-20 (with status).
    CampaignData data(QDate today, const QHash<QString, Submission::Status> &handedIn = {}) const
    {
        CampaignData d;
        d.campaign = m_plan;
        d.today = today;
        for (auto it = handedIn.cbegin(); it != handedIn.cend(); ++it) {
            Submission s;
            s.unit = UnitId(1);
            s.item = it.key();
            s.status = it.value();
            s.firstReceivedOn = s.receivedOn = QDate(2022, 5, 20);
            d.submissions.push_back(s);
        }
        return d;
    }

    void reminderListsEveryOutstandingItemByDeadline()
    {
        // 2022-09-12: the implementation plan (04-10), the self-check forms and report (05-21) are owed, 附件7
        // only if a file was drawn.
        const NoticeGenerator generator(m_plan, QDate(2022, 9, 12));
        CampaignData d = data(QDate(2022, 9, 12));
        Unit u = unit(QStringLiteral("旗交通运输局"), true);
        u.id = UnitId(1);
        const auto owed = d.owed(u.id);
        QCOMPARE(owed.size(), size_t(11));
        const OfficialDocument doc = generator.reminder(u, owed, QDate(2022, 9, 19)).value();
        QCOMPARE(doc.addressee, QStringLiteral("旗交通运输局"));
        QVERIFY(doc.body.contains(QStringLiteral("截至2022年9月12日，你单位尚有11项材料未按要求报送")));
        QVERIFY(doc.body.contains(QStringLiteral("（一）应于2022年4月10日前报送的材料（已逾期155天）\n"
                                                 "1.专项行动实施方案（明确分管领导和牵头机构）。")));
        QVERIFY(doc.body.contains(QStringLiteral("（二）应于2022年5月21日前报送的材料（已逾期114天）")));
        QVERIFY(doc.body.contains(QStringLiteral("1.附件1《")));
        QVERIFY(doc.body.contains(QStringLiteral("9.附件6-2《")));
        QVERIFY(doc.body.contains(QStringLiteral("10.自查书面材料。")));
        QVERIFY(!doc.body.contains(QStringLiteral("附件7"))); // nothing of it was drawn
        QVERIFY(!doc.body.contains(QStringLiteral("报送自查书面材料及附件1-6"))); // no deadline title pasted
        QVERIFY(doc.body.contains(QStringLiteral("于2022年9月19日前")));
        QVERIFY(!doc.body.contains(QStringLiteral("联系人"))); // it named its contact
        QVERIFY(DocumentService::checkIssuable(doc));

        // A file drawn: 附件7 joins, in its own group with its own days late.
        DrawnFile f;
        f.unit = u.id;
        f.caseFile = CaseFileId(7);
        d.drawnFiles.push_back(f);
        const OfficialDocument withDraw = generator.reminder(u, d.owed(u.id)).value();
        QVERIFY(withDraw.body.contains(QStringLiteral("（三）应于2022年7月15日前报送的材料（已逾期59天）")));
        QVERIFY(withDraw.body.contains(QStringLiteral("1.附件7《抽查案卷评查及录入监督平台情况表》。")));
        QVERIFY(withDraw.body.contains(QStringLiteral("于2022年9月19日前"))); // a week from the day

        Unit noContact = unit(QStringLiteral("青龙山镇"), false);
        noContact.id = UnitId(1);
        QVERIFY(generator.reminder(noContact, d.owed(u.id))
                    ->body.contains(QStringLiteral("（一）应于2022年4月2日前报送的材料（已逾期163天）\n"
                                                   "1.专项行动联系人及联系电话。")));
    }

    void reminderListsOnlyWhatIsMissingOrReturned()
    {
        QHash<QString, Submission::Status> handedIn;
        for (const QString &id : {QStringLiteral("附件1"), QStringLiteral("附件2"), QStringLiteral("附件3-1"),
                                  QStringLiteral("附件3-2"), QStringLiteral("附件4"),
                                  QStringLiteral("附件5-1"), QStringLiteral("自查书面材料"),
                                  QStringLiteral("实施方案")})
            handedIn.insert(id, Submission::Status::Accepted);
        handedIn.insert(QStringLiteral("附件5-2"), Submission::Status::Received);
        handedIn.insert(QStringLiteral("附件6-1"), Submission::Status::Returned);
        const CampaignData d = data(QDate(2022, 5, 25), handedIn);
        const NoticeGenerator generator(m_plan, QDate(2022, 5, 25));
        Unit u = unit(QStringLiteral("旗公安局"), true);
        u.id = UnitId(1);
        const OfficialDocument doc = generator.reminder(u, d.owed(u.id), QDate(2022, 5, 31)).value();
        QVERIFY(!doc.body.contains(QStringLiteral("附件1《")));
        QVERIFY(!doc.body.contains(QStringLiteral("附件5-2《")));
        QVERIFY(!doc.body.contains(QStringLiteral("自查书面材料")));
        QVERIFY(doc.body.contains(QStringLiteral("尚有2项材料未按要求报送（其中1项已退回待修改）")));
        QVERIFY(doc.body.contains(
            QStringLiteral("1.附件6-1《证明事项清理及告知承诺制情况表》（已退回，请修改后重新报送）")));
        QVERIFY(doc.body.contains(QStringLiteral("2.附件6-2《")));

        // Everything handed in: nothing outstanding, no reminder.
        handedIn.insert(QStringLiteral("附件6-1"), Submission::Status::Received);
        handedIn.insert(QStringLiteral("附件6-2"), Submission::Status::Received);
        const CampaignData all = data(QDate(2022, 5, 25), handedIn);
        const auto none = generator.reminder(u, all.owed(u.id));
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("2022-05-25")), qPrintable(none.error().message));
    }

    void criticismNamesUnitsByFinding()
    {
        Unit police = unit(QStringLiteral("旗公安局"), true);
        police.id = UnitId(1);
        Unit town = unit(QStringLiteral("青龙山镇"), false);
        town.id = UnitId(2);
        CampaignData before = data(QDate(2022, 4, 1));
        before.units = {police, town};
        QVERIFY(NoticeGenerator::findings(before, allFindingKinds()).empty()); // nothing is due yet

        // 04-03: only the contact is due.
        CampaignData after = before;
        after.today = QDate(2022, 4, 3);
        const auto contacts = NoticeGenerator::findings(after, allFindingKinds());
        QCOMPARE(contacts.size(), size_t(1));
        QCOMPARE(contacts.front().unit, QStringLiteral("青龙山镇"));
        QCOMPARE(contacts.front().kind, FindingKind::Contacts);
        const OfficialDocument d = NoticeGenerator(m_plan, QDate(2022, 4, 3)).criticism(contacts);
        QVERIFY2(d.body.contains(QStringLiteral("（一）未报送专项行动联系人\n"
                                                "1.青龙山镇：未按要求于4月2日前报送专项行动联系人及联系电话。")),
                 qPrintable(d.body));
        QVERIFY(DocumentService::checkIssuable(d));
        QVERIFY(!DocumentService::checkIssuable(NoticeGenerator(m_plan, QDate(2022, 4, 3)).criticism({})));

        // 09-12: the police handed everything in (one item late); the town nothing; a problem overdue.
        CampaignData late = data(QDate(2022, 9, 12));
        late.units = {police, town};
        for (const QString &item : late.items()) {
            if (!late.expects(police.id, item) || late.campaign.deadlineOfItem(item)->due > late.today)
                continue;
            Submission s;
            s.unit = police.id;
            s.item = item;
            s.status = Submission::Status::Received;
            s.firstReceivedOn = s.receivedOn = item == QStringLiteral("附件2")     ? QDate(2022, 5, 24)
                                               : item == QStringLiteral("实施方案") ? QDate(2022, 4, 8)
                                                                                    : QDate(2022, 5, 20);
            late.submissions.push_back(s);
        }
        Problem p;
        p.unit = police.id;
        p.deadline = QDate(2022, 9, 1);
        late.problems.push_back(p);
        const auto all = NoticeGenerator::findings(late, allFindingKinds());
        const auto reasonOf = [&all](FindingKind k, const QString &u) {
            for (const CriticismFinding &f : all)
                if (f.kind == k && f.unit == u)
                    return f.reason;
            return QString();
        };
        QCOMPARE(reasonOf(FindingKind::Late, QStringLiteral("旗公安局")),
                 QStringLiteral("1项材料逾期报送（附件2（逾期3天））"));
        QVERIFY(reasonOf(FindingKind::Late, QStringLiteral("青龙山镇")).startsWith(QStringLiteral("11项材料逾期未报送（")));
        QVERIFY(reasonOf(FindingKind::Late, QStringLiteral("青龙山镇")).contains(QStringLiteral("附件1、")));
        QCOMPARE(reasonOf(FindingKind::Ledger, QStringLiteral("旗公安局")),
                 QStringLiteral("整改台账1个问题中有1个超过整改时限仍未完成整改"));
        QVERIFY(reasonOf(FindingKind::Ledger, QStringLiteral("青龙山镇")).isEmpty());
        // Only the kinds asked for.
        const auto onlyLedger = NoticeGenerator::findings(late, {FindingKind::Ledger});
        QCOMPARE(onlyLedger.size(), size_t(1));
        QCOMPARE(findingKindFromKey(QStringLiteral("spotcheck")), std::optional<FindingKind>(FindingKind::SpotCheck));
        QVERIFY(!findingKindFromKey(QStringLiteral("nope")));
    }

    void spotCheckTakesItsFiguresFromTheResults()
    {
        const NoticeGenerator generator(m_plan, QDate(2022, 7, 20));
        const OfficialDocument empty = generator.spotCheck(SpotCheckResults{});
        QVERIFY(hasPlaceholder(empty.body));
        QVERIFY(!DocumentService::checkIssuable(empty));
        QVERIFY(empty.body.contains(QStringLiteral("不少于60卷")));
        QVERIFY(empty.body.contains(QStringLiteral("于2022年9月15日前完成整改")));

        SpotCheckResults results;
        results.units.push_back(
            {QStringLiteral("旗公安局"), 4, 85.0, 1, 2, 1, 0, QStringLiteral("文书不规范")});
        results.units.push_back(
            {QStringLiteral("青龙山镇"), 2, 70.0, 0, 0, 1, 1, QStringLiteral("程序违法")});
        results.goodPractice << QStringLiteral("旗公安局全面推行执法全过程记录。");
        results.shortcomings << QStringLiteral("执法程序不够规范。部分案卷缺少送达凭证。");
        const OfficialDocument d = generator.spotCheck(results);
        QVERIFY2(!hasPlaceholder(d.body), qPrintable(d.body));
        QVERIFY2(d.body.contains(QStringLiteral("此次共抽取2个单位的行政执法案卷6卷（方案要求不少于60卷），已全部完成评查")),
                 qPrintable(d.body));
        QVERIFY(d.body.contains(QStringLiteral("平均得分80.0分"))); // (4 × 85 + 2 × 70) / 6
        QVERIFY(d.body.contains(QStringLiteral("|旗公安局|4|4|85.0|1|2|1|0|")));
        QVERIFY(d.body.contains(QStringLiteral("二、好的做法")));

        // Without the clerk's good practice the section is left out, not left as a bracket; the
        // rectification date is at least 15 days after the notice, never before the plan's 09-15.
        SpotCheckResults noPractice = results;
        noPractice.goodPractice.clear();
        const OfficialDocument late = NoticeGenerator(m_plan, QDate(2022, 9, 10)).spotCheck(noPractice);
        QVERIFY(!late.body.contains(QStringLiteral("好的做法")));
        QVERIFY(late.body.contains(QStringLiteral("二、存在的主要问题")));
        QVERIFY(late.body.contains(QStringLiteral("于2022年9月25日前完成整改")));
        QVERIFY(!hasPlaceholder(late.body));
        // The inspection's days come from the draw and the scoring sheets when known.
        noPractice.drawnOn = QDate(2022, 6, 8);
        noPractice.lastScoredOn = QDate(2022, 7, 2);
        QVERIFY(NoticeGenerator(m_plan, QDate(2022, 7, 20))
                    .spotCheck(noPractice)
                    .body.contains(QStringLiteral("于2022年6月8日至7月2日对全旗")));
        QVERIFY(d.body.contains(QStringLiteral("（一）执法程序不够规范。")));
        const auto blocks = parseBody(d.body);
        const auto table = std::find_if(blocks.begin(), blocks.end(),
                                        [](const BodyBlock &b) { return b.type == BodyBlock::Type::Table; });
        QVERIFY(table != blocks.end());
        QCOMPARE(table->rows.size(), size_t(3));
        QVERIFY(DocumentService::checkIssuable(d));
    }

    void bodyHeadingsAreRecognisedByTheirNumbering()
    {
        const auto blocks = parseBody(
            QStringLiteral("一、总体\n（一）分项。正文\n1.第一\n（1）细目\n正文段落\n|a|b|\n|1|2|"));
        QCOMPARE(blocks.size(), size_t(6));
        QCOMPARE(blocks[0].type, BodyBlock::Type::Heading1);
        QCOMPARE(blocks[1].type, BodyBlock::Type::Heading2);
        QCOMPARE(blocks[2].type, BodyBlock::Type::Heading3);
        QCOMPARE(blocks[3].type, BodyBlock::Type::Heading4);
        QCOMPARE(blocks[4].type, BodyBlock::Type::Paragraph);
        QCOMPARE(blocks[5].type, BodyBlock::Type::Table);
        QCOMPARE(blocks[5].rows, (std::vector<QStringList>{{QStringLiteral("a"), QStringLiteral("b")},
                                                           {QStringLiteral("1"), QStringLiteral("2")}}));
    }

    void numbersAreWrittenTheStandardWay()
    {
        QCOMPARE((DocumentNumber{QStringLiteral("奈司字"), 2022, 12}).text(),
                 QStringLiteral("奈司字〔2022〕12号"));
        QCOMPARE(chineseDate(QDate(2022, 3, 3)), QStringLiteral("2022年3月3日"));
    }
};

QTEST_GUILESS_MAIN(TestNoticeGenerator)
#include "tst_noticegenerator.moc"
