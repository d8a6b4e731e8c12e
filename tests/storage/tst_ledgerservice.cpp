// The rectification ledger through its only writer: the workflow and its refusals, extensions in the
// history, overdue at the boundary, filters and the keyword search (and its index after edits and deletes),
// evidence files, and the supervision room's findings taken over as problems.
#include "campaign/campaignloader.h"
#include "services/ledgerservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/writescope.h"
#include "storage/migrations.h"
#include "tempworkspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QtTest>

#include <set>

using namespace oversight;
using S = Problem::Status;

namespace {

void setToday(TempWorkspace &t, QDate day)
{
    const_cast<FixedClock &>(static_cast<const FixedClock &>(t.ws->clock())).setToday(day);
}

UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}

Problem sample(TempWorkspace &t, UnitId unit, const QString &description, const QString &measure = {})
{
    Problem p;
    p.campaign = t.campaign;
    p.unit = unit;
    p.area = 2;
    p.source = Problem::Source::SpotCheck;
    p.description = description;
    p.measure = measure;
    p.owner = QStringLiteral("李明");
    return p;
}

std::set<qint64> found(LedgerService &l, CampaignId c, const QString &keyword)
{
    const auto ids = l.search(c, keyword);
    if (!ids)
        qFatal("search failed: %s", qPrintable(ids.error().fullText()));
    return std::set<qint64>(ids->begin(), ids->end());
}

std::set<qint64> ids(std::initializer_list<ProblemId> list)
{
    std::set<qint64> out;
    for (ProblemId id : list)
        out.insert(id.value);
    return out;
}

} // namespace

