#include "submissionservice.h"

#include "campaignservice.h"
#include "catalogueform.h"
#include "clock.h"
#include "domain/isodate.h"
#include "domain/uploadform.h"
#include "storage/attachmentstore.h"
#include "storage/auditlog.h"
#include "storage/casereviewrepository.h"
#include "storage/database.h"
#include "storage/submissionrepository.h"
#include "storage/unitrepository.h"
#include "uploadsync.h"
#include "writescope.h"

#include <QJsonObject>

namespace oversight {

namespace {

QString itemTitle(const Campaign &c, const QString &item)
{
    if (const FormSpec *f = c.form(item))
        return f->id + f->title;
    if (const ReportSpec *r = c.report(item))
        return r->title;
    return item;
}

} // namespace

SubmissionService::SubmissionService(Database &db, const Clock &clock, CampaignService &campaigns,
                                     QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_campaigns(campaigns), m_actor(std::move(actor))
{}

Result<std::vector<Submission>> SubmissionService::submissions(CampaignId campaign) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    Result<std::vector<Submission>> all = SubmissionRepository(m_db.connection()).listByCampaign(*c);
    if (!all || !catalogueform::formOf(*c))
        return all;
    const Result<std::vector<CaseFile>> files = CaseReviewRepository(m_db.connection()).caseFiles(campaign);
    if (!files)
        return files.error();
    catalogueform::applyCatalogue(*c, all.value(), *files);
    return all;
}

Result<Submission> SubmissionService::withCatalogue(const Campaign &campaign, Result<Submission> s) const
{
    const FormSpec *catalogue = catalogueform::formOf(campaign);
    if (!s || !catalogue || s->item != catalogue->id)
        return s;
    const Result<std::vector<CaseFile>> files = CaseReviewRepository(m_db.connection()).caseFilesOfUnit(s->unit);
    if (!files)
        return files.error();
    std::vector<Submission> one{*s};
    catalogueform::applyCatalogue(campaign, one, *files);
    return one.front();
}

Result<void> SubmissionService::checkRowFigures(const Campaign &campaign, const QString &item,
                                                const FormData &data) const
{
    const FormSpec *spec = campaign.form(item);
    if (!spec)
        return {};
    const std::vector<FormFinding> found = rowFigureFindings(*spec, data);
    if (found.empty())
        return {};
    QStringList messages;
    for (const FormFinding &f : found)
        messages.append(f.message);
    return fieldError(found.front().field, messages.join(QLatin1Char('\n')));
}

Result<Submission> SubmissionService::submission(CampaignId campaign, UnitId unit, const QString &item) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    return withCatalogue(*c, SubmissionRepository(m_db.connection()).find(*c, unit, item));
}

Result<Campaign> SubmissionService::campaignOf(SubmissionId id) const
{
    const Result<CampaignId> campaign = SubmissionRepository(m_db.connection()).campaignOf(id);
    if (!campaign)
        return campaign.error();
    return m_campaigns.campaign(*campaign);
}

Result<std::pair<Campaign, Submission>> SubmissionService::loaded(SubmissionId id) const
{
    const Result<Campaign> c = campaignOf(id);
    if (!c)
        return c.error();
    const Result<Submission> s = SubmissionRepository(m_db.connection()).get(*c, id);
    if (!s)
        return s.error();
    return std::pair{*c, *s};
}

Result<Submission> SubmissionService::submission(SubmissionId id) const
{
    const Result<std::pair<Campaign, Submission>> current = loaded(id);
    if (!current)
        return current.error();
    return withCatalogue(current->first, current->second);
}

Result<std::vector<SubmissionEvent>> SubmissionService::history(SubmissionId id) const
{
    return SubmissionRepository(m_db.connection()).events(id);
}

Result<std::vector<FormFinding>> SubmissionService::findings(CampaignId campaign, const QString &item,
                                                             const FormData &data) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    const FormSpec *spec = c->form(item);
    if (!spec)
        return std::vector<FormFinding>{};
    return checkForm(*spec, data.normalized(*spec), m_clock.today());
}

