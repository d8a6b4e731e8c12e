#include "auditlog.h"

#include "sqlrows.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <thread>

namespace oversight {

namespace {

const QString headKey = QStringLiteral("audit_head");

QString isoTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

// Plain text (no control characters, quotes, backslashes or surrogates) is its UTF-8; anything else goes
// through Qt's writer.
void AuditLog::appendJsonString(QByteArray &out, const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || c.isSurrogate()) {
            const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
            out += QByteArrayView(array).sliced(1, array.size() - 2); // strip [ ]
            return;
        }
    }
    out += '"';
    out += s.toUtf8();
    out += '"';
}

// The canonical form: the compact JSON object QJsonDocument writes for {at, actor, entity, entity_id,
// action, changes, id}, keys in its sorted order (the id since schema 9: a renumbered entry breaks its hash).
// Built by hand (imports write it 100,000 times); a test holds it byte-equal to QJsonDocument's output.
QByteArray AuditLog::canonical(const AuditEntry &e, const QString &atText, const QByteArray &changesJson,
                               bool withId)
{
    QByteArray out;
    out.reserve(96 + changesJson.size() + 3 * (e.actor.size() + e.entity.size() + e.action.size()));
    out += "{\"action\":";
    appendJsonString(out, e.action);
    out += ",\"actor\":";
    appendJsonString(out, e.actor);
    out += ",\"at\":";
    appendJsonString(out, atText);
    out += ",\"changes\":";
    out += changesJson;
    out += ",\"entity\":";
    appendJsonString(out, e.entity);
    out += ",\"entity_id\":";
    out += QByteArray::number(e.entityId);
    if (withId) {
        out += ",\"id\":";
        out += QByteArray::number(e.id);
    }
    out += '}';
    return out;
}

namespace {

QString hashOf(const QString &prevHash, const QByteArray &canonicalBytes)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevHash.toLatin1());
    h.addData(QByteArrayView("\n"));
    h.addData(canonicalBytes);
    return QString::fromLatin1(h.result().toHex());
}

Result<std::pair<qint64, QString>> readHead(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = exec(q, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {headKey},
                      AuditLog::tr("Could not read the audit log."));
        !r)
        return r.error();
    if (!q.next())
        return std::pair<qint64, QString>{0, QString::fromLatin1(AuditLog::genesisHash)};
    const QString value = q.value(0).toString();
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    return std::pair<qint64, QString>{value.left(colon).toLongLong(), value.mid(colon + 1)};
}

// Starts as every history table's SELECT does (see historyEntry()); `at` stays column 1, which the
// verification reads as stored text.
const QString entryColumns = QStringLiteral(
    "SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash FROM audit_log");

/// One row of entryColumns, the one place that reads them.
AuditEntry entryFromQuery(const QSqlQuery &q)
{
    auto e = historyEntry<AuditEntry>(q);
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.changesJson = q.value(6).toString().toUtf8();
    e.changes = QJsonDocument::fromJson(e.changesJson).object();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

Result<qint64> nextId(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = exec(q, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM audit_log"), {},
                      AuditLog::tr("Could not read the audit log."));
        !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

QString AuditLog::computeHash(const AuditEntry &entry)
{
    return hashOf(entry.prevHash, canonical(entry, isoTime(entry.at),
                                            QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)));
}

Result<qint64> AuditLog::append(QSqlDatabase db, AuditEntry entry)
{
    const auto head = readHead(db);
    if (!head)
        return head.error();
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    entry.at =
        QDateTime::fromString(isoTime(entry.at), Qt::ISODateWithMs); // what is stored is what is hashed
    entry.prevHash = head->second;
    const Result<qint64> id = nextId(db);
    if (!id)
        return id.error();
    entry.id = *id;
    entry.hash = computeHash(entry);

    QSqlQuery q(db);
    const QString message = tr("Could not write the audit log.");
    if (auto r =
            exec(q,
                 QStringLiteral("INSERT INTO audit_log (id, at, actor, entity, entity_id, action, changes, "
                                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {entry.id, isoTime(entry.at), entry.actor, entry.entity, entry.entityId, entry.action,
                  QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)),
                  entry.prevHash, entry.hash},
                 message);
        !r)
        return r.error();
    if (auto r = exec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                      {headKey, QString(QString::number(head->first + 1) + QLatin1Char(':') + entry.hash)},
                      message);
        !r)
        return r.error();
    return entry.id;
}

