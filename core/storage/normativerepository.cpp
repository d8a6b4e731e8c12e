#include "normativerepository.h"

#include "domain/isodate.h"
#include "recordtable.h"

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

QVariantList documentInsertValues(const NormativeDocument &d)
{
    return QVariantList{d.campaign.value} << documentValues(d);
}

QVariantList roundInsertValues(const CleanupRound &c)
{
    return QVariantList{c.campaign.value} << roundValues(c);
}

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

const NormativeRepository::Table
    NormativeRepository::records(QStringLiteral("normative_documents"),
                                 QStringLiteral("id, campaign_id, ") + documentColumns,
                                 QStringLiteral("issued_on, id"), &fromQuery, &tr,
                                 RecordTexts{QT_TR_NOOP("Could not read the normative documents."),
                                             QT_TR_NOOP("Could not read the normative documents."),
                                             QT_TR_NOOP("There is no normative document %1."),
                                             QT_TR_NOOP("Could not save the normative document."),
                                             QT_TR_NOOP("Could not delete the normative document.")},
                                 QStringLiteral("campaign_id, ") + documentColumns, &documentInsertValues,
                                 documentColumns, &documentValues);

const RecordTable<ZeroReport> NormativeRepository::zeroReportTable(
    QStringLiteral("normative_zero_reports"),
    QStringLiteral("id, campaign_id, unit_id, period, received_on, note"), QStringLiteral("period, unit_id"),
    &zeroReportFromQuery, &tr,
    RecordTexts{.readAll = QT_TR_NOOP("Could not read the zero reports."),
                .readOne = QT_TR_NOOP("Could not read the zero reports."),
                .notFound = QT_TR_NOOP("There is no zero report %1."),
                .remove = QT_TR_NOOP("Could not delete the zero report.")});

const RecordTable<CleanupRound, CleanupRoundId> NormativeRepository::roundTable(
    QStringLiteral("cleanup_rounds"), QStringLiteral("id, campaign_id, ") + roundColumns,
    QStringLiteral("id"), &roundFromQuery, &tr,
    RecordTexts{
        QT_TR_NOOP("Could not read the clean-up rounds."), QT_TR_NOOP("Could not read the clean-up rounds."),
        QT_TR_NOOP("There is no clean-up round %1."), QT_TR_NOOP("Could not save the clean-up round.")},
    QStringLiteral("campaign_id, ") + roundColumns, &roundInsertValues, roundColumns, &roundValues);

const RecordTable<CleanupItem>
    NormativeRepository::itemTable(QStringLiteral("cleanup_items"), QStringLiteral("id, ") + itemColumns,
                                   QStringLiteral("id"), &itemFromQuery, &tr,
                                   RecordTexts{QT_TR_NOOP("Could not read the clean-up round's documents."),
                                               QT_TR_NOOP("Could not read the clean-up round's documents."),
                                               QT_TR_NOOP("There is no document %1 in a clean-up round."),
                                               QT_TR_NOOP("Could not save the clean-up round's document."),
                                               QT_TR_NOOP("Could not delete the clean-up round's document.")},
                                   itemColumns, &itemValues, itemColumns, &itemValues);

Result<std::optional<NormativeDocument>> NormativeRepository::findByNumber(CampaignId campaign, UnitId unit,
                                                                           const QString &number) const
{
    return records.first(
        m_db, QStringLiteral("WHERE campaign_id = ? AND unit_id = ? AND number = ? ORDER BY issued_on, id"),
        {campaign.value, unit.value, number}, tr("Could not read the normative documents."));
}

Result<void> NormativeRepository::remove(NormativeDocumentId id)
{
    return records.remove(m_db, id);
}

Result<std::vector<ZeroReport>> NormativeRepository::zeroReports(CampaignId campaign) const
{
    return zeroReportTable.list(m_db, QStringLiteral("WHERE campaign_id = ?"), {campaign.value},
                                tr("Could not read the zero reports."));
}

Result<ZeroReport> NormativeRepository::zeroReport(qint64 id) const
{
    return zeroReportTable.get(m_db, id);
}

Result<qint64> NormativeRepository::insertZeroReport(const ZeroReport &z, const QDateTime &now)
{
    return insertRow(
        m_db, zeroReportTable.name,
        QStringLiteral("campaign_id, unit_id, period, received_on, note, created_at"),
        {z.campaign.value, z.unit.value, z.period, dateValue(z.receivedOn), textValue(z.note), stamp(now)},
        tr("Could not save the zero report."));
}

Result<void> NormativeRepository::removeZeroReport(qint64 id)
{
    return zeroReportTable.remove(m_db, id);
}

Result<std::vector<CleanupRound>> NormativeRepository::rounds(CampaignId campaign) const
{
    return roundTable.list(m_db, QStringLiteral("WHERE campaign_id = ?"), {campaign.value},
                           tr("Could not read the clean-up rounds."));
}

Result<CleanupRound> NormativeRepository::round(CleanupRoundId id) const
{
    return roundTable.get(m_db, id);
}

Result<CleanupRoundId> NormativeRepository::insertRound(const CleanupRound &c, const QDateTime &now)
{
    return roundTable.insert(m_db, c, now);
}

Result<void> NormativeRepository::updateRound(const CleanupRound &c, const QDateTime &now)
{
    return roundTable.update(m_db, c, now);
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

Result<std::vector<CleanupItem>> NormativeRepository::items(CleanupRoundId round) const
{
    return itemTable.list(m_db, QStringLiteral("WHERE round_id = ?"), {round.value},
                          tr("Could not read the clean-up round's documents."));
}

Result<CleanupItem> NormativeRepository::item(qint64 id) const
{
    return itemTable.get(m_db, id);
}

Result<qint64> NormativeRepository::insertItem(const CleanupItem &i, const QDateTime &now)
{
    return itemTable.insert(m_db, i, now);
}

Result<void> NormativeRepository::updateItem(const CleanupItem &i, const QDateTime &now)
{
    return itemTable.update(m_db, i, now);
}

Result<void> NormativeRepository::removeItem(qint64 id)
{
    return itemTable.remove(m_db, id);
}

template class RecordRepository<NormativeDocument, NormativeDocumentId>;
template class EditableRecordRepository<NormativeDocument, NormativeDocumentId>;

} // namespace oversight
