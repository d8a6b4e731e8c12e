// Whole-program benchmark on a large data set (issue 11, issue 20): start to first painted main window
// (`oversight-desk --db F --quit-after-paint`, offscreen) and start to the dashboard's first painted figures
// (`--quit-after-figures`), each on the data set and on a new empty file side by side (their runs
// alternate, so that both see the same load), with the ratios; and `oversight-cli --db F status --json`.
// Each run is a separate process, timed from fork to exit, its peak RSS from wait4(); the milliseconds the
// program itself prints (since its main() began) are the "in app" column.
//
//   app_bench --db FILE [--runs N] [--desk PATH] [--cli PATH]
//
// The programs default to the ones beside this one (the build's bin/). The file is not changed: the desktop
// program skips its automatic backup when it quits for a benchmark, and status only reads.
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
    double paintMs = -1;   ///< "first paint: N ms" as the program printed it; -1 when it did not
    double figuresMs = -1; ///< "figures shown: N ms"
};

/// The milliseconds after `label` ("first paint: 123 ms") in the program's stderr, or -1.
double printedMs(const QByteArray &err, const QByteArray &label)
{
    const qsizetype at = err.indexOf(QByteArray(label + ": "));
    if (at < 0)
        return -1;
    const qsizetype from = at + label.size() + 2;
    bool ok = false;
    const double ms = err.mid(from, err.indexOf(' ', from) - from).toDouble(&ok);
    return ok ? ms : -1;
}

/// Runs `program arguments…` with stdout to /dev/null and stderr read back; wall time and the child's own
/// peak RSS.
Run runOnce(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    int errPipe[2];
    if (pipe(errPipe) != 0)
        return {};
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(errPipe[1], STDERR_FILENO);
        close(errPipe[0]);
        close(errPipe[1]);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(errPipe[1]);
    Run run;
    if (pid < 0) {
        close(errPipe[0]);
        return run;
    }
    QByteArray err;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(errPipe[0], buffer, sizeof buffer);
        if (n > 0)
            err.append(buffer, n);
        else if (n == 0 || errno != EINTR)
            break;
    }
    close(errPipe[0]);
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakKb = usage.ru_maxrss;
    const auto secondsOf = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    run.cpuSeconds = secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.paintMs = printedMs(err, "first paint");
    run.figuresMs = printedMs(err, "figures shown");
    return run;
}