Result<void> AuditLog::appendMany(QSqlDatabase db, std::vector<AuditEntry> entries)
{
    if (entries.empty())
        return {};
    const auto head = readHead(db);
    if (!head)
        return head.error();
    const Result<qint64> firstId = nextId(db);
    if (!firstId)
        return firstId.error();
    const QString message = tr("Could not write the audit log.");
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO audit_log (id, at, actor, entity, entity_id, action, changes, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return StorageText::fromQuery(q, message);

    // Stage one chains the hashes: each entry's text and hash, in order. It touches no database, so for a
    // large batch it runs on a second thread while this one inserts the entries already hashed (an import
    // of 100,000 units spent a fifth of its time hashing).
    struct Prepared
    {
        QString atText;
        QString changes;
    };
    std::vector<Prepared> prepared(entries.size());
    std::atomic<size_t> ready{0};
    auto hashAll = [&entries, &prepared, &ready, prev = head->second, first = *firstId]() mutable {
        QDateTime lastAt;
        QString atText;
        for (size_t i = 0; i < entries.size(); ++i) {
            AuditEntry &entry = entries[i];
            if (!entry.at.isValid())
                entry.at = QDateTime::currentDateTimeUtc();
            if (entry.at != lastAt) { // an import stamps every entry with one time: format it once
                lastAt = entry.at;
                atText = isoTime(entry.at);
            }
            const QByteArray changes = entry.changesJson.isEmpty()
                                           ? QJsonDocument(entry.changes).toJson(QJsonDocument::Compact)
                                           : entry.changesJson;
            entry.id = first + qint64(i);
            entry.prevHash = prev;
            entry.hash = hashOf(prev, canonical(entry, atText, changes));
            prev = entry.hash;
            prepared[i] = {atText, QString::fromUtf8(changes)};
            if ((i & 63) == 63 || i + 1 == entries.size()) {
                ready.store(i + 1, std::memory_order_release);
                ready.notify_one();
            }
        }
    };
    constexpr size_t threadedFrom = 512;
    std::thread hasher;
    if (entries.size() >= threadedFrom)
        hasher = std::thread(hashAll);
    else
        hashAll();
    struct Join
    {
        std::thread &t;
        ~Join()
        {
            if (t.joinable())
                t.join();
        }
    } join{hasher};

    // Stage two inserts, in order, as the hashes arrive.
    size_t available = ready.load(std::memory_order_acquire);
    for (size_t i = 0; i < entries.size(); ++i) {
        while (available <= i) {
            ready.wait(available, std::memory_order_acquire);
            available = ready.load(std::memory_order_acquire);
        }
        const AuditEntry &entry = entries[i];
        q.bindValue(0, entry.id);
        q.bindValue(1, prepared[i].atText);
        q.bindValue(2, entry.actor);
        q.bindValue(3, entry.entity);
        q.bindValue(4, entry.entityId);
        q.bindValue(5, entry.action);
        q.bindValue(6, prepared[i].changes);
        q.bindValue(7, entry.prevHash);
        q.bindValue(8, entry.hash);
        if (!q.exec())
            return StorageText::fromQuery(q, message); // Join waits for the hasher first
    }
    QSqlQuery headQuery(db);
    if (auto r = exec(headQuery, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                      {headKey, QString(QString::number(head->first + qint64(entries.size())) +
                                        QLatin1Char(':') + entries.back().hash)},
                      message);
        !r)
        return r;
    return {};
}

Result<qint64> AuditLog::count(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = exec(q, QStringLiteral("SELECT count(*) FROM audit_log"), {},
                      tr("Could not read the audit log."));
        !r)
        return r.error();
    q.next();
    return q.value(0).toLongLong();
}

QString AuditHead::text() const
{
    return QString::number(entries) + QLatin1Char(':') + hash;
}

std::optional<AuditHead> AuditHead::parse(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    AuditHead head{t.left(colon).toLongLong(&ok), t.mid(colon + 1).toLower()};
    const bool hex = std::all_of(head.hash.cbegin(), head.hash.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (!ok || !hex || !head.isValid())
        return std::nullopt;
    return head;
}

Result<AuditHead> AuditLog::head(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = exec(q,
                      QStringLiteral("SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                                     "FROM audit_log"),
                      {}, tr("Could not read the audit log."));
        !r)
        return r.error();
    q.next();
    AuditHead head{q.value(0).toLongLong(), q.value(1).toString()};
    if (head.entries == 0)
        head.hash = QString::fromLatin1(genesisHash);
    return head;
}

Result<std::optional<std::pair<qint64, QString>>> AuditLog::entryAt(QSqlDatabase db, qint64 position)
{
    if (position <= 0)
        return std::optional<std::pair<qint64, QString>>{std::pair<qint64, QString>{0, QString::fromLatin1(genesisHash)}};
    QSqlQuery q(db);
    if (auto r = exec(q, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?"),
                      {position - 1}, tr("Could not read the audit log."));
        !r)
        return r.error();
    if (!q.next())
        return std::optional<std::pair<qint64, QString>>{};
    return std::optional<std::pair<qint64, QString>>{
        std::pair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()}};
}

