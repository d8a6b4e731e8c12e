#pragma once
// The real oversight-cli as the end-to-end CLI tests run it: a child process in English, on a given
// database, with its own HOME and data folder so nothing lands in the user's.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clitest {

struct Run
{
    int code = -1; ///< -1: the program did not finish within a minute (it was killed)
    QString out;
    QString err;
    [[nodiscard]] QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    [[nodiscard]] QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    /// Everything the run said, for a failing QVERIFY2.
    [[nodiscard]] QByteArray said() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err).toUtf8();
    }
};

/// `oversight-cli --lang en --db DB ARGUMENTS…` with HOME and XDG_DATA_HOME under `home`, in `cwd`.
inline Run runCli(const QString &home, const QString &cwd, const QString &db, const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(cwd);
    p.start(QStringLiteral(OVERSIGHT_CLI),
            QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db} +
                arguments);
    Run run;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.code = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace clitest
