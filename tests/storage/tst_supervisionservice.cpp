// Supervision cases through their only writer: intake, the workflow and its refusals, history, findings,
// attachments, call-backs, and what the file keeps of the complainant (nothing outside the case row).
#include "campaign/campaignloader.h"
#include "services/ledgerservice.h"
#include "services/supervisionnoticesource.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "storage/attachmentstore.h"
#include "tempworkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace oversight;
using S = Complaint::Status;

namespace {
const QString complainant = QStringLiteral("王秀英");
const QString phone = QStringLiteral("13847512345");

void setToday(TempWorkspace &t, QDate day)
{
    // TempWorkspace always runs on a FixedClock; the workspace hands it out const.
    const_cast<FixedClock &>(static_cast<const FixedClock &>(t.ws->clock())).setToday(day);
}

UnitId addUnit(TempWorkspace &t, const QString &name)
{
    Unit u;
    u.campaign = t.campaign;
    u.name = name;
    return t.ws->units().create(u).value();
}

Complaint sample(TempWorkspace &t, UnitId unit)
{
    Complaint c;
    c.campaign = t.campaign;
    c.channel = Complaint::Channel::Phone;
    c.receivedOn = QDate(2022, 6, 1);
    c.unit = unit;
    c.enterpriseName = QStringLiteral("奈曼旗宏达建材有限公司");
    c.enterpriseRelated = true;
    c.summary = QStringLiteral("执法人员检查时未出示执法证件，罚款未开具票据。");
    c.complainantName = complainant;
    c.complainantContact = phone;
    return c;
}

NoticeDraft notice(QDate on)
{
    NoticeDraft n;
    n.issuedOn = on;
    n.facts = QStringLiteral("经调查，该局执法人员检查时未出示执法证件。");
    n.reasons = QStringLiteral("违反执法公示制度。");
    n.decision = QStringLiteral("立即纠正，并对相关人员批评教育。");
    n.basis = QStringLiteral("《内蒙古自治区行政执法监督条例》");
    n.correctBy = on.addDays(10);
    n.replyDue = on.addDays(15);
    return n;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSupervisionService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intakeGivesReferenceDeadlineAndHistory()
    {
        TempWorkspace t(QDate(2022, 6, 2));
        const UnitId unit = addUnit(t, QStringLiteral("旗市场监督管理局"));
        SupervisionService &s = t.ws->supervision();
        QSignalSpy added(&s, &SupervisionService::complaintAdded);

        const auto first = s.intake(sample(t, unit));
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().fullText()));
        const auto second = s.intake(sample(t, unit));
        QVERIFY(second.ok());
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.first().at(0).value<ComplaintId>(), *first);

        const Complaint c = s.complaint(*first).value();
        QCOMPARE(c.reference, QStringLiteral("2022-001"));
        QCOMPARE(s.complaint(*second)->reference, QStringLiteral("2022-002"));
        QCOMPARE(c.status, S::Registered);
        QCOMPARE(c.handlingDue, QDate(2022, 7, 1)); // 30 days, the 2022 plan's setting
        QCOMPARE(c.complainantName, complainant);   // kept in the case itself

        const auto history = s.history(*first).value();
        QCOMPARE(history.size(), size_t(1));
        QCOMPARE(history.front().action, QStringLiteral("intake"));
        QCOMPARE(history.front().to, S::Registered);
        QCOMPARE(history.front().actor, QStringLiteral("tester"));
    }

    void intakeRefusesBadInput()
    {
        TempWorkspace t(QDate(2022, 6, 2));
        const UnitId unit = addUnit(t, QStringLiteral("旗公安局"));
        SupervisionService &s = t.ws->supervision();
        const qint64 auditBefore = t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

        Complaint c = sample(t, UnitId(9999));
        auto r = s.intake(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("unit"));

        c = sample(t, unit);
        c.receivedOn = QDate(2022, 6, 3); // tomorrow
        r = s.intake(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("receivedOn"));

        c = sample(t, unit);
        c.summary = QStringLiteral("   ");
        r = s.intake(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("summary"));

        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), auditBefore);
    }

    void intakeAllIsAllOrNothing()
    {
        TempWorkspace t(QDate(2022, 6, 2));
        const UnitId unit = addUnit(t, QStringLiteral("旗公安局"));
        std::vector<Complaint> batch{sample(t, unit), sample(t, unit), sample(t, UnitId(4242))};
        QVERIFY(!t.ws->supervision().intakeAll(batch).ok());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM complaint_events")).toInt(), 0);
        batch.pop_back();
        const auto ids = t.ws->supervision().intakeAll(batch);
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), size_t(2));
    }

    void fullWorkflowThroughNoticeAndReply()
    {
        TempWorkspace t(QDate(2022, 6, 2));
        const UnitId unit = addUnit(t, QStringLiteral("旗市场监督管理局"));
        SupervisionService &s = t.ws->supervision();
        const ComplaintId id = s.intake(sample(t, unit)).value();
        QSignalSpy changed(&s, &SupervisionService::complaintChanged);

        QVERIFY(s.startInvestigation(id, QStringLiteral("调取执法记录")).ok());
        setToday(t, QDate(2022, 6, 20));
        QVERIFY(s.issueNotice(id, notice(QDate(2022, 6, 20))).ok());
        Complaint c = s.complaint(id).value();
        QCOMPARE(c.status, S::NoticeIssued);
        QCOMPARE(c.replyDue, QDate(2022, 7, 5));
        QCOMPARE(c.correctBy, QDate(2022, 6, 30));
        QCOMPARE(c.outcomeOn, QDate(2022, 6, 20));

        setToday(t, QDate(2022, 7, 4));
        QVERIFY(
            s.recordReply(id, QDate(2022, 7, 3), QStringLiteral("已对涉事人员批评教育并退还罚款。")).ok());
        QVERIFY(s.close(id, QDate(2022, 7, 4), QStringLiteral("整改到位")).ok());
        QCOMPARE(changed.count(), 4);

        c = s.complaint(id).value();
        QCOMPARE(c.status, S::Closed);
        QCOMPARE(c.repliedOn, QDate(2022, 7, 3));
        QCOMPARE(c.closedOn, QDate(2022, 7, 4));

        const auto history = s.history(id).value();
        QStringList actions;
        for (const ComplaintEvent &e : history)
            actions.append(e.action);
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("intake"), QStringLiteral("investigate"),
                              QStringLiteral("notice"), QStringLiteral("reply"), QStringLiteral("close")}));
        QCOMPARE(history.at(2).from, S::Investigating);
        QCOMPARE(history.at(2).to, S::NoticeIssued);
        QVERIFY(history.at(4).note.contains(QStringLiteral("整改到位")));
    }

    void illegalStepsAreRefusedAndWriteNothing()
    {
        TempWorkspace t(QDate(2022, 6, 10));
        const UnitId unit = addUnit(t, QStringLiteral("旗市场监督管理局"));
        SupervisionService &s = t.ws->supervision();
        const ComplaintId id = s.intake(sample(t, unit)).value();
        const qint64 audit = t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();

        // An outcome before an investigation.
        auto r = s.issueNotice(id, notice(QDate(2022, 6, 10)));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY(r.error().message.contains(QStringLiteral("2022-001")));
        QVERIFY(!s.close(id, QDate(2022, 6, 10)).ok());
        QVERIFY(!s.recordReply(id, QDate(2022, 6, 10), QStringLiteral("x")).ok());
        QCOMPARE(s.complaint(id)->status, S::Registered);
        QCOMPARE(s.history(id)->size(), size_t(1));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), audit);

        QVERIFY(s.startInvestigation(id).ok());
        QVERIFY(!s.startInvestigation(id).ok()); // not twice
        // Dates: not in the future, not before the receipt.
        r = s.recordNoViolation(id, QDate(2022, 6, 11), {});
        QCOMPARE(r.error().field, QStringLiteral("date"));
        r = s.recordNoViolation(id, QDate(2022, 5, 31), {});
        QCOMPARE(r.error().field, QStringLiteral("date"));
        // A referral needs its note; a notice needs its facts, decision and reply deadline.
        r = s.refer(id, QDate(2022, 6, 10), QStringLiteral("  "));
        QCOMPARE(r.error().field, QStringLiteral("note"));
        NoticeDraft incomplete = notice(QDate(2022, 6, 10));
        incomplete.replyDue = {};
        r = s.issueNotice(id, incomplete);
        QCOMPARE(r.error().field, QStringLiteral("replyDue"));
        QCOMPARE(s.complaint(id)->status, S::Investigating);

        QVERIFY(s.refer(id, QDate(2022, 6, 10), QStringLiteral("涉嫌违纪，移交旗纪委监委")).ok());
        QCOMPARE(s.complaint(id)->outcomeNote, QStringLiteral("涉嫌违纪，移交旗纪委监委"));
        QVERIFY(!s.recordReply(id, QDate(2022, 6, 10), QStringLiteral("x")).ok()); // no notice, no reply
        QVERIFY(s.close(id, QDate(2022, 6, 10)).ok());
        QVERIFY(!s.startInvestigation(id).ok()); // closed stays closed
    }

    void findingsSurviveEdits()
    {
        TempWorkspace t(QDate(2022, 6, 10));
        const UnitId unit = addUnit(t, QStringLiteral("旗自然资源局"));
        SupervisionService &s = t.ws->supervision();
        const ComplaintId id = s.intake(sample(t, unit)).value();

        ComplaintFinding f;
        f.complaint = id;
        f.source = ComplaintFinding::Source::Supervision;
        f.area = 4;
        f.description = QStringLiteral("未执行执法全过程记录制度");
        f.measure = QStringLiteral("配备执法记录仪");
        const qint64 fid = s.addFinding(f).value();
        f.area = 11;
        QCOMPARE(s.addFinding(f).error().field, QStringLiteral("area"));

        Complaint edited = s.complaint(id).value();
        edited.summary = QStringLiteral("改写后的反映问题");
        edited.receivedOn = QDate(2022, 6, 5);
        QVERIFY(s.updateIntake(edited).ok());
        QCOMPARE(s.complaint(id)->handlingDue, QDate(2022, 7, 5)); // follows the received date
        QVERIFY(s.startInvestigation(id).ok());
        QVERIFY(s.recordNoViolation(id, QDate(2022, 6, 10), QStringLiteral("经核实不属实")).ok());

        auto found = s.findings(id).value();
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().id, fid);
        QCOMPARE(found.front().unit, unit);
        QCOMPARE(found.front().campaign, t.campaign);
        QCOMPARE(findingSourceWord(found.front().source), QStringLiteral("个案监督"));

        // The rectification ledger took the finding over; the link survives an edit (it is never
        // re-pointed), and once the problem is being rectified the finding can no longer be deleted.
        const ProblemId problem = found.front().problem;
        QVERIFY(problem.isValid());
        ComplaintFinding linked = found.front();
        linked.problem = ProblemId(77);
        QVERIFY(s.updateFinding(linked).ok());
        linked.problem = {};
        linked.measure = QStringLiteral("配备执法记录仪并培训");
        QVERIFY(s.updateFinding(linked).ok());
        found = s.findings(id).value();
        QCOMPARE(found.front().problem, problem);
        QCOMPARE(found.front().measure, QStringLiteral("配备执法记录仪并培训"));
        QVERIFY(t.ws->ledger().moveTo(problem, Problem::Status::InProgress).ok());
        QCOMPARE(s.removeFinding(fid).error().code, Error::Code::Conflict);
        QCOMPARE(s.findingsOfCampaign(t.campaign)->size(), size_t(1));

        // And the unit that holds them cannot be deleted out from under them.
        const auto removed = t.ws->units().remove(unit);
        QVERIFY(!removed.ok());
        QVERIFY(removed.error().message.contains(UnitText::tr("complaints and supervision cases")));
    }

    void attachmentsAreStoredByHash()
    {
        TempWorkspace t(QDate(2022, 6, 10));
        const UnitId unit = addUnit(t, QStringLiteral("旗交通运输局"));
        SupervisionService &s = t.ws->supervision();
        const ComplaintId id = s.intake(sample(t, unit)).value();

        const QString source = t.dir.filePath(QStringLiteral("举报信.jpg"));
        {
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("scan of a letter");
        }
        const auto a = s.attach(id, source);
        QVERIFY2(a.ok(), qPrintable(a ? QString() : a.error().fullText()));
        QCOMPARE(a->sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash("scan of a letter", QCryptographicHash::Sha256).toHex()));
        const QString stored = t.dir.filePath(QStringLiteral("attachments/") + a->sha256);
        QCOMPARE(s.attachmentPath(*a), stored);
        QCOMPARE(fileBytes(stored), QByteArray("scan of a letter"));
        QCOMPARE(QFile::permissions(stored) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(s.attach(id, source).ok()); // idempotent
        QCOMPARE(s.attachments(id)->size(), size_t(1));
        QVERIFY(QFile::remove(source));                                      // the original moves away …
        QCOMPARE(AttachmentStore(t.path()).verify(a->sha256).value(), true); // … the evidence stays

        QVERIFY(!s.attach(id, t.dir.filePath(QStringLiteral("missing.pdf"))).ok());
    }

    void callBackOpensAComplaint()
    {
        TempWorkspace t(QDate(2022, 7, 1));
        const UnitId unit = addUnit(t, QStringLiteral("旗应急管理局"));
        SupervisionService &s = t.ws->supervision();
        CallBack cb;
        cb.campaign = t.campaign;
        cb.enterpriseName = QStringLiteral("奈曼旗兴旺煤业有限公司");
        cb.visitedOn = QDate(2022, 6, 28);
        cb.method = CallBack::Method::OnSite;
        cb.feedback = QStringLiteral("企业反映同一事项一月内被检查三次。");
        QSignalSpy cbAdded(&s, &SupervisionService::callBackAdded);
        const CallBackId cbId = s.addCallBack(cb).value();
        QCOMPARE(cbAdded.count(), 1);

        // No unit named yet: the complaint cannot be opened.
        QCOMPARE(s.openComplaintFromCallBack(cbId).error().field, QStringLiteral("unit"));
        cb = s.callBack(cbId).value();
        cb.unit = unit;
        QVERIFY(s.updateCallBack(cb).ok());

        const auto opened = s.openComplaintFromCallBack(cbId);
        QVERIFY(opened.ok());
        const Complaint c = s.complaint(*opened).value();
        QCOMPARE(c.channel, Complaint::Channel::CallBack);
        QCOMPARE(c.enterpriseName, cb.enterpriseName);
        QCOMPARE(c.summary, cb.feedback);
        QCOMPARE(c.receivedOn, QDate(2022, 6, 28));
        QCOMPARE(s.callBack(cbId)->complaint, *opened);
        QCOMPARE(s.openComplaintFromCallBack(cbId).error().code, Error::Code::Conflict);

        ComplaintFinding f;
        f.callBack = cbId;
        f.area = 5;
        f.description = QStringLiteral("重复检查");
        QVERIFY(s.addFinding(f).ok());
        const auto found = s.findingsOfCallBack(cbId).value();
        QCOMPARE(found.size(), size_t(1));
        QCOMPARE(found.front().source, ComplaintFinding::Source::CallBack);
        QCOMPARE(found.front().unit, unit);
    }

    void noticeContentAndAuditNeverRevealTheComplainant()
    {
        TempWorkspace t(QDate(2022, 6, 20));
        const UnitId unit = addUnit(t, QStringLiteral("旗市场监督管理局"));
        SupervisionService &s = t.ws->supervision();
        Complaint c = sample(t, unit);
        // The clerk typed the complainant into the summary as well; it must still not come out.
        c.summary = QStringLiteral("王秀英（13847512345）反映：执法人员未出示证件。");
        const ComplaintId id = s.intake(c).value();
        Complaint edited = s.complaint(id).value();
        edited.complainantName = QStringLiteral("王秀");
        edited.complainantContact = QStringLiteral("0475-7654321");
        QVERIFY(s.updateIntake(edited).ok());
        QVERIFY(s.startInvestigation(id, QStringLiteral("约谈王秀")).ok());
        NoticeDraft n = notice(QDate(2022, 6, 20));
        n.facts = QStringLiteral("投诉人王秀反映的情况属实。");
        QVERIFY(s.issueNotice(id, n, QStringLiteral("已电话告知0475-7654321")).ok());
        ComplaintFinding f;
        f.complaint = id;
        f.area = 2;
        f.description = QStringLiteral("王秀反映的罚款未开票据");
        f.measure = QStringLiteral("向王秀退还罚款");
        QVERIFY(s.addFinding(f).ok());

        const auto content = supervisionNoticeContent(*t.ws, id);
        QVERIFY(content.ok());
        QCOMPARE(content->caseReference, QStringLiteral("2022-001"));
        QCOMPARE(content->unitName, QStringLiteral("旗市场监督管理局"));
        QCOMPARE(content->replyBy, QDate(2022, 7, 5));
        QCOMPARE(content->correctBy, QDate(2022, 6, 30));
        QCOMPARE(content->decision, n.decision);
        QCOMPARE(content->subject, QStringLiteral("你单位涉及奈曼旗宏达建材有限公司的执法行为"));
        const QByteArray noticeBytes =
            (content->subject + content->facts + content->reasons + content->decision + content->legalBasis +
             content->unitName + content->caseReference)
                .toUtf8();
        for (const QString &secret : {QStringLiteral("王秀"), QStringLiteral("13847512345"),
                                      QStringLiteral("0475-7654321"), complainant})
            QVERIFY2(!noticeBytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!supervisionNoticeContent(*t.ws, ComplaintId(999)).ok());

        // The audit log: every byte of it, old and new values alike.
        QSqlQuery q(t.ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT changes || actor || entity || action FROM audit_log")));
        QByteArray audit;
        while (q.next())
            audit += q.value(0).toString().toUtf8();
        QVERIFY(audit.contains("complainant_name"));
        for (const QString &secret : {QStringLiteral("王秀"), QStringLiteral("13847512345"),
                                      QStringLiteral("0475-7654321"), QStringLiteral("7654321")})
            QVERIFY2(!audit.contains(secret.toUtf8()), qPrintable(secret));
    }

    void handlingDaysComeFromTheCampaign()
    {
        QByteArray json = CampaignLoader::readFile(CampaignLoader::builtinPath()).value();
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(CampaignLoader::parse(json)->rules.complaintHandlingDays, 30);
        QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
        rules.remove(QStringLiteral("complaint_handling_days"));
        root.insert(QStringLiteral("rules"), rules);
        QCOMPARE(CampaignLoader::parse(QJsonDocument(root).toJson())->rules.complaintHandlingDays, 30);
        rules.insert(QStringLiteral("complaint_handling_days"), 15);
        root.insert(QStringLiteral("rules"), rules);
        QCOMPARE(CampaignLoader::parse(QJsonDocument(root).toJson())->rules.complaintHandlingDays, 15);
        rules.insert(QStringLiteral("complaint_handling_days"), 0);
        root.insert(QStringLiteral("rules"), rules);
        const auto bad = CampaignLoader::parse(QJsonDocument(root).toJson());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().fullText().contains(QStringLiteral("complaint_handling_days")));
    }
};

QTEST_GUILESS_MAIN(TestSupervisionService)
#include "tst_supervisionservice.moc"