double medianOf(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Summary
{
    double median = 0, min = 0, max = 0;
    double cpuMedian = 0;
    double paintMedian = -1, figuresMedian = -1; ///< the program's own milliseconds (median), -1 if none
    long peakKb = 0;
    bool ok = true;
};

/// Several programs measured with their runs interleaved (A B C A B C …), after one warm-up each: on a
/// loaded machine each side then sees the same load.
std::vector<Summary> measureSideBySide(const QString &program, const std::vector<QStringList> &arguments, int runs)
{
    for (const QStringList &a : arguments)
        (void)runOnce(program, a); // warm the page cache; not counted
    std::vector<std::vector<Run>> all(arguments.size());
    for (int i = 0; i < runs; ++i)
        for (size_t k = 0; k < arguments.size(); ++k)
            all[k].push_back(runOnce(program, arguments[k]));
    std::vector<Summary> out;
    for (const std::vector<Run> &rs : all) {
        Summary s;
        std::vector<double> seconds, cpu, paint, figures;
        for (const Run &r : rs) {
            s.ok = s.ok && r.exitCode == 0;
            seconds.push_back(r.seconds);
            cpu.push_back(r.cpuSeconds);
            if (r.paintMs >= 0)
                paint.push_back(r.paintMs);
            if (r.figuresMs >= 0)
                figures.push_back(r.figuresMs);
            s.peakKb = std::max(s.peakKb, r.peakKb);
        }
        s.median = medianOf(seconds);
        s.min = *std::min_element(seconds.begin(), seconds.end());
        s.max = *std::max_element(seconds.begin(), seconds.end());
        s.cpuMedian = medianOf(cpu);
        s.paintMedian = medianOf(paint);
        s.figuresMedian = medianOf(figures);
        out.push_back(s);
    }
    return out;
}

Summary measure(const QString &program, const QStringList &arguments, int runs)
{
    return measureSideBySide(program, {arguments}, runs).front();
}

void row(const char *what, const Summary &s, double inApp, const char *goal)
{
    std::printf("%-44s %9.0f %7.0f-%-7.0f %8.0f %9.1f %9s  %s%s\n", what, s.median * 1000, s.min * 1000,
                s.max * 1000, s.cpuMedian * 1000, double(s.peakKb) / 1024.0,
                inApp >= 0 ? qPrintable(QString::number(inApp, 'f', 0)) : "-", goal,
                s.ok ? "" : "  (a run FAILED)");
}

double ratio(double a, double b)
{
    return a > 0 && b > 0 ? a / b : 0.0;
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

    // The data set against a new, empty file (issue 20): only the shown page loads before the first paint
    // and the dashboard counts its figures after it, so the data set's size should barely show in the
    // first paint; the figures follow as soon as they are counted.
    QTemporaryDir emptyDir;
    const QString empty = emptyDir.filePath(QStringLiteral("empty.sqlite"));
    if (runOnce(cli, {QStringLiteral("--db"), empty, QStringLiteral("init")}).exitCode != 0) {
        std::fprintf(stderr, "app_bench: could not make an empty file with %s\n", qPrintable(cli));
        return 1;
    }
    std::printf("Whole programs on %s (%.0f MB) and a new empty file; %d runs each after one warm-up, the "
                "four desk runs interleaved\n",
                qPrintable(db), double(QFileInfo(db).size()) / 1048576.0, runs);
    std::printf("%-44s %9s %15s %8s %9s %9s  %s\n", "", "median ms", "min-max ms", "CPU ms", "peak MB",
                "in app ms", "goal");
    const auto deskArgs = [](const QString &file, const char *option) {
        return QStringList{QStringLiteral("--db"), file, QString::fromLatin1(option)};
    };
    const std::vector<Summary> d = measureSideBySide(
        desk, {deskArgs(db, "--quit-after-paint"), deskArgs(empty, "--quit-after-paint"),
               deskArgs(db, "--quit-after-figures"), deskArgs(empty, "--quit-after-figures")},
        runs);
    row("oversight-desk start -> first paint, data set", d[0], d[0].paintMedian, "< 500 ms, < 200 MB");
    row("  ... new empty file", d[1], d[1].paintMedian, "");
    row("oversight-desk start -> figures shown, data set", d[2], d[2].figuresMedian, "");
    row("  ... new empty file", d[3], d[3].figuresMedian, "");
    std::printf("\n%-44s %9s %9s %9s  %s\n", "ratio data set / empty file", "wall", "CPU", "in app", "goal");
    std::printf("%-44s %9.2f %9.2f %9.2f  %s\n", "first paint", ratio(d[0].median, d[1].median),
                ratio(d[0].cpuMedian, d[1].cpuMedian), ratio(d[0].paintMedian, d[1].paintMedian), "<= 1.3");
    std::printf("%-44s %9.2f %9.2f %9.2f  %s\n", "dashboard figures shown", ratio(d[2].median, d[3].median),
                ratio(d[2].cpuMedian, d[3].cpuMedian), ratio(d[2].figuresMedian, d[3].figuresMedian), "");
    std::printf("%-44s %9.0f %9s %9.0f  %s\n\n", "data set: figures shown - first paint, ms",
                (d[2].median - d[0].median) * 1000, "", d[2].figuresMedian - d[2].paintMedian, "");
    row("oversight-cli status --json",
        measure(cli, {QStringLiteral("--db"), db, QStringLiteral("status"), QStringLiteral("--json")}, runs),
        -1, "");
    row("oversight-cli --version (process floor)", measure(cli, {QStringLiteral("--version")}, runs), -1, "");
    return 0;
}
