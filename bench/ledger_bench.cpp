// Rectification ledger benchmark (issue 6): keyword search over 50,000 problems for keywords of one, two,
// three and four or more characters; and the ledger PDF of 1,000 and 10,000 problems (seconds, peak memory)
// side by side with LibreOffice converting the same ledger as XLSX (`soffice --headless --convert-to pdf`),
// when LibreOffice is installed.
//
//   ledger_bench [--search-rows N] [--pdf-rows N,N] [--shapes long,short] [--runs N] [--pdf-runs N]
//                [--no-soffice] [--no-search] [--keep DIR]
//
// The PDF figures are the median and min–max of --pdf-runs runs (5) on each side; peak memory is the largest
// of them. The search figures are the median, fastest and slowest of --runs runs (15).
//
// Every measured part is a child process (this program with --child …), so that its time and peak memory
// (getrusage's ru_maxrss) are its own: Linux keeps ru_maxrss across exec, so the parent stays small.
#include "documents/documentfonts.h"
#include "documents/ledgerrenderer.h"
#include "exchange/problemexchange.h"
#include "formats/xlsxwriter.h"
#include "services/campaignservice.h"
#include "services/clock.h"
#include "services/ledgerservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "storage/problemrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace oversight;

namespace {

const QDate benchToday(2022, 9, 20);

long peakKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// Realistic ledger text: findings of case-file reviews, complaints and self-checks, each with a case number,
// so that the 50,000 descriptions are not 50,000 copies of a few sentences.
const QStringList subjects{
    QStringLiteral("作出较大数额罚款决定前"), QStringLiteral("现场检查时"),
    QStringLiteral("案件调查终结后"),         QStringLiteral("实施行政强制措施时"),
    QStringLiteral("作出行政许可决定时"),     QStringLiteral("送达处罚决定书时"),
    QStringLiteral("重大执法决定作出前"),     QStringLiteral("立案审批时"),
    QStringLiteral("办理简易程序案件时"),
};
const QStringList faults{
    QStringLiteral("未告知当事人听证权利"),
    QStringLiteral("执法人员未出示执法证件"),
    QStringLiteral("未经法制审核"),
    QStringLiteral("未制作现场检查笔录"),
    QStringLiteral("音像记录缺失"),
    QStringLiteral("送达回证未由受送达人签收"),
    QStringLiteral("适用法律条款不准确"),
    QStringLiteral("自由裁量理由未说明"),
    QStringLiteral("罚款未开具统一票据"),
    QStringLiteral("证据材料未编号装订"),
    QStringLiteral("多头重复检查增加企业负担"),
    QStringLiteral("未在七日内公示执法决定信息"),
};
const QStringList measures{
    QStringLiteral("组织全体执法人员学习行政处罚法，完善告知文书模板"),
    QStringLiteral("开展亮证执法专项整治，纳入年度执法考核"),
    QStringLiteral("建立重大执法决定法制审核目录清单，逐案审核"),
    QStringLiteral("配备执法记录仪，制定音像记录管理办法"),
    QStringLiteral("对案卷逐卷整理补正，建立归档台账"),
    QStringLiteral("细化行政裁量基准并报司法局备案"),
    QStringLiteral("推行“综合查一次”联合检查，压减检查频次"),
    QStringLiteral("建立执法信息公示专人负责制度，每周核查"),
};
const QStringList owners{QStringLiteral("张伟"), QStringLiteral("李娜"), QStringLiteral("王强"),
                         QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("赵磊")};
const QStringList unitNames{
    QStringLiteral("旗公安局"),         QStringLiteral("旗市场监督管理局"),
    QStringLiteral("旗自然资源局"),     QStringLiteral("旗生态环境分局"),
    QStringLiteral("旗交通运输局"),     QStringLiteral("旗农牧局"),
    QStringLiteral("旗卫生健康委员会"), QStringLiteral("旗应急管理局"),
    QStringLiteral("旗林业和草原局"),   QStringLiteral("旗住房和城乡建设局"),
    QStringLiteral("大沁他拉镇"),       QStringLiteral("八仙筒镇"),
};

/// Short findings, as a clerk types them after a spot check: few distinct strings, one line a cell.
const QStringList shortFaults{QStringLiteral("未亮证"),       QStringLiteral("未告知听证"),
                              QStringLiteral("缺法制审核"),   QStringLiteral("无现场笔录"),
                              QStringLiteral("音像缺失"),     QStringLiteral("送达不规范"),
                              QStringLiteral("适用法条错误"), QStringLiteral("裁量未说明")};
const QStringList shortMeasures{QStringLiteral("组织学习"), QStringLiteral("补正案卷"),
                                QStringLiteral("完善制度"), QStringLiteral("专项整治")};

/// A database of `rows` problems, written straight through the repository in one transaction (the keyword
/// index follows by the schema's triggers, as for every write). `shape` "long": descriptions of 25–40
/// characters with a case number each and measures of 20–30 (two or three lines a row); "short": findings
/// of 3–6 characters and four-character measures from a few distinct strings (one line a row).
int makeDatabase(const QString &db, int rows, const QString &shape = QStringLiteral("long"))
{
    auto opened = Workspace::open(db, Database::Mode::CreateNew, std::make_unique<FixedClock>(benchToday),
                                  QStringLiteral("bench"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().fullText()));
        return 1;
    }
    Workspace &ws = **opened;
    const CampaignId campaign = ws.campaigns().ensureDefault().value();
    std::vector<UnitId> units;
    for (const QString &name : unitNames) {
        Unit u;
        u.campaign = campaign;
        u.name = name;
        units.push_back(ws.units().create(u).value());
    }
    QRandomGenerator rng(20220715);
    QElapsedTimer timer;
    timer.start();
    Transaction tx(ws.database().connection());
    ProblemRepository repo(ws.database().connection());
    const QDateTime now = ws.clock().now();
    const Problem::Status statuses[] = {Problem::Status::Open, Problem::Status::InProgress,
                                        Problem::Status::AwaitingVerification};
    for (int i = 0; i < rows; ++i) {
        Problem p;
        p.campaign = campaign;
        p.unit = units[size_t(i) % units.size()];
        p.area = 1 + int(rng.bounded(10));
        p.source = Problem::Source(rng.bounded(5));
        if (shape == u"short") {
            p.description = shortFaults.at(int(rng.bounded(shortFaults.size())));
            p.measure = shortMeasures.at(int(rng.bounded(shortMeasures.size())));
        } else {
            p.description = subjects.at(int(rng.bounded(subjects.size()))) +
                            faults.at(int(rng.bounded(faults.size()))) +
                            QStringLiteral("（%1年第%2号案卷）").arg(2021).arg(i + 1);
            p.measure = measures.at(int(rng.bounded(measures.size())));
        }
        p.owner = owners.at(int(rng.bounded(owners.size())));
        p.deadline = QDate(2022, 9, 15).addDays(int(rng.bounded(40)) - 20);
        p.status = statuses[rng.bounded(3)];
        if (!repo.insert(p, now)) {
            std::fprintf(stderr, "insert failed\n");
            return 1;
        }
    }
    if (!tx.commit()) {
        std::fprintf(stderr, "commit failed\n");
        return 1;
    }
    std::printf("%.3f\n", timer.nsecsElapsed() / 1e9);
    return 0;
}

