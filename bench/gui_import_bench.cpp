// GUI import versus CLI import of the same problems file (issue 20): the ledger page's import dialog
// (check, then import, then every page's reaction to the change, until the event queue is empty) against
// `oversight-cli import problems` (a whole process: start, open, read, check, write). Goal: the GUI at most
// 1.5× the CLI.
//
//   gui_import_bench [--rows N] [--runs N] [--cli PATH]
//
// Each GUI run is a child process (this program with --child …) holding the whole main window as
// oversight-desk builds it, offscreen, on its own copy of the prepared database.
#include "exchange/problemexchange.h"
#include "exchange/importdialog.h"
#include "ledger/ledgerpage.h"
#include "dashboard/dashboardpage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "services/campaignservice.h"
#include "services/clock.h"
#include "services/safetyservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "settings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace oversight;

namespace {

const QDate benchToday(2022, 7, 1);

QString unitName(int i)
{
    return QStringLiteral("奈曼旗测试执法单位%1").arg(i, 2, 10, QLatin1Char('0'));
}

/// A database with 40 units, and a problems CSV of `rows` rows over them.
void prepare(const QString &dir, int rows)
{
    {
        auto opened = Workspace::open(dir + QStringLiteral("/base.sqlite"), Database::Mode::CreateNew,
                                      std::make_unique<FixedClock>(benchToday), QStringLiteral("bench"));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().fullText()));
        auto ws = std::move(opened).value();
        const CampaignId campaign = *ws->campaigns().ensureDefault();
        for (int i = 0; i < 40; ++i) {
            Unit u;
            u.campaign = campaign;
            u.name = unitName(i);
            if (!ws->units().create(u))
                qFatal("cannot register the units");
        }
    }
    static const QStringList sources{QStringLiteral("自查"), QStringLiteral("抽检"), QStringLiteral("回访")};
    static const QStringList states{QStringLiteral("待整改"), QStringLiteral("整改中"), QStringLiteral("待核查")};
    QString csv = QStringLiteral("单位名称,改革领域,问题来源,问题描述,整改措施,责任人,整改时限,整改状态\n");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1,%2,%3,执法案卷第%4号未附送达回证,补齐送达回证并归档,责任人%5,2022-08-%6,%7\n")
                   .arg(unitName(i % 40))
                   .arg(i % 10 + 1)
                   .arg(sources.at(i % 3))
                   .arg(i + 1)
                   .arg(i % 37)
                   .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                   .arg(states.at(i % 3));
    QSaveFile f(dir + QStringLiteral("/problems.csv"));
    if (!f.open(QIODevice::WriteOnly) || f.write(csv.toUtf8()) < 0 || !f.commit())
        qFatal("cannot write problems.csv");
}

/// One GUI run: the main window as oversight-desk builds it, then the ledger page's import. Prints the
/// milliseconds from choosing the file to an empty event queue after the write, and the problems held.
int child(const QString &db, const QString &file)
{
    MessageBox::setTestMode(true);
    QTemporaryDir settingsDir;
    QSettings store(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Settings settings(&store);
    auto opened = Workspace::open(db, Database::Mode::OpenExisting, std::make_unique<FixedClock>(benchToday));
    if (!opened)
        qFatal("%s", qPrintable(opened.error().fullText()));
    auto ws = std::move(opened).value();
    SafetyService safety(ws->database());
    MainWindow window(ws->campaigns(), ws->units(), ws->supervision(), ws->clock(), settings);
    window.addDocumentsPage(ws->documents(), ws->units());
    window.addSubmissionsPage(ws->submissions());
    window.addCaseReviewPage(ws->caseReview(), ws->units());
    window.addLedgerPage(ws->ledger(), ws->units());
    window.addNormativePage(ws->normative(), ws->units());
    window.addSafety(safety);
    window.addDashboardPage(*ws);
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    // The dashboard counts its figures on a thread of the pool after the window is shown: done before the
    // clock starts, so that the import is not timed against it.
    while (window.dashboardPage()->isCounting())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);

    QElapsedTimer timer;
    timer.start();
    ImportDialog *dialog = window.ledgerPage()->openImportDialog(file);
    if (!dialog->report().clean())
        qFatal("the file does not check clean: %s", qPrintable(dialog->report().issues.value(0).message));
    dialog->runImport();
    QApplication::processEvents();
    const qint64 ms = timer.elapsed();
    std::printf("%lld\n", static_cast<long long>(ms));
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void copyDb(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        qFatal("cannot copy the database");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return child(app.arguments().value(2), app.arguments().value(3));
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int rows = 3000, runs = 3;
    QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/oversight-cli");
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--rows")
            rows = args.value(++i).toInt();
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.value(++i).toInt());
        else if (args.at(i) == u"--cli")
            cli = args.value(++i);
    }
    QTemporaryDir temp;
    const QString dir = temp.path();
    prepare(dir, rows);
    const QString base = dir + QStringLiteral("/base.sqlite");
    const QString file = dir + QStringLiteral("/problems.csv");
    const QString db = dir + QStringLiteral("/run.sqlite");

    std::vector<double> cliMs, guiMs;
    for (int run = 0; run < runs; ++run) {
        copyDb(base, db);
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(cli, {QStringLiteral("--db"), db, QStringLiteral("--today"), benchToday.toString(Qt::ISODate),
                      QStringLiteral("import"), QStringLiteral("problems"), file});
        if (!p.waitForFinished(600000) || p.exitCode() != 0)
            qFatal("oversight-cli import failed: %s", p.readAllStandardError().constData());
        cliMs.push_back(double(timer.elapsed()));

        copyDb(base, db);
        QProcess g;
        g.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), db, file});
        if (!g.waitForFinished(600000) || g.exitCode() != 0)
            qFatal("the GUI import failed: %s", g.readAllStandardError().constData());
        guiMs.push_back(g.readAllStandardOutput().trimmed().toDouble());
    }
    const double c = median(cliMs), g = median(guiMs);
    QTextStream out(stdout);
    out << QStringLiteral("GUI versus CLI import: %1 problems (CSV), 40 units, median of %2 runs\n")
               .arg(rows)
               .arg(runs);
    out << QStringLiteral("| path | median ms |\n|---|---:|\n");
    out << QStringLiteral("| oversight-cli import problems (whole process) | %1 |\n").arg(c, 0, 'f', 0);
    out << QStringLiteral("| ledger page: import dialog check + import + pages updated | %1 |\n")
               .arg(g, 0, 'f', 0);
    out << QStringLiteral("| ratio GUI / CLI (goal ≤ 1.5) | %1 |\n").arg(c > 0 ? g / c : 0, 0, 'f', 2);
    return 0;
}
