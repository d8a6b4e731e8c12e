#include "supervisionservice.h"

#include "campaignservice.h"
#include "clock.h"
#include "domain/isodate.h"
#include "domain/textnormal.h"
#include "domain/workflow.h"
#include "ledgerservice.h"
#include "storage/attachmentstore.h"
#include "storage/auditlog.h"
#include "storage/callbackrepository.h"
#include "storage/complaintrepository.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "writescope.h"

#include <tuple>

namespace oversight {

namespace {

/// The last day a step of the case happened on, so that a later step cannot be dated before it.
QDate lastStepDay(const Complaint &c)
{
    QDate last = c.receivedOn;
    for (QDate d : {c.outcomeOn, c.repliedOn, c.closedOn}) {
        if (d.isValid() && d > last)
            last = d;
    }
    return last;
}

QString nextSteps(Complaint::Status from)
{
    return nextStepLabels(from, allStatuses(), statusLabel, ComplaintText::tr(" or "));
}

} // namespace

QString SupervisionService::auditText(const ComplaintFinding &f, const QString &text) const
{
    if (!f.complaint.isValid())
        return text;
    const Result<Complaint> c = ComplaintRepository(m_db.connection()).get(f.complaint);
    return c ? redactComplainant(text, *c) : text;
}

SupervisionService::SupervisionService(Database &db, const Clock &clock, CampaignService &campaigns,
                                       LedgerService &ledger, QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_campaigns(campaigns), m_ledger(ledger),
      m_actor(std::move(actor))
{}

Result<std::vector<Complaint>> SupervisionService::complaints(CampaignId campaign) const
{
    return ComplaintRepository(m_db.connection()).listByCampaign(campaign);
}

Result<Complaint> SupervisionService::complaint(ComplaintId id) const
{
    return ComplaintRepository(m_db.connection()).get(id);
}

Result<std::vector<ComplaintEvent>> SupervisionService::history(ComplaintId id) const
{
    return ComplaintRepository(m_db.connection()).events(id);
}

Result<std::vector<ComplaintFinding>> SupervisionService::findings(ComplaintId id) const
{
    return ComplaintRepository(m_db.connection()).findingsOfComplaint(id);
}

Result<std::vector<ComplaintFinding>> SupervisionService::findingsOfCallBack(CallBackId id) const
{
    return ComplaintRepository(m_db.connection()).findingsOfCallBack(id);
}

Result<std::vector<ComplaintFinding>> SupervisionService::findingsOfCampaign(CampaignId campaign) const
{
    return ComplaintRepository(m_db.connection()).findingsOfCampaign(campaign);
}

Result<std::vector<ComplaintAttachment>> SupervisionService::attachments(ComplaintId id) const
{
    return ComplaintRepository(m_db.connection()).attachments(id);
}

QString SupervisionService::attachmentPath(const ComplaintAttachment &attachment) const
{
    return AttachmentStore(m_db.path()).pathOf(attachment.sha256);
}

Result<int> SupervisionService::handlingDays(CampaignId campaign) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    return c->rules.complaintHandlingDays;
}

Complaint SupervisionService::normalized(Complaint c)
{
    c.enterpriseName = c.enterpriseName.simplified();
    c.summary = c.summary.trimmed();
    c.complainantName = c.complainantName.simplified();
    c.complainantContact = c.complainantContact.trimmed();
    return c;
}

Result<void> SupervisionService::check(const Complaint &c) const
{
    QList<FieldError> problems = validateComplaint(c);
    if (c.receivedOn.isValid() && c.receivedOn > m_clock.today())
        problems.append({QStringLiteral("receivedOn"),
                         ComplaintText::tr("Received on: %1 is after today (%2); enter the day it arrived.")
                             .arg(iso(c.receivedOn), iso(m_clock.today()))});
    if (!problems.isEmpty())
        return joined(problems);
    if (!c.campaign.isValid())
        return makeError(Error::Code::Invalid, ComplaintText::tr("The complaint belongs to no campaign."));
    const Result<Unit> unit = UnitRepository(m_db.connection()).get(c.unit);
    if (!unit || unit->campaign != c.campaign)
        return fieldError(
            QStringLiteral("unit"),
            ComplaintText::tr("Unit concerned: unit %1 is not in this campaign's register; choose "
                              "a registered unit.")
                .arg(c.unit.value));
    return {};
}

Result<ComplaintId> SupervisionService::insertComplaint(WriteScope &scope, Complaint c, const QString &origin)
{
    c = normalized(std::move(c));
    c.id = ComplaintId();
    c.status = Complaint::Status::Registered;
    if (auto r = check(c); !r)
        return r.error();
    const Result<int> days = handlingDays(c.campaign);
    if (!days)
        return days.error();
    c.handlingDue = c.receivedOn.addDays(*days);

    ComplaintRepository repo(m_db.connection());
    const Result<QString> reference = repo.nextReference(c.campaign, c.receivedOn.year());
    if (!reference)
        return reference.error();
    c.reference = *reference;
    const QDateTime now = m_clock.now();
    const Result<ComplaintId> id = repo.insert(c, now);
    if (!id)
        return id;
    // The history stores words of no language; the page labels them in the reader's.
    const QString action = origin.isEmpty() ? QStringLiteral("intake") : QStringLiteral("intake_") + origin;
    if (auto r =
            repo.appendEvent({0, *id, now, m_actor, action, std::nullopt, Complaint::Status::Registered, {}});
        !r)
        return r.error();
    if (auto r =
            scope.audit(QStringLiteral("complaint"), id->value, QStringLiteral("create"), auditFields(c));
        !r)
        return r.error();
    return id;
}

Result<ComplaintId> SupervisionService::intake(Complaint complaint)
{
    const CampaignId campaign = complaint.campaign;
    return WriteScope(m_db, m_clock, m_actor)
        .run([&](WriteScope &scope) { return insertComplaint(scope, std::move(complaint), {}); },
             [&](ComplaintId id) { Q_EMIT complaintAdded(id, campaign); });
}

Result<std::vector<ComplaintId>> SupervisionService::intakeAll(std::vector<Complaint> complaints)
{
    std::vector<std::pair<ComplaintId, CampaignId>> added;
    return WriteScope(m_db, m_clock, m_actor)
        .run(
            [&](WriteScope &scope) -> Result<std::vector<ComplaintId>> {
                std::vector<ComplaintId> ids;
                for (Complaint &c : complaints) {
                    const CampaignId campaign = c.campaign;
                    const Result<ComplaintId> id =
                        insertComplaint(scope, std::move(c), QStringLiteral("import"));
                    if (!id)
                        return id.error();
                    added.emplace_back(*id, campaign);
                    ids.push_back(*id);
                }
                return ids;
            },
            [&] {
                for (const auto &[id, campaign] : added)
                    Q_EMIT complaintAdded(id, campaign);
            });
}

Result<void> SupervisionService::updateIntake(Complaint edited)
{
    edited = normalized(std::move(edited));
    ComplaintRepository repo(m_db.connection());
    const Result<Complaint> before = repo.get(edited.id);
    if (!before)
        return before.error();

    Complaint c = *before;
    c.channel = edited.channel;
    c.receivedOn = edited.receivedOn;
    c.unit = edited.unit;
    c.enterpriseName = edited.enterpriseName;
    c.enterpriseRelated = edited.enterpriseRelated;
    c.summary = edited.summary;
    c.complainantName = edited.complainantName;
    c.complainantContact = edited.complainantContact;
    if (auto r = check(c); !r)
        return r;
    if (c.receivedOn > lastStepDay(*before) && lastStepDay(*before) != before->receivedOn)
        return fieldError(QStringLiteral("receivedOn"),
                          ComplaintText::tr("Received on: %1 is after the case's later steps; the complaint "
                                            "must have arrived first.")
                              .arg(iso(c.receivedOn)));
    if (c.receivedOn != before->receivedOn) {
        const Result<int> days = handlingDays(c.campaign);
        if (!days)
            return days.error();
        c.handlingDue = c.receivedOn.addDays(*days);
    }
    if (c == *before)
        return {};

    // Both sides masked of the complainant before and after the edit: a renamed complainant's old name
    // left in the enterprise name does not reach the log either.
    QJsonObject changes = fieldChanges(auditFields(*before, &c), auditFields(c, &*before));
    QStringList changedLabels;
    // The summary is compared as typed and recorded masked of the complainant before and after the edit.
    changes.remove(QStringLiteral("summary"));
    if (c.summary != before->summary)
        changes.insert(QStringLiteral("summary"),
                       QJsonObject{{QStringLiteral("from"), redactComplainant(before->summary, c, &*before)},
                                   {QStringLiteral("to"), redactComplainant(c.summary, c, &*before)}});
    // A changed name or contact is noted without either value, old or new.
    if (c.complainantName != before->complainantName)
        changes.insert(QStringLiteral("complainant_name"), QJsonObject{{QStringLiteral("changed"), true}});
    if (c.complainantContact != before->complainantContact)
        changes.insert(QStringLiteral("complainant_contact"), QJsonObject{{QStringLiteral("changed"), true}});

    return saveCase(c, {0, c.id, {}, m_actor, QStringLiteral("edit"), std::nullopt, std::nullopt, {}},
                    {QStringLiteral("complaint"), c.id.value, QStringLiteral("update"), changes});
}

Result<void> SupervisionService::saveCase(const Complaint &c, ComplaintEvent event, const AuditNote &note)
{
    ComplaintRepository repo(m_db.connection());
    return WriteScope(m_db, m_clock, m_actor)
        .apply(
            [&]() -> Result<void> {
                event.at = m_clock.now();
                if (auto r = repo.update(c, event.at); !r)
                    return r;
                return repo.appendEvent(event);
            },
            note, [&] { Q_EMIT complaintChanged(c.id); });
}

Result<void> SupervisionService::step(ComplaintId id, Complaint::Status to, const QString &action, QDate on,
                                      const QString &note, const Mutation &mutate)
{
    ComplaintRepository repo(m_db.connection());
    const Result<Complaint> before = repo.get(id);
    if (!before)
        return before.error();
    if (!canMove(before->status, to)) {
        const QString next = nextSteps(before->status);
        return makeError(
            Error::Code::Conflict,
            next.isEmpty()
                ? ComplaintText::tr("Case %1 is %2; it cannot become \"%3\".")
                      .arg(before->reference, statusLabel(before->status), statusLabel(to))
                : ComplaintText::tr("Case %1 is \"%2\"; it cannot become \"%3\" now. Its next step "
                                    "is: %4.")
                      .arg(before->reference, statusLabel(before->status), statusLabel(to), next));
    }
    if (!on.isValid())
        return fieldError(QStringLiteral("date"),
                          ComplaintText::tr("Date: enter the day of this step (YYYY-MM-DD)."));
    if (on > m_clock.today())
        return fieldError(
            QStringLiteral("date"),
            ComplaintText::tr("Date: %1 is after today (%2); record a step once it has happened.")
                .arg(iso(on), iso(m_clock.today())));
    if (on < lastStepDay(*before))
        return fieldError(QStringLiteral("date"),
                          ComplaintText::tr("Date: %1 is before the case's previous step (%2).")
                              .arg(iso(on), iso(lastStepDay(*before))));

    Complaint c = *before;
    c.status = to;
    if (auto r = mutate(c); !r)
        return r;

    QJsonObject changes{
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("from"), statusKey(before->status)},
                                               {QStringLiteral("to"), statusKey(to)}}},
        {QStringLiteral("date"), iso(on)}};
    // Whatever the clerk wrote, the complainant's name and contact leave no trace in the audit log.
    if (!note.trimmed().isEmpty())
        changes.insert(QStringLiteral("note"), redactComplainant(note.trimmed(), *before));
    for (const auto &[key, was, is] :
         {std::tuple{QStringLiteral("notice_facts"), before->noticeFacts, c.noticeFacts},
          std::tuple{QStringLiteral("notice_reasons"), before->noticeReasons, c.noticeReasons},
          std::tuple{QStringLiteral("notice_decision"), before->noticeDecision, c.noticeDecision},
          std::tuple{QStringLiteral("notice_basis"), before->noticeBasis, c.noticeBasis},
          std::tuple{QStringLiteral("reply_due"), iso(before->replyDue), iso(c.replyDue)},
          std::tuple{QStringLiteral("correct_by"), iso(before->correctBy), iso(c.correctBy)},
          std::tuple{QStringLiteral("reply_content"), before->replyContent, c.replyContent}}) {
        if (was != is)
            changes.insert(key, redactComplainant(is, *before));
    }

    return saveCase(c,
                    {0,
                     id,
                     {},
                     m_actor,
                     action,
                     before->status,
                     to,
                     note.trimmed().isEmpty() ? QString() : iso(on) + QStringLiteral(" ") + note.trimmed()},
                    {QStringLiteral("complaint"), id.value, action, changes});
}

