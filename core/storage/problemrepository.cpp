#include "problemrepository.h"

#include "domain/isodate.h"
#include "sqlrows.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace oversight {

namespace {
// Column order of every problems SELECT below; fromQuery() reads by these positions.
const QString selectColumns = QStringLiteral(
    "SELECT id, campaign_id, unit_id, area, source, description, measure, owner, deadline, status, progress, "
    "verification_note, closed_on, origin_kind, origin_id, inspecting_body FROM problems ");

const QString table = QStringLiteral("problems");
const QString writableColumns =
    QStringLiteral("campaign_id, unit_id, area, source, description, measure, owner, deadline, status, "
                   "progress, verification_note, closed_on, origin_kind, origin_id, inspecting_body");

QVariantList columnValues(const Problem &p)
{
    return {p.campaign.value,
            p.unit.value,
            p.area,
            problemSourceKey(p.source),
            textValue(p.description),
            textValue(p.measure),
            textValue(p.owner),
            dateValue(p.deadline),
            problemStatusKey(p.status),
            textValue(p.progress),
            textValue(p.verificationNote),
            dateValue(p.closedOn),
            p.originKind.isEmpty() ? QVariant() : QVariant(p.originKind),
            p.originKind.isEmpty() ? QVariant() : QVariant(p.originId),
            textValue(p.inspectingBody)};
}

/// A keyword as an FTS5 string: in double quotes, inner quotes doubled.
QString quoted(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/// The characters of `keyword` the one-character index holds (letters and digits; everything else is a
/// separator there), each a token of the phrase.
QStringList indexedCharacters(const QString &keyword)
{
    QStringList chars;
    for (qsizetype i = 0; i < keyword.size(); ++i) {
        const bool pair = keyword.at(i).isHighSurrogate() && i + 1 < keyword.size();
        const QString c = keyword.mid(i, pair ? 2 : 1);
        if (pair)
            ++i;
        if (c.at(0).isLetterOrNumber() || pair)
            chars.append(c);
    }
    return chars;
}

qsizetype codePoints(const QString &s)
{
    return s.toUcs4().size();
}

ProblemEvent eventFromQuery(const QSqlQuery &q)
{
    auto e = historyEntry<ProblemEvent>(q);
    e.problem = ProblemId(q.value(9).toLongLong());
    if (!q.value(4).isNull())
        e.from = problemStatusFromKey(q.value(4).toString());
    if (!q.value(5).isNull())
        e.to = problemStatusFromKey(q.value(5).toString());
    e.oldDeadline = dateOf(q.value(6));
    e.newDeadline = dateOf(q.value(7));
    e.note = q.value(8).toString();
    return e;
}

} // namespace

Problem ProblemRepository::fromQuery(const QSqlQuery &q)
{
    Problem p;
    p.id = ProblemId(q.value(0).toLongLong());
    p.campaign = CampaignId(q.value(1).toLongLong());
    p.unit = UnitId(q.value(2).toLongLong());
    p.area = q.value(3).toInt();
    p.source = problemSourceFromKey(q.value(4).toString()).value_or(Problem::Source::SelfCheck);
    p.description = q.value(5).toString();
    p.measure = q.value(6).toString();
    p.owner = q.value(7).toString();
    p.deadline = dateOf(q.value(8));
    p.status = problemStatusFromKey(q.value(9).toString()).value_or(Problem::Status::Open);
    p.progress = q.value(10).toString();
    p.verificationNote = q.value(11).toString();
    p.closedOn = dateOf(q.value(12));
    p.originKind = q.value(13).toString();
    p.originId = q.value(14).toLongLong();
    p.inspectingBody = q.value(15).toString();
    return p;
}

Result<std::vector<Problem>> ProblemRepository::select(const QString &where, const QVariantList &values) const
{
    return selectAll(m_db, selectColumns + where, values, tr("Could not read the rectification ledger."),
                     &fromQuery);
}

Result<std::vector<Problem>> ProblemRepository::list(CampaignId campaign, const ProblemFilter &filter,
                                                     QDate today) const
{
    QString where = QStringLiteral("WHERE campaign_id = ?");
    QVariantList values{campaign.value};
    if (filter.unit.isValid()) {
        where += QStringLiteral(" AND unit_id = ?");
        values.append(filter.unit.value);
    }
    if (filter.area > 0) {
        where += QStringLiteral(" AND area = ?");
        values.append(filter.area);
    }
    if (filter.source) {
        where += QStringLiteral(" AND source = ?");
        values.append(problemSourceKey(*filter.source));
    }
    if (filter.status) {
        where += QStringLiteral(" AND status = ?");
        values.append(problemStatusKey(*filter.status));
    }
    if (filter.overdueOnly) {
        where += QStringLiteral(" AND status <> 'closed' AND deadline < ?");
        values.append(dateValue(today.isValid() ? today : QDate::currentDate()));
    }
    const bool keyword = !filter.keyword.trimmed().isEmpty();
    std::vector<qint64> ids;
    if (keyword) {
        Result<std::vector<qint64>> found = searchAll(campaign, filter.keyword);
        if (!found)
            return found.error();
        ids = std::move(found).value();
    }
    // Ledger order: by unit name, then id. Sorted here with one lookup of the names: a correlated subquery
    // in ORDER BY cost a unit lookup per row.
    Result<std::vector<Problem>> rows = select(where + QStringLiteral(" ORDER BY unit_id, id"), values);
    if (!rows)
        return rows;
    {
        QHash<qint64, QString> names;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (auto r = exec(q, QStringLiteral("SELECT id, name FROM units WHERE campaign_id = ?"),
                          {campaign.value}, tr("Could not read the rectification ledger."));
            !r)
            return r.error();
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
        std::vector<Problem> &list = rows.value();
        std::stable_sort(list.begin(), list.end(), [&names](const Problem &a, const Problem &b) {
            return a.unit != b.unit && names.value(a.unit.value) < names.value(b.unit.value);
        });
    }
    if (!keyword)
        return rows;
    std::vector<Problem> kept;
    for (const Problem &p : *rows) {
        if (std::binary_search(ids.begin(), ids.end(), p.id.value))
            kept.push_back(p);
    }
    return kept;
}

Result<Problem> ProblemRepository::get(ProblemId id) const
{
    return selectOne(m_db, selectColumns + QStringLiteral("WHERE id = ?"), {id.value},
                     tr("Could not read the rectification ledger."),
                     tr("There is no problem %1 in the rectification ledger.").arg(id.value), &fromQuery);
}

Result<std::optional<Problem>> ProblemRepository::byOrigin(const QString &kind, qint64 id) const
{
    return selectFirst(
        m_db, selectColumns + QStringLiteral("WHERE origin_kind = ? AND origin_id = ? ORDER BY id LIMIT 1"),
        {kind, id}, tr("Could not read the rectification ledger."), &fromQuery);
}

Result<ProblemId> ProblemRepository::insert(const Problem &p, const QDateTime &now)
{
    return insertRecord<ProblemId>(m_db, table, writableColumns, columnValues(p), now,
                                   tr("Could not add the problem to the rectification ledger."));
}

Result<void> ProblemRepository::update(const Problem &p, const QDateTime &now)
{
    return updateRecord(m_db, table, writableColumns, columnValues(p), now, p.id.value,
                        tr("Could not save the problem."),
                        tr("There is no problem %1 in the rectification ledger.").arg(p.id.value));
}

Result<void> ProblemRepository::remove(ProblemId id)
{
    QSqlQuery q(m_db);
    return exec(q, QStringLiteral("DELETE FROM problems WHERE id = ?"), {id.value},
                tr("Could not delete the problem."));
}

Result<std::vector<ProblemEvent>> ProblemRepository::events(ProblemId id) const
{
    return selectAll(
        m_db,
        QStringLiteral("SELECT id, at, actor, action, from_status, to_status, old_deadline, "
                       "new_deadline, note, problem_id FROM problem_events WHERE problem_id = ? ORDER BY id"),
        {id.value}, tr("Could not read the problem's history."), &eventFromQuery);
}

Result<void> ProblemRepository::appendEvent(const ProblemEvent &e)
{
    return appendHistory(m_db, QStringLiteral("problem_events"), QStringLiteral("problem_id"),
                         e.problem.value, e,
                         QStringLiteral("from_status, to_status, old_deadline, new_deadline, note"),
                         {e.from ? QVariant(problemStatusKey(*e.from)) : QVariant(),
                          e.to ? QVariant(problemStatusKey(*e.to)) : QVariant(), dateValue(e.oldDeadline),
                          dateValue(e.newDeadline), textValue(e.note)},
                         tr("Could not save the problem's history."));
}

Result<std::vector<ProblemEvidence>> ProblemRepository::evidence(ProblemId id) const
{
    const auto read = [id](const QSqlQuery &q) {
        ProblemEvidence e;
        e.id = q.value(0).toLongLong();
        e.problem = id;
        e.kind = q.value(1).toString() == QLatin1String("file") ? ProblemEvidence::Kind::File
                                                                : ProblemEvidence::Kind::Statement;
        e.sha256 = q.value(2).toString();
        e.fileName = q.value(3).toString();
        e.size = q.value(4).toLongLong();
        e.statement = q.value(5).toString();
        e.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        return e;
    };
    return selectAll(m_db,
                     QStringLiteral("SELECT id, kind, sha256, file_name, size, statement, added_at "
                                    "FROM problem_evidence WHERE problem_id = ? ORDER BY id"),
                     {id.value}, tr("Could not read the problem's evidence."), read);
}

Result<bool> ProblemRepository::insertEvidence(const ProblemEvidence &e)
{
    const bool file = e.kind == ProblemEvidence::Kind::File;
    return insertUnlessPresent(
        m_db, QStringLiteral("problem_evidence"),
        QStringLiteral("problem_id, kind, sha256, file_name, size, statement, added_at"),
        {e.problem.value, file ? QStringLiteral("file") : QStringLiteral("statement"),
         file ? QVariant(e.sha256) : QVariant(), textValue(e.fileName), e.size, textValue(e.statement),
         stamp(e.addedAt)},
        tr("Could not save the evidence."));
}

Result<std::vector<qint64>> ProblemRepository::searchAll(CampaignId campaign, const QString &keywords) const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = keywords.split(space, Qt::SkipEmptyParts);
    std::vector<qint64> ids;
    for (qsizetype i = 0; i < words.size(); ++i) {
        Result<std::vector<qint64>> found = search(campaign, words.at(i));
        if (!found)
            return found.error();
        if (i == 0) {
            ids = std::move(found).value();
        } else {
            std::vector<qint64> both;
            std::set_intersection(ids.begin(), ids.end(), found->begin(), found->end(),
                                  std::back_inserter(both));
            ids.swap(both);
        }
    }
    return ids;
}

