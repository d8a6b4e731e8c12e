#include "normativerepository.h"

#include "domain/isodate.h"
#include "sqlerror.h"

#include <QSqlQuery>

namespace oversight {

namespace {

const QString documentColumns = QStringLiteral(
    "unit_id, title, number, issued_on, filed_on, materials, seen_at, review_result, reviewer, reviewed_on, "
    "review_opinion, correct_by, correction_outcome, corrected_on, correction_note, problem_id");
const QString itemColumns =
    QStringLiteral("round_id, unit_id, document_id, title, number, issued_on, decision, decided_on, note");

template <typename IdT>
QVariant idValue(IdT id)
{
    return id.isValid() ? QVariant(id.value) : QVariant();
}

template <typename T>
QVariant keyValue(const std::optional<T> &v, QString (*key)(T))
{
    return v ? QVariant(key(*v)) : QVariant();
}

QVariantList documentValues(const NormativeDocument &d)
{
    return {d.unit.value,
            textValue(d.title),
            textValue(d.number),
            dateValue(d.issuedOn),
            dateValue(d.filedOn),
            d.materials,
            textValue(d.seenAt),
            keyValue(d.result, &reviewResultKey),
            textValue(d.reviewer),
            dateValue(d.reviewedOn),
            textValue(d.opinion),
            dateValue(d.correctBy),
            keyValue(d.outcome, &correctionOutcomeKey),
            dateValue(d.correctedOn),
            textValue(d.correctionNote),
            idValue(d.problem)};
}

QVariantList itemValues(const CleanupItem &i)
{
    return {i.round.value,
            i.unit.value,
            idValue(i.document),
            textValue(i.title),
            textValue(i.number),
            dateValue(i.issuedOn),
            keyValue(i.decision, &cleanupDecisionKey),
            dateValue(i.decidedOn),
            textValue(i.note)};
}

QString placeholders(qsizetype n)
{
    return QStringLiteral("?, ").repeated(int(n) - 1) + QStringLiteral("?");
}

QString assignments(const QString &columns)
{
    QString out;
    for (const QString &column : columns.split(QStringLiteral(", ")))
        out += column + QStringLiteral(" = ?, ");
    return out;
}

} // namespace

NormativeDocument NormativeRepository::fromQuery(const QSqlQuery &q)
{
    NormativeDocument d;
    d.id = NormativeDocumentId(q.value(0).toLongLong());
    d.campaign = CampaignId(q.value(1).toLongLong());
    d.unit = UnitId(q.value(2).toLongLong());
    d.title = q.value(3).toString();
    d.number = q.value(4).toString();
    d.issuedOn = dateOf(q.value(5));
    d.filedOn = dateOf(q.value(6));
    d.materials = q.value(7).toInt();
    d.seenAt = q.value(8).toString();
    if (!q.value(9).isNull())
        d.result = reviewResultFromKey(q.value(9).toString());
    d.reviewer = q.value(10).toString();
    d.reviewedOn = dateOf(q.value(11));
    d.opinion = q.value(12).toString();
    d.correctBy = dateOf(q.value(13));
    if (!q.value(14).isNull())
        d.outcome = correctionOutcomeFromKey(q.value(14).toString());
    d.correctedOn = dateOf(q.value(15));
    d.correctionNote = q.value(16).toString();
    d.problem = ProblemId(q.value(17).toLongLong());
    return d;
}

Result<std::vector<NormativeDocument>> NormativeRepository::documentsWhere(const QString &where,
                                                                           const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = exec(q,
                      QStringLiteral("SELECT id, campaign_id, ") + documentColumns +
                          QStringLiteral(" FROM normative_documents ") + where +
                          QStringLiteral(" ORDER BY issued_on, id"),
                      values, tr("Could not read the normative documents."));
        !r)
        return r.error();
    std::vector<NormativeDocument> out;
    while (q.next())
        out.push_back(fromQuery(q));
    return out;
}

Result<std::vector<NormativeDocument>> NormativeRepository::documents(CampaignId campaign) const
{
    return documentsWhere(QStringLiteral("WHERE campaign_id = ?"), {campaign.value});
}

Result<NormativeDocument> NormativeRepository::document(NormativeDocumentId id) const
{
    auto found = documentsWhere(QStringLiteral("WHERE id = ?"), {id.value});
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(Error::Code::NotFound, tr("There is no normative document %1.").arg(id.value));
    return found->front();
}

Result<std::optional<NormativeDocument>> NormativeRepository::findByNumber(CampaignId campaign, UnitId unit,
                                                                           const QString &number) const
{
    auto found = documentsWhere(QStringLiteral("WHERE campaign_id = ? AND unit_id = ? AND number = ?"),
                                {campaign.value, unit.value, number});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<NormativeDocument>();
    return std::optional<NormativeDocument>(found->front());
}