Result<void> SupervisionService::startInvestigation(ComplaintId id, const QString &note)
{
    return step(id, Complaint::Status::Investigating, QStringLiteral("investigate"), m_clock.today(), note,
                [](Complaint &) { return Result<void>(); });
}

Result<void> SupervisionService::recordNoViolation(ComplaintId id, QDate on, const QString &note)
{
    return step(id, Complaint::Status::NoViolation, QStringLiteral("no_violation"), on, note,
                [on, note](Complaint &c) -> Result<void> {
                    c.outcomeOn = on;
                    c.outcomeNote = note.trimmed();
                    return {};
                });
}

Result<void> SupervisionService::issueNotice(ComplaintId id, const NoticeDraft &notice, const QString &note)
{
    return step(
        id, Complaint::Status::NoticeIssued, QStringLiteral("notice"), notice.issuedOn, note,
        [&notice, note](Complaint &c) -> Result<void> {
            QList<FieldError> problems;
            if (notice.facts.trimmed().isEmpty())
                problems.append(
                    {QStringLiteral("facts"), ComplaintText::tr("Facts: state what was found (基本事实).")});
            if (notice.decision.trimmed().isEmpty())
                problems.append({QStringLiteral("decision"),
                                 ComplaintText::tr("Decision: state what the unit must correct.")});
            if (!notice.replyDue.isValid())
                problems.append({QStringLiteral("replyDue"),
                                 ComplaintText::tr("Reply due: enter the day the unit's written reply "
                                                   "is due (YYYY-MM-DD).")});
            else if (notice.replyDue < notice.issuedOn)
                problems.append({QStringLiteral("replyDue"),
                                 ComplaintText::tr("Reply due: %1 is before the notice is issued (%2).")
                                     .arg(iso(notice.replyDue), iso(notice.issuedOn))});
            if (notice.correctBy.isValid() && notice.correctBy < notice.issuedOn)
                problems.append({QStringLiteral("correctBy"),
                                 ComplaintText::tr("Correct by: %1 is before the notice is issued (%2).")
                                     .arg(iso(notice.correctBy), iso(notice.issuedOn))});
            if (!problems.isEmpty())
                return joined(problems);
            c.outcomeOn = notice.issuedOn;
            c.outcomeNote = note.trimmed();
            c.noticeFacts = notice.facts.trimmed();
            c.noticeReasons = notice.reasons.trimmed();
            c.noticeDecision = notice.decision.trimmed();
            c.noticeBasis = notice.basis.trimmed();
            c.correctBy = notice.correctBy;
            c.replyDue = notice.replyDue;
            return {};
        });
}

