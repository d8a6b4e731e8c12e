// Backups, restores and verification: checked copies, exact restores, refused backups, rotation, and a full
// disk in the middle of a write (simulated with PRAGMA max_page_count: the tests cannot mount a small disk).
#include "safetytesting.h"
#include "services/unitservice.h"
#include "storage/attachmentstore.h"
#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/sqlfile.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

namespace {

Unit unitNamed(CampaignId campaign, const QString &name)
{
    Unit u;
    u.campaign = campaign;
    u.name = name;
    return u;
}

void addUnits(TempWorkspace &t, const QString &prefix, int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(t.ws->units().create(unitNamed(t.campaign, prefix + QString::number(i))).ok());
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupIsCheckedAndPrivate()
    {
        TempWorkspace t;
        addUnits(t, QStringLiteral("旗单位"), 5);
        QTemporaryDir stick;
        const QString target = stick.filePath(QStringLiteral("usb/备份.sqlite"));
        const Result<BackupInfo> info = Backup::write(t.ws->database(), target);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
        QCOMPARE(info->path, target);
        QCOMPARE(info->auditEntries, 6); // the campaign and five units
        QVERIFY(info->campaign.contains(QStringLiteral("naiman-2022")));
        QVERIFY(info->lastChange.isValid());
        QCOMPARE(QFile::permissions(target) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(entries(stick.filePath(QStringLiteral("usb"))), QStringList{QStringLiteral("备份.sqlite")});
        QCOMPARE(safety::dump(target), safety::dump(t.ws->database().connection()));
        const Result<BackupInfo> inspected = Backup::inspect(target);
        QVERIFY(inspected.ok());
        QCOMPARE(inspected->auditHead, info->auditHead);
        // A backup stands alone: rollback journal mode, no WAL needed to read it.
        QCOMPARE(safety::scalar(target, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
    }

    void backupNeverOverwrites()
    {
        TempWorkspace t;
        QTemporaryDir stick;
        const QString target = stick.filePath(QStringLiteral("there.sqlite"));
        QVERIFY(safety::writeFile(target, "keep me"));
        const Result<BackupInfo> info = Backup::write(t.ws->database(), target);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, Error::Code::Invalid);
        QCOMPARE(safety::readFile(target), QByteArray("keep me"));
        QCOMPARE(entries(stick.path()), QStringList{QStringLiteral("there.sqlite")});
        QVERIFY(!Backup::write(t.ws->database(), t.path()).ok()); // nor the database itself
        QVERIFY(Backup::write(t.ws->database(), target, true).ok());
        QVERIFY(Backup::inspect(target).ok());
    }

    // The backup taken at nine is restored at ten: every table, row and audit entry is as it was at nine.
    void restoreBringsBackExactlyTheBackedUpState()
    {
        auto t = std::make_unique<TempWorkspace>();
        addUnits(*t, QStringLiteral("旗单位"), 20);
        const QString path = t->path();
        QVERIFY(Backup::writeAutomatic(t->ws->database(), Backup::defaultKeep,
                                       QDateTime(QDate(2022, 5, 9), QTime(9, 0)))
                    .ok());
        const safety::Dump atNine = safety::dump(t->ws->database().connection());

        addUnits(*t, QStringLiteral("苏木"), 7);
        Unit edited = t->ws->units().findByName(t->campaign, QStringLiteral("旗单位3")).value().value();
        edited.notes = QStringLiteral("changed after the backup");
        QVERIFY(t->ws->units().update(edited).ok());
        QVERIFY(t->ws->campaigns().clone(t->campaign, 2023).ok());
        const safety::Dump atTen = safety::dump(t->ws->database().connection());
        QVERIFY(atTen != atNine);

        const QString backup = Backup::automaticBackups(path).value(0);
        QVERIFY(backup.endsWith(QStringLiteral("test-20220509-090000.sqlite")));
        {
            const Result<QString> whileOpen = Backup::restore(backup, path);
            QVERIFY(!whileOpen.ok());
            QCOMPARE(whileOpen.error().code, Error::Code::Locked);
        }
        t->ws.reset(); // the app closes the file before it restores
        const Result<QString> aside = Backup::restore(backup, path);
        QVERIFY2(aside.ok(), qPrintable(aside.ok() ? QString() : aside.error().fullText()));
        QVERIFY(aside->contains(QStringLiteral(".before-restore-")));
        QCOMPARE(safety::withoutRestoreRecord(safety::dump(path)), safety::withoutRestoreRecord(atNine));
        QCOMPARE(safety::dump(*aside), atTen); // kept aside, whole
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());

        auto reopened = Workspace::open(path, Database::Mode::OpenExisting);
        QVERIFY(reopened.ok());
        const auto verification = Backup::verify(reopened.value()->database().connection());
        QVERIFY(verification.ok() && verification->ok());
        QCOMPARE(reopened.value()->units().units(t->campaign).value().size(), size_t(20));
    }

    // Evidence files travel with the backup (to a USB stick, say) and come back with a restore.
    void evidenceFilesGoWithTheBackupAndComeBack()
    {
        auto t = std::make_unique<TempWorkspace>();
        const QString path = t->path();
        AttachmentStore live(path);
        const QString scan = t->dir.filePath(QStringLiteral("整改照片.jpg"));
        QVERIFY(safety::writeFile(scan, "a photograph of the rectified notice board"));
        const Result<StoredFile> stored = live.store(scan);
        QVERIFY(stored.ok());

        QTemporaryDir stick;
        const QString target = stick.filePath(QStringLiteral("备份.sqlite"));
        const Result<BackupInfo> info = Backup::write(t->ws->database(), target);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().fullText()));
        QCOMPARE(info->attachmentsCopied, 1);
        AttachmentStore onStick(target);
        QVERIFY(onStick.contains(stored->sha256));
        QCOMPARE(*onStick.verify(stored->sha256), true);
        QCOMPARE(QFile::permissions(onStick.pathOf(stored->sha256)) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        // A second backup beside it copies nothing again.
        const Result<BackupInfo> again =
            Backup::write(t->ws->database(), stick.filePath(u"第二份.sqlite"_qs));
        QCOMPARE(again->attachmentsCopied, 0);

        // The PC's disk dies with its attachments; the restore brings them back from the stick.
        t->ws.reset();
        QVERIFY(QDir(live.folder()).removeRecursively());
        const Result<QString> restored = Backup::restore(target, path);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().fullText()));
        QVERIFY(live.contains(stored->sha256));
        QCOMPARE(*live.verify(stored->sha256), true);