struct Keyword
{
    QString text;
};
const QStringList keywords{
    QStringLiteral("罚"),       QStringLiteral("签"),           QStringLiteral("听证"),
    QStringLiteral("罚款"),     QStringLiteral("执法证"),       QStringLiteral("送达回"),
    QStringLiteral("法制审核"), QStringLiteral("音像记录缺失"), QStringLiteral("第4711号"),
};

/// Times each keyword's search (the ids the ledger page filters by) over the file's problems.
int search(const QString &db, int runs)
{
    auto opened = Workspace::open(db, Database::Mode::OpenExisting, std::make_unique<FixedClock>(benchToday),
                                  QStringLiteral("bench"));
    if (!opened)
        return 1;
    Workspace &ws = **opened;
    const CampaignId campaign = ws.campaigns().current().value();
    for (const QString &k : keywords) {
        (void)ws.ledger().search(campaign, k); // warm the page cache
        std::vector<double> ms;
        size_t matches = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const auto ids = ws.ledger().search(campaign, k);
            ms.push_back(t.nsecsElapsed() / 1e6);
            matches = ids ? ids->size() : 0;
        }
        std::sort(ms.begin(), ms.end());
        std::printf("%lld\t%s\t%zu\t%.2f\t%.2f\t%.2f\n", static_cast<long long>(k.toUcs4().size()),
                    qPrintable(k), matches, ms[ms.size() / 2], ms.front(), ms.back());
    }
    return 0;
}

/// The ledger of the whole file, read and painted to a PDF: "SECONDS PAGES PEAK_KB".
int pdf(const QString &db, const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = Workspace::open(db, Database::Mode::OpenExisting, std::make_unique<FixedClock>(benchToday),
                                  QStringLiteral("bench"));
    if (!opened)
        return 1;
    Workspace &ws = **opened;
    const CampaignId campaign = ws.campaigns().current().value();
    const Campaign c = ws.campaigns().campaign(campaign).value();
    const auto units = ws.units().units(campaign).value();
    const auto problems = ws.ledger().problems(campaign).value();
    const LedgerRenderer renderer(DocumentFonts::resolve());
    const LedgerDocument doc = LedgerDocument::make(c, units, problems, benchToday);
    int pages = 0;
    const auto bytes = renderer.pdf(doc, &pages);
    if (!bytes)
        return 1;
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
        return 1;
    f.close();
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("%.3f %d %ld\n", seconds, pages, peakKb());
    return 0;
}