Result<std::optional<qint64>> AuditLog::firstRestore(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = exec(q,
                      QStringLiteral("SELECT (SELECT count(*) FROM audit_log b WHERE b.id <= a.id) FROM audit_log a "
                                     "WHERE a.entity = 'database' AND a.action = 'restore' ORDER BY a.id LIMIT 1"),
                      {}, tr("Could not read the audit log."));
        !r)
        return r.error();
    if (!q.next())
        return std::optional<qint64>{};
    return std::optional<qint64>{q.value(0).toLongLong()};
}

Result<std::pair<std::vector<AuditEntry>, qint64>> AuditLog::entries(QSqlDatabase db,
                                                                     const AuditFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.entity.isEmpty()) {
        where.append(QStringLiteral("entity = ?"));
        values.append(filter.entity);
    }
    if (filter.unitId) {
        where.append(
            QStringLiteral("((entity = 'unit' AND entity_id = ?) OR (? <> '' AND instr(changes, ?) > 0))"));
        values << *filter.unitId << filter.unitName << filter.unitName;
    }
    if (filter.from.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        values.append(isoTime(filter.from));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("at < ?"));
        values.append(isoTime(filter.to));
    }
    const QString condition =
        where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString message = tr("Could not read the audit log.");

    QSqlQuery q(db);
    if (auto r = exec(q, QStringLiteral("SELECT count(*) FROM audit_log") + condition, values, message); !r)
        return r.error();
    q.next();
    const qint64 total = q.value(0).toLongLong();

    QVariantList limited = values;
    limited.append(std::max(0, filter.limit));
    if (auto r =
            exec(q, entryColumns + condition + QStringLiteral(" ORDER BY id DESC LIMIT ?"), limited, message);
        !r)
        return r.error();
    std::vector<AuditEntry> found;
    while (q.next())
        found.push_back(entryFromQuery(q));
    return std::pair<std::vector<AuditEntry>, qint64>{std::move(found), total};
}

Result<QStringList> AuditLog::entities(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (auto r = exec(q, QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"), {},
                      tr("Could not read the audit log."));
        !r)
        return r.error();
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

namespace {

/// Walks the chain as hashed with or without ids (before schema 9), and checks the head against meta.
Result<AuditVerification> checkChain(QSqlDatabase db, bool withId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto r = exec(q, entryColumns + QStringLiteral(" ORDER BY id"), {},
                      AuditLog::tr("Could not read the audit log."));
        !r)
        return r.error();

    AuditVerification result;
    qint64 previousId = 0;
    QString expectedPrev = QString::fromLatin1(AuditLog::genesisHash);
    while (q.next()) {
        const AuditEntry e = entryFromQuery(q);
        ++result.entries;
        if (e.prevHash != expectedPrev || (withId && e.id > previousId + 1)) {
            if (e.id > previousId + 1) {
                result.firstBadId = e.id;
                result.problem =
                    e.id == previousId + 2
                        ? AuditLog::tr("entry %1 was removed (the log goes from entry %2 to entry %3)")
                              .arg(previousId + 1)
                              .arg(previousId)
                              .arg(e.id)
                        : AuditLog::tr("entries %1 to %2 were removed (the log goes from entry %3 "
                                       "to entry %4)")
                              .arg(previousId + 1)
                              .arg(e.id - 1)
                              .arg(previousId)
                              .arg(e.id);
            } else if (previousId > 0 && e.id == previousId + 1) {
                // The entry before verified on its own, yet this one remembers another hash for it: that
                // entry was changed and its hash computed anew to hide it.
                result.firstBadId = previousId;
                result.problem = AuditLog::tr("entry %1 was changed after it was written (its hash was "
                                              "computed anew; entry %2 still holds the original)")
                                     .arg(previousId)
                                     .arg(e.id);
            } else {
                result.firstBadId = e.id;
                result.problem = AuditLog::tr("entry %1 does not follow the entry before it: an entry was "
                                              "removed or changed")
                                     .arg(e.id);
            }
            return result;
        }
        // Re-serialising the stored text must give back the same bytes, or the content was edited.
        const QByteArray &stored = e.changesJson;
        if (QJsonDocument(e.changes).toJson(QJsonDocument::Compact) != stored ||
            hashOf(e.prevHash, AuditLog::canonical(e, q.value(1).toString(), stored, withId)) != e.hash ||
            isoTime(e.at) != q.value(1).toString()) {
            result.firstBadId = e.id;
            result.problem =
                withId && e.id != previousId + 1 && previousId > 0
                    ? AuditLog::tr("entry %1 was renumbered or changed after it was written").arg(e.id)
                    : AuditLog::tr("entry %1 was changed after it was written").arg(e.id);
            return result;
        }
        previousId = e.id;
        expectedPrev = e.hash;
    }

    const auto head = readHead(db);
    if (!head)
        return head.error();
    if (head->first != result.entries || head->second != expectedPrev) {
        result.problem =
            head->first > result.entries
                ? AuditLog::tr("the log ends after entry %1 of %2 recorded: entries were removed "
                               "from its end")
                      .arg(result.entries)
                      .arg(head->first)
                : AuditLog::tr("the log's recorded end (%1 entries) does not match its %2 "
                               "entries: the log or its head was changed")
                      .arg(head->first)
                      .arg(result.entries);
        result.firstBadId = std::min(result.entries, head->first) + 1;
    }
    return result;
}

} // namespace

