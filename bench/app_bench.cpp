// Whole-program benchmark on a large data set (issue 11): start to first painted main window
// (`oversight-desk --db F --quit-after-paint`, offscreen) with its peak memory, and `oversight-cli --db F
// status --json`. Each run is a separate process, timed from fork to exit, its peak RSS from wait4().
//
//   app_bench --db FILE [--runs N] [--desk PATH] [--cli PATH]
//
// The programs default to the ones beside this one (the build's bin/). The file is not changed: the desktop
// program skips its automatic backup when it quits after the first paint, and status only reads.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0; ///< user + system: the program's own work, whatever else the machine runs
    long peakKb = 0;
    int exitCode = -1;
};

/// Runs `program arguments…` with stdout and stderr to /dev/null; wall time and the child's own peak RSS.
Run runOnce(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    if (pid < 0)
        return run;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakKb = usage.ru_maxrss;
    const auto secondsOf = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    run.cpuSeconds = secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

struct Summary
{
    double median = 0, min = 0, max = 0;
    double cpuMedian = 0;
    long peakKb = 0;
    bool ok = true;
};

Summary measure(const QString &program, const QStringList &arguments, int runs)
{
    (void)runOnce(program, arguments); // warm the page cache; not counted
    std::vector<double> seconds, cpu;
    Summary s;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(program, arguments);
        s.ok = s.ok && r.exitCode == 0;
        seconds.push_back(r.seconds);
        cpu.push_back(r.cpuSeconds);
        s.peakKb = std::max(s.peakKb, r.peakKb);
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpu.begin(), cpu.end());
    s.cpuMedian = cpu[cpu.size() / 2];
    s.median = seconds[seconds.size() / 2];
    s.min = seconds.front();
    s.max = seconds.back();
    return s;
}

void row(const char *what, const Summary &s, const char *goal)
{
    std::printf("%-40s %9.0f %7.0f-%-7.0f %8.0f %9.1f  %s%s\n", what, s.median * 1000, s.min * 1000,
                s.max * 1000, s.cpuMedian * 1000, double(s.peakKb) / 1024.0, goal, s.ok ? "" : "  (a run FAILED)");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString bin = QCoreApplication::applicationDirPath();
    QString db;
    QString desk = bin + QStringLiteral("/oversight-desk");
    QString cli = bin + QStringLiteral("/oversight-cli");
    int runs = 7;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--db")
            db = args.value(++i);
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.value(++i).toInt());
        else if (args.at(i) == u"--desk")
            desk = args.value(++i);
        else if (args.at(i) == u"--cli")
            cli = args.value(++i);
    }
    if (db.isEmpty() || !QFileInfo::exists(db)) {
        std::fprintf(stderr, "app_bench: --db FILE names the data set (bench/run generates one)\n");
        return 1;
    }
    db = QFileInfo(db).absoluteFilePath();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");

    std::printf("Whole programs on %s (%.0f MB); %d runs each after one warm-up\n", qPrintable(db),
                double(QFileInfo(db).size()) / 1048576.0, runs);
    std::printf("%-40s %9s %15s %8s %9s  %s\n", "", "median ms", "min-max ms", "CPU ms", "peak MB", "goal");
    const Summary large =
        measure(desk, {QStringLiteral("--db"), db, QStringLiteral("--quit-after-paint")}, runs);
    row("oversight-desk start → first paint", large, "< 500 ms, < 200 MB");
    // The same start on a new, empty file, side by side (issue 20): only the shown page loads before the
    // first paint, so the data set's size should barely show.
    QTemporaryDir emptyDir;
    const QString empty = emptyDir.filePath(QStringLiteral("empty.sqlite"));
    if (runOnce(cli, {QStringLiteral("--db"), empty, QStringLiteral("init")}).exitCode == 0) {
        const Summary fresh =
            measure(desk, {QStringLiteral("--db"), empty, QStringLiteral("--quit-after-paint")}, runs);
        row("oversight-desk first paint, empty file", fresh, "");
        std::printf("%-40s %9.2f %15s %8.2f %9s  %s\n", "first paint ratio, data set / empty",
                    fresh.median > 0 ? large.median / fresh.median : 0.0, "",
                    fresh.cpuMedian > 0 ? large.cpuMedian / fresh.cpuMedian : 0.0, "", "<= 1.3");
    }
    row("oversight-cli status --json",
        measure(cli, {QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--json")}, runs),
        "");
    row("oversight-cli --version (process floor)", measure(cli, {QStringLiteral("--version")}, runs), "");
    return 0;
}
