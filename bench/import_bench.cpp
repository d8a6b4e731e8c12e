// Import benchmark (issues 3, 5 and 22): 100,000-row spreadsheets of two shapes (units, 5 narrow columns; a
// case catalogue, 8 wider columns) read, checked and written with their audit entries, against openpyxl's
// bare read of the same file (what a script-based alternative would spend before doing any work); and our
// own bare read, for scale. The runs are interleaved (ours, then openpyxl's, on each file in turn), so both
// sides see the same load on a shared machine.
//
//   import_bench [--rows N] [--runs N] [--keep DIR]
//
// Each measured run is a child process (this program with --child …), so that its time and peak memory
// (getrusage's ru_maxrss) are its own. The files are made once, with libxlsxwriter through our writer.
#include "exchange/caseexchange.h"
#include "exchange/cellvalue.h"
#include "exchange/importer.h"
#include "exchange/table.h"
#include "exchange/unitexchange.h"
#include "formats/xlsxwriter.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace oversight;

namespace {

const QStringList caseHeaders{QStringLiteral("单位名称"), QStringLiteral("案卷编号"),
                              QStringLiteral("案件名称"), QStringLiteral("案件类型"),
                              QStringLiteral("当事人"),   QStringLiteral("办结日期"),
                              QStringLiteral("是否自查"), QStringLiteral("自查等次")};

QString unitName(int i)
{
    static const QStringList bureaus{QStringLiteral("市场监督管理局"), QStringLiteral("交通运输局"),
                                     QStringLiteral("自然资源局"),     QStringLiteral("生态环境分局"),
                                     QStringLiteral("应急管理局"),     QStringLiteral("卫生健康委员会"),
                                     QStringLiteral("农牧局"),         QStringLiteral("林业和草原局"),
                                     QStringLiteral("水利局"),         QStringLiteral("住房和城乡建设局")};
    return QStringLiteral("奈曼旗") + bureaus.at(i % bureaus.size()) + QStringLiteral("第%1分局").arg(i);
}

void makeFiles(const QString &dir, int rows)
{
    QRandomGenerator rng(20220521);
    static const QStringList types{QStringLiteral("行政处罚"), QStringLiteral("行政许可"),
                                   QStringLiteral("行政检查"), QStringLiteral("行政强制")};
    static const QStringList grades{QStringLiteral("优秀"), QStringLiteral("良好"), QStringLiteral("合格"),
                                    QStringLiteral("不合格")};
    static const QStringList matters{QStringLiteral("未按规定公示经营信息案"), QStringLiteral("超限运输案"),
                                     QStringLiteral("非法占用草原案"), QStringLiteral("未取得许可从事经营案"),
                                     QStringLiteral("违规排放污水案")};
    XlsxWorkbook cases;
    XlsxSheet sheet;
    sheet.name = QStringLiteral("案卷目录");
    for (const QString &h : caseHeaders)
        sheet.columns.append(
            {h, h == caseHeaders.at(5) ? XlsxColumn::Kind::Date : XlsxColumn::Kind::Text, {}, false, {}, 14});
    sheet.rows.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const bool checked = rng.bounded(10) < 3;
        sheet.rows.append(QVariantList{
            unitName(i % 40), QStringLiteral("NM-%1-%2").arg(2021).arg(i, 6, 10, QLatin1Char('0')),
            QString(QStringLiteral("某某公司") + matters.at(rng.bounded(matters.size()))),
            types.at(rng.bounded(types.size())), QStringLiteral("某某商贸有限公司%1").arg(rng.bounded(5000)),
            QDate(2021, 1, 1).addDays(rng.bounded(365)),
            checked ? QStringLiteral("是") : QStringLiteral("否"),
            checked ? grades.at(rng.bounded(4)) : QString()});
    }
    cases.sheets.append(sheet);
    if (auto r = writeXlsx(dir + QStringLiteral("/cases.xlsx"), cases); !r)
        qFatal("cannot write cases.xlsx: %s", qPrintable(r.error().fullText()));

    XlsxWorkbook units;
    XlsxSheet us;
    us.name = QStringLiteral("行政执法单位");
    us.columns = unitXlsxColumns();
    us.rows.reserve(rows);
    for (int i = 0; i < rows; ++i)
        us.rows.append(QVariantList{unitName(i), i % 3 ? QStringLiteral("部门") : QStringLiteral("苏木乡镇"),
                                    QStringLiteral("联系人%1").arg(i % 997),
                                    QStringLiteral("0475-00%1").arg(i % 100000, 5, 10, QLatin1Char('0')),
                                    QString()});
    units.sheets.append(us);
    if (auto r = writeXlsx(dir + QStringLiteral("/units.xlsx"), units); !r)
        qFatal("cannot write units.xlsx: %s", qPrintable(r.error().fullText()));
}

