// The area-7 and area-10 records through their only writer: each kind stored and read back, its refusals,
// the 凡考试必培训 rule, the late major-penalty filing rule against the campaign's setting, the audit entries
// in the write's transaction, imports all or nothing, and the counts status --json and the summary report
// share.
#include "services/statusreport.h"
#include "documents/summaryreport.h"
#include "services/arearecordservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;

namespace {

UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}

TrainingSession training(TempWorkspace &t, UnitId unit, QDate on, double hours = 3)
{
    TrainingSession s;
    s.campaign = t.campaign;
    s.unit = unit;
    s.heldOn = on;
    s.title = QStringLiteral("行政处罚法专题培训");
    s.hours = hours;
    s.attendees = 20;
    s.organiser = QStringLiteral("旗司法局");
    return s;
}

Exam exam(TempWorkspace &t, UnitId unit, QDate on)
{
    Exam e;
    e.campaign = t.campaign;
    e.unit = unit;
    e.heldOn = on;
    e.subject = QStringLiteral("行政执法资格考试");
    e.sat = 18;
    e.passed = 17;
    return e;
}

MajorPenaltyFiling filing(TempWorkspace &t, UnitId unit, const QString &number, QDate decided, QDate filed)
{
    MajorPenaltyFiling f;
    f.campaign = t.campaign;
    f.unit = unit;
    f.caseNumber = number;
    f.decidedOn = decided;
    f.filedOn = filed;
    return f;
}

QString message(const Result<void> &r)
{
    return r ? QString() : r.error().message;
}

QJsonObject statusOf(TempWorkspace &t, QDate today)
{
    const auto report = StatusReport::build(*t.ws, t.campaign, today);
    if (!report)
        qFatal("status: %s", qPrintable(report.error().fullText()));
    return report->toJson();
}

} // namespace

