#include "documentservice.h"

#include "campaignservice.h"
#include "clock.h"
#include "storage/auditlog.h"
#include "storage/complaintrepository.h"
#include "storage/database.h"
#include "storage/documentrepository.h"
#include "writescope.h"

#include <QCryptographicHash>

#include <algorithm>

namespace oversight {

namespace {

const QString documentEntity = QStringLiteral("document");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

DocumentService::DocumentService(Database &db, const Clock &clock, QString actor, CampaignService &campaigns,
                                 QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_actor(std::move(actor)), m_campaigns(campaigns)
{}

Result<std::vector<DocumentRecord>> DocumentService::documents(CampaignId campaign) const
{
    return DocumentRepository(m_db.connection()).listByCampaign(campaign);
}

Result<DocumentRecord> DocumentService::document(DocumentId id) const
{
    return DocumentRepository(m_db.connection()).get(id);
}

QString DocumentService::seriesFor(const Campaign &campaign, DocumentKind kind)
{
    // The plan's number names the bureau's series: 奈司字〔2022〕11号 → 奈司字.
    QString series = campaign.documentNumber.section(QStringLiteral("〔"), 0, 0).trimmed();
    if (series.isEmpty())
        series = campaign.authority.left(1) + QStringLiteral("司字");
    if (kind == DocumentKind::Supervision)
        series = series.left(series.size() - 1) + QStringLiteral("监");
    return series;
}

int DocumentService::numberUsedByPlan(const Campaign &campaign, const QString &series, int year)
{
    const QString prefix = QStringLiteral("%1〔%2〕").arg(series).arg(year);
    if (!campaign.documentNumber.startsWith(prefix) ||
        !campaign.documentNumber.endsWith(QStringLiteral("号")))
        return 0;
    return campaign.documentNumber.mid(prefix.size(), campaign.documentNumber.size() - prefix.size() - 1)
        .toInt();
}

Result<void> DocumentService::checkIssuable(const OfficialDocument &c)
{
    if (c.title.trimmed().isEmpty())
        return fieldError(QStringLiteral("title"), tr("The document has no title."));
    if (c.addressee.trimmed().isEmpty())
        return fieldError(QStringLiteral("addressee"), tr("The document names no addressee (主送机关)."));
    if (c.body.trimmed().isEmpty())
        return fieldError(QStringLiteral("body"), tr("The document has no text."));
    const QString all =
        c.title + c.addressee + c.body + c.attachments.join(QString()) + c.copyTo + c.signature;
    if (hasPlaceholder(all)) {
        const qsizetype at = all.indexOf(QStringLiteral("【"));
        const qsizetype end = all.indexOf(QStringLiteral("】"), at);
        return fieldError(QStringLiteral("body"),
                          tr("The text still holds a placeholder to fill in: %1. Fill in every 【…】 "
                             "before issuing.")
                              .arg(all.mid(at, end < 0 ? 12 : end - at + 1)));
    }
    return {};
}

Result<DocumentId> DocumentService::createDraft(CampaignId campaign, const OfficialDocument &content)
{
    return WriteScope(m_db, m_clock, m_actor)
        .create(
            [&] {
                return DocumentRepository(m_db.connection()).insertDraft(campaign, content, m_clock.now());
            },
            {documentEntity,
             {},
             QStringLiteral("create"),
             {{QStringLiteral("kind"), documentKindKey(content.kind)},
              {QStringLiteral("title"), content.title}}},
            [&](DocumentId id) { Q_EMIT documentAdded(id, campaign); });
}

Result<void> DocumentService::saveDraft(DocumentId id, const OfficialDocument &content)
{
    DocumentRepository repo(m_db.connection());
    const Result<DocumentRecord> before = repo.get(id);
    if (!before)
        return before.error();
    if (before->content == content)
        return {};
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.updateDraft(id, content, m_clock.now()); },
               {documentEntity, id.value, QStringLiteral("update"),
                fieldChanges(before->content.toJson(), content.toJson())},
               [&] { Q_EMIT documentChanged(id); });
}

Result<void> DocumentService::deleteDraft(DocumentId id)
{
    DocumentRepository repo(m_db.connection());
    const Result<DocumentRecord> before = repo.get(id);
    if (!before)
        return before.error();
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.removeDraft(id); },
               {documentEntity,
                id.value,
                QStringLiteral("delete"),
                {{QStringLiteral("title"), before->content.title}}},
               [&] { Q_EMIT documentRemoved(id, before->campaign); });
}