class TestLedgerService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addGivesTheCampaignsDeadlineAndHistory()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId unit = addUnit(t, QStringLiteral("旗市场监督管理局"));
        LedgerService &l = t.ws->ledger();
        QSignalSpy added(&l, &LedgerService::problemAdded);
        const auto id = l.add(sample(t, unit, QStringLiteral("案卷未装订目录")));
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().fullText()));
        QCOMPARE(added.count(), 1);
        const Problem p = l.problem(*id).value();
        QCOMPARE(p.deadline, QDate(2022, 9, 15)); // the plan's rectification end
        QCOMPARE(p.status, S::Open);
        QCOMPARE(l.history(*id)->front().action, QStringLiteral("create"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'problem'")).toInt(),
                 1);

        Problem bad = sample(t, UnitId(999), QStringLiteral("x"));
        QCOMPARE(l.add(bad).error().field, QStringLiteral("unit"));
        bad = sample(t, unit, QStringLiteral("  "));
        QCOMPARE(l.add(bad).error().field, QStringLiteral("description"));
        bad = sample(t, unit, QStringLiteral("x"));
        bad.area = 0;
        QCOMPARE(l.add(bad).error().field, QStringLiteral("area"));
        bad.area = 3;
        bad.status = S::Closed;
        QCOMPARE(l.add(bad).error().field, QStringLiteral("status"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM problems")).toInt(), 1);
    }

    void workflowClosesOnlyWithNoteAndEvidence()
    {
        TempWorkspace t(QDate(2022, 8, 1));
        const UnitId unit = addUnit(t, QStringLiteral("旗公安局"));
        LedgerService &l = t.ws->ledger();
        const ProblemId id = l.add(sample(t, unit, QStringLiteral("未按规定告知听证权利"))).value();

        QCOMPARE(l.close(id, QDate(2022, 8, 1), QStringLiteral("已核查")).error().code,
                 Error::Code::Conflict);
        QVERIFY(l.moveTo(id, S::InProgress, QStringLiteral("已部署整改")).ok());
        QCOMPARE(l.moveTo(id, S::Open).error().code, Error::Code::Conflict); // no way back to open
        QCOMPARE(l.moveTo(id, S::Closed).error().field, QStringLiteral("status"));
        QVERIFY(l.moveTo(id, S::AwaitingVerification).ok());

        // Closing without evidence, or without a note, is refused and writes nothing.
        const qint64 audit = t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        QCOMPARE(l.close(id, QDate(2022, 8, 1), QStringLiteral("现场核查属实")).error().field,
                 QStringLiteral("evidence"));
        QCOMPARE(l.close(id, QDate(2022, 8, 1), QStringLiteral("  "), QStringLiteral("已整改")).error().field,
                 QStringLiteral("verificationNote"));
        QCOMPARE(
            l.close(id, QDate(2022, 8, 2), QStringLiteral("核查"), QStringLiteral("已整改")).error().field,
            QStringLiteral("closedOn")); // tomorrow
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audit);
        QCOMPARE(l.problem(id)->status, S::AwaitingVerification);
        QVERIFY(l.evidence(id)->empty());
        // The database itself refuses a closed problem without evidence, whoever writes it.
        QVERIFY(!t.run(QStringLiteral("UPDATE problems SET status = 'closed', closed_on = '2022-08-01', "
                                      "verification_note = 'x' WHERE id = %1")
                           .arg(id.value)));

        // A written statement is evidence.
        QVERIFY(l.close(id, QDate(2022, 8, 1), QStringLiteral("现场核查属实"),
                        QStringLiteral("已组织全员学习听证程序并整改案卷"))
                    .ok());
        Problem p = l.problem(id).value();
        QCOMPARE(p.status, S::Closed);
        QCOMPARE(p.closedOn, QDate(2022, 8, 1));
        QCOMPARE(p.verificationNote, QStringLiteral("现场核查属实"));
        QCOMPARE(l.evidence(id)->size(), size_t(1));
        QCOMPARE(l.evidence(id)->front().kind, ProblemEvidence::Kind::Statement);
        QCOMPARE(l.moveTo(id, S::InProgress).error().code, Error::Code::Conflict);

        // Reopening needs a reason, which the history keeps.
        QCOMPARE(l.reopen(id, QStringLiteral(" ")).error().field, QStringLiteral("reason"));
        QVERIFY(l.reopen(id, QStringLiteral("复查发现仍未整改到位")).ok());
        p = l.problem(id).value();
        QCOMPARE(p.status, S::Open);
        QVERIFY(!p.closedOn.isValid());
        const auto history = l.history(id).value();
        QCOMPARE(history.back().action, QStringLiteral("reopen"));
        QCOMPARE(history.back().note, QStringLiteral("复查发现仍未整改到位"));
        QCOMPARE(history.back().from, S::Closed);
        QCOMPARE(history.back().to, S::Open);
        QCOMPARE(l.reopen(id, QStringLiteral("again")).error().code, Error::Code::Conflict);
        QStringList actions;
        for (const ProblemEvent &e : history)
            actions.append(e.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("status"),
                                       QStringLiteral("status"), QStringLiteral("evidence"),
                                       QStringLiteral("close"), QStringLiteral("reopen")}));
    }

    void extensionIsKeptInHistory()
    {
        TempWorkspace t(QDate(2022, 8, 1));
        const UnitId unit = addUnit(t, QStringLiteral("旗交通运输局"));
        LedgerService &l = t.ws->ledger();
        const ProblemId id = l.add(sample(t, unit, QStringLiteral("执法记录仪配备不足"))).value();

        QCOMPARE(l.extend(id, QDate(2022, 10, 15), QString()).error().field, QStringLiteral("reason"));
        QCOMPARE(l.extend(id, QDate(2022, 9, 1), QStringLiteral("提前")).error().field,
                 QStringLiteral("deadline"));
        // An edit cannot move the deadline silently.
        Problem edited = l.problem(id).value();
        edited.deadline = QDate(2022, 12, 1);
        QCOMPARE(l.update(edited).error().field, QStringLiteral("deadline"));
        QCOMPARE(l.problem(id)->deadline, QDate(2022, 9, 15));

        QVERIFY(l.extend(id, QDate(2022, 10, 15), QStringLiteral("设备采购需走政府采购程序")).ok());
        QCOMPARE(l.problem(id)->deadline, QDate(2022, 10, 15));
        const ProblemEvent e = l.history(id)->back();
        QCOMPARE(e.action, QStringLiteral("extend"));
        QCOMPARE(e.oldDeadline, QDate(2022, 9, 15));
        QCOMPARE(e.newDeadline, QDate(2022, 10, 15));
        QCOMPARE(e.note, QStringLiteral("设备采购需走政府采购程序"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'problem' AND "
                                         "action = 'extend' AND changes LIKE '%2022-10-15%'"))
                     .toInt(),
                 1);
    }

    void overdueAtTheBoundary()
    {
        TempWorkspace t(QDate(2022, 9, 15));
        const UnitId unit = addUnit(t, QStringLiteral("旗应急管理局"));
        LedgerService &l = t.ws->ledger();
        const ProblemId id = l.add(sample(t, unit, QStringLiteral("行政检查未制作笔录"))).value();
        ProblemFilter overdue;
        overdue.overdueOnly = true;

        Problem p = l.problem(id).value();
        QCOMPARE(p.deadline, QDate(2022, 9, 15));
        QVERIFY(!p.isOverdue(QDate(2022, 9, 15))); // the deadline day itself
        QVERIFY(l.problems(t.campaign, overdue)->empty());
        setToday(t, QDate(2022, 9, 16));
        QVERIFY(p.isOverdue(QDate(2022, 9, 16)));
        QCOMPARE(l.problems(t.campaign, overdue)->size(), size_t(1));

        QVERIFY(l.moveTo(id, S::AwaitingVerification).ok());
        QVERIFY(l.addStatement(id, QStringLiteral("已补制作笔录")).ok());
        QVERIFY(l.close(id, QDate(2022, 9, 16), QStringLiteral("核查属实")).ok());
        QVERIFY(!l.problem(id)->isOverdue(QDate(2022, 9, 16))); // closed is never overdue
        QVERIFY(l.problems(t.campaign, overdue)->empty());
    }

    void filtersAndBulkStatus()
    {
        TempWorkspace t(QDate(2022, 8, 1));
        const UnitId a = addUnit(t, QStringLiteral("旗公安局"));
        const UnitId b = addUnit(t, QStringLiteral("旗税务局"));
        LedgerService &l = t.ws->ledger();
        Problem p1 = sample(t, a, QStringLiteral("甲"));
        p1.area = 1;
        Problem p2 = sample(t, a, QStringLiteral("乙"));
        p2.source = Problem::Source::SelfCheck;
        Problem p3 = sample(t, b, QStringLiteral("丙"));
        const ProblemId i1 = l.add(p1).value();
        const ProblemId i2 = l.add(p2).value();
        const ProblemId i3 = l.add(p3).value();

        ProblemFilter f;
        f.unit = a;
        QCOMPARE(l.problems(t.campaign, f)->size(), size_t(2));
        f = {};
        f.area = 1;
        QCOMPARE(l.problems(t.campaign, f)->front().id, i1);
        f = {};
        f.source = Problem::Source::SelfCheck;
        QCOMPARE(l.problems(t.campaign, f)->front().id, i2);

        // Bulk: all or none. i3 is closed already, so moving all three is refused, and nothing moves.
        QVERIFY(l.moveTo(i3, S::AwaitingVerification).ok());
        QVERIFY(l.close(i3, QDate(2022, 8, 1), QStringLiteral("核查"), QStringLiteral("已整改")).ok());
        QCOMPARE(l.moveAll({i1, i2, i3}, S::InProgress, QStringLiteral("统一部署")).error().code,
                 Error::Code::Conflict);
        QCOMPARE(l.problem(i1)->status, S::Open);
        QVERIFY(l.moveAll({i1, i2}, S::InProgress, QStringLiteral("统一部署")).ok());
        f = {};
        f.status = S::InProgress;
        QCOMPARE(l.problems(t.campaign, f)->size(), size_t(2));
        QCOMPARE(l.history(i2)->back().note, QStringLiteral("统一部署"));
    }

    void searchFindsKeywordsOfEveryLength()
    {
        TempWorkspace t(QDate(2022, 8, 1));
        const UnitId unit = addUnit(t, QStringLiteral("旗自然资源局"));
        LedgerService &l = t.ws->ledger();
        const ProblemId a = l.add(sample(t, unit, QStringLiteral("作出较大数额罚款前未告知听证权利"),
                                         QStringLiteral("组织学习")))
                                .value();
        const ProblemId b = l.add(sample(t, unit, QStringLiteral("执法人员未出示证件"),
                                         QStringLiteral("规范亮证执法，罚没款")))
                                .value();
        const ProblemId c =
            l.add(sample(t, unit, QStringLiteral("案卷第12号缺少送达回证"), QStringLiteral("补充APP录入")))
                .value();

        QCOMPARE(found(l, t.campaign, QStringLiteral("罚")), ids({a, b}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("罚款")), ids({a}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("听证")), ids({a}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("证")), ids({a, b, c}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("执法")), ids({b}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("送达回证")), ids({c}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("未出示")), ids({b}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("12")), ids({c}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("app")), ids({c})); // letters without case
        QCOMPARE(found(l, t.campaign, QStringLiteral("，")), ids({b}));  // punctuation: the plain scan
        QCOMPARE(found(l, t.campaign, QStringLiteral("证件罚")), ids({}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("证 罚")), ids({a, b})); // every word
        QCOMPARE(found(l, t.campaign, QStringLiteral("学习")), ids({a}));     // the measure too
        // Not across the description and the measure.
        QCOMPARE(found(l, t.campaign, QStringLiteral("利组")), ids({}));
        // Only this campaign's problems.
        QCOMPARE(found(l, CampaignId(t.campaign.value + 1), QStringLiteral("证")), ids({}));
    }

    void searchIndexFollowsEditsAndDeletes()
    {
        TempWorkspace t(QDate(2022, 8, 1));
        const UnitId unit = addUnit(t, QStringLiteral("旗卫生健康委员会"));
        LedgerService &l = t.ws->ledger();
        const ProblemId id =
            l.add(sample(t, unit, QStringLiteral("未公示执法信息"), QStringLiteral("上网公示"))).value();
        QCOMPARE(found(l, t.campaign, QStringLiteral("公示执法")), ids({id}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("公示")), ids({id}));

        Problem p = l.problem(id).value();
        p.description = QStringLiteral("听证程序不规范");
        p.measure = QStringLiteral("重新培训");
        QVERIFY(l.update(p).ok());
        QCOMPARE(found(l, t.campaign, QStringLiteral("公示执法")), ids({}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("公示")), ids({}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("示")), ids({}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("程序不规范")), ids({id}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("听证")), ids({id}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("培")), ids({id}));
        // A status change does not touch the texts; the index still answers.
        QVERIFY(l.moveTo(id, S::InProgress).ok());
        QCOMPARE(found(l, t.campaign, QStringLiteral("听证")), ids({id}));

        const ProblemId other = l.add(sample(t, unit, QStringLiteral("听证笔录缺失"))).value();
        QCOMPARE(found(l, t.campaign, QStringLiteral("听证")), ids({id, other}));
        QVERIFY(l.remove(other).ok());
        QCOMPARE(found(l, t.campaign, QStringLiteral("听证")), ids({id}));
        QCOMPARE(found(l, t.campaign, QStringLiteral("笔录缺失")), ids({}));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM problem_chars")).toInt(), 1);
        // FTS5's own consistency check of the external-content trigram index against the problems table.
        QVERIFY(t.run(
            QStringLiteral("INSERT INTO problem_text (problem_text, rank) VALUES ('integrity-check', 1)")));
    }

    void evidenceFilesAreStoredByHash()
    {
        TempWorkspace t(QDate(2022, 8, 1));
        const UnitId unit = addUnit(t, QStringLiteral("旗农牧局"));
        LedgerService &l = t.ws->ledger();
        const ProblemId id = l.add(sample(t, unit, QStringLiteral("未建立执法台账"))).value();
        const QString source = t.dir.filePath(QStringLiteral("整改报告.pdf"));
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4 rectification report");
        }
        const auto e = l.addEvidenceFile(id, source);
        QVERIFY2(e.ok(), qPrintable(e ? QString() : e.error().fullText()));
        const QString stored = t.dir.filePath(QStringLiteral("attachments/") + e->sha256);
        QVERIFY(QFile::exists(stored));
        QCOMPARE(QFile::permissions(stored) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(e->fileName, QStringLiteral("整改报告.pdf"));
        QVERIFY(l.addEvidenceFile(id, source).ok()); // the same content once
        QCOMPARE(l.evidence(id)->size(), size_t(1));
        QCOMPARE(l.evidencePath(l.evidence(id)->front()), stored);
        QVERIFY(!l.addEvidenceFile(id, t.dir.filePath(QStringLiteral("missing.pdf"))).ok());

        QVERIFY(l.moveTo(id, S::AwaitingVerification).ok());
        QVERIFY(l.close(id, QDate(2022, 8, 1), QStringLiteral("核查整改报告")).ok());
        QCOMPARE(l.remove(id).error().code, Error::Code::Conflict); // closed stays
    }

    void findingsBecomeProblems()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId unit = addUnit(t, QStringLiteral("旗城市管理综合执法局"));
        SupervisionService &s = t.ws->supervision();
        LedgerService &l = t.ws->ledger();
        QSignalSpy added(&l, &LedgerService::problemAdded);
        Complaint c;
        c.campaign = t.campaign;
        c.channel = Complaint::Channel::Phone;
        c.receivedOn = QDate(2022, 7, 1);
        c.unit = unit;
        c.summary = QStringLiteral("执法人员态度粗暴");
        c.complainantName = QStringLiteral("赵小红");
        const ComplaintId cid = s.intake(c).value();

        ComplaintFinding f;
        f.complaint = cid;
        f.source = ComplaintFinding::Source::Supervision;
        f.area = 7;
        f.description = QStringLiteral("赵小红反映的执法人员未出示证件属实");
        f.measure = QStringLiteral("开展文明执法教育");
        const qint64 fid = s.addFinding(f).value();
        QCOMPARE(added.count(), 1);
        const ComplaintFinding stored = s.findings(cid)->front();
        QVERIFY(stored.problem.isValid());
        Problem p = l.problem(stored.problem).value();
        QCOMPARE(p.unit, unit);
        QCOMPARE(p.area, 7);
        QCOMPARE(p.source, Problem::Source::Supervision);
        QCOMPARE(problemSourceWord(p.source), QStringLiteral("个案监督"));
        QCOMPARE(p.originKind, QStringLiteral("complaint_finding"));
        QCOMPARE(p.originId, fid);
        QCOMPARE(p.deadline, QDate(2022, 9, 15));
        QVERIFY(!p.description.contains(QStringLiteral("赵小红"))); // the ledger is printed: masked
        QVERIFY(p.description.contains(QStringLiteral("执法人员未出示证件属实")));

        // An edit of the finding follows into the ledger; its link stays.
        ComplaintFinding edited = stored;
        edited.measure = QStringLiteral("开展文明执法专题培训");
        edited.problem = ProblemId(999);
        QVERIFY(s.updateFinding(edited).ok());
        QCOMPARE(s.findings(cid)->front().problem, stored.problem);
        QCOMPARE(l.problem(stored.problem)->measure, QStringLiteral("开展文明执法专题培训"));
        // The ledger does not delete it on its own.
        QCOMPARE(l.remove(stored.problem).error().code, Error::Code::Conflict);

        // Removing an untouched finding removes its problem; once work began, both stay.
        const qint64 second = s.addFinding(f).value();
        const ProblemId secondProblem = s.findings(cid)->back().problem;
        QVERIFY(s.removeFinding(second).ok());
        QCOMPARE(l.problem(secondProblem).error().code, Error::Code::NotFound);
        QVERIFY(l.moveTo(stored.problem, S::InProgress).ok());
        QCOMPARE(s.removeFinding(fid).error().code, Error::Code::Conflict);
        QCOMPARE(s.findings(cid)->size(), size_t(1));

        // A call-back's finding goes to the call-back's unit; without one it is refused, nothing written.
        CallBack cb;
        cb.campaign = t.campaign;
        cb.enterpriseName = QStringLiteral("奈曼旗某商贸有限公司");
        cb.visitedOn = QDate(2022, 7, 10);
        cb.method = CallBack::Method::Phone;
        const CallBackId cbId = s.addCallBack(cb).value();
        ComplaintFinding onCall;
        onCall.callBack = cbId;
        onCall.area = 8;
        onCall.description = QStringLiteral("多头重复检查");
        QCOMPARE(s.addFinding(onCall).error().field, QStringLiteral("unit"));
        QVERIFY(s.findingsOfCallBack(cbId)->empty());
        cb = s.callBack(cbId).value();
        cb.unit = unit;
        QVERIFY(s.updateCallBack(cb).ok());
        QVERIFY(s.addFinding(onCall).ok());
        ProblemFilter bySource;
        bySource.source = Problem::Source::CallBack;
        QCOMPARE(l.problems(t.campaign, bySource)->size(), size_t(1));
        QCOMPARE(l.problems(t.campaign, bySource)->front().description, QStringLiteral("多头重复检查"));
    }

    void anotherServiceRaisesAProblemInItsTransaction()
    {
        TempWorkspace t(QDate(2022, 7, 20));
        const UnitId unit = addUnit(t, QStringLiteral("旗司法局"));
        LedgerService &l = t.ws->ledger();
        QSignalSpy added(&l, &LedgerService::problemAdded);
        Problem p = sample(t, unit, QStringLiteral("评查扣分：未载明救济途径"));
        p.originKind = QStringLiteral("score_deduction");
        p.originId = 42;
        // No measure, the default deadline.
        const ProblemOrigin origin{p.campaign, p.unit, p.area,       p.source,  p.description,
                                   {},         {},     p.originKind, p.originId};
        {
            WriteScope scope(t.ws->database(), t.ws->clock(), t.ws->actor());
            QVERIFY(scope.begun().ok());
            QVERIFY(l.raise(scope, origin).ok());
            // not committed: rolled back with the caller's own write, and not announced
        }
        QVERIFY(l.problems(t.campaign)->empty());
        QCOMPARE(added.count(), 0);
        ProblemId id;
        {
            WriteScope scope(t.ws->database(), t.ws->clock(), t.ws->actor());
            QVERIFY(scope.begun().ok());
            id = l.raise(scope, origin).value();
            QCOMPARE(added.count(), 0); // announced after the caller's commit
            QVERIFY(scope.commit().ok());
        }
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.front().at(0).value<ProblemId>(), id);
        const Problem stored = l.problem(id).value();
        QCOMPARE(stored.originKind, QStringLiteral("score_deduction"));
        QCOMPARE(stored.originId, 42);
        p.originId = 0; // a link names both the kind and the id
        QCOMPARE(l.add(p).error().field, QStringLiteral("origin"));
    }

    void migrationCarriesFindingsOver()
    {
        // A file at the schema before the ledger, with two findings of the supervision room.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const int ledgerStep = [] {
            for (const Migration &m : migrations())
                if (QString::fromLatin1(m.purpose).startsWith(QLatin1String("rectification ledger")))
                    return m.version;
            return 0;
        }();
        QVERIFY(ledgerStep > 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const Migration &m : migrations()) {
                if (m.version >= ledgerStep)
                    break;
                for (const QString &sql : m.statements)
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            const QByteArray plan = CampaignLoader::readFile(CampaignLoader::builtinPath()).value();
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO campaigns VALUES (1, 'naiman-2022', 2022, 't', ?, "
                                             "'2022-01-01T00:00:00Z')")));
            q.addBindValue(QString::fromUtf8(plan));
            QVERIFY(q.exec());
            for (const QString &sql : {
                     QStringLiteral(
                         "INSERT INTO units VALUES (1, 1, '旗公安局', 'department', '', '', '', 'x', 'x')"),
                     QStringLiteral(
                         "INSERT INTO complaints (id, campaign_id, reference, channel, received_on, "
                         "unit_id, summary, handling_due, status, created_at, updated_at) VALUES "
                         "(1, 1, '2022-001', 'phone', '2022-06-01', 1, '反映', '2022-07-01', "
                         "'registered', 'x', 'x')"),
                     QStringLiteral(
                         "INSERT INTO callbacks (id, campaign_id, enterprise_name, visited_on, method, "
                         "created_at, updated_at) VALUES (1, 1, '某企业', '2022-06-02', 'phone', 'x', "
                         "'x')"),
                     QStringLiteral("INSERT INTO complaint_findings (id, campaign_id, complaint_id, unit_id, "
                                    "source, area, description, measure, created_at, updated_at) VALUES "
                                    "(1, 1, 1, 1, 'complaint', 4, '罚款未开票据', '退还', "
                                    "'2022-06-05T00:00:00Z', 'x')"),
                     QStringLiteral("INSERT INTO complaint_findings (id, campaign_id, callback_id, unit_id, "
                                    "source, area, description, created_at, updated_at) VALUES "
                                    "(2, 1, 1, NULL, 'callback', 8, '重复检查', 'x', 'x')"),
                     QStringLiteral("PRAGMA user_version = %1").arg(ledgerStep - 1),
                 })
                QVERIFY2(q.exec(sql), qPrintable(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto opened =
            Workspace::open(path, Database::Mode::OpenExisting,
                            std::make_unique<FixedClock>(QDate(2022, 7, 20)), QStringLiteral("tester"));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
        Workspace &ws = **opened;
        const auto problems = ws.ledger().problems(CampaignId(1)).value();
        QCOMPARE(problems.size(), size_t(1)); // the call-back's finding names no unit: it stays
        const Problem &p = problems.front();
        QCOMPARE(p.description, QStringLiteral("罚款未开票据"));
        QCOMPARE(p.source, Problem::Source::Complaint);
        QCOMPARE(p.area, 4);
        QCOMPARE(p.deadline, QDate(2022, 9, 15));
        QCOMPARE(p.originId, 1);
        QCOMPARE(ws.supervision().findings(ComplaintId(1))->front().problem, p.id);
        QCOMPARE(ws.ledger().history(p.id)->front().action, QStringLiteral("carry_over"));
        // Carried-over problems are in the keyword index too.
        QCOMPARE(ws.ledger().search(CampaignId(1), QStringLiteral("罚款"))->size(), size_t(1));
        QCOMPARE(ws.ledger().search(CampaignId(1), QStringLiteral("未开票据"))->size(), size_t(1));
    }

    // Issue 23: migration 14 rebuilds problems for the source 上级抽查; an old file keeps every problem,
    // its history, evidence and keyword index, and its references.
    void upperCheckMigrationKeepsAnOldLedger()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const int rebuildStep = [] {
            for (const Migration &m : migrations())
                if (m.rebuildsTables && QString::fromUtf8(m.purpose).contains(QStringLiteral("上级抽查")))
                    return m.version;
            return 0;
        }();
        QVERIFY(rebuildStep > 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
            int last = 0;
            for (const Migration &m : migrations()) {
                if (m.version >= rebuildStep)
                    break;
                for (const QString &sql : m.statements)
                    QVERIFY2(q.exec(sql), qPrintable(sql));
                if (m.code)
                    QVERIFY(m.code(db));
                last = m.version;
            }
            const QByteArray plan = CampaignLoader::readFile(CampaignLoader::builtinPath()).value();
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO campaigns VALUES (1, 'naiman-2022', 2022, 't', ?, "
                                             "'2022-01-01T00:00:00Z')")));
            q.addBindValue(QString::fromUtf8(plan));
            QVERIFY(q.exec());
            for (const QString &sql : {
                     QStringLiteral("INSERT INTO units (id, campaign_id, name, category, created_at, updated_at) "
                                    "VALUES (1, 1, '旗公安局', 'department', 'x', 'x')"),
                     QStringLiteral("INSERT INTO problems (id, campaign_id, unit_id, area, source, description, "
                                    "measure, deadline, status, created_at, updated_at) VALUES (5, 1, 1, 2, "
                                    "'spot_check', '案卷装订不规范', '重新装订', '2022-09-15', 'in_progress', "
                                    "'x', 'x')"),
                     QStringLiteral("INSERT INTO problems (id, campaign_id, unit_id, area, source, description, "
                                    "deadline, status, progress, verification_note, closed_on, created_at, "
                                    "updated_at) VALUES (9, 1, 1, 7, 'self_check', '执法证过期', "
                                    "'2022-09-15', 'awaiting_verification', '已换证', '', NULL, 'x', 'x')"),
                     QStringLiteral("INSERT INTO problem_events (problem_id, at, actor, action, to_status) "
                                    "VALUES (5, 'x', 'tester', 'create', 'open'), (5, 'x', 'tester', "
                                    "'status', 'in_progress'), (9, 'x', 'tester', 'create', 'open')"),
                     QStringLiteral("INSERT INTO problem_evidence (problem_id, kind, statement, added_at) "
                                    "VALUES (9, 'statement', '新证复印件已核对', 'x')"),
                     // A draft notice: migration 15 rebuilds documents for the acceptance phase's kinds.
                     QStringLiteral("INSERT INTO documents (id, campaign_id, kind, status, title, content, "
                                    "created_at, updated_at) VALUES (3, 1, 'reminder', 'draft', '催办', '{}', "
                                    "'x', 'x')"),
                     QStringLiteral("PRAGMA user_version = %1").arg(last),
                 })
                QVERIFY2(q.exec(sql), qPrintable(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto opened =
            Workspace::open(path, Database::Mode::OpenExisting,
                            std::make_unique<FixedClock>(QDate(2022, 7, 20)), QStringLiteral("tester"));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
        Workspace &ws = **opened;
        QVERIFY(ws.database().schemaVersion() >= rebuildStep);
        const auto scalar = [&ws](const QString &sql) {
            QSqlQuery q(ws.database().connection());
            return q.exec(sql) && q.next() ? q.value(0) : QVariant();
        };
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(!scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid());
        // Every problem with its id, history, evidence and words.
        const auto problems = ws.ledger().problems(CampaignId(1)).value();
        QCOMPARE(problems.size(), size_t(2));
        QCOMPARE(problems.front().id, ProblemId(5));
        QCOMPARE(problems.front().status, S::InProgress);
        QCOMPARE(problems.front().measure, QStringLiteral("重新装订"));
        QVERIFY(problems.front().inspectingBody.isEmpty());
        QCOMPARE(problems.back().progress, QStringLiteral("已换证"));
        QCOMPARE(ws.ledger().history(ProblemId(5))->size(), size_t(2));
        QCOMPARE(ws.ledger().evidence(ProblemId(9))->size(), size_t(1));
        QCOMPARE(ws.ledger().search(CampaignId(1), QStringLiteral("装订"))->size(), size_t(1));
        QCOMPARE(ws.ledger().search(CampaignId(1), QStringLiteral("执法证过期"))->size(), size_t(1));
        // The rule that a problem closes only with evidence is back (a trigger of the rebuilt table).
        QVERIFY(!QSqlQuery(ws.database().connection())
                     .exec(QStringLiteral("UPDATE problems SET status = 'closed', closed_on = '2022-07-20', "
                                          "verification_note = 'x' WHERE id = 5")));
        // The new source with its inspecting body, and the old references still cascade.
        Problem upper;
        upper.campaign = CampaignId(1);
        upper.unit = UnitId(1);
        upper.area = 1;
        upper.source = Problem::Source::UpperCheck;
        upper.inspectingBody = QStringLiteral("通辽市司法局");
        upper.description = QStringLiteral("公示信息未及时更新");
        const auto id = ws.ledger().add(upper);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        QCOMPARE(ws.ledger().problem(*id)->inspectingBody, QStringLiteral("通辽市司法局"));
        QCOMPARE(ws.ledger().problem(*id)->source, Problem::Source::UpperCheck);
        QCOMPARE(ws.ledger().search(CampaignId(1), QStringLiteral("公示信息"))->size(), size_t(1));
        QVERIFY(QSqlQuery(ws.database().connection())
                    .exec(QStringLiteral("DELETE FROM problems WHERE id = 5")));
        // The documents kept, and the new kinds taken.
        QCOMPARE(scalar(QStringLiteral("SELECT title FROM documents WHERE id = 3")).toString(), QStringLiteral("催办"));
        QVERIFY(QSqlQuery(ws.database().connection())
                    .exec(QStringLiteral("UPDATE documents SET kind = 'summary' WHERE id = 3")));
        QVERIFY(!QSqlQuery(ws.database().connection())
                     .exec(QStringLiteral("UPDATE documents SET kind = 'memo' WHERE id = 3")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM problem_events WHERE problem_id = 5")).toInt(), 0);
    }

    void inspectingBodyOnlyForUpperChecks()
    {
        TempWorkspace t;
        LedgerService &l = t.ws->ledger();
        Problem p = sample(t, addUnit(t, QStringLiteral("旗公安局")), QStringLiteral("抽查发现问题"));
        p.inspectingBody = QStringLiteral("自治区司法厅");
        QCOMPARE(l.add(p).error().field, QStringLiteral("inspecting_body")); // a 抽检 names no body
        p.source = Problem::Source::UpperCheck;
        const auto id = l.add(p);
        QVERIFY(id);
        ProblemFilter f;
        f.source = Problem::Source::UpperCheck;
        QCOMPARE(l.problems(t.campaign, f)->size(), size_t(1));
        QCOMPARE(problemSourceText(*l.problem(*id)), QStringLiteral("上级抽查（自治区司法厅）"));
        QCOMPARE(parseProblemSource(QStringLiteral("上级抽查")), Problem::Source::UpperCheck);
        // Still the DB's own rule, whoever writes the row.
        QVERIFY(!t.run(QStringLiteral("UPDATE problems SET source = 'self_check' WHERE id = %1").arg(id->value)));
    }
};

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledgerservice.moc"