QString SubmissionService::evidencePath(const Submission &s) const
{
    return s.evidenceSha256.isEmpty() ? QString() : AttachmentStore(m_db.path()).pathOf(s.evidenceSha256);
}

Result<void> SubmissionService::checkReceipt(const Receipt &r) const
{
    if (!r.receivedOn.isValid())
        return fieldError(QStringLiteral("receivedOn"),
                          SubmissionText::tr("Received on: enter the day it arrived (YYYY-MM-DD)."));
    if (r.receivedOn > m_clock.today())
        return fieldError(QStringLiteral("receivedOn"),
                          SubmissionText::tr("Received on: %1 is after today (%2); enter the day it arrived.")
                              .arg(iso(r.receivedOn), iso(m_clock.today())));
    if (r.filledOn.isValid() && r.filledOn > r.receivedOn)
        return fieldError(QStringLiteral("filledOn"),
                          SubmissionText::tr("Filled in on: %1 is after the day it was received (%2).")
                              .arg(iso(r.filledOn), iso(r.receivedOn)));
    return {};
}

Result<SubmissionId> SubmissionService::write(const Campaign &campaign, const Submission &before,
                                              Submission after, const QString &action, QDate on,
                                              const QString &note)
{
    SubmissionRepository repo(m_db.connection());
    const QDateTime now = m_clock.now();
    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    // 附件7: its upload cells are the drawn files' ticks; a changed form moves the ticks with it.
    const FormSpec *upload = uploadform::of(campaign);
    if (upload && upload->id == after.item && (!before.id.isValid() || !(before.data == after.data))) {
        Result<std::vector<DrawnFile>> files =
            CaseReviewRepository(m_db.connection()).drawnFiles(campaign.id);
        if (!files)
            return files.error();
        std::vector<DrawnFile> unitFiles;
        for (const DrawnFile &f : *files)
            if (f.unit == after.unit)
                unitFiles.push_back(f);
        uploadform::nameProblems(campaign, unitFiles);
        const Result<Unit> unit = UnitRepository(m_db.connection()).get(after.unit);
        if (!unit)
            return unit.error();
        if (auto r = UploadSync::checkRows(*upload, after.data, unitFiles, unit->name); !r)
            return r.error();
        const QDate fallback = after.receivedOn.isValid() ? after.receivedOn : m_clock.today();
        if (auto r = UploadSync(scope, now).ticksFollowForm(*upload, after.data, unitFiles, fallback); !r)
            return r.error();
    }
    QJsonObject changes{
        {QStringLiteral("unit"), before.unit.value},
        {QStringLiteral("item"), before.item},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("from"), submissionStatusKey(before.status)},
                                               {QStringLiteral("to"), submissionStatusKey(after.status)}}}};
    if (on.isValid())
        changes.insert(QStringLiteral("date"), iso(on));
    if (!note.isEmpty())
        changes.insert(QStringLiteral("note"), note);
    for (const auto &[key, was, is] :
         {std::tuple{QStringLiteral("received_on"), iso(before.receivedOn), iso(after.receivedOn)},
          std::tuple{QStringLiteral("filled_by"), before.filledBy, after.filledBy},
          std::tuple{QStringLiteral("phone"), before.phone, after.phone},
          std::tuple{QStringLiteral("filled_on"), iso(before.filledOn), iso(after.filledOn)},
          std::tuple{QStringLiteral("evidence_sha256"), before.evidenceSha256, after.evidenceSha256}}) {
        if (was != is)
            changes.insert(key, QJsonObject{{QStringLiteral("from"), was}, {QStringLiteral("to"), is}});
    }
    // The content may hold officers' names: the log notes the change and its size, not the values.
    if (!(before.data == after.data))
        changes.insert(QStringLiteral("content"),
                       QJsonObject{{QStringLiteral("changed"), true},
                                   {QStringLiteral("values"), qint64(after.data.values.size())},
                                   {QStringLiteral("rows"), qint64(after.data.rows.size())}});

    if (const FormSpec *catalogue = catalogueform::formOf(campaign);
        catalogue && after.item == catalogue->id && !(before.data == after.data))
        if (auto r = catalogueform::writeRows(scope, campaign, after.unit, after.data.rows, now); !r)
            return r.error();
    if (after.id.isValid()) {
        if (auto r = repo.update(campaign, after, now); !r)
            return r.error();
    } else {
        const Result<SubmissionId> id = repo.insert(campaign, after, now);
        if (!id)
            return id;
        after.id = *id;
    }
    if (auto r = repo.appendEvent({0, after.id, now, m_actor, action, before.status, after.status, on, note});
        !r)
        return r.error();
    if (auto r = scope.audit(QStringLiteral("submission"), after.id.value, action, changes, now); !r)
        return r.error();
    if (auto r = scope.commit([&] { Q_EMIT submissionChanged(after.id, after.unit, after.item); }); !r)
        return r.error();
    return after.id;
}