Result<void> DocumentService::checkChoice(const Campaign &campaign, DocumentKind kind,
                                          const IssueChoice &choice, int *proposed) const
{
    const QDate date = choice.date.isValid() ? choice.date : m_clock.today();
    if (choice.date.isValid() && campaign.year > 0 && choice.date.year() != campaign.year)
        return makeError(Error::Code::Invalid,
                         tr("The date %1 is outside the campaign's year %2; date the document in %2.")
                             .arg(choice.date.toString(Qt::ISODate))
                             .arg(campaign.year));
    if (choice.number < 0)
        return makeError(Error::Code::Invalid, tr("A document number is a whole number from 1."));
    const QString series = seriesFor(campaign, kind);
    DocumentRepository repo(m_db.connection());
    const int plan = numberUsedByPlan(campaign, series, date.year());
    const Result<int> next = repo.nextNumber(series, date.year(), plan);
    if (!next)
        return next.error();
    if (choice.number > 0) {
        const Result<std::vector<int>> used = repo.numbers(series, date.year());
        if (!used)
            return used.error();
        if (choice.number == plan || std::find(used->begin(), used->end(), choice.number) != used->end())
            return makeError(Error::Code::Conflict,
                             tr("%1 is already used; choose another number (the next free one is %2).")
                                 .arg(DocumentNumber{series, date.year(), choice.number}.text())
                                 .arg(*next));
    }
    if (proposed)
        *proposed = choice.number > 0 ? choice.number : *next;
    return {};
}

Result<DocumentRecord> DocumentService::issue(DocumentId id, const Renderer &render, IssueChoice choice)
{
    const Result<ComplaintId> issued =
        WriteScope(m_db, m_clock, m_actor)
            .run([&](WriteScope &scope) { return issueWithin(scope, id, render, choice); },
                 [&](ComplaintId forCase) { announceIssued(id, forCase); });
    if (!issued)
        return issued.error();
    return DocumentRepository(m_db.connection()).get(id);
}

Result<DocumentRecord> DocumentService::issueNew(CampaignId campaign, const OfficialDocument &content,
                                                 const Renderer &render, IssueChoice choice)
{
    if (auto r = checkIssuable(content); !r)
        return r.error();
    DocumentRepository repo(m_db.connection());
    DocumentId id;
    const auto write = [&](WriteScope &scope) -> Result<ComplaintId> {
        const Result<DocumentId> added = repo.insertDraft(campaign, content, m_clock.now());
        if (!added)
            return added.error();
        id = *added;
        if (auto r = scope.audit(documentEntity, id.value, QStringLiteral("create"),
                                 {{QStringLiteral("kind"), documentKindKey(content.kind)},
                                  {QStringLiteral("title"), content.title}});
            !r)
            return r.error();
        return issueWithin(scope, id, render, choice);
    };
    const Result<ComplaintId> issued =
        WriteScope(m_db, m_clock, m_actor).run(write, [&](ComplaintId forCase) {
            Q_EMIT documentAdded(id, campaign);
            announceIssued(id, forCase);
        });
    if (!issued)
        return issued.error();
    return repo.get(id);
}

void DocumentService::announceIssued(DocumentId id, ComplaintId forCase)
{
    Q_EMIT documentChanged(id);
    if (forCase.isValid())
        Q_EMIT caseNoticeIssued(forCase);
}

