// oversight-cli's parts in-process: the argument reader, and runCli() driven without a child process.
#include "appinfo.h"
#include "cli/argumentlist.h"
#include "cli/cli.h"
#include "cli/command.h"
#include "services/campaignservice.h"
#include "services/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace oversight;

namespace {

struct InProcess
{
    int code = -1;
    QString out;
    QString err;
};

InProcess run(const QStringList &arguments)
{
    InProcess result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code =
        runCli(QStringList{QStringLiteral("oversight-cli"), QStringLiteral("--lang"), QStringLiteral("en")} +
                   arguments,
               out, err);
    return result;
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Never the user's real data folder.
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
    }

    void optionsInBothSpellings()
    {
        ArgumentList args({QStringLiteral("clone"), QStringLiteral("--year"), QStringLiteral("2023"),
                           QStringLiteral("--from=naiman-2022"), QStringLiteral("--json")});
        QCOMPARE(args.takeCommand(), std::optional<QString>(QStringLiteral("clone")));
        QCOMPARE(args.takeOption(QStringLiteral("--year")), std::optional<QString>(QStringLiteral("2023")));
        QCOMPARE(args.takeOption(QStringLiteral("--from")),
                 std::optional<QString>(QStringLiteral("naiman-2022")));
        QCOMPARE(args.takeOption(QStringLiteral("--to")), std::nullopt);
        QVERIFY(args.takeFlag(QStringLiteral("--json")));
        QVERIFY(!args.takeFlag(QStringLiteral("--json")));
        QVERIFY(args.finished());
        QVERIFY(args.error().isEmpty());
    }

    void commandWordMustComeFirst()
    {
        ArgumentList args({QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(args.takeCommand(), std::nullopt);
        QVERIFY(!args.finished());
        QVERIFY(args.error().contains(QStringLiteral("--json")));
    }

    void malformedOptions()
    {
        ArgumentList missing(
            {QStringLiteral("--db"), QStringLiteral("--today"), QStringLiteral("2022-05-01")});
        QCOMPARE(missing.takeOption(QStringLiteral("--db")), std::nullopt);
        QCOMPARE(missing.takeOption(QStringLiteral("--today")),
                 std::optional<QString>(QStringLiteral("2022-05-01")));
        QVERIFY(!missing.finished());
        QVERIFY(missing.error().contains(QStringLiteral("--db")));

        ArgumentList twice({QStringLiteral("--year=2023"), QStringLiteral("--year"), QStringLiteral("2024")});
        QCOMPARE(twice.takeOption(QStringLiteral("--year")), std::optional<QString>(QStringLiteral("2023")));
        QVERIFY(!twice.finished());
        QVERIFY(twice.error().contains(QStringLiteral("more than once")));

        ArgumentList leftover({QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(leftover.takeCommand(), std::optional<QString>(QStringLiteral("show")));
        QCOMPARE(leftover.takePositional(), std::optional<QString>(QStringLiteral("a")));
        QVERIFY(!leftover.finished());
        QVERIFY(leftover.error().contains(QStringLiteral("\"b\"")));
    }

    void exitCodesOfErrors()
    {
        QCOMPARE(exitCodeFor(makeError(Error::Code::Invalid, {})), ExitCode::Rejected);
        QCOMPARE(exitCodeFor(makeError(Error::Code::Conflict, {})), ExitCode::Rejected);
        QCOMPARE(exitCodeFor(makeError(Error::Code::NotFound, {})), ExitCode::Rejected);
        QCOMPARE(exitCodeFor(makeError(Error::Code::Locked, {})), ExitCode::Database);
        QCOMPARE(exitCodeFor(makeError(Error::Code::Damaged, {})), ExitCode::Database);
        QCOMPARE(exitCodeFor(makeError(Error::Code::TooNew, {})), ExitCode::Database);
    }

    void runsInProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        const InProcess init = run({QStringLiteral("--db"), path, QStringLiteral("init")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY(init.out.contains(QStringLiteral("naiman-2022")));

        const InProcess status =
            run({QStringLiteral("--db"), path, QStringLiteral("--today"), QStringLiteral("2022-06-01"),
                 QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("phase")).toString(), QStringLiteral("抽检"));
        QCOMPARE(o.value(QStringLiteral("today")).toString(), QStringLiteral("2022-06-01"));

        const InProcess bad = run({QStringLiteral("--db"), path, QStringLiteral("--today"),
                                   QStringLiteral("tomorrow"), QStringLiteral("status")});
        QCOMPARE(bad.code, int(ExitCode::Usage));
        QVERIFY(bad.out.isEmpty());
        QVERIFY(bad.err.contains(QStringLiteral("tomorrow")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
