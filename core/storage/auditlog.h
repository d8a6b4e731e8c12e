#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace oversight {

/// One change as the audit log records it (全过程记录).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;   ///< UTC, millisecond precision
    QString actor;  ///< who made the change (the operator's name)
    QString entity; ///< "campaign", "unit", …
    qint64 entityId = 0;
    QString action;      ///< "create", "update", "delete", …
    QJsonObject changes; ///< field → new value, or field → {"from": …, "to": …} for updates
    QString prevHash;
    QString hash;
    /// The compact JSON of `changes` when the writer already has it (bulk writes build it directly);
    /// empty means serialise `changes`. Must equal QJsonDocument(changes).toJson(Compact).
    QByteArray changesJson = {};
};

/// The outcome of checking the chain: how many entries were read, and the first broken one if any.
struct AuditVerification
{
    qint64 entries = 0;
    std::optional<qint64> firstBadId; ///< id of the first entry whose hash or link does not verify
    QString problem;                  ///< what is wrong there, for the clerk
    [[nodiscard]] bool ok() const { return !firstBadId.has_value() && problem.isEmpty(); }
};

/// The chain's head at one moment, as an issued document, a printed report or a backup records it (an audit
/// anchor): how many entries the log held and the newest one's hash. Each hash covers every entry before
/// it, so a log rewritten or cut short anywhere up to that entry no longer ends there with that hash.
struct AuditHead
{
    qint64 entries = 0;
    QString hash; ///< hex SHA-256 of entry number `entries`; the genesis hash for an empty log
    [[nodiscard]] bool isValid() const { return entries >= 0 && hash.size() == 64; }
    /// "ENTRIES:HASH", the form stored and printed.
    [[nodiscard]] QString text() const;
    /// The head `text()` wrote, or nothing when `text` is not one.
    [[nodiscard]] static std::optional<AuditHead> parse(const QString &text);
};

/// Which entries the audit view shows. Empty members do not filter.
struct AuditFilter
{
    QString entity;               ///< "unit", "complaint", … (the stored word)
    std::optional<qint64> unitId; ///< entries about this unit: its own, and those whose changes name it
    QString unitName;             ///< the unit's name, to find it in other records' changes
    QDateTime from;               ///< inclusive
    QDateTime to;                 ///< exclusive
    int limit = 5000;             ///< newest first, at most this many
};

/// The hash-chained log of every write. Each entry stores SHA-256 over the previous entry's hash and its own
/// canonical content, so a changed byte or a removed entry breaks the chain. The head (count and last hash)
/// is also kept in the meta table, so cutting entries off the end is detected too.
/// append() must run inside the caller's transaction, so the entry and the change land together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AuditLog)
public:
    /// The schema version whose migration hashed the chain anew with ids; files below it hash without.
    static constexpr int idsHashedFromSchema = 9;
    static constexpr const char *genesisHash =
        "0000000000000000000000000000000000000000000000000000000000000000";

    [[nodiscard]] static Result<qint64> append(QSqlDatabase db, AuditEntry entry);
    /// Appends many entries in order, as append() would one by one, with one statement prepared once and
    /// the head written once: for imports and bulk changes. Inside the caller's transaction.
    [[nodiscard]] static Result<void> appendMany(QSqlDatabase db, std::vector<AuditEntry> entries);
    [[nodiscard]] static Result<AuditVerification> verify(QSqlDatabase db);
    [[nodiscard]] static Result<qint64> count(QSqlDatabase db);
    /// The head as the log itself holds it now (its entries and the newest hash), for an anchor.
    [[nodiscard]] static Result<AuditHead> head(QSqlDatabase db);
    /// The id and hash of the `position`-th entry (1-based, in id order), or nothing past the end.
    [[nodiscard]] static Result<std::optional<std::pair<qint64, QString>>> entryAt(QSqlDatabase db,
                                                                                   qint64 position);
    /// The position of the first entry recording a restore from a backup, or nothing.
    [[nodiscard]] static Result<std::optional<qint64>> firstRestore(QSqlDatabase db);
    /// The entries `filter` selects, newest first, and how many it selects in all (beyond the limit too).
    [[nodiscard]] static Result<std::pair<std::vector<AuditEntry>, qint64>>
    entries(QSqlDatabase db, const AuditFilter &filter);
    /// The entity words the log holds, sorted.
    [[nodiscard]] static Result<QStringList> entities(QSqlDatabase db);
    /// The hash that entry content must carry; exposed for the verifier and tests.
    [[nodiscard]] static QString computeHash(const AuditEntry &entry);
    /// Appends `text` as QJsonDocument's compact writer spells a JSON string, quotes included.
    static void appendJsonString(QByteArray &out, const QString &text);
    /// The bytes the hash covers: the compact JSON of {action, actor, at, changes, entity, entity_id, id} as
    /// QJsonDocument writes it (without id before schema 9). `atText` is the stored time text, `changesJson`
    /// the stored changes text.
    [[nodiscard]] static QByteArray canonical(const AuditEntry &entry, const QString &atText,
                                              const QByteArray &changesJson, bool withId = true);
    /// Schema 9: the chain hashed anew with each entry's id in its content, once; recorded as an entry
    /// (entity "audit_log", action "rehash") with the old head and what was wrong before, if anything.
    [[nodiscard]] static Result<void> rehashWithIds(QSqlDatabase db);
};

/// The fields of an update: each key of `is` whose value differs from `was`, as {field: {"from": …, "to": …}}
/// (the form AuditEntry::changes documents). Keys only in `was` are not listed.
[[nodiscard]] QJsonObject fieldChanges(const QJsonObject &was, const QJsonObject &is);

} // namespace oversight
