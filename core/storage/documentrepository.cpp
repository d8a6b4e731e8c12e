#include "documentrepository.h"

#include "recordtable.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace oversight {

namespace {
// Column order of every SELECT (records.columns); fromQuery() reads by these positions. The PDF is read on
// its own.
enum Column
{
    IdCol,
    CampaignCol,
    KindCol,
    StatusCol,
    ContentCol,
    SeriesCol,
    YearCol,
    NumberCol,
    IssuedAtCol,
    ShaCol,
    VoidReasonCol,
    VoidedAtCol,
    CreatedAtCol,
    UpdatedAtCol,
    AuditEntriesCol,
    AuditHashCol
};

QDateTime readStamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString contentText(const OfficialDocument &content)
{
    return QString::fromUtf8(QJsonDocument(content.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

Result<DocumentRecord> DocumentRepository::fromQuery(const QSqlQuery &q)
{
    DocumentRecord r;
    r.id = DocumentId(q.value(IdCol).toLongLong());
    r.campaign = CampaignId(q.value(CampaignCol).toLongLong());
    const auto kind = documentKindFromKey(q.value(KindCol).toString());
    const auto status = documentStatusFromKey(q.value(StatusCol).toString());
    const auto content =
        OfficialDocument::fromJson(QJsonDocument::fromJson(q.value(ContentCol).toString().toUtf8()).object());
    if (!kind || !status || !content)
        return makeError(Error::Code::Damaged, tr("Document %1 is damaged in the file.").arg(r.id.value));
    r.kind = *kind;
    r.status = *status;
    r.content = *content;
    if (!q.value(NumberCol).isNull())
        r.number = DocumentNumber{q.value(SeriesCol).toString(), q.value(YearCol).toInt(),
                                  q.value(NumberCol).toInt()};
    r.issuedAt = readStamp(q.value(IssuedAtCol));
    r.pdfSha256 = q.value(ShaCol).toString();
    r.voidReason = q.value(VoidReasonCol).toString();
    r.voidedAt = readStamp(q.value(VoidedAtCol));
    r.createdAt = readStamp(q.value(CreatedAtCol));
    r.updatedAt = readStamp(q.value(UpdatedAtCol));
    if (!q.value(AuditEntriesCol).isNull())
        r.auditHead = q.value(AuditEntriesCol).toString() + QLatin1Char(':') + q.value(AuditHashCol).toString();
    return r;
}

const DocumentRepository::Table DocumentRepository::records(
    QStringLiteral("documents"),
    QStringLiteral("id, campaign_id, kind, status, content, series, year, number, issued_at, pdf_sha256, "
                   "void_reason, voided_at, created_at, updated_at, audit_entries, audit_hash"),
    QStringLiteral("id DESC"), &fromQuery, &tr,
    RecordTexts{QT_TR_NOOP("Could not read the documents."), QT_TR_NOOP("Could not read the document."),
                QT_TR_NOOP("There is no document %1.")});

Result<std::vector<DocumentRecord>> DocumentRepository::anchored() const
{
    return selectAll(
        m_db, records.select(QStringLiteral("WHERE audit_entries IS NOT NULL ORDER BY audit_entries, id")),
        {}, tr("Could not read the documents."), &fromQuery);
}

Result<QByteArray> DocumentRepository::pdf(DocumentId id) const
{
    return selectOne(m_db, QStringLiteral("SELECT pdf FROM documents WHERE id = ?"), {id.value},
                     tr("Could not read the document."), tr("There is no document %1.").arg(id.value),
                     [](const QSqlQuery &q) { return q.value(0).toByteArray(); });
}

Result<std::vector<int>> DocumentRepository::numbers(const QString &series, int year) const
{
    return selectAll(
        m_db, QStringLiteral("SELECT number FROM documents WHERE series = ? AND year = ? ORDER BY number"),
        {series, year}, tr("Could not read the document numbers."),
        [](const QSqlQuery &q) { return q.value(0).toInt(); });
}

Result<DocumentId> DocumentRepository::insertDraft(CampaignId campaign, const OfficialDocument &content,
                                                   const QDateTime &now)
{
    return insertRecord<DocumentId>(m_db, QStringLiteral("documents"),
                                    QStringLiteral("campaign_id, kind, status, title, content"),
                                    {campaign.value, documentKindKey(content.kind), QStringLiteral("draft"),
                                     textValue(content.title), contentText(content)},
                                    now, tr("Could not save the document."));
}

Result<void> DocumentRepository::updateDraft(DocumentId id, const OfficialDocument &content,
                                             const QDateTime &now)
{
    return execIfAllowed(
        m_db,
        QStringLiteral("UPDATE documents SET kind = ?, title = ?, content = ?, updated_at = ? "
                       "WHERE id = ? AND status = 'draft'"),
        {documentKindKey(content.kind), textValue(content.title), contentText(content), stamp(now), id.value},
        tr("Could not save the document."),
        tr("Document %1 is not a draft any more; an issued document is "
           "not edited.")
            .arg(id.value));
}

Result<void> DocumentRepository::removeDraft(DocumentId id)
{
    return execIfAllowed(
        m_db, QStringLiteral("DELETE FROM documents WHERE id = ? AND status = 'draft'"), {id.value},
        tr("Could not delete the document."),
        tr("Document %1 is not a draft; an issued document keeps its number.").arg(id.value));
}

Result<void> DocumentRepository::lockForIssue(DocumentId id, const QDateTime &now)
{
    QSqlQuery q(m_db);
    return execOne(q, QStringLiteral("UPDATE documents SET updated_at = ? WHERE id = ?"),
                   {stamp(now), id.value}, tr("Could not issue the document."),
                   tr("There is no document %1.").arg(id.value));
}

Result<int> DocumentRepository::nextNumber(const QString &series, int year, int floor) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(
            q, QStringLiteral("SELECT coalesce(max(number), 0) FROM documents WHERE series = ? AND year = ?"),
            {series, year}, tr("Could not read the document numbers."));
        !r)
        return r.error();
    const int highest = q.next() ? q.value(0).toInt() : 0;
    return std::max(highest, floor) + 1;
}

Result<void> DocumentRepository::markIssued(DocumentId id, const OfficialDocument &content,
                                            const DocumentNumber &number, const QByteArray &pdf,
                                            const QString &sha256, const QDateTime &now,
                                            std::optional<std::pair<qint64, QString>> auditHead)
{
    return execIfAllowed(
        m_db,
        QStringLiteral("UPDATE documents SET status = 'issued', title = ?, content = ?, series = ?, "
                       "year = ?, number = ?, pdf = ?, pdf_sha256 = ?, issued_at = ?, updated_at = ?, "
                       "audit_entries = ?, audit_hash = ? WHERE id = ? AND status = 'draft'"),
        {textValue(content.title), contentText(content), number.series, number.year, number.number, pdf,
         sha256, stamp(now), stamp(now),
         auditHead ? QVariant(auditHead->first) : QVariant(QMetaType(QMetaType::LongLong)),
         auditHead ? QVariant(auditHead->second) : QVariant(QMetaType(QMetaType::QString)), id.value},
        tr("Could not issue the document."), tr("Document %1 was issued already.").arg(id.value));
}

Result<void> DocumentRepository::markVoided(DocumentId id, const QString &reason, const QDateTime &now)
{
    return execIfAllowed(
        m_db,
        QStringLiteral("UPDATE documents SET status = 'voided', void_reason = ?, voided_at = ?, "
                       "updated_at = ? WHERE id = ? AND status = 'issued'"),
        {reason, stamp(now), stamp(now), id.value}, tr("Could not void the document."),
        tr("Document %1 is not an issued document; only issued documents are voided.").arg(id.value));
}

template class RecordRepository<DocumentRecord, DocumentId, Result<DocumentRecord>>;

} // namespace oversight