Result<AuditVerification> AuditLog::verify(QSqlDatabase db)
{
    // A file (a backup) from before the ids were hashed is checked as it was written.
    QSqlQuery version(db);
    const bool withId = !version.exec(QStringLiteral("PRAGMA user_version")) || !version.next() ||
                        version.value(0).toInt() >= idsHashedFromSchema;
    Result<AuditVerification> result = checkChain(db, withId);
    if (!result || !result->ok())
        return result;
    // A log that did not verify when schema 9 hashed it anew keeps saying so.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, changes FROM audit_log WHERE entity = 'audit_log' AND action = "
                              "'rehash' ORDER BY id")))
        while (q.next()) {
            const QString before = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("problem_before"))
                                       .toString();
            if (!before.isEmpty()) {
                AuditVerification bad = *result;
                bad.firstBadId = q.value(0).toLongLong();
                bad.problem = tr("before the upgrade that added entry %1 the log did not verify: %2")
                                  .arg(q.value(0).toLongLong())
                                  .arg(before);
                return bad;
            }
        }
    return result;
}

Result<void> AuditLog::rehashWithIds(QSqlDatabase db)
{
    const Result<AuditVerification> before = checkChain(db, false);
    if (!before)
        return before.error();
    if (before->entries == 0)
        return {};
    std::vector<AuditEntry> all;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (auto r = exec(q, entryColumns + QStringLiteral(" ORDER BY id"), {},
                          tr("Could not read the audit log."));
            !r)
            return r;
        while (q.next()) {
            AuditEntry e = entryFromQuery(q);
            e.hash = q.value(1).toString(); // the stored time text, hashed as stored
            all.push_back(std::move(e));
        }
    }
    const auto head = readHead(db);
    if (!head)
        return head.error();
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")))
        return StorageText::fromQuery(update, tr("Could not write the audit log."));
    QString prev = QString::fromLatin1(genesisHash);
    for (AuditEntry &e : all) {
        const QString atText = e.hash;
        e.prevHash = prev;
        e.hash = hashOf(prev, canonical(e, atText, e.changesJson));
        update.bindValue(0, e.prevHash);
        update.bindValue(1, e.hash);
        update.bindValue(2, e.id);
        if (!update.exec())
            return StorageText::fromQuery(update, tr("Could not write the audit log."));
        prev = e.hash;
    }
    QSqlQuery q(db);
    if (auto r = exec(q, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"),
                      {headKey, QString(QString::number(qint64(all.size())) + QLatin1Char(':') + prev)},
                      tr("Could not write the audit log."));
        !r)
        return r;
    // The re-hash itself is recorded, with the head it replaced and what was wrong before it, if anything.
    AuditEntry record;
    record.actor = QStringLiteral("migration");
    record.entity = QStringLiteral("audit_log");
    record.action = QStringLiteral("rehash");
    record.changes = {
        {QStringLiteral("entries"), qint64(all.size())},
        {QStringLiteral("old_head"), QString(QString::number(head->first) + QLatin1Char(':') + head->second)},
        {QStringLiteral("problem_before"), before->problem}};
    if (auto r = append(db, record); !r)
        return r.error();
    return {};
}

QJsonObject fieldChanges(const QJsonObject &was, const QJsonObject &is)
{
    QJsonObject changes;
    for (auto it = is.begin(); it != is.end(); ++it) {
        if (was.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), was.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    }
    return changes;
}

} // namespace oversight