Result<NormativeDocumentId> NormativeRepository::insert(const NormativeDocument &d, const QDateTime &now)
{
    QSqlQuery q(m_db);
    QVariantList values{d.campaign.value};
    values << documentValues(d) << stamp(now) << stamp(now);
    if (auto r = exec(q,
                      QStringLiteral("INSERT INTO normative_documents (campaign_id, ") + documentColumns +
                          QStringLiteral(", created_at, updated_at) VALUES (") + placeholders(values.size()) +
                          QStringLiteral(")"),
                      values, tr("Could not save the normative document."));
        !r)
        return r.error();
    return NormativeDocumentId(q.lastInsertId().toLongLong());
}

Result<void> NormativeRepository::update(const NormativeDocument &d, const QDateTime &now)
{
    QSqlQuery q(m_db);
    QVariantList values = documentValues(d);
    values << stamp(now) << d.id.value;
    return execOne(q,
                   QStringLiteral("UPDATE normative_documents SET ") + assignments(documentColumns) +
                       QStringLiteral("updated_at = ? WHERE id = ?"),
                   values, tr("Could not save the normative document."),
                   tr("There is no normative document %1.").arg(d.id.value));
}

Result<void> NormativeRepository::remove(NormativeDocumentId id)
{
    QSqlQuery q(m_db);
    return execOne(q, QStringLiteral("DELETE FROM normative_documents WHERE id = ?"), {id.value},
                   tr("Could not delete the normative document."),
                   tr("There is no normative document %1.").arg(id.value));
}

Result<std::vector<ZeroReport>> NormativeRepository::zeroReports(CampaignId campaign) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r =
            exec(q,
                 QStringLiteral("SELECT id, unit_id, period, received_on, note FROM normative_zero_reports "
                                "WHERE campaign_id = ? ORDER BY period, unit_id"),
                 {campaign.value}, tr("Could not read the zero reports."));
        !r)
        return r.error();
    std::vector<ZeroReport> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), campaign, UnitId(q.value(1).toLongLong()),
                       q.value(2).toString(), dateOf(q.value(3)), q.value(4).toString()});
    return out;
}

Result<ZeroReport> NormativeRepository::zeroReport(qint64 id) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q,
                      QStringLiteral("SELECT id, campaign_id, unit_id, period, received_on, note FROM "
                                     "normative_zero_reports WHERE id = ?"),
                      {id}, tr("Could not read the zero reports."));
        !r)
        return r.error();
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("There is no zero report %1.").arg(id));
    return ZeroReport{q.value(0).toLongLong(),
                      CampaignId(q.value(1).toLongLong()),
                      UnitId(q.value(2).toLongLong()),
                      q.value(3).toString(),
                      dateOf(q.value(4)),
                      q.value(5).toString()};
}

Result<qint64> NormativeRepository::insertZeroReport(const ZeroReport &z, const QDateTime &now)
{
    QSqlQuery q(m_db);
    if (auto r = exec(q,
                      QStringLiteral("INSERT INTO normative_zero_reports (campaign_id, unit_id, period, "
                                     "received_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {z.campaign.value, z.unit.value, z.period, dateValue(z.receivedOn), textValue(z.note),
                       stamp(now)},
                      tr("Could not save the zero report."));
        !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<void> NormativeRepository::removeZeroReport(qint64 id)
{
    QSqlQuery q(m_db);
    return execOne(q, QStringLiteral("DELETE FROM normative_zero_reports WHERE id = ?"), {id},
                   tr("Could not delete the zero report."), tr("There is no zero report %1.").arg(id));
}

Result<std::vector<CleanupRound>> NormativeRepository::rounds(CampaignId campaign) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r =
            exec(q,
                 QStringLiteral("SELECT id, campaign_id, name, scope, deadline FROM cleanup_rounds WHERE "
                                "campaign_id = ? ORDER BY id"),
                 {campaign.value}, tr("Could not read the clean-up rounds."));
        !r)
        return r.error();
    std::vector<CleanupRound> out;
    while (q.next())
        out.push_back({CleanupRoundId(q.value(0).toLongLong()), CampaignId(q.value(1).toLongLong()),
                       q.value(2).toString(), q.value(3).toString(), dateOf(q.value(4))});
    return out;
}

