#include "normativerepository.h"

#include "domain/isodate.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace oversight {

namespace {

const QString documentColumns = QStringLiteral(
    "unit_id, title, number, issued_on, filed_on, materials, seen_at, review_result, reviewer, reviewed_on, "
    "review_opinion, correct_by, correction_outcome, corrected_on, correction_note, problem_id");
const QString itemColumns =
    QStringLiteral("round_id, unit_id, document_id, title, number, issued_on, decision, decided_on, note");

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

const QString roundTable = QStringLiteral("cleanup_rounds");
const QString roundColumns = QStringLiteral("name, scope, deadline");

QVariantList roundValues(const CleanupRound &c)
{
    return {textValue(c.name), textValue(c.scope), dateValue(c.deadline)};
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

const QString documentTable = QStringLiteral("normative_documents");
const QString itemTable = QStringLiteral("cleanup_items");

/// The SELECT of documents `where`, in the order of fromQuery().
QString documentSelect(const QString &where)
{
    return QStringLiteral("SELECT id, campaign_id, ") + documentColumns +
           QStringLiteral(" FROM normative_documents ") + where + QStringLiteral(" ORDER BY issued_on, id");
}

/// The SELECT of clean-up round documents `where`, in the order of itemFromQuery().
QString itemSelect(const QString &where)
{
    return QStringLiteral("SELECT id, ") + itemColumns + QStringLiteral(" FROM cleanup_items ") + where +
           QStringLiteral(" ORDER BY id");
}

// Column order of the zero reports' and the clean-up rounds' SELECTs; zeroReportFromQuery() and
// roundFromQuery() read by these positions.
const QString zeroReportColumns =
    QStringLiteral("SELECT id, campaign_id, unit_id, period, received_on, note FROM normative_zero_reports ");
const QString roundSelectColumns =
    QStringLiteral("SELECT id, campaign_id, name, scope, deadline FROM cleanup_rounds ");

ZeroReport zeroReportFromQuery(const QSqlQuery &q)
{
    return ZeroReport{q.value(0).toLongLong(),
                      CampaignId(q.value(1).toLongLong()),
                      UnitId(q.value(2).toLongLong()),
                      q.value(3).toString(),
                      dateOf(q.value(4)),
                      q.value(5).toString()};
}

CleanupRound roundFromQuery(const QSqlQuery &q)
{
    return CleanupRound{CleanupRoundId(q.value(0).toLongLong()), CampaignId(q.value(1).toLongLong()),
                        q.value(2).toString(), q.value(3).toString(), dateOf(q.value(4))};
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
    return selectAll(m_db, documentSelect(where), values, tr("Could not read the normative documents."),
                     &fromQuery);
}

Result<std::vector<NormativeDocument>> NormativeRepository::documents(CampaignId campaign) const
{
    return documentsWhere(QStringLiteral("WHERE campaign_id = ?"), {campaign.value});
}

Result<NormativeDocument> NormativeRepository::document(NormativeDocumentId id) const
{
    return selectOne(m_db, documentSelect(QStringLiteral("WHERE id = ?")), {id.value},
                     tr("Could not read the normative documents."),
                     tr("There is no normative document %1.").arg(id.value), &fromQuery);
}

Result<std::optional<NormativeDocument>> NormativeRepository::findByNumber(CampaignId campaign, UnitId unit,
                                                                           const QString &number) const
{
    return selectFirst(
        m_db, documentSelect(QStringLiteral("WHERE campaign_id = ? AND unit_id = ? AND number = ?")),
        {campaign.value, unit.value, number}, tr("Could not read the normative documents."), &fromQuery);
}

Result<NormativeDocumentId> NormativeRepository::insert(const NormativeDocument &d, const QDateTime &now)
{
    return insertRecord<NormativeDocumentId>(m_db, documentTable,
                                             QStringLiteral("campaign_id, ") + documentColumns,
                                             QVariantList{d.campaign.value} << documentValues(d), now,
                                             tr("Could not save the normative document."));
}

Result<void> NormativeRepository::update(const NormativeDocument &d, const QDateTime &now)
{
    return updateRecord(m_db, documentTable, documentColumns, documentValues(d), now, d.id.value,
                        tr("Could not save the normative document."),
                        tr("There is no normative document %1.").arg(d.id.value));
}

Result<void> NormativeRepository::remove(NormativeDocumentId id)
{
    return removeRecord(m_db, documentTable, id.value, tr("Could not delete the normative document."),
                        tr("There is no normative document %1.").arg(id.value));
}

Result<std::vector<ZeroReport>> NormativeRepository::zeroReports(CampaignId campaign) const
{
    return selectAll(m_db,
                     zeroReportColumns + QStringLiteral("WHERE campaign_id = ? ORDER BY period, unit_id"),
                     {campaign.value}, tr("Could not read the zero reports."), &zeroReportFromQuery);
}

Result<ZeroReport> NormativeRepository::zeroReport(qint64 id) const
{
    return selectOne(m_db, zeroReportColumns + QStringLiteral("WHERE id = ?"), {id},
                     tr("Could not read the zero reports."), tr("There is no zero report %1.").arg(id),
                     &zeroReportFromQuery);
}

Result<qint64> NormativeRepository::insertZeroReport(const ZeroReport &z, const QDateTime &now)
{
    return insertRow(
        m_db, QStringLiteral("normative_zero_reports"),
        QStringLiteral("campaign_id, unit_id, period, received_on, note, created_at"),
        {z.campaign.value, z.unit.value, z.period, dateValue(z.receivedOn), textValue(z.note), stamp(now)},
        tr("Could not save the zero report."));
}

Result<void> NormativeRepository::removeZeroReport(qint64 id)
{
    return removeRecord(m_db, QStringLiteral("normative_zero_reports"), id,
                        tr("Could not delete the zero report."), tr("There is no zero report %1.").arg(id));
}

Result<std::vector<CleanupRound>> NormativeRepository::rounds(CampaignId campaign) const
{
    return selectAll(m_db, roundSelectColumns + QStringLiteral("WHERE campaign_id = ? ORDER BY id"),
                     {campaign.value}, tr("Could not read the clean-up rounds."), &roundFromQuery);
}

Result<CleanupRound> NormativeRepository::round(CleanupRoundId id) const
{
    return selectOne(m_db, roundSelectColumns + QStringLiteral("WHERE id = ?"), {id.value},
                     tr("Could not read the clean-up rounds."),
                     tr("There is no clean-up round %1.").arg(id.value), &roundFromQuery);
}

Result<CleanupRoundId> NormativeRepository::insertRound(const CleanupRound &c, const QDateTime &now)
{
    return insertRecord<CleanupRoundId>(m_db, roundTable, QStringLiteral("campaign_id, ") + roundColumns,
                                        QVariantList{c.campaign.value} << roundValues(c), now,
                                        tr("Could not save the clean-up round."));
}

Result<void> NormativeRepository::updateRound(const CleanupRound &c, const QDateTime &now)
{
    return updateRecord(m_db, roundTable, roundColumns, roundValues(c), now, c.id.value,
                        tr("Could not save the clean-up round."),
                        tr("There is no clean-up round %1.").arg(c.id.value));
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
    return selectAll(m_db, itemSelect(where), {id}, tr("Could not read the clean-up round's documents."),
                     &itemFromQuery);
}

Result<std::vector<CleanupItem>> NormativeRepository::items(CleanupRoundId round) const
{
    return itemsWhere(QStringLiteral("WHERE round_id = ?"), round.value);
}

Result<CleanupItem> NormativeRepository::item(qint64 id) const
{
    return selectOne(m_db, itemSelect(QStringLiteral("WHERE id = ?")), {id},
                     tr("Could not read the clean-up round's documents."),
                     tr("There is no document %1 in a clean-up round.").arg(id), &itemFromQuery);
}

Result<qint64> NormativeRepository::insertItem(const CleanupItem &i, const QDateTime &now)
{
    return insertRecord(m_db, itemTable, itemColumns, itemValues(i), now,
                        tr("Could not save the clean-up round's document."));
}

Result<void> NormativeRepository::updateItem(const CleanupItem &i, const QDateTime &now)
{
    return updateRecord(m_db, itemTable, itemColumns, itemValues(i), now, i.id,
                        tr("Could not save the clean-up round's document."),
                        tr("There is no document %1 in a clean-up round.").arg(i.id));
}

Result<void> NormativeRepository::removeItem(qint64 id)
{
    return removeRecord(m_db, itemTable, id, tr("Could not delete the clean-up round's document."),
                        tr("There is no document %1 in a clean-up round.").arg(id));
}

} // namespace oversight