class TestAreaRecordService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKindRoundTripsWithItsAudit()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId unit = addUnit(t, u"旗公安局"_qs);
        AreaRecordService &s = t.ws->areaRecords();
        QSignalSpy changed(&s, &AreaRecordService::recordsChanged);

        TrainingSession ts = training(t, unit, QDate(2022, 6, 1), 1.5);
        ts.title = u"  行政处罚法   专题培训 "_qs;
        const auto tid = s.add(ts);
        QVERIFY2(tid.ok(), qPrintable(tid ? QString() : tid.error().fullText()));
        const TrainingSession stored = s.get<TrainingSession>(*tid).value();
        QCOMPARE(stored.title, u"行政处罚法 专题培训"_qs);
        QCOMPARE(stored.hours, 1.5);
        QCOMPARE(stored.organiser, u"旗司法局"_qs);

        QVERIFY(s.add(exam(t, unit, QDate(2022, 6, 2))).ok());
        CoordinationMeeting m;
        m.campaign = t.campaign;
        m.heldOn = QDate(2022, 4, 20);
        m.topic = u"研究部署专项行动重点任务"_qs;
        m.attendees = u"旗司法局、旗公安局"_qs;
        const auto mid = s.add(m);
        QVERIFY(mid.ok());
        QVERIFY(s.add(filing(t, unit, u"奈公行罚决字〔2022〕3号"_qs, QDate(2022, 5, 1), QDate(2022, 5, 10))).ok());
        GuidingCase g;
        g.campaign = t.campaign;
        g.unit = unit;
        g.title = u"某企业未按规定公示信息案"_qs;
        g.publishedOn = QDate(2022, 7, 1);
        QVERIFY(s.add(g).ok());
        QCOMPARE(changed.count(), 5);

        QCOMPARE(s.list<TrainingSession>(t.campaign)->size(), size_t(1));
        QCOMPARE(s.list<Exam>(t.campaign)->size(), size_t(1));
        QCOMPARE(s.list<CoordinationMeeting>(t.campaign)->front().attendees, m.attendees);
        QCOMPARE(s.list<MajorPenaltyFiling>(t.campaign)->front().caseNumber, u"奈公行罚决字〔2022〕3号"_qs);
        QCOMPARE(s.list<GuidingCase>(t.campaign)->front().title, g.title);
        for (const char *entity :
             {"training_session", "exam", "coordination_meeting", "major_penalty_filing", "guiding_case"})
            QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log WHERE entity = '%1' AND action = 'create'"_qs.arg(
                                  QLatin1String(entity)))
                         .toInt(),
                     1);

        // Edit: only changed fields in the audit; an unchanged save writes nothing.
        TrainingSession edited = stored;
        edited.hours = 4;
        QVERIFY(s.update(edited).ok());
        QCOMPARE(s.get<TrainingSession>(*tid)->hours, 4.0);
        const QString changes =
            t.scalar(u"SELECT changes FROM audit_log WHERE entity = 'training_session' AND action = 'update'"_qs)
                .toString();
        QVERIFY2(changes.contains(u"hours"_qs) && !changes.contains(u"title"_qs), qPrintable(changes));
        const int entries = t.scalar(u"SELECT count(*) FROM audit_log"_qs).toInt();
        QVERIFY(s.update(edited).ok());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log"_qs).toInt(), entries);

        // Delete.
        QVERIFY(s.remove<CoordinationMeeting>(*mid).ok());
        QVERIFY(s.list<CoordinationMeeting>(t.campaign)->empty());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'coordination_meeting' AND action = 'delete'"_qs)
                     .toInt(),
                 1);
        QCOMPARE(s.remove<CoordinationMeeting>(*mid).error().code, Error::Code::NotFound);
    }

    void refusalsNameTheFieldAndWriteNothing()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId unit = addUnit(t, u"旗公安局"_qs);
        AreaRecordService &s = t.ws->areaRecords();

        TrainingSession bad = training(t, unit, QDate(2022, 8, 1), 0.3);
        bad.attendees = 0;
        const auto r = s.add(bad);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"Hours: 0.3"_qs), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"Attendees"_qs), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"after today"_qs), qPrintable(r.error().message));

        Exam e = exam(t, unit, QDate(2022, 6, 1));
        e.passed = 19;
        QCOMPARE(s.check(e).error().field, u"passed"_qs);

        TrainingSession foreign = training(t, unit, QDate(2022, 6, 1));
        foreign.unit = UnitId(999);
        QVERIFY(message(s.check(foreign)).contains(u"not in this campaign's register"_qs));

        MajorPenaltyFiling backwards = filing(t, unit, u"A-1"_qs, QDate(2022, 6, 10), QDate(2022, 6, 1));
        QCOMPARE(s.check(backwards).error().field, u"filedOn"_qs);

        QVERIFY(s.add(filing(t, unit, u"A-1"_qs, QDate(2022, 6, 1), QDate(2022, 6, 3))).ok());
        const auto twice = s.add(filing(t, unit, u"A-1"_qs, QDate(2022, 6, 2), QDate(2022, 6, 4)));
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        QCOMPARE(twice.error().field, u"caseNumber"_qs);

        CoordinationMeeting empty;
        empty.campaign = t.campaign;
        QCOMPARE(s.add(empty).error().code, Error::Code::Invalid);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM training_sessions"_qs).toInt(), 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM exams"_qs).toInt(), 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM major_penalty_filings"_qs).toInt(), 1);
    }

    void everyExamNeedsTrainingBeforeIt()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        const UnitId a = addUnit(t, u"甲局"_qs);
        const UnitId b = addUnit(t, u"乙局"_qs);
        AreaRecordService &s = t.ws->areaRecords();
        QVERIFY(s.add(training(t, a, QDate(2022, 6, 10))).ok());
        QVERIFY(s.add(exam(t, a, QDate(2022, 6, 10))).ok()); // the same day counts as trained
        QVERIFY(s.add(exam(t, a, QDate(2022, 6, 9))).ok());  // the day before the training: flagged
        QVERIFY(s.add(exam(t, b, QDate(2022, 7, 1))).ok());  // 甲's training is not 乙's
        const auto sessions = s.list<TrainingSession>(t.campaign).value();
        const auto exams = s.list<Exam>(t.campaign).value();
        QCOMPARE(exams.size(), size_t(3));
        QVERIFY(!examHasTraining(exams[0], sessions)); // 06-09
        QVERIFY(examHasTraining(exams[1], sessions));  // 06-10
        QVERIFY(!examHasTraining(exams[2], sessions)); // 乙
        QCOMPARE(countTraining(sessions, exams, a).examsWithoutTraining, 1);
        QCOMPARE(countTraining(sessions, exams, b).examsWithoutTraining, 1);
        QCOMPARE(countTraining(sessions, exams, UnitId()).examsWithoutTraining, 2);

        const QJsonObject status = statusOf(t, QDate(2022, 9, 1));
        for (const QJsonValue &v : status.value(u"units"_qs).toArray()) {
            const QJsonObject u = v.toObject();
            const QJsonObject tr = u.value(u"training"_qs).toObject();
            if (u.value(u"name"_qs).toString() == u"甲局"_qs) {
                QCOMPARE(tr.value(u"sessions"_qs).toInt(), 1);
                QCOMPARE(tr.value(u"hours"_qs).toDouble(), 3.0);
                QCOMPARE(tr.value(u"exams"_qs).toInt(), 2);
                QCOMPARE(tr.value(u"exams_without_training"_qs).toInt(), 1);
            } else if (u.value(u"name"_qs).toString() == u"乙局"_qs) {
                QCOMPARE(tr.value(u"sessions"_qs).toInt(), 0);
                QCOMPARE(tr.value(u"exams_without_training"_qs).toInt(), 1);
            }
        }
    }

    void lateFilingCountsAgainstTheCampaignSetting()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        const UnitId unit = addUnit(t, u"旗市场监督管理局"_qs);
        AreaRecordService &s = t.ws->areaRecords();
        QCOMPARE(s.filingDays(t.campaign).value(), 15); // the 2022 file's major_penalty_filing_days
        const QDate decided(2022, 6, 1);
        QVERIFY(s.add(filing(t, unit, u"P-1"_qs, decided, decided.addDays(15))).ok()); // the last day: on time
        QVERIFY(s.add(filing(t, unit, u"P-2"_qs, decided, decided.addDays(16))).ok()); // one day late
        QVERIFY(s.add(filing(t, unit, u"P-3"_qs, decided, decided)).ok());
        const auto filings = s.list<MajorPenaltyFiling>(t.campaign).value();
        QCOMPARE(filings[0].lateDays(15), 0);
        QCOMPARE(filings[1].lateDays(15), 1);
        QCOMPARE(filings[1].lateDays(30), 0); // a campaign that allows 30 days
        CoordinationMeeting m;
        m.campaign = t.campaign;
        m.heldOn = QDate(2022, 5, 1);
        m.topic = u"执法协调小组会议"_qs;
        QVERIFY(s.add(m).ok());

        const QJsonObject area10 = statusOf(t, QDate(2022, 9, 1)).value(u"area10"_qs).toObject();
        QCOMPARE(area10.value(u"meetings"_qs).toInt(), 1);
        QCOMPARE(area10.value(u"major_penalty_filings"_qs).toInt(), 3);
        QCOMPARE(area10.value(u"late_filings"_qs).toInt(), 1);
        QCOMPARE(area10.value(u"guiding_cases"_qs).toInt(), 0);

        // The summary report counts from the same figures.
        const auto data = CampaignData::load(*t.ws, t.campaign, QDate(2022, 9, 1));
        QVERIFY(data.ok());
        const CampaignFigures f = CampaignFigures::count(*data);
        QCOMPARE(f.reform.lateFilings, 1);
        const TableDocument overview = SummaryReport::overviewTable(f);
        bool found = false;
        for (const QStringList &row : overview.rows)
            if (row.value(0) == u"重大行政处罚备案"_qs) {
                found = true;
                QCOMPARE(row.value(1), u"3"_qs);
                QVERIFY2(row.value(2).contains(u"逾期备案1件"_qs) && row.value(2).contains(u"15日"_qs),
                         qPrintable(row.value(2)));
            }
        QVERIFY(found);
        const TableDocument team = SummaryReport::teamTable(f);
        QCOMPARE(team.rows.size(), 1);
        QCOMPARE(team.rows[0].value(7), u"3"_qs);
        QCOMPARE(team.rows[0].value(8), u"1"_qs);
    }

    void importIsAllOrNothingAndIdempotent()
    {
        TempWorkspace t(QDate(2022, 9, 1));
        const UnitId unit = addUnit(t, u"旗公安局"_qs);
        AreaRecordService &s = t.ws->areaRecords();
        std::vector<MajorPenaltyFiling> list{filing(t, unit, u"P-1"_qs, QDate(2022, 6, 1), QDate(2022, 6, 5)),
                                             filing(t, unit, u"P-2"_qs, QDate(2022, 6, 1), QDate(2022, 6, 5))};
        auto counts = s.importRecords(t.campaign, list);
        QVERIFY(counts.ok());
        QCOMPARE(counts->added, 2);
        // Again, with one date changed: one unchanged, one updated.
        list[1].filedOn = QDate(2022, 6, 30);
        QCOMPARE(s.plan(t.campaign, list)->updated, 1);
        counts = s.importRecords(t.campaign, list);
        QCOMPARE(counts->unchanged, 1);
        QCOMPARE(counts->updated, 1);
        QCOMPARE(s.list<MajorPenaltyFiling>(t.campaign)->back().filedOn, QDate(2022, 6, 30));

        // A bad record in the middle: nothing of the list is written.
        std::vector<TrainingSession> sessions{training(t, unit, QDate(2022, 6, 1)),
                                              training(t, unit, QDate(2022, 12, 1))};
        QVERIFY(!s.importRecords(t.campaign, sessions).ok());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM training_sessions"_qs).toInt(), 0);
        sessions.pop_back();
        QCOMPARE(s.importRecords(t.campaign, sessions)->added, 1);
        QCOMPARE(s.importRecords(t.campaign, sessions)->unchanged, 1);
    }
};

QTEST_GUILESS_MAIN(TestAreaRecordService)
#include "tst_arearecordservice.moc"