Result<SubmissionId> SubmissionService::receive(CampaignId campaign, UnitId unit, const QString &item,
                                                const Receipt &receipt, const FormData &data,
                                                const QString &action)
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    const FormSpec *spec = c->form(item);
    if (!spec && !c->report(item))
        return makeError(
            Error::Code::Invalid,
            SubmissionText::tr("\"%1\" is neither a form nor a written report of this campaign.").arg(item));
    const Result<Unit> u = UnitRepository(m_db.connection()).get(unit);
    if (!u || u->campaign != campaign)
        return makeError(Error::Code::Invalid,
                         SubmissionText::tr("Unit %1 is not in this campaign's register.").arg(unit.value));
    if (auto r = checkReceipt(receipt); !r)
        return r.error();
    const Result<Submission> before = SubmissionRepository(m_db.connection()).find(*c, unit, item);
    if (!before)
        return before.error();
    if (!canMove(before->status, Submission::Status::Received))
        return makeError(Error::Code::Conflict,
                         SubmissionText::tr("%1 of %2 is already %3; edit it or return it to the unit first.")
                             .arg(itemTitle(*c, item), u->name, submissionStatusLabel(before->status)));
    Submission after = *before;
    after.status = Submission::Status::Received;
    if (!after.firstReceivedOn.isValid() || receipt.receivedOn < after.firstReceivedOn)
        after.firstReceivedOn = receipt.receivedOn;
    after.receivedOn = receipt.receivedOn;
    after.filledBy = receipt.filledBy.simplified();
    after.phone = receipt.phone.trimmed();
    after.filledOn = receipt.filledOn;
    after.note = receipt.note.trimmed();
    after.data = spec ? withRowFigures(*spec, data.normalized(*spec)) : FormData();
    if (auto r = checkRowFigures(*c, item, after.data); !r)
        return r.error();
    const QString step = before->status == Submission::Status::Returned && action == QLatin1String("receive")
                             ? QStringLiteral("resubmit")
                             : action;
    return write(*c, *before, after, step, receipt.receivedOn, after.note);
}

Result<void> SubmissionService::save(SubmissionId id, const Receipt &receipt, const FormData &data,
                                     const QString &action)
{
    const Result<std::pair<Campaign, Submission>> current = loaded(id);
    if (!current)
        return current.error();
    const auto &[c, before] = *current;
    if (before.status == Submission::Status::Accepted)
        return makeError(Error::Code::Conflict,
                         SubmissionText::tr("%1 is accepted; return it to the unit before changing it.")
                             .arg(itemTitle(c, before.item)));
    if (auto r = checkReceipt(receipt); !r)
        return r;
    Submission after = before;
    after.receivedOn = receipt.receivedOn;
    if (receipt.receivedOn < after.firstReceivedOn)
        after.firstReceivedOn = receipt.receivedOn;
    after.filledBy = receipt.filledBy.simplified();
    after.phone = receipt.phone.trimmed();
    after.filledOn = receipt.filledOn;
    if (const FormSpec *spec = c.form(before.item))
        after.data = withRowFigures(*spec, data.normalized(*spec));
    if (auto r = checkRowFigures(c, before.item, after.data); !r)
        return r;
    if (after.receivedOn == before.receivedOn && after.filledBy == before.filledBy &&
        after.phone == before.phone && after.filledOn == before.filledOn && after.data == before.data)
        return {};
    if (auto r = write(c, before, after, action, {}, {}); !r)
        return r.error();
    return {};
}