long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/// Our bare read of `file` (every row's cells, nothing checked or written), as openpyxl's is measured.
int childRead(const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    auto table = openTable(file);
    if (!table)
        qFatal("%s", qPrintable(table.error().fullText()));
    int rows = 0;
    const auto r = (*table)->read([&rows](const SheetRow &) {
        ++rows;
        return true;
    });
    if (!r)
        qFatal("%s", qPrintable(r.error().fullText()));
    std::printf("%.4f %d %ld\n", double(timer.nsecsElapsed()) / 1e9, rows - 1, peakKb());
    return 0;
}

/// One measured run in this (child) process; prints "SECONDS ROWS PEAK_KB".
int child(const QString &what, const QString &file, const QString &db)
{
    if (what == u"read")
        return childRead(file);
    QElapsedTimer timer;
    std::unique_ptr<Workspace> ws;
    CampaignId campaign;
    {
        auto opened =
            Workspace::open(db, Database::Mode::CreateNew, std::make_unique<FixedClock>(QDate(2022, 5, 9)),
                            QStringLiteral("bench"));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().fullText()));
        ws = std::move(opened).value();
        campaign = *ws->campaigns().ensureDefault();
        if (what == u"cases") {
            // The catalogue's 40 units are registered before the clock starts.
            for (int i = 0; i < 40; ++i) {
                Unit u;
                u.campaign = campaign;
                u.name = unitName(i);
                if (!ws->units().create(u))
                    qFatal("cannot register the units");
            }
        }
    }
    timer.start();
    auto table = openTable(file);
    if (!table)
        qFatal("%s", qPrintable(table.error().fullText()));
    std::unique_ptr<RecordImporter> importer;
    if (what == u"units")
        importer = std::make_unique<UnitImporter>(ws->units(), campaign);
    else
        importer = std::make_unique<CaseImporter>(ws->caseReview(), ws->units(), campaign);
    ImportOptions options;
    options.previewRows = 0;
    const auto report = runImport(**table, *importer, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report || !report->clean())
        qFatal("import failed: %s",
               report ? qPrintable(report->issueText(report->issues.value(0))) : "database");
    if (!report->written)
        qFatal("nothing written");
    std::printf("%.4f %d %ld\n", seconds, report->dataRows, peakKb());
    return 0;
}

struct Sample
{
    double seconds = 0;
    int rows = 0;
    long peakKb = 0;
};

std::optional<Sample> runChild(const QStringList &args)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "child failed: %s\n", p.readAllStandardError().constData());
        return std::nullopt;
    }
    const QStringList parts = QString::fromLatin1(p.readAllStandardOutput()).simplified().split(u' ');
    if (parts.size() != 3)
        return std::nullopt;
    return Sample{parts.at(0).toDouble(), parts.at(1).toInt(), parts.at(2).toLong()};
}