Result<void> SupervisionService::refer(ComplaintId id, QDate on, const QString &note)
{
    if (note.trimmed().isEmpty())
        return fieldError(
            QStringLiteral("note"),
            ComplaintText::tr("Note: say what was referred to the discipline inspection body and "
                              "why."));
    return step(id, Complaint::Status::Referred, QStringLiteral("refer"), on, note,
                [on, note](Complaint &c) -> Result<void> {
                    c.outcomeOn = on;
                    c.outcomeNote = note.trimmed();
                    return {};
                });
}

Result<void> SupervisionService::recordReply(ComplaintId id, QDate on, const QString &content)
{
    if (content.trimmed().isEmpty())
        return fieldError(QStringLiteral("content"),
                          ComplaintText::tr("Reply: write what the unit replied (or attach its letter and "
                                            "summarise it here)."));
    return step(id, Complaint::Status::UnitReplied, QStringLiteral("reply"), on, content,
                [on, content](Complaint &c) -> Result<void> {
                    c.repliedOn = on;
                    c.replyContent = content.trimmed();
                    return {};
                });
}

Result<void> SupervisionService::close(ComplaintId id, QDate on, const QString &note)
{
    return step(id, Complaint::Status::Closed, QStringLiteral("close"), on, note,
                [on](Complaint &c) -> Result<void> {
                    c.closedOn = on;
                    return {};
                });
}