Result<void> SubmissionService::returnToUnit(SubmissionId id, const QString &reason)
{
    const Result<std::pair<Campaign, Submission>> current = loaded(id);
    if (!current)
        return current.error();
    const auto &[c, before] = *current;
    if (!canMove(before.status, Submission::Status::Returned))
        return makeError(Error::Code::Conflict,
                         SubmissionText::tr("%1 is %2; only a received or accepted one can "
                                            "be returned.")
                             .arg(itemTitle(c, before.item), submissionStatusLabel(before.status)));
    if (reason.trimmed().isEmpty())
        return fieldError(QStringLiteral("reason"),
                          SubmissionText::tr("Reason: say what the unit must correct before it resubmits."));
    Submission after = before;
    after.status = Submission::Status::Returned;
    after.note = reason.trimmed();
    const QString action =
        before.status == Submission::Status::Accepted ? QStringLiteral("reopen") : QStringLiteral("return");
    if (auto r = write(c, before, after, action, m_clock.today(), after.note); !r)
        return r.error();
    return {};
}

Result<void> SubmissionService::accept(SubmissionId id, const QString &note)
{
    const Result<std::pair<Campaign, Submission>> current = loaded(id);
    if (!current)
        return current.error();
    const Campaign &c = current->first;
    const Result<Submission> before = withCatalogue(c, current->second);
    if (!before)
        return before.error();
    if (!canMove(before->status, Submission::Status::Accepted))
        return makeError(Error::Code::Conflict,
                         SubmissionText::tr("%1 is %2; only a received one can be accepted.")
                             .arg(itemTitle(c, before->item), submissionStatusLabel(before->status)));
    QStringList warnings;
    if (const FormSpec *spec = c.form(before->item)) {
        const std::vector<FormFinding> found = checkForm(*spec, before->data, m_clock.today());
        QStringList errors;
        for (const FormFinding &f : found)
            (f.isError() ? errors : warnings).append(f.message);
        if (!errors.isEmpty())
            return makeError(Error::Code::Invalid,
                             SubmissionText::tr("%1 cannot be accepted: %n error(s) to correct first:\n%2",
                                                nullptr, int(errors.size()))
                                 .arg(itemTitle(c, before->item), errors.join(QLatin1Char('\n'))));
    }
    Submission after = *before;
    after.status = Submission::Status::Accepted;
    after.note = note.trimmed();
    // The warnings stay with the acceptance: they may become problems in the rectification ledger.
    QString kept = after.note;
    if (!warnings.isEmpty())
        kept += (kept.isEmpty() ? QString() : QStringLiteral("\n")) +
                SubmissionText::tr("Warnings: %1").arg(warnings.join(QStringLiteral("; ")));
    if (auto r = write(c, *before, after, QStringLiteral("accept"), m_clock.today(), kept); !r)
        return r.error();
    return {};
}

Result<void> SubmissionService::attachEvidence(SubmissionId id, const QString &filePath)
{
    const Result<std::pair<Campaign, Submission>> current = loaded(id);
    if (!current)
        return current.error();
    const auto &[c, before] = *current;
    // The copy lands before the row: a file without a row is harmless, a row without its file is not.
    const Result<StoredFile> stored = AttachmentStore(m_db.path()).store(filePath);
    if (!stored)
        return stored.error();
    Submission after = before;
    after.evidenceSha256 = stored->sha256;
    after.evidenceName = stored->fileName;
    if (after.evidenceSha256 == before.evidenceSha256)
        return {};
    if (auto r = write(c, before, after, QStringLiteral("evidence"), {}, stored->fileName); !r)
        return r.error();
    return {};
}

} // namespace oversight