std::optional<Sample> runOpenpyxl(const QString &file)
{
    // Only the read: load_workbook(read_only=True) and every row's values, timed inside Python so the
    // interpreter's start-up is not counted against it.
    const QString script = QStringLiteral("import sys, time, resource\n"
                                          "t = time.perf_counter()\n"
                                          "import openpyxl\n"
                                          "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                                          "n = 0\n"
                                          "for row in wb.worksheets[0].iter_rows(values_only=True):\n"
                                          "    n += 1\n"
                                          "print('%.4f %d %d' % (time.perf_counter() - t, n - 1, "
                                          "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, file});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return std::nullopt;
    const QStringList parts = QString::fromLatin1(p.readAllStandardOutput()).simplified().split(u' ');
    if (parts.size() != 3)
        return std::nullopt;
    return Sample{parts.at(0).toDouble(), parts.at(1).toInt(), parts.at(2).toLong()};
}

bool haveOpenpyxl()
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct Line
{
    QString label;
    std::vector<Sample> samples;
    [[nodiscard]] double median() const
    {
        std::vector<double> s;
        for (const Sample &x : samples)
            s.push_back(x.seconds);
        std::sort(s.begin(), s.end());
        return s.empty() ? 0 : s.size() % 2 ? s[s.size() / 2] : (s[s.size() / 2 - 1] + s[s.size() / 2]) / 2;
    }
};

void printTable(QTextStream &out, const std::vector<Line> &lines)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("scenario"), -58)
               .arg(QStringLiteral("rows"), 8)
               .arg(QStringLiteral("median s"), 9)
               .arg(QStringLiteral("min–max s"), 14)
               .arg(QStringLiteral("rows/s"), 9)
               .arg(QStringLiteral("peak RSS"), 9);
    for (const Line &l : lines) {
        if (l.samples.empty()) {
            out << QStringLiteral("%1 %2\n").arg(l.label, -58).arg(QStringLiteral("(not run)"));
            continue;
        }
        double lo = 1e300, hi = 0;
        long peak = 0;
        for (const Sample &s : l.samples) {
            lo = std::min(lo, s.seconds);
            hi = std::max(hi, s.seconds);
            peak = std::max(peak, s.peakKb);
        }
        const double med = l.median();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(l.label, -58)
                   .arg(l.samples.front().rows, 8)
                   .arg(med, 9, 'f', 2)
                   .arg(QStringLiteral("%1–%2").arg(lo, 0, 'f', 2).arg(hi, 0, 'f', 2), 14)
                   .arg(med > 0 ? l.samples.front().rows / med : 0, 9, 'f', 0)
                   .arg(QStringLiteral("%1 MB").arg(double(peak) / 1024, 0, 'f', 0), 9);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--child")
        return child(args.value(2), args.value(3), args.value(4));
    if (args.value(1) == u"--make") {
        makeFiles(args.value(2), args.value(3).toInt());
        return 0;
    }

    int rows = 100000, runs = 5;
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--rows")
            rows = args.value(++i).toInt();
        else if (args.at(i) == u"--runs")
            runs = std::max(1, args.value(++i).toInt());
        else if (args.at(i) == u"--keep")
            keep = args.value(++i);
    }
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(dir);
    QTextStream out(stdout);
    out << QStringLiteral("Import benchmark: %1 rows, %2 runs each; files in %3\n")
               .arg(rows)
               .arg(runs)
               .arg(dir);
    out.flush();
    // Made in a child process: a child inherits its parent's peak memory across exec (Linux keeps
    // ru_maxrss), so this process stays small for the measured children's numbers to be their own.
    {
        QProcess make;
        make.start(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--make"), dir, QString::number(rows)});
        if (!make.waitForFinished(600000) || make.exitCode() != 0)
            qFatal("cannot make the files: %s", make.readAllStandardError().constData());
    }
    const QString cases = dir + QStringLiteral("/cases.xlsx");
    const QString units = dir + QStringLiteral("/units.xlsx");
    out << QStringLiteral("cases.xlsx %1 MB, units.xlsx %2 MB\n\n")
               .arg(double(QFileInfo(cases).size()) / 1048576, 0, 'f', 1)
               .arg(double(QFileInfo(units).size()) / 1048576, 0, 'f', 1);

    std::vector<Line> lines{
        {QStringLiteral("ours: case catalogue xlsx, read + check + write + audit"), {}},
        {QStringLiteral("openpyxl read_only: same file, bare read"), {}},
        {QStringLiteral("ours: units xlsx, read + check + write + audit"), {}},
        {QStringLiteral("openpyxl read_only: same file, bare read"), {}},
        {QStringLiteral("ours: case catalogue xlsx, bare read (for scale)"), {}},
        {QStringLiteral("ours: units xlsx, bare read (for scale)"), {}},
    };
    const bool peer = haveOpenpyxl();
    for (int run = 0; run < runs; ++run) {
        const QString caseDb = dir + QStringLiteral("/cases%1.sqlite").arg(run);
        QFile::remove(caseDb);
        if (auto s = runChild({QStringLiteral("--child"), QStringLiteral("cases"), cases, caseDb}))
            lines[0].samples.push_back(*s);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(caseDb + suffix);
        const QString db = dir + QStringLiteral("/run%1.sqlite").arg(run);
        QFile::remove(db);
        if (auto s = runChild({QStringLiteral("--child"), QStringLiteral("units"), units, db}))
            lines[2].samples.push_back(*s);
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        if (peer) {
            if (auto s = runOpenpyxl(cases))
                lines[1].samples.push_back(*s);
            if (auto s = runOpenpyxl(units))
                lines[3].samples.push_back(*s);
        }
        if (auto s = runChild({QStringLiteral("--child"), QStringLiteral("read"), cases, QString()}))
            lines[4].samples.push_back(*s);
        if (auto s = runChild({QStringLiteral("--child"), QStringLiteral("read"), units, QString()}))
            lines[5].samples.push_back(*s);
    }
    printTable(out, lines);
    out << QLatin1Char('\n');
    for (int i : {0, 2}) {
        if (!lines[size_t(i)].samples.empty() && !lines[size_t(i) + 1].samples.empty())
            out << QStringLiteral("openpyxl's bare read / our %1: %2×\n")
                       .arg(i == 0 ? QStringLiteral("case catalogue import") : QStringLiteral("units import"))
                       .arg(lines[size_t(i) + 1].median() / lines[size_t(i)].median(), 0, 'f', 2);
    }
    for (int i : {4, 5}) {
        const size_t peerLine = i == 4 ? 1 : 3;
        if (!lines[size_t(i)].samples.empty() && !lines[peerLine].samples.empty())
            out << QStringLiteral("openpyxl's bare read / our bare read (%1): %2×\n")
                       .arg(i == 4 ? QStringLiteral("case catalogue") : QStringLiteral("units"))
                       .arg(lines[peerLine].median() / lines[size_t(i)].median(), 0, 'f', 2);
    }
    if (!peer)
        out << QStringLiteral("openpyxl is not installed (Debian: python3-openpyxl): peer not run.\n");
    out << QStringLiteral("Goal (issue 3): full import at least 2× faster than openpyxl's bare read; peak "
                          "memory under 200 MB.\n");
    return 0;
}