Result<CleanupRound> NormativeRepository::round(CleanupRoundId id) const
{
    QSqlQuery q(m_db);
    if (auto r =
            exec(q,
                 QStringLiteral("SELECT id, campaign_id, name, scope, deadline FROM cleanup_rounds WHERE "
                                "id = ?"),
                 {id.value}, tr("Could not read the clean-up rounds."));
        !r)
        return r.error();
    if (!q.next())
        return makeError(Error::Code::NotFound, tr("There is no clean-up round %1.").arg(id.value));
    return CleanupRound{CleanupRoundId(q.value(0).toLongLong()), CampaignId(q.value(1).toLongLong()),
                        q.value(2).toString(), q.value(3).toString(), dateOf(q.value(4))};
}

Result<CleanupRoundId> NormativeRepository::insertRound(const CleanupRound &c, const QDateTime &now)
{
    QSqlQuery q(m_db);
    if (auto r =
            exec(q,
                 QStringLiteral("INSERT INTO cleanup_rounds (campaign_id, name, scope, deadline, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {c.campaign.value, textValue(c.name), textValue(c.scope), dateValue(c.deadline), stamp(now),
                  stamp(now)},
                 tr("Could not save the clean-up round."));
        !r)
        return r.error();
    return CleanupRoundId(q.lastInsertId().toLongLong());
}

Result<void> NormativeRepository::updateRound(const CleanupRound &c, const QDateTime &now)
{
    QSqlQuery q(m_db);
    return execOne(
        q,
        QStringLiteral("UPDATE cleanup_rounds SET name = ?, scope = ?, deadline = ?, updated_at = ? "
                       "WHERE id = ?"),
        {textValue(c.name), textValue(c.scope), dateValue(c.deadline), stamp(now), c.id.value},
        tr("Could not save the clean-up round."), tr("There is no clean-up round %1.").arg(c.id.value));
}

CleanupItem NormativeRepository::itemFromQuery(const QSqlQuery &q)
{
    CleanupItem i;
    i.id = q.value(0).toLongLong();
    i.round = CleanupRoundId(q.value(1).toLongLong());
    i.unit = UnitId(q.value(2).toLongLong());
    i.document = NormativeDocumentId(q.value(3).toLongLong());
    i.title = q.value(4).toString();
    i.number = q.value(5).toString();
    i.issuedOn = dateOf(q.value(6));
    if (!q.value(7).isNull())
        i.decision = cleanupDecisionFromKey(q.value(7).toString());
    i.decidedOn = dateOf(q.value(8));
    i.note = q.value(9).toString();
    return i;
}

Result<std::vector<CleanupItem>> NormativeRepository::itemsWhere(const QString &where, qint64 id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto r = exec(q,
                      QStringLiteral("SELECT id, ") + itemColumns + QStringLiteral(" FROM cleanup_items ") +
                          where + QStringLiteral(" ORDER BY id"),
                      {id}, tr("Could not read the clean-up round's documents."));
        !r)
        return r.error();
    std::vector<CleanupItem> out;
    while (q.next())
        out.push_back(itemFromQuery(q));
    return out;
}

Result<std::vector<CleanupItem>> NormativeRepository::items(CleanupRoundId round) const
{
    return itemsWhere(QStringLiteral("WHERE round_id = ?"), round.value);
}

Result<CleanupItem> NormativeRepository::item(qint64 id) const
{
    auto found = itemsWhere(QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(Error::Code::NotFound, tr("There is no document %1 in a clean-up round.").arg(id));
    return found->front();
}

Result<qint64> NormativeRepository::insertItem(const CleanupItem &i, const QDateTime &now)
{
    QSqlQuery q(m_db);
    QVariantList values = itemValues(i);
    values << stamp(now) << stamp(now);
    if (auto r = exec(q,
                      QStringLiteral("INSERT INTO cleanup_items (") + itemColumns +
                          QStringLiteral(", created_at, updated_at) VALUES (") + placeholders(values.size()) +
                          QStringLiteral(")"),
                      values, tr("Could not save the clean-up round's document."));
        !r)
        return r.error();
    return q.lastInsertId().toLongLong();
}

Result<void> NormativeRepository::updateItem(const CleanupItem &i, const QDateTime &now)
{
    QSqlQuery q(m_db);
    QVariantList values = itemValues(i);
    values << stamp(now) << i.id;
    return execOne(q,
                   QStringLiteral("UPDATE cleanup_items SET ") + assignments(itemColumns) +
                       QStringLiteral("updated_at = ? WHERE id = ?"),
                   values, tr("Could not save the clean-up round's document."),
                   tr("There is no document %1 in a clean-up round.").arg(i.id));
}

Result<void> NormativeRepository::removeItem(qint64 id)
{
    QSqlQuery q(m_db);
    return execOne(q, QStringLiteral("DELETE FROM cleanup_items WHERE id = ?"), {id},
                   tr("Could not delete the clean-up round's document."),
                   tr("There is no document %1 in a clean-up round.").arg(id));
}

} // namespace oversight
