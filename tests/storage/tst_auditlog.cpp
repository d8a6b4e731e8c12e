// Every write leaves one audit entry in the same transaction; the hash chain finds any edit or removal.
#include "services/unitservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "tempworkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace oversight;

namespace {
qint64 entries(TempWorkspace &t)
{
    return AuditLog::count(t.ws->database().connection()).value();
}

Unit unitNamed(CampaignId campaign, const QString &name)
{
    Unit u;
    u.campaign = campaign;
    u.name = name;
    return u;
}

// A workspace with a few writes in its log: campaign create, three units, an edit, a delete.
void writeSome(TempWorkspace &t)
{
    auto &units = t.ws->units();
    const UnitId a = units.create(unitNamed(t.campaign, QStringLiteral("旗公安局"))).value();
    const UnitId b = units.create(unitNamed(t.campaign, QStringLiteral("旗自然资源局"))).value();
    QVERIFY(units.create(unitNamed(t.campaign, QStringLiteral("大沁他拉镇"))).ok());
    Unit edited = units.unit(a).value();
    edited.contactPerson = QStringLiteral("李某");
    QVERIFY(units.update(edited).ok());
    QVERIFY(units.remove(b).ok());
}
} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalFormIsQJsonDocumentsOutput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"tester"_qs;
        QTest::newRow("chinese") << u"奈曼旗市场监督管理局"_qs;
        QTest::newRow("quote and backslash") << u"a\"b\\c"_qs;
        QTest::newRow("controls") << u"line\nbreak\ttab\u0001\u001f"_qs;
        QTest::newRow("del and separators") << u"x\u007f\u2028\u2029/"_qs;
        QTest::newRow("emoji") << u"笑😀"_qs;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"x"_qs;
        QTest::newRow("empty") << QString();
    }
    void canonicalFormIsQJsonDocumentsOutput()
    {
        // The hash covers hand-built bytes; they must be exactly what QJsonDocument writes, or a verifier
        // that rebuilds them with Qt would call every entry changed.
        QFETCH(QString, text);
        AuditEntry e;
        e.at = QDateTime(QDate(2022, 5, 9), QTime(8, 30), Qt::UTC);
        e.actor = text;
        e.entity = u"unit"_qs + text;
        e.entityId = 1234567890123;
        e.action = text + u"-import"_qs;
        e.changes = QJsonObject{{u"name"_qs, text}, {u"n"_qs, 3}, {u"nested"_qs, QJsonObject{{text, text}}}};
        QJsonObject o;
        o.insert(u"at"_qs, e.at.toString(Qt::ISODateWithMs));
        o.insert(u"actor"_qs, e.actor);
        o.insert(u"entity"_qs, e.entity);
        o.insert(u"entity_id"_qs, e.entityId);
        o.insert(u"action"_qs, e.action);
        o.insert(u"changes"_qs, e.changes);
        e.id = 9876543210;
        o.insert(u"id"_qs, e.id);
        QCOMPARE(AuditLog::canonical(e, e.at.toString(Qt::ISODateWithMs),
                                     QJsonDocument(e.changes).toJson(QJsonDocument::Compact)),
                 QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void oneEntryPerWrite()
    {
        TempWorkspace t;
        QCOMPARE(entries(t), 1); // the campaign
        auto &units = t.ws->units();
        const UnitId id = units.create(unitNamed(t.campaign, QStringLiteral("旗税务局"))).value();
        QCOMPARE(entries(t), 2);
        Unit u = units.unit(id).value();
        QVERIFY(units.update(u).ok()); // nothing changed: nothing to record
        QCOMPARE(entries(t), 2);
        u.contactPhone = QStringLiteral("0475-7654321");
        QVERIFY(units.update(u).ok());
        QCOMPARE(entries(t), 3);
        QVERIFY(!units.create(unitNamed(t.campaign, QStringLiteral("旗税务局"))).ok()); // refused: no entry
        QCOMPARE(entries(t), 3);
        QVERIFY(units.remove(id).ok());
        QCOMPARE(entries(t), 4);

        QCOMPARE(t.scalar(QStringLiteral("SELECT action FROM audit_log WHERE id = 3")).toString(),
                 QStringLiteral("update"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT actor FROM audit_log WHERE id = 3")).toString(),
                 QStringLiteral("tester"));
        const QJsonObject changes =
            QJsonDocument::fromJson(
                t.scalar(QStringLiteral("SELECT changes FROM audit_log WHERE id = 3")).toString().toUtf8())
                .object();
        QCOMPARE(changes.keys(), QStringList{QStringLiteral("contact_phone")}); // only what changed
        QCOMPARE(
            changes.value(QStringLiteral("contact_phone")).toObject().value(QStringLiteral("to")).toString(),
            QStringLiteral("0475-7654321"));
    }

    void chainVerifies()
    {
        TempWorkspace t;
        writeSome(t);
        const auto v = AuditLog::verify(t.ws->database().connection());
        QVERIFY(v.ok());
        QVERIFY2(v->ok(), qPrintable(v->problem));
        QCOMPARE(v->entries, 6);
        // Each entry links to the one before it.
        QCOMPARE(t.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 1")).toString(),
                 QString::fromLatin1(AuditLog::genesisHash));
        QCOMPARE(t.scalar(QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 4")).toString(),
                 t.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = 3")).toString());
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("badId");
        QTest::newRow("changed value")
            << QStringLiteral("UPDATE audit_log SET changes = replace(changes, '公安', '公按') WHERE id = 2")
            << qint64(2);
        QTest::newRow("changed actor")
            << QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE id = 4") << qint64(4);
        QTest::newRow("changed time")
            << QStringLiteral("UPDATE audit_log SET at = '2022-01-01T00:00:00.000Z' WHERE id = 3")
            << qint64(3);
        QTest::newRow("removed middle entry")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 3") << qint64(4);
        QTest::newRow("removed last entry")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 6") << qint64(6);
        QTest::newRow("rehashed entry")
            << QStringLiteral("UPDATE audit_log SET hash = prev_hash WHERE id = 5") << qint64(5);
        // Issue 19, hole 11: the id is part of the hashed content.
        QTest::newRow("renumbered last entry")
            << QStringLiteral("UPDATE audit_log SET id = 60 WHERE id = 6") << qint64(60);
        QTest::newRow("renumbered middle entries")
            << QStringLiteral("UPDATE audit_log SET id = id + 100 WHERE id >= 4") << qint64(104);
    }

    // Issue 19, hole 11: an entry edited and its own hash computed anew is named, not the entry after it.
    void recomputedHashIsReportedAtTheChangedEntry()
    {
        TempWorkspace t;
        writeSome(t);
        QSqlQuery q(t.ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, changes, prev_hash "
                                      "FROM audit_log WHERE id = 3")));
        QVERIFY(q.next());
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = QStringLiteral("someone else");
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.prevHash = q.value(7).toString();
        q.finish();
        QVERIFY(t.run(QStringLiteral("UPDATE audit_log SET actor = 'someone else', hash = '%1' WHERE id = 3")
                          .arg(AuditLog::computeHash(e))));
        const auto v = AuditLog::verify(t.ws->database().connection());
        QVERIFY(v.ok());
        QVERIFY(!v->ok());
        QCOMPARE(*v->firstBadId, qint64(3));
        QVERIFY2(v->problem.contains(QStringLiteral("entry 3 was changed")), qPrintable(v->problem));
    }

    // Schema 9 hashed an older chain anew once, and recorded it; a chain broken before keeps saying so.
    void upgradeHashesTheChainWithIds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(OVERSIGHT_TEST_DATA "/db/schema-v1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        auto db = Database::open(path, Database::Mode::OpenExisting);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().fullText()));
        const auto v = AuditLog::verify((*db)->connection());
        QVERIFY(v.ok());
        QVERIFY2(v->ok(), qPrintable(v->problem));
        QCOMPARE(v->entries, 14); // 11, the record of the re-hash and schema 12's two campaigns filled
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT action, changes FROM audit_log WHERE action = 'rehash'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rehash"));
        const QJsonObject changes = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QCOMPARE(changes.value(QStringLiteral("entries")).toInt(), 11);
        QCOMPARE(changes.value(QStringLiteral("problem_before")).toString(), QString());
    }

    void detectsTampering()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, badId);
        TempWorkspace t;
        writeSome(t);
        QVERIFY(t.run(sql));
        const auto v = AuditLog::verify(t.ws->database().connection());
        QVERIFY(v.ok());
        QVERIFY(!v->ok());
        QVERIFY(v->firstBadId.has_value());
        QCOMPARE(*v->firstBadId, badId);
        QVERIFY(!v->problem.isEmpty());
    }

    void entryAndChangeShareATransaction()
    {
        TempWorkspace t;
        // Break the audit log so the append fails: the unit must not be written either.
        QVERIFY(t.run(QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_gone")));
        const auto id = t.ws->units().create(unitNamed(t.campaign, QStringLiteral("旗应急管理局")));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, Error::Code::Storage);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM units")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
