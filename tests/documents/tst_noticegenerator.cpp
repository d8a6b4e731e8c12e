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

    void reminderNamesWhatWasDueLast()
    {
        const NoticeGenerator generator(m_plan, QDate(2022, 5, 25));
        const OfficialDocument d =
            generator.reminder(unit(QStringLiteral("旗公安局"), true), QDate(2022, 5, 31));
        QCOMPARE(d.addressee, QStringLiteral("旗公安局"));
        // The last deadline passed on 05-25 is the self-check report of 05-21 with 附件1–6.
        QVERIFY(d.body.contains(QStringLiteral("2022年5月21日")));
        QVERIFY(d.body.contains(QStringLiteral("附件1《")));
        QVERIFY(d.body.contains(QStringLiteral("附件6-2《")));
        QVERIFY(!d.body.contains(QStringLiteral("附件7")));
        QVERIFY(d.body.contains(QStringLiteral("于2022年5月31日前")));
        QVERIFY(!d.body.contains(QStringLiteral("联系人"))); // it named its contact
        QVERIFY(DocumentService::checkIssuable(d));

        const OfficialDocument noContact =
            generator.reminder(unit(QStringLiteral("青龙山镇"), false), QDate(2022, 5, 31));
        QVERIFY(
            noContact.body.contains(QStringLiteral("专项行动联系人及联系电话（应于2022年4月2日前报送）")));
    }

    void reminderListsOnlyWhatIsMissingOrReturned()
    {
        const NoticeGenerator generator(m_plan, QDate(2022, 5, 25));
        QHash<QString, Submission::Status> handedIn;
        for (const QString &id : {QStringLiteral("附件1"), QStringLiteral("附件2"), QStringLiteral("附件3-1"),
                                  QStringLiteral("附件3-2"), QStringLiteral("附件4"),
                                  QStringLiteral("附件5-1"), QStringLiteral("自查书面材料")})
            handedIn.insert(id, Submission::Status::Accepted);
        handedIn.insert(QStringLiteral("附件5-2"), Submission::Status::Received);
        handedIn.insert(QStringLiteral("附件6-1"), Submission::Status::Returned);
        const OfficialDocument d =
            generator.reminder(unit(QStringLiteral("旗公安局"), true), QDate(2022, 5, 31), &handedIn);
        QVERIFY(!d.body.contains(QStringLiteral("附件1《")));
        QVERIFY(!d.body.contains(QStringLiteral("附件5-2《")));
        QVERIFY(!d.body.contains(QStringLiteral(".自查书面材料。"))); // the intro still names the deadline
        QVERIFY(d.body.contains(
            QStringLiteral("附件6-1《证明事项清理及告知承诺制情况表》（已退回，请修改后重新报送）")));
        QVERIFY(d.body.contains(QStringLiteral("1.附件6-1《")));
        QVERIFY(d.body.contains(QStringLiteral("2.附件6-2《")));
        handedIn.remove(QStringLiteral("自查书面材料"));
        QVERIFY(generator.reminder(unit(QStringLiteral("旗公安局"), true), {}, &handedIn)
                    .body.contains(QStringLiteral("1.自查书面材料")));
    }

    void criticismNamesUnitsTheRegisterShowsShort()
    {
        const NoticeGenerator before(m_plan, QDate(2022, 4, 1));
        const std::vector<Unit> units{unit(QStringLiteral("旗公安局"), true),
                                      unit(QStringLiteral("青龙山镇"), false)};
        QVERIFY(before.findingsFromRegister(units).empty()); // the contacts are not due yet
        const NoticeGenerator after(m_plan, QDate(2022, 4, 3));
        const auto findings = after.findingsFromRegister(units);
        QCOMPARE(findings.size(), size_t(1));
        QCOMPARE(findings.front().unit, QStringLiteral("青龙山镇"));
        const OfficialDocument d = after.criticism(findings);
        QVERIFY(
            d.body.contains(QStringLiteral("1.青龙山镇：未按要求于4月2日前报送专项行动联系人及联系电话。")));
        QVERIFY(DocumentService::checkIssuable(d));
        QVERIFY(!DocumentService::checkIssuable(after.criticism({})));
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
        QVERIFY(d.body.contains(QStringLiteral("此次共抽查2个单位的行政执法案卷6卷")));
        QVERIFY(d.body.contains(QStringLiteral("平均得分80.0分"))); // (4 × 85 + 2 × 70) / 6
        QVERIFY(d.body.contains(QStringLiteral("|旗公安局|4|85.0|1|2|1|0|文书不规范|")));
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