        // A damaged file in the backup's store is named, and nothing is restored.
        QVERIFY(QDir(live.folder()).removeRecursively());
        QVERIFY(safety::writeFile(onStick.pathOf(stored->sha256), "tampered"));
        const Result<QString> refused = Backup::restore(target, path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().fullText().contains(stored->sha256), qPrintable(refused.error().fullText()));
    }

    // Issue 19, hole 6: evidence the records name must exist and be unchanged; backups refuse without it.
    void evidenceMustBeThereForABackup()
    {
        TempWorkspace t;
        const QString scan = t.dir.filePath(QStringLiteral("凭证.pdf"));
        QVERIFY(safety::writeFile(scan, "the unit's rectification report"));
        const Result<StoredFile> stored = AttachmentStore(t.path()).store(scan);
        QVERIFY(stored.ok());
        addUnits(t, QStringLiteral("单位"), 1);
        QVERIFY(
            t.run(QStringLiteral("INSERT INTO problems (campaign_id, unit_id, area, source, description, "
                                 "deadline, status, created_at, updated_at) SELECT %1, id, 1, 'self_check', "
                                 "'x', '2022-12-31', 'open', '', '' FROM units LIMIT 1")
                      .arg(t.campaign.value)));
        QVERIFY(
            t.run(QStringLiteral("INSERT INTO problem_evidence (problem_id, kind, sha256, file_name, size, "
                                 "added_at) SELECT max(id), 'file', '%1', '凭证.pdf', 10, '' FROM problems")
                      .arg(stored->sha256)));
        Result<EvidenceCheck> check = Backup::checkEvidence(t.ws->database().connection(), t.path());
        QVERIFY(check.ok());
        QVERIFY(check->ok());
        QCOMPARE(check->checked, 1);

        // Overwritten in place: changed.
        const QString kept = AttachmentStore(t.path()).pathOf(stored->sha256);
        QVERIFY(safety::writeFile(kept, "something else"));
        check = Backup::checkEvidence(t.ws->database().connection(), t.path());
        QCOMPARE(check->changed, QStringList{stored->sha256});
        // Gone: missing, named with the file's name.
        QVERIFY(QFile::remove(kept));
        check = Backup::checkEvidence(t.ws->database().connection(), t.path());
        QCOMPARE(check->missing.size(), 1);
        QVERIFY(check->missing.constFirst().contains(QStringLiteral("凭证.pdf")));

        QTemporaryDir stick;
        const QString target = stick.filePath(QStringLiteral("b.sqlite"));
        const Result<BackupInfo> refused = Backup::write(t.ws->database(), target);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(stored->sha256), qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(target));
        const Result<BackupInfo> allowed = Backup::write(t.ws->database(), target, false, true);
        QVERIFY2(allowed.ok(), qPrintable(allowed.ok() ? QString() : allowed.error().fullText()));
        QCOMPARE(allowed->evidenceMissing.size(), 1);

        // The restore of that backup refuses too, unless allowed.
        const QString path = t.path();
        t.ws.reset();
        const Result<QString> restoreRefused = Backup::restore(target, path);
        QVERIFY(!restoreRefused.ok());
        QStringList missing;
        const Result<QString> restored = Backup::restore(target, path, true, &missing);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().fullText()));
        QCOMPARE(missing.size(), 1);
    }

    // Issue 19, hole 11: a history rewritten offline (and its chain computed anew) or cut off at its end
    // verifies on its own, but not against a backup that holds the old history.
    void backupsAnchorTheHistory_data()
    {
        QTest::addColumn<QString>("rewrite");
        QTest::addColumn<qint64>("badId");
        QTest::addColumn<QString>("said");
        QTest::newRow("changed entry") << QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 4")
                                       << qint64(4) << QStringLiteral("entry 4 differs");
        QTest::newRow("cut off") << QStringLiteral("DELETE FROM audit_log WHERE id > 5") << qint64(6)
                                 << QStringLiteral("the log ends after entry 5");
        QTest::newRow("entry removed") << QStringLiteral("DELETE FROM audit_log WHERE id = 3") << qint64(3)
                                       << QStringLiteral("entry 3 is missing");
    }

    void backupsAnchorTheHistory()
    {
        QFETCH(QString, rewrite);
        QFETCH(qint64, badId);
        QFETCH(QString, said);
        TempWorkspace t;
        addUnits(t, QStringLiteral("旗单位"), 6);
        QTemporaryDir stick;
        const QString backup = stick.filePath(QStringLiteral("b.sqlite"));
        QVERIFY(Backup::write(t.ws->database(), backup).ok());
        QSqlDatabase db = t.ws->database().connection();
        Result<AnchorCheck> check = Backup::compareWithBackup(db, backup);
        QVERIFY(check.ok() && check->ok());
        addUnits(t, QStringLiteral("苏木"), 2); // later work continues the history
        check = Backup::compareWithBackup(db, backup);
        QVERIFY(check.ok() && check->ok());

        // The forger rewrites and computes the whole chain and its head anew.
        QVERIFY(t.run(rewrite));
        std::vector<AuditEntry> all;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, entity, entity_id, action, changes FROM "
                                          "audit_log ORDER BY id")));
            while (q.next()) {
                AuditEntry e;
                e.id = q.value(0).toLongLong();
                e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
                e.actor = q.value(2).toString();
                e.entity = q.value(3).toString();
                e.entityId = q.value(4).toLongLong();
                e.action = q.value(5).toString();
                e.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
                all.push_back(e);
            }
        }
        QString prev = QString::fromLatin1(AuditLog::genesisHash);
        for (AuditEntry &e : all) {
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            QVERIFY(t.run(QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3")
                              .arg(e.prevHash, e.hash)
                              .arg(e.id)));
            prev = e.hash;
        }
        QVERIFY(t.run(QStringLiteral("UPDATE meta SET value = '%1:%2' WHERE key = 'audit_head'")
                          .arg(all.size())
                          .arg(prev)));
        const auto alone = AuditLog::verify(db);
        QVERIFY(alone.ok());
        if (rewrite.contains(QLatin1String("id = 3"))) {
            QVERIFY(!alone->ok()); // a gap in the ids shows even without an anchor
        } else {
            QVERIFY2(alone->ok(), qPrintable(alone->problem));
        }

        check = Backup::compareWithBackup(db, backup);
        QVERIFY(check.ok());
        QVERIFY(!check->ok());
        QCOMPARE(*check->badId, badId);
        QVERIFY2(check->problem.contains(said), qPrintable(check->problem));
    }

    // A restore is recorded, so later backups of the history it replaced are not taken for forgeries.
    void historyAfterARestoreStillAgreesWithOlderBackups()
    {
        auto t = std::make_unique<TempWorkspace>();
        addUnits(*t, QStringLiteral("旗单位"), 3);
        const QString path = t->path();
        const QString early = t->dir.filePath(QStringLiteral("early.sqlite"));
        QVERIFY(Backup::write(t->ws->database(), early).ok());
        addUnits(*t, QStringLiteral("苏木"), 3);
        const QString late = t->dir.filePath(QStringLiteral("late.sqlite"));
        QVERIFY(Backup::write(t->ws->database(), late).ok());
        t->ws.reset();
        QVERIFY(Backup::restore(early, path).ok());
        auto reopened = Workspace::open(path, Database::Mode::OpenExisting);
        QVERIFY(reopened.ok());
        QVERIFY(reopened.value()->units().create(unitNamed(t->campaign, QStringLiteral("新单位"))).ok());
        for (const QString &anchor : {early, late}) {
            const Result<AnchorCheck> check =
                Backup::compareWithBackup(reopened.value()->database().connection(), anchor);
            QVERIFY(check.ok());
            QVERIFY2(check->ok(), qPrintable(anchor + QLatin1Char(' ') + check->problem));
        }
    }

    // Issue 19, hole 7: a backup this version cannot open never replaces the database.
    void restoreRefusesABackupThatCannotBeUpgraded()
    {
        auto t = std::make_unique<TempWorkspace>();
        addUnits(*t, QStringLiteral("旗单位"), 2);
        const QString path = t->path();
        t->ws.reset();
        const QByteArray before = safety::readFile(path);
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(OVERSIGHT_TEST_DATA "/db/schema-v1.sqlite"), old));
        QVERIFY(QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner));
        (void)safety::scalar(old, {QStringLiteral("CREATE TABLE complaints (x)")});
        QCOMPARE(safety::scalar(old, QStringLiteral("SELECT count(*) FROM complaints")).toInt(), 0);
        const Result<QString> refused = Backup::restore(old, path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("cannot be opened by this version")),
                 qPrintable(refused.error().fullText()));
        QCOMPARE(safety::readFile(path), before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("old.sqlite")});
        // A good old backup is upgraded on the way in.
        const QString good = dir.filePath(QStringLiteral("good-v1.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(OVERSIGHT_TEST_DATA "/db/schema-v1.sqlite"), good));
        QVERIFY(QFile::setPermissions(good, QFile::ReadOwner | QFile::WriteOwner));
        const Result<QString> restored = Backup::restore(good, path);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().fullText()));
        QCOMPARE(safety::scalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
                 Database::latestSchemaVersion());
    }

    void restoreReplacesADamagedFile()
    {
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("good.sqlite"));
        safety::Dump good;
        {
            TempWorkspace t;
            addUnits(t, QStringLiteral("旗单位"), 3);
            QVERIFY(Backup::write(t.ws->database(), backup).ok());
            good = safety::dump(t.ws->database().connection());
        }
        const QString path = dir.filePath(QStringLiteral("oversight.sqlite"));
        const QByteArray garbage = safety::randomBytes(8192, 7);
        QVERIFY(safety::writeFile(path, garbage));
        QVERIFY(!Database::open(path, Database::Mode::OpenExisting).ok());
        const Result<QString> aside = Backup::restore(backup, path);
        QVERIFY(aside.ok());
        QCOMPARE(safety::readFile(*aside), garbage);
        QCOMPARE(safety::withoutRestoreRecord(safety::dump(path)), safety::withoutRestoreRecord(good));
    }

    void refusesABadBackup_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        for (const char *damage : {"empty", "text", "random bytes", "cut in half", "cut mid-page", "foreign",
                                   "blank sqlite", "damaged page"})
            QTest::newRow(damage) << QString::fromLatin1(damage) << int(Error::Code::Damaged);
        QTest::newRow("newer version") << QStringLiteral("newer version") << int(Error::Code::TooNew);
        QTest::newRow("changed audit entry")
            << QStringLiteral("changed audit entry") << int(Error::Code::Damaged);
        QTest::newRow("deleted audit entry")
            << QStringLiteral("deleted audit entry") << int(Error::Code::Damaged);
        QTest::newRow("missing") << QStringLiteral("missing") << int(Error::Code::NotFound);
    }

    void refusesABadBackup()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        {
            TempWorkspace t;
            addUnits(t, QStringLiteral("旗单位"), 40);
            QVERIFY(Backup::write(t.ws->database(), backup).ok());
        }
        QVERIFY(safety::damage(backup, damage));

        TempWorkspace current;
        addUnits(current, QStringLiteral("现有"), 2);
        const QString path = current.path();
        current.ws.reset();
        const QByteArray before = safety::readFile(path);
        const QStringList filesBefore = entries(QFileInfo(path).absolutePath());

        const Result<BackupInfo> inspected = Backup::inspect(backup);
        QVERIFY(!inspected.ok());
        QCOMPARE(int(inspected.error().code), code);
        QVERIFY(!inspected.error().message.isEmpty());
        const Result<QString> restored = Backup::restore(backup, path);
        QVERIFY(!restored.ok());
        QCOMPARE(int(restored.error().code), code);
        QCOMPARE(safety::readFile(path), before);
        QCOMPARE(entries(QFileInfo(path).absolutePath()), filesBefore); // nothing staged is left behind
    }

    void automaticBackupsRotateAndSkipUnchangedStates()
    {
        TempWorkspace t;
        const QDateTime start(QDate(2022, 5, 1), QTime(18, 0));
        for (int day = 0; day < 5; ++day) {
            addUnits(t, QStringLiteral("第%1天").arg(day), 1);
            const auto written = Backup::writeAutomatic(t.ws->database(), 3, start.addDays(day));
            QVERIFY(written.ok());
            QVERIFY(written->has_value());
        }
        const QStringList kept = Backup::automaticBackups(t.path());
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept.at(0).endsWith(QStringLiteral("test-20220505-180000.sqlite")));
        QVERIFY(kept.at(2).endsWith(QStringLiteral("test-20220503-180000.sqlite")));
        QCOMPARE(Backup::newestAutomaticTime(t.path()), start.addDays(4));
        QCOMPARE(QFile::permissions(Backup::automaticFolder(t.path())) &
                     (QFile::ReadOther | QFile::ReadGroup | QFile::ExeOther),
                 QFile::Permissions());

        // Nothing changed: no new backup pushes an older state out.
        const auto again = Backup::writeAutomatic(t.ws->database(), 3, start.addDays(6));
        QVERIFY(again.ok());
        QVERIFY(!again->has_value());
        QCOMPARE(Backup::automaticBackups(t.path()), kept);

        // A damaged newest backup is passed over for the one before it.
        QVERIFY(safety::damage(kept.at(0), QStringLiteral("cut in half")));
        const std::optional<BackupInfo> good = Backup::newestGood(t.path());
        QVERIFY(good.has_value());
        QCOMPARE(good->path, kept.at(1));
    }

    void verifyNamesTheChangedOrMissingEntry()
    {
        TempWorkspace t;
        addUnits(t, QStringLiteral("旗单位"), 9);
        QSqlDatabase db = t.ws->database().connection();
        auto clean = Backup::verify(db);
        QVERIFY(clean.ok() && clean->ok());
        QCOMPARE(clean->auditEntries, 10);

        QVERIFY(t.run(QStringLiteral("UPDATE audit_log SET changes = replace(changes, '旗单位4', '旗单位X') "
                                     "WHERE id = 6")));
        auto changed = Backup::verify(db);
        QVERIFY(changed.ok() && !changed->ok());
        QCOMPARE(changed->auditBadId.value_or(0), 6);
        QVERIFY(changed->auditProblem.contains(QStringLiteral("entry 6")));

        QVERIFY(t.run(QStringLiteral("DELETE FROM audit_log WHERE id IN (6, 7)")));
        auto removed = Backup::verify(db);
        QVERIFY(removed.ok() && !removed->ok());
        QVERIFY2(removed->auditProblem.contains(QStringLiteral("entries 6 to 7 were removed")),
                 qPrintable(removed->auditProblem));
        QVERIFY(removed->integrityProblems.isEmpty());
    }

    // The disk fills up in the middle of an import: the import is refused with a clear message, nothing of
    // it is written, and the file stays whole. Simulated with PRAGMA max_page_count (the test cannot mount a
    // small file system); the CLI test does it with a file size limit instead.
    void fullDiskDuringAWrite()
    {
        TempWorkspace t;
        addUnits(t, QStringLiteral("旗单位"), 3);
        const safety::Dump before = safety::dump(t.ws->database().connection());
        const int pages = t.scalar(QStringLiteral("PRAGMA page_count")).toInt();
        QVERIFY(t.run(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));

        std::vector<Unit> many;
        for (int i = 0; i < 3000; ++i)
            many.push_back(unitNamed(t.campaign, QStringLiteral("苏木%1").arg(i)));
        const Result<void> imported = t.ws->units().importUnits(t.campaign, many, {});
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, Error::Code::Io);
        QVERIFY2(imported.error().message.contains(QStringLiteral("disk is full")),
                 qPrintable(imported.error().fullText()));
        QCOMPARE(safety::dump(t.ws->database().connection()), before);
        const auto verification = Backup::verify(t.ws->database().connection());
        QVERIFY(verification.ok() && verification->ok());

        // With room again the same import goes through.
        QVERIFY(t.run(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(t.ws->units().importUnits(t.campaign, many, {}).ok());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM units")).toInt(), 3003);
    }

    void sqliteFileProblems()
    {
        TempWorkspace t;
        addUnits(t, QStringLiteral("旗单位"), 40);
        const QString path = t.path();
        t.ws.reset();
        QVERIFY(!SqliteFile::problem(path).has_value());
        QTemporaryDir dir;
        for (const char *damage : {"empty", "text", "random bytes", "cut in half", "cut mid-page"}) {
            const QString copy = dir.filePath(QString::fromLatin1(damage));
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(safety::damage(copy, QString::fromLatin1(damage)));
            QVERIFY2(SqliteFile::problem(copy).has_value(), damage);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
