// oversight-cli as a script sees it: the program run in a child process, its exit codes, stdout and stderr.
// Every child gets a temporary HOME and XDG_DATA_HOME and a temporary working directory.
#include "campaign/campaignloader.h"
#include "services/campaignservice.h"
#include "services/clock.h"
#include "services/documentservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace oversight;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;

    [[nodiscard]] QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    [[nodiscard]] QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    [[nodiscard]] QJsonObject json() const
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("not a JSON object: %s", qPrintable(out));
        return doc.object();
    }
    /// For QVERIFY2: what the program said, when a check fails.
    [[nodiscard]] QByteArray said() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err).toUtf8();
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString builtinDisplayName()
{
    return CampaignLoader::loadFile(CampaignLoader::builtinPath()).value().displayName();
}

QString lineWith(const QStringList &lines, const QString &a, const QString &b = {})
{
    for (const QString &line : lines) {
        if (line.contains(a) && (b.isEmpty() || line.contains(b)))
            return line;
    }
    return {};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir
        m_home; ///< HOME and XDG_DATA_HOME of every child: the default database lands here, never in ours
    QTemporaryDir m_cwd; ///< the children's working directory

    /// Runs oversight-cli in English (messages are checked in English; the default is Chinese).
    Run cli(const QStringList &arguments, const QString &home = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString h = home.isEmpty() ? m_home.path() : home;
        env.insert(QStringLiteral("HOME"), h);
        env.insert(QStringLiteral("XDG_DATA_HOME"), h + QStringLiteral("/xdg"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_cwd.path());
        p.start(QStringLiteral(OVERSIGHT_CLI),
                QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        Run run;
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
            p.kill();
            p.waitForFinished();
            run.err = QStringLiteral("the program did not finish: ") + p.errorString();
            return run;
        }
        run.code = p.exitCode();
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    /// A database made by `init` in `dir`.
    QString initialised(const QTemporaryDir &dir, const QString &name = QStringLiteral("campaign.sqlite"))
    {
        const QString path = dir.filePath(name);
        const Run run = cli({QStringLiteral("--db"), path, QStringLiteral("init")});
        if (run.code != 0)
            qWarning("init failed: %s", run.said().constData());
        return path;
    }

    static QStringList dbArgs(const QString &path, const QStringList &rest)
    {
        return QStringList{QStringLiteral("--db"), path} + rest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_cwd.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(OVERSIGHT_CLI)).isExecutable(), OVERSIGHT_CLI);
    }

    void initCreatesAndSaysWhat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folder/x.sqlite"));
        const Run run = cli(dbArgs(path, {QStringLiteral("init")}));
        QVERIFY2(run.code == 0, run.said());
        QVERIFY(QFileInfo::exists(path));
        QVERIFY2(run.out.contains(QFileInfo(path).absoluteFilePath()), run.said());
        QVERIFY2(run.out.contains(QStringLiteral("naiman-2022")), run.said());
        QVERIFY(run.err.isEmpty());
        // Closed cleanly: the WAL is folded back, the lock released.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void statusJsonShape_data()
    {
        QTest::addColumn<QString>("today");
        QTest::addColumn<QJsonValue>("phase");
        QTest::addColumn<QString>("nextPhase"); // empty: the key must be absent
        QTest::addColumn<QJsonValue>("nextDue");

        QTest::newRow("before the first phase")
            << QStringLiteral("2022-03-01") << QJsonValue(QStringLiteral("未开始")) << QString()
            << QJsonValue(QStringLiteral("2022-04-02"));
        QTest::newRow("first day of mobilisation")
            << QStringLiteral("2022-03-23") << QJsonValue(QStringLiteral("动员部署")) << QString()
            << QJsonValue(QStringLiteral("2022-04-02"));
        QTest::newRow("shared day: the later phase")
            << QStringLiteral("2022-04-10") << QJsonValue(QStringLiteral("自查")) << QString()
            << QJsonValue(QStringLiteral("2022-04-10")); // the implementation plan, due that day
        QTest::newRow("between self-check and spot check")
            << QStringLiteral("2022-05-20") << QJsonValue(QJsonValue::Null) << QStringLiteral("抽检")
            << QJsonValue(QStringLiteral("2022-05-21"));
        QTest::newRow("shared day 09-15")
            << QStringLiteral("2022-09-15") << QJsonValue(QStringLiteral("总结验收")) << QString()
            << QJsonValue(QStringLiteral("2022-10-12"));
        QTest::newRow("after the last phase")
            << QStringLiteral("2022-12-01") << QJsonValue(QStringLiteral("已结束")) << QString()
            << QJsonValue(QJsonValue::Null);
    }

    void statusJsonShape()
    {
        QFETCH(QString, today);
        QFETCH(QJsonValue, phase);
        QFETCH(QString, nextPhase);
        QFETCH(QJsonValue, nextDue);

        QTemporaryDir dir;
        const QString path = initialised(dir);
        const Run run = cli(dbArgs(
            path, {QStringLiteral("--today"), today, QStringLiteral("status"), QStringLiteral("--json")}));
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.err.isEmpty(), run.said());
        const QJsonObject o = run.json();

        // Exactly the parts built so far; nothing faked for the ones still to come.
        QSet<QString> expected{QStringLiteral("campaign"),      QStringLiteral("campaign_code"),
                               QStringLiteral("today"),         QStringLiteral("phase"),
                               QStringLiteral("next_deadline"), QStringLiteral("units"),
                               QStringLiteral("complaints"),    QStringLiteral("spot_check"),
                               QStringLiteral("normative"),     QStringLiteral("training"),
                               QStringLiteral("area10")};
        if (!nextPhase.isEmpty())
            expected.insert(QStringLiteral("next_phase"));
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()), expected);

        QCOMPARE(o.value(QStringLiteral("campaign")).toString(), builtinDisplayName());
        QCOMPARE(o.value(QStringLiteral("campaign_code")).toString(), QStringLiteral("naiman-2022"));
        QCOMPARE(o.value(QStringLiteral("today")).toString(), today);
        QCOMPARE(o.value(QStringLiteral("phase")), phase);
        if (!nextPhase.isEmpty())
            QCOMPARE(o.value(QStringLiteral("next_phase")).toString(), nextPhase);
        QVERIFY(o.value(QStringLiteral("units")).isArray());
        QCOMPARE(o.value(QStringLiteral("units")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("complaints")).toObject(),
                 (QJsonObject{{QStringLiteral("open"), 0},
                              {QStringLiteral("overdue"), 0},
                              {QStringLiteral("closed"), 0}}));
        QCOMPARE(o.value(QStringLiteral("normative")).toObject(),
                 (QJsonObject{{QStringLiteral("filed"), 0},
                              {QStringLiteral("late"), 0},
                              {QStringLiteral("unfiled_known"), 0},
                              {QStringLiteral("zero_reports_missing"), 0}}));

        const QJsonValue deadline = o.value(QStringLiteral("next_deadline"));
        if (nextDue.isNull()) {
            QVERIFY(deadline.isNull());
        } else {
            const QJsonObject d = deadline.toObject();
            QCOMPARE(d.value(QStringLiteral("due")), nextDue);
            QVERIFY(!d.value(QStringLiteral("title")).toString().isEmpty());
            QCOMPARE(d.value(QStringLiteral("days_left")).toInt(),
                     int(QDate::fromString(today, Qt::ISODate)
                             .daysTo(QDate::fromString(nextDue.toString(), Qt::ISODate))));
        }
    }

    void statusListsUnitsAndMissingContacts()
    {
        QTemporaryDir dir;
        const QString path = initialised(dir);
        {
            auto ws = Workspace::open(path, Database::Mode::OpenExisting).value();
            const CampaignId campaign = ws->campaigns().current().value();
            Unit named;
            named.campaign = campaign;
            named.name = QStringLiteral("旗市场监督管理局");
            named.contactPerson = QStringLiteral("李某");
            named.contactPhone = QStringLiteral("0475-0000001");
            QVERIFY(ws->units().create(named).ok());
            Unit unnamed;
            unnamed.campaign = campaign;
            unnamed.name = QStringLiteral("青龙山镇");
            unnamed.category = Unit::Category::Township;
            QVERIFY(ws->units().create(unnamed).ok());
        }

        const Run json = cli(dbArgs(path, {QStringLiteral("--today"), QStringLiteral("2022-04-01"),
                                           QStringLiteral("status"), QStringLiteral("--json")}));
        QVERIFY2(json.code == 0, json.said());
        const QJsonArray units = json.json().value(QStringLiteral("units")).toArray();
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("旗市场监督管理局"));
        QCOMPARE(units.at(0).toObject().value(QStringLiteral("category")).toString(), QStringLiteral("部门"));
        QCOMPARE(units.at(0).toObject().value(QStringLiteral("contact_named")), QJsonValue(true));
        QCOMPARE(units.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("青龙山镇"));
        QCOMPARE(units.at(1).toObject().value(QStringLiteral("category")).toString(),
                 QStringLiteral("苏木乡镇"));
        QCOMPARE(units.at(1).toObject().value(QStringLiteral("contact_named")), QJsonValue(false));

        const Run text = cli(dbArgs(
            path, {QStringLiteral("--today"), QStringLiteral("2022-04-01"), QStringLiteral("status")}));
        QVERIFY2(text.code == 0, text.said());
        const QStringList lines = text.outLines();
        QVERIFY2(!lineWith(lines, QStringLiteral("Today:"), QStringLiteral("2022-04-01")).isEmpty(),
                 text.said());
        QVERIFY2(!lineWith(lines, QStringLiteral("Phase:"), QStringLiteral("动员部署")).isEmpty(),
                 text.said());
        QVERIFY2(!lineWith(lines, QStringLiteral("Next deadline:"), QStringLiteral("2022-04-02")).isEmpty(),
                 text.said());
        QVERIFY2(!lineWith(lines, QStringLiteral("1 day left")).isEmpty(), text.said());
        QVERIFY2(!lineWith(lines, QStringLiteral("Units:"), QStringLiteral("2")).isEmpty(), text.said());
        // The township without a contact is listed by name; the bureau that named one is not.
        const qsizetype heading =
            lines.indexOf(lineWith(lines, QStringLiteral("without a campaign contact")));
        QVERIFY2(heading >= 0, text.said());
        QCOMPARE(lines.mid(heading + 1), QStringList{QStringLiteral("  青龙山镇")});
    }

    void statusCountsComplaintsPerUnitWithoutTheComplainant()
    {
        QTemporaryDir dir;
        const QString path = initialised(dir);
        {
            auto ws = Workspace::open(path, Database::Mode::OpenExisting,
                                      std::make_unique<FixedClock>(QDate(2022, 7, 20)))
                          .value();
            const CampaignId campaign = ws->campaigns().current().value();
            UnitId ids[2];
            const QString names[2] = {QStringLiteral("旗市场监督管理局"), QStringLiteral("旗公安局")};
            for (int i = 0; i < 2; ++i) {
                Unit u;
                u.campaign = campaign;
                u.name = names[i];
                ids[i] = ws->units().create(u).value();
            }
            SupervisionService &s = ws->supervision();
            const auto complaint = [&](UnitId unit, QDate received) {
                Complaint c;
                c.campaign = campaign;
                c.unit = unit;
                c.receivedOn = received;
                c.summary = QStringLiteral("执法不规范");
                c.complainantName = QStringLiteral("刘桂兰");
                c.complainantContact = QStringLiteral("13700000002");
                return s.intake(c).value();
            };
            complaint(ids[0], QDate(2022, 6, 20)); // handling due 07-20: not overdue on 07-20
            complaint(ids[0], QDate(2022, 6, 19)); // due 07-19: overdue
            const ComplaintId closed = complaint(ids[0], QDate(2022, 6, 1));
            QVERIFY(s.startInvestigation(closed).ok());
            QVERIFY(s.recordNoViolation(closed, QDate(2022, 7, 1), QStringLiteral("不属实")).ok());
            QVERIFY(s.close(closed, QDate(2022, 7, 2)).ok());
            const ComplaintId noticed = complaint(ids[1], QDate(2022, 7, 1));
            QVERIFY(s.startInvestigation(noticed).ok());
            NoticeDraft n;
            n.issuedOn = QDate(2022, 7, 5);
            n.facts = QStringLiteral("刘桂兰反映属实");
            n.decision = QStringLiteral("限期纠正");
            n.replyDue = QDate(2022, 7, 19); // the reply is late on 07-20
            QVERIFY(s.issueNotice(noticed, n).ok());
        }

        const Run run = cli(dbArgs(path, {QStringLiteral("--today"), QStringLiteral("2022-07-20"),
                                          QStringLiteral("status"), QStringLiteral("--json")}));
        QVERIFY2(run.code == 0, run.said());
        const QJsonObject root = run.json();
        const auto counts = [](const QJsonValue &v) {
            const QJsonObject o = v.toObject();
            return QList<qint64>{o.value(QStringLiteral("open")).toInteger(-1),
                                 o.value(QStringLiteral("overdue")).toInteger(-1),
                                 o.value(QStringLiteral("closed")).toInteger(-1)};
        };
        QCOMPARE(counts(root.value(QStringLiteral("complaints"))), (QList<qint64>{3, 2, 1}));
        const QJsonArray units = root.value(QStringLiteral("units")).toArray();
        QCOMPARE(counts(units.at(0).toObject().value(QStringLiteral("complaints"))),
                 (QList<qint64>{2, 1, 1}));
        QCOMPARE(counts(units.at(1).toObject().value(QStringLiteral("complaints"))),
                 (QList<qint64>{1, 1, 0}));

        // The day before, neither deadline has passed.
        const Run earlier = cli(dbArgs(path, {QStringLiteral("--today"), QStringLiteral("2022-07-19"),
                                              QStringLiteral("status"), QStringLiteral("--json")}));
        QCOMPARE(counts(earlier.json().value(QStringLiteral("complaints"))), (QList<qint64>{3, 0, 1}));

        const Run text = cli(dbArgs(
            path, {QStringLiteral("--today"), QStringLiteral("2022-07-20"), QStringLiteral("status")}));
        QVERIFY2(text.code == 0, text.said());
        QVERIFY(!lineWith(text.outLines(), QStringLiteral("3 open (2 overdue), 1 closed")).isEmpty());
        for (const Run *r : {&run, &earlier, &text}) {
            QVERIFY(!r->out.toUtf8().contains(QStringLiteral("刘桂兰").toUtf8()));
            QVERIFY(!r->out.toUtf8().contains("13700000002"));
        }
    }

    void initRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = initialised(dir);
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        const Run run = cli(dbArgs(path, {QStringLiteral("init")}));
        QCOMPARE(run.code, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), run.said());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readAll(path), before);

        // Any file, not only ours.
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(notes, "keep me\n"));
        QCOMPARE(cli(dbArgs(notes, {QStringLiteral("init")})).code, 2);
        QCOMPARE(readAll(notes), QByteArray("keep me\n"));
    }

    void initRejectsABrokenCampaignAndLeavesNothing()
    {
        QTemporaryDir dir;
        QJsonObject plan =
            QJsonDocument::fromJson(
                readAll(QStringLiteral(OVERSIGHT_SOURCE_DIR "/resources/campaigns/naiman-2022.json")))
                .object();
        QVERIFY(!plan.isEmpty());
        QJsonArray phases = plan.value(QStringLiteral("phases")).toArray();
        QJsonObject spotCheck = phases.at(2).toObject();
        spotCheck.insert(QStringLiteral("to"), QStringLiteral("2022-02-30"));
        phases.replace(2, spotCheck);
        plan.insert(QStringLiteral("phases"), phases);
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(broken, QJsonDocument(plan).toJson()));

        const QString path = dir.filePath(QStringLiteral("db/new.sqlite"));
        const Run run = cli(dbArgs(path, {QStringLiteral("init"), QStringLiteral("--campaign"), broken}));
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        const QString fault = lineWith(run.errLines(), QStringLiteral("phases[2].to"));
        QVERIFY2(!fault.isEmpty(), run.said());
        QVERIFY2(fault.startsWith(broken + QStringLiteral(": ")), run.said()); // each line names the file
        QVERIFY2(fault.contains(QStringLiteral("2022-02-30")), run.said());

        // Nothing left behind: no database, no companions, not even the folder.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("broken.json")});

        // Every fault is listed, one line each.
        plan.insert(QStringLiteral("issued_on"), QStringLiteral("2022-13-01"));
        QVERIFY(writeFile(broken, QJsonDocument(plan).toJson()));
        const Run two = cli(dbArgs(path, {QStringLiteral("init"), QStringLiteral("--campaign"), broken}));
        QCOMPARE(two.code, 2);
        QVERIFY2(!lineWith(two.errLines(), QStringLiteral("issued_on")).isEmpty(), two.said());
        QVERIFY2(!lineWith(two.errLines(), QStringLiteral("phases[2].to")).isEmpty(), two.said());
        QVERIFY(!QFileInfo::exists(path));

        // A campaign file that cannot be read is a rejected input too.
        const Run missing = cli(dbArgs(path, {QStringLiteral("init"), QStringLiteral("--campaign"),
                                              dir.filePath(QStringLiteral("nope.json"))}));
        QCOMPARE(missing.code, 2);
        QVERIFY(!QFileInfo::exists(path));
    }

    void initWithAnotherCampaignFile()
    {
        QTemporaryDir dir;
        QJsonObject plan =
            QJsonDocument::fromJson(
                readAll(QStringLiteral(OVERSIGHT_SOURCE_DIR "/resources/campaigns/naiman-2022.json")))
                .object();
        plan.insert(QStringLiteral("code"), QStringLiteral("test-2022"));
        const QString file = dir.filePath(QStringLiteral("test.json"));
        QVERIFY(writeFile(file, QJsonDocument(plan).toJson()));
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        const Run run = cli(dbArgs(path, {QStringLiteral("init"), QStringLiteral("--campaign"), file}));
        QVERIFY2(run.code == 0, run.said());
        QVERIFY2(run.out.contains(QStringLiteral("test-2022")), run.said());
        const Run status = cli(dbArgs(path, {QStringLiteral("status"), QStringLiteral("--json")}));
        QCOMPARE(status.json().value(QStringLiteral("campaign_code")).toString(),
                 QStringLiteral("test-2022"));
    }

    void notADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.sqlite"));
        const QByteArray text("Dear clerk, this is not a database.\n");
        QVERIFY(writeFile(path, text));
        for (const QStringList &command : {QStringList{QStringLiteral("status")},
                                           QStringList{QStringLiteral("campaign"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("campaign"), QStringLiteral("clone"),
                                                       QStringLiteral("--year"), QStringLiteral("2023")}}) {
            const Run run = cli(dbArgs(path, command));
            QVERIFY2(run.code == 3, run.said());
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY2(run.err.contains(QStringLiteral("not an Oversight Desk database")), run.said());
        }
        QCOMPARE(readAll(path), text);
    }

    void newerSchema()
    {
        QTemporaryDir dir;
        const QString path = initialised(dir);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = readAll(path);
        for (const QStringList &command :
             {QStringList{QStringLiteral("status")},
              QStringList{QStringLiteral("campaign"), QStringLiteral("use"), QStringLiteral("1")}}) {
            const Run run = cli(dbArgs(path, command));
            QVERIFY2(run.code == 3, run.said());
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY2(run.err.contains(QStringLiteral("newer version")), run.said());
        }
        QCOMPARE(readAll(path), before);
    }

    void missingDatabaseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        for (const QStringList &command :
             {QStringList{QStringLiteral("status")},
              QStringList{QStringLiteral("campaign"), QStringLiteral("use"), QStringLiteral("1")}}) {
            const Run run = cli(dbArgs(path, command));
            QVERIFY2(run.code == 3, run.said());
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY2(run.err.contains(QStringLiteral("init")), run.said()); // tells how to create one
            QVERIFY(!QFileInfo::exists(path)); // an explicit --db is never created by accident
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString missing =
            QStringLiteral("/nonexistent/oversight.sqlite"); // usage is checked before the file
        QTest::newRow("--today not a day")
            << QStringList{QStringLiteral("--db"), missing, QStringLiteral("--today"),
                           QStringLiteral("2022-02-30"), QStringLiteral("status")};
        QTest::newRow("--today without dashes")
            << QStringList{QStringLiteral("--today"), QStringLiteral("20220301"), QStringLiteral("status")};
        QTest::newRow("--today short")
            << QStringList{QStringLiteral("--today=2022-3-1"), QStringLiteral("status")};
        QTest::newRow("--today empty") << QStringList{QStringLiteral("--today="), QStringLiteral("status")};
        QTest::newRow("--today last") << QStringList{QStringLiteral("status"), QStringLiteral("--today")};
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("--db"), missing, QStringLiteral("frobnicate")};
        QTest::newRow("no command") << QStringList{QStringLiteral("--db"), missing};
        QTest::newRow("unknown global option")
            << QStringList{QStringLiteral("--verbose"), QStringLiteral("status")};
        QTest::newRow("unknown command option") << QStringList{
            QStringLiteral("--db"), missing, QStringLiteral("status"), QStringLiteral("--yaml")};
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("--db"), missing, QStringLiteral("status"), QStringLiteral("now")};
        QTest::newRow("--db twice") << QStringList{QStringLiteral("--db"), missing, QStringLiteral("--db"),
                                                   missing, QStringLiteral("status")};
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("status")};
        QTest::newRow("campaign alone")
            << QStringList{QStringLiteral("--db"), missing, QStringLiteral("campaign")};
        QTest::newRow("campaign unknown action") << QStringList{
            QStringLiteral("--db"), missing, QStringLiteral("campaign"), QStringLiteral("delete")};
        QTest::newRow("clone without --year") << QStringList{
            QStringLiteral("--db"), missing, QStringLiteral("campaign"), QStringLiteral("clone")};
        QTest::newRow("clone --year not a year")
            << QStringList{QStringLiteral("--db"),     missing,
                           QStringLiteral("campaign"), QStringLiteral("clone"),
                           QStringLiteral("--year"),   QStringLiteral("23")};
        QTest::newRow("use without a campaign") << QStringList{
            QStringLiteral("--db"), missing, QStringLiteral("campaign"), QStringLiteral("use")};
        QTest::newRow("init --campaign without a file") << QStringList{
            QStringLiteral("--db"), missing, QStringLiteral("init"), QStringLiteral("--campaign")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QVERIFY2(run.code == 1, run.said());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.out.isEmpty());
    }

    void helpAndVersion()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *word : {"init", "campaign list", "campaign clone", "status [--json]", "--today"})
            QVERIFY2(help.out.contains(QLatin1String(word)), help.said());
        const Run commandHelp = cli({QStringLiteral("campaign"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.code, 0);
        QVERIFY2(commandHelp.out.contains(QStringLiteral("campaign use")), commandHelp.said());
        QVERIFY(!commandHelp.out.contains(QStringLiteral("status")));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("oversight-cli " OVERSIGHT_VERSION));
    }

    void cloneToANewYear()
    {
        QTemporaryDir dir;
        const QString path = initialised(dir);
        const Run clone = cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("clone"),
                                            QStringLiteral("--year"), QStringLiteral("2023")}));
        QVERIFY2(clone.code == 0, clone.said());
        QVERIFY2(clone.out.contains(QStringLiteral("naiman-2023")), clone.said());
        QVERIFY2(clone.out.contains(QStringLiteral("2:")), clone.said()); // the new id

        const Run list = cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("list")}));
        QVERIFY2(list.code == 0, list.said());
        const QStringList lines = list.outLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1Char('*')) &&
                     lines.at(0).contains(QStringLiteral("naiman-2022")) &&
                     lines.at(0).contains(QStringLiteral("2022")),
                 list.said()); // the source stays current
        QVERIFY2(!lines.at(1).startsWith(QLatin1Char('*')) &&
                     lines.at(1).contains(QStringLiteral("naiman-2023")),
                 list.said());

        const Run show = cli(dbArgs(
            path, {QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("naiman-2023")}));
        QVERIFY2(show.code == 0, show.said());
        const QStringList shown = show.outLines();
        QVERIFY2(!lineWith(shown, QStringLiteral("自查"), QStringLiteral("2023-04-10")).isEmpty(),
                 show.said());
        QVERIFY2(!lineWith(shown, QStringLiteral("总结验收"), QStringLiteral("2023-10-15")).isEmpty(),
                 show.said());
        QVERIFY2(!show.out.contains(QStringLiteral("2022-04-10")), show.said());
        // The original, by id, is untouched.
        const Run original =
            cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("show"), QStringLiteral("1")}));
        QVERIFY2(
            !lineWith(original.outLines(), QStringLiteral("自查"), QStringLiteral("2022-04-10")).isEmpty(),
            original.said());
        QVERIFY2(original.out.contains(QStringLiteral("奈司字〔2022〕11号")), original.said());

        // A year already present is refused, and nothing is added.
        const QByteArray before = readAll(path);
        const Run again = cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("clone"),
                                            QStringLiteral("--year"), QStringLiteral("2023")}));
        QCOMPARE(again.code, 2);
        QCOMPARE(again.errLines().size(), 1);
        QCOMPARE(cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("list")})).outLines().size(),
                 2);
        const Run sameYear = cli(
            dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("clone"), QStringLiteral("--year"),
                          QStringLiteral("2022"), QStringLiteral("--from"), QStringLiteral("naiman-2023")}));
        QCOMPARE(sameYear.code, 2);
        QCOMPARE(readAll(path), before);

        // An unknown campaign is a rejected input.
        QCOMPARE(cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("show"),
                                   QStringLiteral("naiman-1999")}))
                     .code,
                 2);

        // Switching makes status speak about the clone.
        const Run use = cli(
            dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("use"), QStringLiteral("naiman-2023")}));
        QVERIFY2(use.code == 0, use.said());
        QVERIFY(cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("list")}))
                    .outLines()
                    .at(1)
                    .startsWith(QLatin1Char('*')));
        const QJsonObject status = cli(dbArgs(path, {QStringLiteral("--today"), QStringLiteral("2023-04-10"),
                                                     QStringLiteral("status"), QStringLiteral("--json")}))
                                       .json();
        QCOMPARE(status.value(QStringLiteral("campaign_code")).toString(), QStringLiteral("naiman-2023"));
        QCOMPARE(status.value(QStringLiteral("phase")).toString(), QStringLiteral("自查"));
    }

    void lockedDatabase()
    {
        QTemporaryDir dir;
        const QString path = initialised(dir);
        // This process plays the desktop app: it holds the file's lock.
        auto held = Workspace::open(path, Database::Mode::OpenExisting);
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().fullText()));

        const Run clone = cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("clone"),
                                            QStringLiteral("--year"), QStringLiteral("2023")}));
        QCOMPARE(clone.code, 3);
        QCOMPARE(clone.errLines().size(), 1);
        QVERIFY2(clone.err.contains(QStringLiteral("another copy")), clone.said());
        QCOMPARE(held.value()->campaigns().list()->size(), size_t(1));

        const Run use =
            cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("use"), QStringLiteral("1")}));
        QCOMPARE(use.code, 3);

        // Reading works beside it.
        const Run status = cli(dbArgs(path, {QStringLiteral("--today"), QStringLiteral("2022-04-10"),
                                             QStringLiteral("status"), QStringLiteral("--json")}));
        QVERIFY2(status.code == 0, status.said());
        QCOMPARE(status.json().value(QStringLiteral("phase")).toString(), QStringLiteral("自查"));
        const Run list = cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("list")}));
        QVERIFY2(list.code == 0, list.said());
        QCOMPARE(list.outLines().size(), 1);
        const Run show = cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("show")}));
        QVERIFY2(show.code == 0, show.said());

        // Once the other copy lets go, the write goes through.
        held.value().reset();
        const Run after = cli(dbArgs(path, {QStringLiteral("campaign"), QStringLiteral("clone"),
                                            QStringLiteral("--year"), QStringLiteral("2023")}));
        QVERIFY2(after.code == 0, after.said());
    }

    void defaultDatabaseIsCreatedWithThePlan()
    {
        QTemporaryDir home;
        const QString expected = home.filePath(QStringLiteral("xdg/oversight-desk/oversight.sqlite"));
        const Run status = cli({QStringLiteral("--today"), QStringLiteral("2022-04-10"),
                                QStringLiteral("status"), QStringLiteral("--json")},
                               home.path());
        QVERIFY2(status.code == 0, status.said());
        QCOMPARE(status.json().value(QStringLiteral("phase")).toString(), QStringLiteral("自查"));
        QCOMPARE(status.json().value(QStringLiteral("campaign_code")).toString(),
                 QStringLiteral("naiman-2022"));
        QVERIFY(QFileInfo::exists(expected));

        // From now on it is an existing file: read again, and init refuses to overwrite it.
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("list")}, home.path()).outLines().size(), 1);
        const QByteArray before = readAll(expected);
        QCOMPARE(cli({QStringLiteral("init")}, home.path()).code, 2);
        QCOMPARE(readAll(expected), before);
    }

    // ---- notice: official documents
    // ------------------------------------------------------------------------

    /// A database with one unit, 旗公安局, that named no contact.
    QString withUnit(const QTemporaryDir &dir)
    {
        const QString path = initialised(dir);
        auto ws = Workspace::open(path, Database::Mode::OpenExisting).value();
        Unit unit;
        unit.campaign = ws->campaigns().current().value();
        unit.name = QStringLiteral("旗公安局");
        if (!ws->units().create(unit).ok())
            qWarning("cannot add the unit");
        return path;
    }

    static qint64 documentCount(const QString &path)
    {
        auto ws = Workspace::open(path, Database::Mode::ReadOnly).value();
        QSqlQuery q(ws->database().connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM documents")) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
    }

    void noticeUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString out = QStringLiteral("--out");
        QTest::newRow("no kind") << QStringList{QStringLiteral("notice")} << QStringLiteral("name a kind");
        QTest::newRow("unknown kind")
            << QStringList{QStringLiteral("notice"), QStringLiteral("memo"), out, QStringLiteral("x.pdf")}
            << QStringLiteral("unknown kind \"memo\"");
        QTest::newRow("no --out") << QStringList{QStringLiteral("notice"), QStringLiteral("criticism")}
                                  << QStringLiteral("--out FILE.pdf");
        QTest::newRow("reminder without unit")
            << QStringList{QStringLiteral("notice"), QStringLiteral("reminder"), out, QStringLiteral("x.pdf")}
            << QStringLiteral("--unit NAME");
        QTest::newRow("supervision without case")
            << QStringList{QStringLiteral("notice"), QStringLiteral("supervision"), out,
                           QStringLiteral("x.pdf")}
            << QStringLiteral("--case ID");
        QTest::newRow("case not a number") << QStringList{QStringLiteral("notice"),
                                                          QStringLiteral("supervision"),
                                                          QStringLiteral("--case"),
                                                          QStringLiteral("abc"),
                                                          out,
                                                          QStringLiteral("x.pdf")}
                                           << QStringLiteral("not a case id");
        QTest::newRow("unit on the wrong kind")
            << QStringList{QStringLiteral("notice"),
                           QStringLiteral("spotcheck"),
                           QStringLiteral("--unit"),
                           QStringLiteral("旗公安局"),
                           out,
                           QStringLiteral("x.pdf")}
            << QStringLiteral("--unit belongs to notice reminder and notice feedback only");
    }

    void noticeUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = initialised(dir);
        const Run run = cli(dbArgs(path, arguments));
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(says), run.said());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(m_cwd.filePath(QStringLiteral("x.pdf"))));
        QCOMPARE(documentCount(path), 0);
    }

    void noticeReminderIssuesNumberedDocuments()
    {
        QTemporaryDir dir;
        const QString path = withUnit(dir);
        const QString first = dir.filePath(QStringLiteral("first.pdf"));
        const QStringList args{QStringLiteral("--today"), QStringLiteral("2022-07-20"),
                               QStringLiteral("notice"),  QStringLiteral("reminder"),
                               QStringLiteral("--unit"),  QStringLiteral("旗公安局"),
                               QStringLiteral("--out")};
        const Run one = cli(dbArgs(path, args + QStringList{first}));
        QVERIFY2(one.code == 0, one.said());
        QVERIFY2(one.out.contains(QStringLiteral("奈司字〔2022〕12号")), one.said());
        QVERIFY2(one.err.isEmpty(), one.said());
        const QByteArray pdf = readAll(first);
        QVERIFY(pdf.startsWith("%PDF"));
        // The PDF written is the one stored, byte for byte, under the SHA-256 the command printed.
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QVERIFY2(one.out.contains(sha), one.said());
        {
            auto ws = Workspace::open(path, Database::Mode::ReadOnly).value();
            const auto docs = ws->documents().documents(ws->campaigns().current().value()).value();
            QCOMPARE(docs.size(), size_t(1));
            QCOMPARE(docs.front().status, DocumentStatus::Issued);
            QCOMPARE(ws->documents().reprint(docs.front().id).value(), pdf);
        }
        const Run two = cli(dbArgs(path, args + QStringList{dir.filePath(QStringLiteral("second.pdf"))}));
        QVERIFY2(two.code == 0 && two.out.contains(QStringLiteral("奈司字〔2022〕13号")), two.said());
    }

    void noticeRejectsWithoutWriting_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown unit")
            << QStringList{QStringLiteral("reminder"), QStringLiteral("--unit"), QStringLiteral("无此单位")}
            << QStringLiteral("no unit \"无此单位\"");
        QTest::newRow("unknown case")
            << QStringList{QStringLiteral("supervision"), QStringLiteral("--case"), QStringLiteral("7")}
            << QStringLiteral("7");
        QTest::newRow("placeholders left")
            << QStringList{QStringLiteral("spotcheck")} << QStringLiteral("placeholder");
    }

    void noticeRejectsWithoutWriting()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = withUnit(dir);
        const QString out = dir.filePath(QStringLiteral("n.pdf"));
        const Run run = cli(dbArgs(path, QStringList{QStringLiteral("--today"), QStringLiteral("2022-07-20"),
                                                     QStringLiteral("notice")} +
                                             arguments + QStringList{QStringLiteral("--out"), out}));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(says), run.said());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(documentCount(path), 0);
    }

    void noticeUnwritableOutput()
    {
        QTemporaryDir dir;
        const QString path = withUnit(dir);
        const QString out = dir.filePath(QStringLiteral("no/such/folder/n.pdf"));
        const Run run = cli(dbArgs(
            path, {QStringLiteral("notice"), QStringLiteral("criticism"), QStringLiteral("--out"), out}));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("n.pdf")) && run.err.contains(QStringLiteral("--out")),
                 run.said());
        QCOMPARE(documentCount(path), 0);
    }

    void noticeDraftIsStoredUnnumbered()
    {
        QTemporaryDir dir;
        const QString path = withUnit(dir);
        const QString out = dir.filePath(QStringLiteral("draft.pdf"));
        const Run run = cli(dbArgs(path, {QStringLiteral("--today"), QStringLiteral("2022-07-20"),
                                          QStringLiteral("notice"), QStringLiteral("spotcheck"),
                                          QStringLiteral("--out"), out, QStringLiteral("--draft")}));
        QVERIFY2(run.code == 0, run.said());
        QVERIFY(readAll(out).startsWith("%PDF"));
        auto ws = Workspace::open(path, Database::Mode::ReadOnly).value();
        const auto docs = ws->documents().documents(ws->campaigns().current().value()).value();
        QCOMPARE(docs.size(), size_t(1));
        QCOMPARE(docs.front().status, DocumentStatus::Draft);
        QVERIFY(!docs.front().number.isValid());
        QVERIFY(ws->documents().numbersInUse(QStringLiteral("奈司字"), 2022)->empty());
    }

    void noticeFromTwoProcessesAtOnce()
    {
        // Two copies issuing at the same moment: each either issues its own number or is turned away by the
        // lock (exit 3, nothing written); no number is given twice.
        QTemporaryDir dir;
        const QString path = withUnit(dir);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_home.path());
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(OVERSIGHT_CLI),
                     {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path,
                      QStringLiteral("--today"), QStringLiteral("2022-07-20"), QStringLiteral("notice"),
                      QStringLiteral("reminder"), QStringLiteral("--unit"), QStringLiteral("旗公安局"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("p%1.pdf").arg(i))});
            processes.push_back(std::move(p));
        }
        QSet<QString> numbers;
        int issued = 0;
        for (int i = 0; i < 4; ++i) {
            QProcess &p = *processes[size_t(i)];
            QVERIFY(p.waitForFinished(60000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            if (p.exitCode() == 0) {
                ++issued;
                const QRegularExpression re(QStringLiteral("奈司字〔2022〕(\\d+)号"));
                const auto m = re.match(out);
                QVERIFY2(m.hasMatch(), qPrintable(out));
                numbers.insert(m.captured(1));
                QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("p%1.pdf").arg(i))));
            } else {
                QCOMPARE(p.exitCode(), 3);
                QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("p%1.pdf").arg(i))));
            }
        }
        QVERIFY(issued >= 1);
        QCOMPARE(numbers.size(), issued);
        auto ws = Workspace::open(path, Database::Mode::ReadOnly).value();
        const auto inUse = ws->documents().numbersInUse(QStringLiteral("奈司字"), 2022).value();
        QCOMPARE(int(inUse.size()), issued);
        for (int i = 0; i < issued; ++i)
            QCOMPARE(inUse[size_t(i)], 12 + i);
    }

    void defaultLanguage()
    {
        // Without --lang the program speaks Chinese; the JSON data stay the same whatever the language.
        QTemporaryDir dir;
        const QString path = initialised(dir);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/xdg"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OVERSIGHT_CLI),
                {QStringLiteral("--db"), path, QStringLiteral("--today"), QStringLiteral("2022-05-20"),
                 QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("next_phase")).toString(), QStringLiteral("抽检"));
        QVERIFY(o.value(QStringLiteral("phase")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