int xlsx(const QString &db, const QString &out)
{
    auto opened = Workspace::open(db, Database::Mode::OpenExisting, std::make_unique<FixedClock>(benchToday),
                                  QStringLiteral("bench"));
    if (!opened)
        return 1;
    Workspace &ws = **opened;
    const CampaignId campaign = ws.campaigns().current().value();
    const Campaign c = ws.campaigns().campaign(campaign).value();
    const auto units = ws.units().units(campaign).value();
    const auto problems = ws.ledger().problems(campaign).value();
    return writeXlsx(out, ledgerWorkbook(c, units, problems, benchToday)) ? 0 : 1;
}

/// LibreOffice converting `file` to PDF in `dir`: "SECONDS PEAK_KB" (the peak of its processes).
int soffice(const QString &file, const QString &dir, const QString &profile)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(QStringLiteral("soffice"),
            {QStringLiteral("-env:UserInstallation=file://") + profile, QStringLiteral("--headless"),
             QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir, file});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return 1;
    const double seconds = timer.nsecsElapsed() / 1e9;
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    std::printf("%.3f %ld\n", seconds, u.ru_maxrss);
    return 0;
}

QByteArray runChild(const QStringList &arguments)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child")} + arguments);
    if (!p.waitForFinished(3600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "child %s failed: %s\n", qPrintable(arguments.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

} // namespace

int main(int argc, char *argv[])
{
    const bool isChild = argc > 2 && qstrcmp(argv[1], "--child") == 0;
    if (isChild && qstrcmp(argv[2], "pdf") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const QStringList a = app.arguments();
        return pdf(a.value(3), a.value(4));
    }
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (isChild) {
        const QString what = args.value(2);
        if (what == u"make")
            return makeDatabase(args.value(3), args.value(4).toInt(),
                                args.value(5, QStringLiteral("long")));
        if (what == u"search")
            return search(args.value(3), args.value(4).toInt());
        if (what == u"xlsx")
            return xlsx(args.value(3), args.value(4));
        if (what == u"soffice")
            return soffice(args.value(3), args.value(4), args.value(5));
        return 1;
    }

    int searchRows = 50000;
    bool withSearch = true;
    QList<int> pdfRows{1000, 10000};
    QStringList shapes{QStringLiteral("long"), QStringLiteral("short")};
    int runs = 15;
    int pdfRuns = 5;
    bool withSoffice = !QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty();
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--search-rows")
            searchRows = args.value(++i).toInt();
        else if (args.at(i) == u"--pdf-rows") {
            pdfRows.clear();
            for (const QString &n : args.value(++i).split(QLatin1Char(',')))
                pdfRows.append(n.toInt());
        } else if (args.at(i) == u"--shapes") {
            shapes = args.value(++i).split(QLatin1Char(','));
        } else if (args.at(i) == u"--runs")
            runs = std::max(1, args.value(++i).toInt());
        else if (args.at(i) == u"--pdf-runs")
            pdfRuns = std::max(1, args.value(++i).toInt());
        else if (args.at(i) == u"--no-search")
            withSearch = false;
        else if (args.at(i) == u"--no-soffice")
            withSoffice = false;
        else if (args.at(i) == u"--keep")
            keep = args.value(++i);
    }
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(dir);

    // Search.
    if (withSearch) {
        const QString searchDb = dir + QStringLiteral("/search-%1.sqlite").arg(searchRows);
        QFile::remove(searchDb);
        const QByteArray made = runChild({QStringLiteral("make"), searchDb, QString::number(searchRows)});
        if (made.isEmpty())
            return 1;
        std::printf(
            "Keyword search over %d problems (median, fastest and slowest of %d runs; generating the file took %s "
            "s)\n",
            searchRows, runs, made.trimmed().constData());
        std::printf("%-7s %-14s %9s %10s %10s %10s\n", "length", "keyword", "matches", "median ms", "min ms",
                    "max ms");
        const QByteArray searched = runChild({QStringLiteral("search"), searchDb, QString::number(runs)});
        for (const QByteArray &line : searched.split('\n')) {
            const QList<QByteArray> f = line.split('\t');
            if (f.size() < 6)
                continue;
            const QString k = QString::fromUtf8(f[1]);
            // Pad by display width: a CJK character is two columns.
            int width = 0;
            for (QChar ch : k)
                width += ch.unicode() >= 0x2E80 ? 2 : 1;
            std::printf("%-7s %s%*s %9s %10s %10s %10s\n", f[0].constData(), f[1].constData(),
                        std::max(1, 14 - width), "", f[2].constData(), f[3].constData(), f[4].constData(),
                        f[5].constData());
        }
    }

    // PDF, and LibreOffice on the same ledger as XLSX: each of our runs followed by one of LibreOffice's,
    // so that both sides see the same load on a shared machine.
    std::printf("\nLedger PDF (A4 landscape, fonts embedded) vs LibreOffice converting the same ledger as XLSX "
                "(median and min-max of %d runs, interleaved)\n",
                pdfRuns);
    std::printf("%-6s %-9s %7s %7s %13s %8s %10s %13s %11s %7s\n", "shape", "problems", "pages", "ours s",
                "min-max", "ours MB", "soffice s", "min-max", "soffice MB", "ratio");
    const QString profile = dir + QStringLiteral("/lo-profile");
    bool warmed = false;
    struct Measured
    {
        std::vector<double> seconds;
        double peak = 0;
        [[nodiscard]] double median() const
        {
            std::vector<double> v = seconds;
            std::sort(v.begin(), v.end());
            return v.empty() ? -1 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
        }
        [[nodiscard]] QString range() const
        {
            if (seconds.empty())
                return QStringLiteral("-");
            return QStringLiteral("%1-%2")
                .arg(*std::min_element(seconds.begin(), seconds.end()), 0, 'f', 2)
                .arg(*std::max_element(seconds.begin(), seconds.end()), 0, 'f', 2);
        }
        /// One child printing "SECONDS … PEAK_KB"; false when it failed.
        bool add(const QByteArray &output, int peakField, QByteArray *extra)
        {
            const QList<QByteArray> f = output.trimmed().split(' ');
            if (f.size() <= peakField)
                return false;
            seconds.push_back(f[0].toDouble());
            peak = std::max(peak, f[peakField].toDouble());
            if (extra)
                *extra = f[1];
            return true;
        }
    };
    for (const QString &shape : shapes) {
        for (int n : pdfRows) {
            const QString db = dir + QStringLiteral("/ledger-%1-%2.sqlite").arg(shape).arg(n);
            QFile::remove(db);
            if (runChild({QStringLiteral("make"), db, QString::number(n), shape}).isEmpty())
                return 1;
            const QString book = dir + QStringLiteral("/ledger-%1-%2.xlsx").arg(shape).arg(n);
            const QString out = dir + QStringLiteral("/lo");
            bool lo = withSoffice;
            if (lo) {
                QDir().mkpath(out);
                if (runChild({QStringLiteral("xlsx"), db, book}).isNull() && !QFile::exists(book))
                    return 1;
                if (!warmed) { // the first start creates LibreOffice's profile: not part of the measure
                    runChild({QStringLiteral("soffice"), book, out, profile});
                    warmed = true;
                }
            }
            Measured ours, theirs;
            QByteArray pages;
            for (int r = 0; r < pdfRuns; ++r) {
                if (!ours.add(runChild({QStringLiteral("pdf"), db,
                                        dir + QStringLiteral("/ledger-%1-%2.pdf").arg(shape).arg(n)}),
                              2, &pages))
                    return 1;
                if (lo)
                    lo = theirs.add(runChild({QStringLiteral("soffice"), book, out, profile}), 1, nullptr);
            }
            QString peer = QStringLiteral("%1 %2 %3 %4")
                               .arg(QStringLiteral("-"), 10)
                               .arg(QStringLiteral("-"), 13)
                               .arg(QStringLiteral("-"), 11)
                               .arg(QStringLiteral("-"), 7);
            if (lo)
                peer = QStringLiteral("%1 %2 %3 %4")
                           .arg(theirs.median(), 10, 'f', 2)
                           .arg(theirs.range(), 13)
                           .arg(theirs.peak / 1024, 11, 'f', 0)
                           .arg(theirs.median() / ours.median(), 6, 'f', 1) +
                       QLatin1Char('x');
            std::printf("%-6s %-9d %7s %7.2f %13s %8.0f %s\n", qPrintable(shape), n, pages.constData(),
                        ours.median(), qPrintable(ours.range()), ours.peak / 1024, qPrintable(peer));
            std::fflush(stdout);
        }
    }
    std::printf("Goal (issue 22): at least 15x LibreOffice's time at 10,000 problems and 30x at 1,000, on each "
                "shape.\n");
    return 0;
}