Result<std::vector<qint64>> ProblemRepository::search(CampaignId campaign, const QString &keyword) const
{
    const QString word = keyword.trimmed();
    if (word.isEmpty())
        return std::vector<qint64>();
    QString sql;
    QVariantList values;
    const QStringList chars = indexedCharacters(word);
    if (codePoints(word) >= 3) {
        sql = QStringLiteral("SELECT p.id FROM problem_text t JOIN problems p ON p.id = t.rowid "
                             "WHERE problem_text MATCH ? AND p.campaign_id = ? ORDER BY p.id");
        values = {quoted(word), campaign.value};
    } else if (chars.size() == codePoints(word)) {
        sql = QStringLiteral("SELECT p.id FROM problem_chars c JOIN problems p ON p.id = c.rowid "
                             "WHERE problem_chars MATCH ? AND p.campaign_id = ? ORDER BY p.id");
        values = {quoted(chars.join(QLatin1Char(' '))), campaign.value};
    } else {
        // A short keyword with punctuation: neither index holds it; the ledger is scanned.
        sql = QStringLiteral("SELECT id FROM problems WHERE campaign_id = ? AND (instr(description, ?) > 0 "
                             "OR instr(measure, ?) > 0) ORDER BY id");
        values = {campaign.value, word, word};
    }
    return selectAll(m_db, sql, values, tr("Could not search the rectification ledger."),
                     [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

} // namespace oversight
