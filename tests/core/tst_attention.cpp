// The dashboard's attention rules, each at its boundary on a fixed day, on hand-made campaign data (the
// 2022 plan: contacts by 04-02, self-check report and forms by 05-21, spot check 06-01 to 07-15, 60 files).
#include "campaign/campaignloader.h"
#include "services/attention.h"
#include "services/campaignfigures.h"

#include <QtTest>

#include <algorithm>

using namespace oversight;
using Severity = AttentionItem::Severity;
using Kind = AttentionItem::Kind;

class TestAttention final : public QObject
{
    Q_OBJECT
    Campaign m_campaign;

    CampaignData data(QDate today) const
    {
        CampaignData d;
        d.campaign = m_campaign;
        d.today = today;
        Unit u;
        u.id = UnitId(1);
        u.name = QStringLiteral("旗公安局");
        u.contactPerson = QStringLiteral("联系人甲");
        u.contactPhone = QStringLiteral("0000-0000000");
        d.units.push_back(u);
        return d;
    }

    static std::vector<AttentionItem> of(const CampaignData &d, Kind kind)
    {
        std::vector<AttentionItem> out;
        for (const AttentionItem &i : attentionItems(d))
            if (i.kind == kind)
                out.push_back(i);
        return out;
    }

    /// Every form and report of the unit handed in on `on`, except `except`.
    void handIn(CampaignData &d, QDate on, const QString &except = {}) const
    {
        for (const QString &item : d.items()) {
            if (item == except)
                continue;
            Submission s;
            s.unit = UnitId(1);
            s.item = item;
            s.status = Submission::Status::Received;
            // The implementation plan (due 04-10) came in on time; these tests are about the later forms.
            const QDate day = item == QStringLiteral("实施方案") ? std::min(on, QDate(2022, 4, 8)) : on;
            s.firstReceivedOn = day;
            s.receivedOn = day;
            d.submissions.push_back(s);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = CampaignLoader::loadFile(CampaignLoader::builtinPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
        m_campaign = std::move(loaded).value();
        m_campaign.id = CampaignId(1);
    }

    void missingFormsBecomeDueSoonSevenDaysBeforeAndOverdueAfter_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("days");
        QTest::newRow("8 days before") << QDate(2022, 5, 13) << 0 << 0 << 0;
        QTest::newRow("7 days before") << QDate(2022, 5, 14) << 1 << int(Severity::DueSoon) << 7;
        QTest::newRow("the day itself") << QDate(2022, 5, 21) << 1 << int(Severity::DueSoon) << 0;
        QTest::newRow("the day after") << QDate(2022, 5, 22) << 1 << int(Severity::Overdue) << -1;
    }
    void missingFormsBecomeDueSoonSevenDaysBeforeAndOverdueAfter()
    {
        QFETCH(QDate, today);
        QFETCH(int, count);
        CampaignData d = data(today);
        // Everything in except 附件2; the 05-21 group then names only it (the final report is months away).
        handIn(d, QDate(2022, 5, 1), QStringLiteral("附件2"));
        const auto items = of(d, Kind::Submission);
        QCOMPARE(int(items.size()), count);
        if (count == 0)
            return;
        QFETCH(int, severity);
        QFETCH(int, days);
        QCOMPARE(int(items[0].severity), severity);
        QCOMPARE(items[0].days, days);
        QCOMPARE(items[0].due, QDate(2022, 5, 21));
        QVERIFY(items[0].text.contains(QStringLiteral("附件2")));
        QVERIFY(!items[0].text.contains(QStringLiteral("附件1")));
        QCOMPARE(items[0].unitName, QStringLiteral("旗公安局"));
        QCOMPARE(items[0].target.page, AttentionTarget::Page::Submissions);
        QCOMPARE(items[0].target.unit, UnitId(1));
    }

    void aLateFormIsNotedNotMissing()
    {
        CampaignData d = data(QDate(2022, 6, 1));
        handIn(d, QDate(2022, 5, 21)); // on the day: on time
        QVERIFY(of(d, Kind::Submission).empty());
        d.submissions.clear();
        handIn(d, QDate(2022, 5, 23)); // two days late
        const auto items = of(d, Kind::Submission);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].severity, Severity::Info);
        // Each item with its own days late, in that order (not the days where the item goes).
        QVERIFY2(items[0].text.contains(QStringLiteral("附件1 (2 days late)")), qPrintable(items[0].text));
    }

    void aUnitWithoutAContact_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("severity");
        QTest::newRow("8 days before") << QDate(2022, 3, 25) << int(Severity::Info);
        QTest::newRow("7 days before") << QDate(2022, 3, 26) << int(Severity::DueSoon);
        QTest::newRow("the day itself") << QDate(2022, 4, 2) << int(Severity::DueSoon);
        QTest::newRow("the day after") << QDate(2022, 4, 3) << int(Severity::Overdue);
    }
    void aUnitWithoutAContact()
    {
        QFETCH(QDate, today);
        QFETCH(int, severity);
        CampaignData d = data(today);
        QVERIFY(of(d, Kind::Contact).empty());
        d.units[0].contactPerson.clear();
        const auto items = of(d, Kind::Contact);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(int(items[0].severity), severity);
        QCOMPARE(items[0].target.page, AttentionTarget::Page::Units);
        QCOMPARE(items[0].target.unit, UnitId(1));
    }

    void selfCheckBelowThirtyPercent()
    {
        CampaignData d = data(QDate(2022, 5, 22));
        CatalogueSummary c;
        c.unit = UnitId(1);
        c.reported = true;
        c.total = 47;
        c.selfChecked = 15; // 30% of 47 rounded up
        d.catalogue.push_back(c);
        QVERIFY(of(d, Kind::SelfCheck).empty());
        d.catalogue[0].selfChecked = 14;
        const auto items = of(d, Kind::SelfCheck);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].severity, Severity::Overdue); // the report was due 05-21
        QVERIFY2(items[0].text.contains(QStringLiteral("14")) && items[0].text.contains(QStringLiteral("15")),
                 qPrintable(items[0].text));
        // Not reported at all: nothing to judge yet.
        d.catalogue[0].reported = false;
        QVERIFY(of(d, Kind::SelfCheck).empty());
    }

    void spotCheckUnscoredAndShortOfSixty()
    {
        CampaignData d = data(QDate(2022, 5, 31));
        QVERIFY(of(d, Kind::SpotCheck).empty()); // before the phase, nothing drawn
        d.today = QDate(2022, 6, 1);
        auto items = of(d, Kind::SpotCheck);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].severity, Severity::Info);
        QVERIFY2(items[0].text.contains(QStringLiteral("60 more to reach 60")), qPrintable(items[0].text));

        d.filesDrawn = 60;
        d.filesReviewed = 59;
        d.today = QDate(2022, 7, 8); // 7 days before the phase ends
        items = of(d, Kind::SpotCheck);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].severity, Severity::DueSoon);
        QVERIFY2(items[0].text.contains(QStringLiteral("1 still unscored")), qPrintable(items[0].text));
        QVERIFY2(items[0].text.contains(QStringLiteral("1 more to reach 60")), qPrintable(items[0].text));
        QCOMPARE(items[0].target.page, AttentionTarget::Page::CaseReview);

        d.filesReviewed = 60;
        QVERIFY(of(d, Kind::SpotCheck).empty());
        d.filesDrawn = 61; // the minimum is met, but a drawn file is still unscored
        d.today = QDate(2022, 7, 16);
        items = of(d, Kind::SpotCheck);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].severity, Severity::Overdue);
        QVERIFY(!items[0].text.contains(QStringLiteral("more to reach")));
    }

    void problemsOverdueOrDueWithinSevenDays_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("severity");
        QTest::newRow("8 days before") << QDate(2022, 9, 7) << 0 << 0;
        QTest::newRow("7 days before") << QDate(2022, 9, 8) << 1 << int(Severity::DueSoon);
        QTest::newRow("the day itself") << QDate(2022, 9, 15) << 1 << int(Severity::DueSoon);
        QTest::newRow("the day after") << QDate(2022, 9, 16) << 1 << int(Severity::Overdue);
    }
    void problemsOverdueOrDueWithinSevenDays()
    {
        QFETCH(QDate, today);
        QFETCH(int, count);
        CampaignData d = data(today);
        Problem p;
        p.id = ProblemId(7);
        p.unit = UnitId(1);
        p.area = 2;
        p.description = QStringLiteral("案卷缺少送达回证");
        p.deadline = QDate(2022, 9, 15);
        d.problems.push_back(p);
        Problem closed = p;
        closed.id = ProblemId(8);
        closed.status = Problem::Status::Closed;
        d.problems.push_back(closed);
        const auto items = of(d, Kind::Problem);
        QCOMPARE(int(items.size()), count);
        if (count == 0)
            return;
        QFETCH(int, severity);
        QCOMPARE(int(items[0].severity), severity);
        QCOMPARE(items[0].target.page, AttentionTarget::Page::Ledger);
        QCOMPARE(items[0].target.record, qint64(7));
    }

    void complaintsOverdue()
    {
        CampaignData d = data(QDate(2022, 7, 20));
        Complaint c;
        c.id = ComplaintId(3);
        c.unit = UnitId(1);
        c.reference = QStringLiteral("2022-003");
        c.receivedOn = QDate(2022, 6, 20);
        c.handlingDue = QDate(2022, 7, 20);
        c.complainantName = QStringLiteral("投诉人乙");
        d.complaints.push_back(c);
        QVERIFY(of(d, Kind::Complaint).empty()); // due today: not yet overdue
        d.today = QDate(2022, 7, 21);
        const auto items = of(d, Kind::Complaint);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].severity, Severity::Overdue);
        QCOMPARE(items[0].days, -1);
        QVERIFY(items[0].text.contains(QStringLiteral("2022-003")));
        QVERIFY(!items[0].text.contains(QStringLiteral("投诉人乙")));
        QCOMPARE(items[0].target.page, AttentionTarget::Page::Supervision);
        QCOMPARE(items[0].target.record, qint64(3));
    }

    void normativeFilingsAndZeroReports()
    {
        CampaignData d = data(QDate(2022, 6, 23));
        NormativeDocument doc;
        doc.id = NormativeDocumentId(5);
        doc.unit = UnitId(1);
        doc.title = QStringLiteral("关于规范执法的通知");
        doc.number = QStringLiteral("奈公发〔2022〕5号");
        doc.issuedOn = QDate(2022, 6, 1); // filing due 07-01
        d.normativeDocuments.push_back(doc);
        // Known and not filed (有件不备) is always listed: a note 8 days before its filing deadline.
        QCOMPARE(of(d, Kind::NormativeFiling).at(0).severity, Severity::Info);
        d.today = QDate(2022, 6, 24);
        QCOMPARE(of(d, Kind::NormativeFiling).at(0).severity, Severity::DueSoon);
        d.today = QDate(2022, 7, 2);
        QCOMPARE(of(d, Kind::NormativeFiling).at(0).severity, Severity::Overdue);
        QCOMPARE(of(d, Kind::NormativeFiling).at(0).target.record, qint64(5));
        // Filed on the deadline: nothing; two days after it: a note.
        d.normativeDocuments[0].filedOn = QDate(2022, 7, 1);
        QVERIFY(of(d, Kind::NormativeFiling).empty());
        d.normativeDocuments[0].filedOn = QDate(2022, 7, 3);
        const auto late = of(d, Kind::NormativeFiling);
        QCOMPARE(late.size(), size_t(1));
        QCOMPARE(late[0].severity, Severity::Info);
        QVERIFY(late[0].text.contains(QStringLiteral("奈公发〔2022〕5号")));

        QVERIFY(of(d, Kind::ZeroReport).empty());
        PeriodStatus open;
        open.unit = UnitId(1);
        open.period = Period{QStringLiteral("2022Q3"), QDate(2022, 7, 1), QDate(2022, 9, 30)};
        open.state = PeriodStatus::State::Open;
        d.normativePeriods.push_back(open);
        QVERIFY(of(d, Kind::ZeroReport).empty());
        PeriodStatus missing;
        missing.unit = UnitId(1);
        missing.period = Period{QStringLiteral("2022Q1"), QDate(2022, 1, 1), QDate(2022, 3, 31)};
        missing.state = PeriodStatus::State::Missing;
        d.normativePeriods.push_back(missing);
        const auto zero = of(d, Kind::ZeroReport);
        QCOMPARE(zero.size(), size_t(1));
        QCOMPARE(zero[0].severity, Severity::Overdue);
        QCOMPARE(zero[0].target.page, AttentionTarget::Page::Normative);
    }

    void mostUrgentFirstAndTheReminder()
    {
        CampaignData d = data(QDate(2022, 9, 10));
        Problem soon;
        soon.id = ProblemId(1);
        soon.unit = UnitId(1);
        soon.deadline = QDate(2022, 9, 12);
        Problem late = soon;
        late.id = ProblemId(2);
        late.deadline = QDate(2022, 9, 1);
        Problem later = soon;
        later.id = ProblemId(3);
        later.deadline = QDate(2022, 8, 1);
        d.problems = {soon, late, later};
        handIn(d, QDate(2022, 5, 1));
        d.filesDrawn = d.filesReviewed = 60;
        const auto items = attentionItems(d);
        QVERIFY(items.size() >= 3);
        QCOMPARE(items[0].target.record, qint64(3)); // the longest overdue
        QCOMPARE(items[1].target.record, qint64(2));
        QCOMPARE(items[2].target.record, qint64(1)); // then due soon
        QVERIFY(needsReminder(items));
        std::vector<AttentionItem> notes;
        for (const AttentionItem &i : items)
            if (i.severity == Severity::Info)
                notes.push_back(i);
        QVERIFY(!needsReminder(notes));
        QVERIFY(!needsReminder({}));
    }

    void theTableListsEveryItem()
    {
        CampaignData d = data(QDate(2022, 4, 3));
        d.units[0].contactPerson.clear();
        const auto items = attentionItems(d);
        const QString table = AttentionText::table(items);
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(items.size()) + 2); // header, rule, one line each
        QVERIFY(lines[2].contains(QStringLiteral("旗公安局")));
        QVERIFY(lines[2].contains(QStringLiteral("2022-04-02")));
        QVERIFY(AttentionText::table({}).contains(QStringLiteral("Nothing needs attention")));
    }

    /// A new file with no units: before 03-26 nothing is near; from 03-26 the contacts deadline is due soon,
    /// on 04-05 it has passed (one campaign line, opening the units page) and the implementation plan's
    /// (04-10) is near; by 05-22 the forms' too.
    void anEmptyRegisterStillHasItsDeadlines()
    {
        CampaignData d = data(QDate(2022, 3, 20));
        d.units.clear();
        QVERIFY(attentionItems(d).empty());

        d.today = QDate(2022, 3, 28);
        auto items = attentionItems(d);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].kind, Kind::Contact);
        QCOMPARE(items[0].severity, Severity::DueSoon);
        QVERIFY(needsReminder(items));

        d.today = QDate(2022, 4, 5);
        items = attentionItems(d);
        // the contacts' deadline passed; the implementation plan's (04-10) is near: both, overdue first
        QCOMPARE(items.size(), size_t(2));
        QCOMPARE(items[1].kind, Kind::Submission);
        QCOMPARE(items[1].severity, Severity::DueSoon);
        QCOMPARE(items[1].due, QDate(2022, 4, 10));
        QCOMPARE(items[1].target.page, AttentionTarget::Page::Units);
        QCOMPARE(items[0].kind, Kind::Contact);
        QCOMPARE(items[0].severity, Severity::Overdue);
        QCOMPARE(items[0].due, QDate(2022, 4, 2));
        QCOMPARE(items[0].days, -3);
        QVERIFY(items[0].unitName.isEmpty());
        QCOMPARE(items[0].target.page, AttentionTarget::Page::Units);
        QVERIFY2(items[0].text.contains(QStringLiteral("报送专项行动联系人及联系电话")), qPrintable(items[0].text));
        QVERIFY(!AttentionText::table(items).contains(QStringLiteral("Nothing needs attention")));

        d.today = QDate(2022, 5, 22);
        items = attentionItems(d);
        QCOMPARE(items.size(), size_t(3));
        QCOMPARE(items[0].due, QDate(2022, 4, 2)); // most overdue first
        QCOMPARE(items[1].due, QDate(2022, 4, 10));
        QCOMPARE(items[2].kind, Kind::Submission);
        QCOMPARE(items[2].due, QDate(2022, 5, 21));

        // Once a unit is registered, the unit's own rules speak instead.
        d = data(QDate(2022, 4, 5));
        for (const AttentionItem &i : attentionItems(d))
            QVERIFY(!i.unitName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
