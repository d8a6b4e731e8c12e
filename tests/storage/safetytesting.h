#pragma once
// Helpers for the data-safety tests: whole-file dumps to compare states, and the ways a file gets damaged.

#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

namespace safety {

/// Every table's rows in rowid order, one line per row: equal dumps mean the same state.
using Dump = QStringList;

inline Dump dump(QSqlDatabase db)
{
    Dump out;
    QStringList tables;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'index', "
                              "'trigger', 'view') ORDER BY type, name"));
        while (q.next()) {
            out.append(QStringLiteral("schema %1: %2").arg(q.value(0).toString(), q.value(1).toString()));
            if (q.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
                tables.append(q.value(0).toString());
        }
    }
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA user_version"));
        q.next();
        out.append(QStringLiteral("user_version %1").arg(q.value(0).toInt()));
    }
    for (const QString &table : tables) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
            q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (q.next()) {
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant v = q.value(i);
                if (v.isNull())
                    cells.append(QStringLiteral("NULL"));
                else if (v.typeId() == QMetaType::QByteArray)
                    cells.append(QString::fromLatin1(
                        QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256).toHex()));
                else
                    cells.append(v.toString());
            }
            out.append(table + QLatin1Char('|') + cells.join(QLatin1Char('|')));
        }
    }
    return out;
}

/// A dump without what a restore adds to the restored file: its audit entry and the log's head.
inline Dump withoutRestoreRecord(Dump d)
{
    d.removeIf([](const QString &line) {
        return line.startsWith(QLatin1String("meta|audit_head|")) ||
               (line.startsWith(QLatin1String("audit_log|")) && line.contains(QLatin1String("|database|")) &&
                line.contains(QLatin1String("|restore|")));
    });
    return d;
}

inline Dump dump(const QString &path)
{
    const QString name = QStringLiteral("dump-") + QUuid::createUuid().toString();
    Dump out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            out = dump(db);
        else
            out.append(QStringLiteral("cannot open: ") + path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

/// Runs statements on a file through a connection of its own; the value of the last one.
inline QVariant scalar(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql))
                    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
            if (q.isSelect() && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}
inline QVariant scalar(const QString &path, const QString &sql)
{
    return scalar(path, QStringList{sql});
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

/// The damaged-file cases, by name: "empty", "text", "random bytes", "cut in half", "cut mid-page",
/// "damaged page" (random bytes over pages in the middle; the header stays), "foreign" (another program's
/// SQLite file), "blank sqlite" (SQLite with no tables), "newer version", "changed audit entry", "deleted
/// audit entry", "missing". The file must be a closed database of ours.
inline bool damage(const QString &path, const QString &kind)
{
    const QByteArray bytes = readFile(path);
    const qsizetype pageSize = 4096;
    if (kind == QLatin1String("empty"))
        return writeFile(path, {});
    if (kind == QLatin1String("text"))
        return writeFile(path, "this is a letter, not a database\n");
    if (kind == QLatin1String("random bytes"))
        return writeFile(path, randomBytes(bytes.size(), 11));
    if (kind == QLatin1String("cut in half"))
        return bytes.size() >= 4 * pageSize &&
               writeFile(path, bytes.left(bytes.size() / 2 / pageSize * pageSize));
    if (kind == QLatin1String("cut mid-page"))
        return bytes.size() >= 2 * pageSize && writeFile(path, bytes.left(bytes.size() - 1000));
    if (kind == QLatin1String("damaged page")) {
        if (bytes.size() < 4 * pageSize)
            return false;
        QByteArray damaged = bytes;
        const qsizetype from = pageSize, length = (bytes.size() / 2 / pageSize) * pageSize;
        damaged.replace(from, length, randomBytes(length, 13));
        return writeFile(path, damaged);
    }
    if (kind == QLatin1String("missing"))
        return QFile::remove(path);
    if (kind == QLatin1String("foreign") || kind == QLatin1String("blank sqlite")) {
        QFile::remove(path);
        const QStringList sql =
            kind == QLatin1String("foreign")
                ? QStringList{QStringLiteral("CREATE TABLE songs (title TEXT)"),
                              QStringLiteral("INSERT INTO songs VALUES ('x')")}
                : QStringList{QStringLiteral("CREATE TABLE x (a)"), QStringLiteral("DROP TABLE x")};
        scalar(path, sql);
        return QFileInfo(path).size() > 0;
    }
    if (kind == QLatin1String("newer version"))
        return scalar(path, QStringList{QStringLiteral("PRAGMA user_version = %1")
                                            .arg(oversight::Database::latestSchemaVersion() + 1),
                                        QStringLiteral("PRAGMA user_version")})
                   .toInt() > oversight::Database::latestSchemaVersion();
    if (kind == QLatin1String("changed audit entry"))
        return scalar(path, QStringList{QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 3"),
                                        QStringLiteral("SELECT changes()")})
                   .toInt() == 1;
    if (kind == QLatin1String("deleted audit entry"))
        return scalar(path, QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 3"),
                                        QStringLiteral("SELECT changes()")})
                   .toInt() == 1;
    qWarning("unknown damage %s", qPrintable(kind));
    return false;
}

/// A forger with the file to hand: runs `statements` (an entry changed, entries dropped), then computes every
/// entry's link and hash anew from its stored content, and the head in meta, so that the chain verifies on its
/// own. Returns false when a statement fails.
inline bool forgeAuditChain(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("forge-") + QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        std::vector<oversight::AuditEntry> all;
        ok = ok && q.exec(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, changes FROM audit_log "
                                         "ORDER BY id"));
        while (ok && q.next()) {
            oversight::AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
            e.actor = q.value(2).toString();
            e.entity = q.value(3).toString();
            e.entityId = q.value(4).toLongLong();
            e.action = q.value(5).toString();
            e.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            all.push_back(e);
        }
        QString prev = QString::fromLatin1(oversight::AuditLog::genesisHash);
        for (oversight::AuditEntry &e : all) {
            e.prevHash = prev;
            e.hash = oversight::AuditLog::computeHash(e);
            ok = ok && q.exec(QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3")
                                  .arg(e.prevHash, e.hash)
                                  .arg(e.id));
            prev = e.hash;
        }
        ok = ok && q.exec(QStringLiteral("UPDATE meta SET value = '%1:%2' WHERE key = 'audit_head'")
                              .arg(qint64(all.size()))
                              .arg(prev));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace safety