Result<ComplaintAttachment> SupervisionService::attach(ComplaintId id, const QString &filePath)
{
    ComplaintRepository repo(m_db.connection());
    const Result<Complaint> c = repo.get(id);
    if (!c)
        return c.error();
    // The copy lands before the row: a file without a row is harmless, a row without its file is not.
    const Result<StoredFile> stored = AttachmentStore(m_db.path()).store(filePath);
    if (!stored)
        return stored.error();
    ComplaintAttachment a{0, id, stored->sha256, stored->fileName, stored->size, m_clock.now()};

    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    const Result<bool> added = repo.insertAttachment(a);
    if (!added)
        return added.error();
    if (!*added)
        return a; // the case holds this content already
    if (auto r = repo.appendEvent({0, id, a.addedAt, m_actor, QStringLiteral("attachment"), std::nullopt,
                                   std::nullopt, a.fileName});
        !r)
        return r.error();
    if (auto r =
            scope.audit(QStringLiteral("complaint"), id.value, QStringLiteral("attach"),
                        QJsonObject{{QStringLiteral("sha256"), a.sha256}, {QStringLiteral("size"), a.size}});
        !r)
        return r.error();
    if (auto r = scope.commit([&] { Q_EMIT complaintChanged(id); }); !r)
        return r.error();
    return a;
}

} // namespace oversight