Result<ComplaintId> DocumentService::issueWithin(WriteScope &scope, DocumentId id, const Renderer &render,
                                                 const IssueChoice &choice)
{
    DocumentRepository repo(m_db.connection());
    const QDateTime now = m_clock.now();
    // Take the write lock before reading anything the number depends on.
    if (auto r = repo.lockForIssue(id, now); !r)
        return r.error();
    const Result<DocumentRecord> draft = repo.get(id);
    if (!draft)
        return draft.error();
    if (draft->status != DocumentStatus::Draft)
        return makeError(Error::Code::Conflict,
                         tr("%1 was issued already as %2.").arg(draft->content.title, draft->number.text()));
    if (auto r = checkIssuable(draft->content); !r)
        return r.error();
    const Result<Campaign> campaign = m_campaigns.campaign(draft->campaign);
    if (!campaign)
        return campaign.error();

    // The clerk's number and date are checked inside the transaction, so that a number taken meanwhile is
    // refused rather than given twice.
    const QDate today = choice.date.isValid() ? choice.date : m_clock.today();
    DocumentNumber number;
    number.series = seriesFor(*campaign, draft->kind);
    number.year = today.year();
    if (auto r = checkChoice(*campaign, draft->kind, choice, &number.number); !r)
        return r.error();

    OfficialDocument content = draft->content;
    content.numberLine = number.text();
    if (choice.date.isValid()) {
        content.date = choice.date;
        content.printedOn = choice.date;
    }
    if (!content.date.isValid())
        content.date = today;
    if (!content.printedOn.isValid())
        content.printedOn = today;
    // The audit chain's head as it stands, stamped into the PDF and kept with the row: an anchor that a
    // later rewrite of the history cannot match.
    const Result<AuditHead> head = AuditLog::head(m_db.connection());
    if (!head)
        return head.error();
    OfficialDocument stamped = content;
    stamped.auditHead = head->text();
    const Result<QByteArray> pdf = render(stamped);
    if (!pdf)
        return pdf.error();
    const QString digest = sha256(*pdf);
    if (auto r = repo.markIssued(id, content, number, *pdf, digest, now,
                                 std::pair<qint64, QString>{head->entries, head->hash});
        !r)
        return r.error();
    if (auto r =
            scope.audit(documentEntity, id.value, QStringLiteral("issue"),
                        {{QStringLiteral("number"), number.text()}, {QStringLiteral("pdf_sha256"), digest}});
        !r)
        return r.error();
    // A supervision notice enters its number in the case's history, in the same transaction.
    const bool forCase = content.kind == DocumentKind::Supervision && content.caseId.isValid();
    if (forCase) {
        if (auto r = ComplaintRepository(m_db.connection())
                         .appendEvent({0, content.caseId, now, m_actor, QStringLiteral("notice_document"),
                                       std::nullopt, std::nullopt, number.text()});
            !r)
            return r.error();
    }
    return forCase ? content.caseId : ComplaintId();
}

Result<void> DocumentService::voidDocument(DocumentId id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fieldError(QStringLiteral("reason"), tr("Say why the document is voided."));
    DocumentRepository repo(m_db.connection());
    const Result<DocumentRecord> before = repo.get(id);
    if (!before)
        return before.error();
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.markVoided(id, reason.trimmed(), m_clock.now()); },
               {documentEntity,
                id.value,
                QStringLiteral("void"),
                {{QStringLiteral("number"), before->number.text()},
                 {QStringLiteral("reason"), reason.trimmed()}}},
               [&] { Q_EMIT documentChanged(id); });
}

Result<QByteArray> DocumentService::reprint(DocumentId id) const
{
    DocumentRepository repo(m_db.connection());
    const Result<DocumentRecord> record = repo.get(id);
    if (!record)
        return record.error();
    if (record->status == DocumentStatus::Draft)
        return makeError(Error::Code::Invalid,
                         tr("%1 is a draft: it has no issued PDF to reprint.").arg(record->content.title));
    const Result<QByteArray> bytes = repo.pdf(id);
    if (!bytes)
        return bytes;
    if (sha256(*bytes) != record->pdfSha256)
        return makeError(Error::Code::Damaged,
                         tr("The stored PDF of %1 does not match its SHA-256: the file was changed.")
                             .arg(record->number.text()));
    return bytes;
}

Result<std::vector<int>> DocumentService::numbersInUse(const QString &series, int year) const
{
    return DocumentRepository(m_db.connection()).numbers(series, year);
}

} // namespace oversight
