// The notices the bureau signs, issued through the real program on the demo data (make_demo_data) for three
// days of the 2022 campaign, read back from the PDF with poppler and compared with `status --json` of the
// same day: what a reminder asks for is exactly what status shows the unit owes, item by item, with its due
// date and days late; the clerk's number and date are taken or refused with nothing issued.
#include "clirun.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/workspace.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace clitest;

namespace {

QString chineseDate(QDate d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

/// The PDF's text without white space (pdftotext, as the document tests read it).
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    QString s = QString::fromUtf8(p.readAllStandardOutput());
    // Page numbers ("— 7 —") stand between the two halves of a sentence that runs over a page.
    s.remove(QRegularExpression(QStringLiteral("^— \\d+ —$"), QRegularExpression::MultilineOption));
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

/// One owed line of `status --json`: a form or report missing or returned whose due date has come.
struct Owed
{
    QString item;
    QDate due;
    bool returned = false;
};

std::vector<Owed> owedOf(const QJsonObject &unit, QDate today)
{
    std::vector<Owed> out;
    for (const QString &list : {QStringLiteral("submissions"), QStringLiteral("reports")}) {
        for (const QJsonValue &v : unit.value(list).toArray()) {
            const QJsonObject o = v.toObject();
            const QString status = o.value(QStringLiteral("status")).toString();
            const QDate due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
            if ((status == QLatin1String("missing") || status == QLatin1String("returned")) &&
                due.isValid() && due <= today)
                out.push_back({o.value(o.contains(QStringLiteral("form")) ? QStringLiteral("form")
                                                                          : QStringLiteral("report"))
                                   .toString(),
                               due, status == QLatin1String("returned")});
        }
    }
    return out;
}

struct PdfLine
{
    double y = 0;
    QString text;
};

/// Each page's text lines top to bottom (pdftotext -bbox-layout), without white space.
std::vector<std::vector<PdfLine>> pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    std::vector<std::vector<PdfLine>> pages;
    static const QRegularExpression pageRe(QStringLiteral("<page [^>]*>(.*?)</page>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineRe(
        QStringLiteral("<line xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\"[^>]*>(.*?)</line>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression wordRe(QStringLiteral(">([^<]*)</word>"));
    for (auto pm = pageRe.globalMatch(html); pm.hasNext();) {
        const QString body = pm.next().captured(1);
        std::vector<PdfLine> lines;
        for (auto lm = lineRe.globalMatch(body); lm.hasNext();) {
            const auto m = lm.next();
            PdfLine line;
            line.y = m.captured(1).toDouble();
            for (auto wm = wordRe.globalMatch(m.captured(2)); wm.hasNext();)
                line.text += wm.next().captured(1);
            lines.push_back(line);
        }
        std::stable_sort(lines.begin(), lines.end(),
                         [](const PdfLine &a, const PdfLine &b) { return a.y < b.y; });
        pages.push_back(lines);
    }
    return pages;
}

/// The layout rules every notice keeps, read back from its PDF: no heading alone at a page's foot, a last
/// page with more than the 落款 and 版记, no title line breaking 行政/执法, no bracket left. Empty when kept.
QString layoutBreaches(const QString &pdf, const QString &authority)
{
    const auto pages = pdfPages(pdf);
    if (pages.empty())
        return QStringLiteral("no pages");
    static const QRegularExpression heading(
        QStringLiteral("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"));
    static const QRegularExpression pageNumber(QStringLiteral("^—\\d+—$"));
    static const QRegularExpression closing(QStringLiteral("^(\\d{4}年\\d+月\\d+日|抄送：.*|.*印发)$"));
    QStringList breaches;
    for (size_t i = 0; i < pages.size(); ++i) {
        std::vector<PdfLine> body;
        for (const PdfLine &l : pages[i])
            if (!pageNumber.match(l.text).hasMatch())
                body.push_back(l);
        if (body.empty())
            continue;
        // A heading line has no full stop (（四）处理决定与违法事实不相当。 is a finding, not a heading).
        if (i + 1 < pages.size() && heading.match(body.back().text).hasMatch() &&
            !body.back().text.endsWith(QStringLiteral("。")))
            breaches << QStringLiteral("page %1 ends with the heading %2").arg(i + 1).arg(body.back().text);
        for (size_t k = 0; k + 1 < body.size(); ++k)
            if (body[k].text.endsWith(QStringLiteral("行政")) &&
                body[k + 1].text.startsWith(QStringLiteral("执法")))
                breaches << QStringLiteral("page %1 breaks 行政/执法").arg(i + 1);
        for (const PdfLine &l : body)
            if (l.text.contains(QStringLiteral("【")))
                breaches << QStringLiteral("page %1 holds a bracket: %2").arg(i + 1).arg(l.text);
    }
    // The last page of the document proper (a supervision notice's receipt page follows it) holds more
    // than the signature, the date and the imprint.
    size_t last = pages.size() - 1;
    while (last > 0 && std::any_of(pages[last].begin(), pages[last].end(),
                                   [](const PdfLine &l) { return l.text == QStringLiteral("送达回证"); }))
        --last;
    const bool more = std::any_of(pages[last].begin(), pages[last].end(), [&](const PdfLine &l) {
        return !pageNumber.match(l.text).hasMatch() && !closing.match(l.text).hasMatch() &&
               l.text != authority && !l.text.startsWith(authority + QStringLiteral("办公室"));
    });
    if (!more && pages.size() > 1)
        breaches << QStringLiteral("the last page holds only the signature and the imprint");
    return breaches.join(QStringLiteral("; "));
}

} // namespace

class TestCliNotice final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_data;
    QString m_demo; ///< the demo database (made once, copied per test)

    /// make_demo_data's campaign as of 2022-09-12; the earlier days are read from it with --today (the tool
    /// itself refuses days before its ledger's closings), `status` and the notices alike.
    QString demo()
    {
        if (m_demo.isEmpty()) {
            const QString path = m_data.filePath(QStringLiteral("demo.sqlite"));
            QProcess p;
            p.start(QStringLiteral(MAKE_DEMO_DATA), {path, QStringLiteral("2022-09-12")});
            if (!p.waitForFinished(300000) || p.exitCode() != 0)
                qFatal("make_demo_data failed: %s", p.readAllStandardError().constData());
            m_demo = path;
        }
        return m_demo;
    }

    /// A fresh copy of the demo database in `dir`.
    QString copyOf(const QString &, const QTemporaryDir &dir)
    {
        const QString to = dir.filePath(QStringLiteral("demo.sqlite"));
        QFile::remove(to);
        if (!QFile::copy(demo(), to))
            qFatal("copy");
        return to;
    }

    Run cli(const QString &db, const QString &day, const QStringList &arguments)
    {
        return runCli(m_home.path(), m_home.path(), db,
                      QStringList{QStringLiteral("--today"), day} + arguments);
    }

    QJsonObject status(const QString &db, const QString &day)
    {
        const Run run = cli(db, day, {QStringLiteral("status"), QStringLiteral("--json")});
        if (run.code != 0)
            qFatal("status: %s", run.said().constData());
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    /// The days the issue names: the self-check just overdue, the spot check just over, the rectification.
    static void threeDays()
    {
        QTest::addColumn<QString>("day");
        QTest::newRow("05-25") << QStringLiteral("2022-05-25");
        QTest::newRow("07-20") << QStringLiteral("2022-07-20");
        QTest::newRow("09-12") << QStringLiteral("2022-09-12");
    }

private Q_SLOTS:
    void statusListsForm7OnlyWhereOwed()
    {
        QTemporaryDir dir;
        const QString db = copyOf(QStringLiteral("2022-09-12"), dir);
        const QJsonObject s = status(db, QStringLiteral("2022-09-12"));
        int drawnUnits = 0;
        int filesDrawn = 0, filesReviewed = 0;
        for (const QJsonValue &v : s.value(QStringLiteral("units")).toArray()) {
            const QJsonObject u = v.toObject();
            const QJsonObject spot = u.value(QStringLiteral("spot_check")).toObject();
            QVERIFY(spot.contains(QStringLiteral("files_drawn")) &&
                    spot.contains(QStringLiteral("files_reviewed")));
            const int drawn = spot.value(QStringLiteral("files_drawn")).toInt();
            filesDrawn += drawn;
            filesReviewed += spot.value(QStringLiteral("files_reviewed")).toInt();
            bool lists7 = false;
            for (const QJsonValue &f : u.value(QStringLiteral("submissions")).toArray())
                lists7 = lists7 ||
                         f.toObject().value(QStringLiteral("form")).toString() == QStringLiteral("附件7");
            QCOMPARE(lists7, drawn > 0);
            drawnUnits += drawn > 0;
        }
        QVERIFY(drawnUnits > 0 && drawnUnits < s.value(QStringLiteral("units")).toArray().size());
        // The per-unit figures add up to the campaign's.
        QCOMPARE(
            filesDrawn,
            s.value(QStringLiteral("spot_check")).toObject().value(QStringLiteral("files_drawn")).toInt());
        QCOMPARE(
            filesReviewed,
            s.value(QStringLiteral("spot_check")).toObject().value(QStringLiteral("files_reviewed")).toInt());

        // Plain status: each late item with its own days ("附件1 (2 days late)"), never the other way round.
        const Run text = cli(db, QStringLiteral("2022-09-12"), {QStringLiteral("status")});
        QCOMPARE(text.code, 0);
        QVERIFY2(!text.out.contains(QRegularExpression(QStringLiteral("\\d+ \\(附件"))), text.said());
    }

    void reminderAsksForWhatStatusShowsOwed_data() { threeDays(); }

    void reminderAsksForWhatStatusShowsOwed()
    {
        QFETCH(QString, day);
        const QDate today = QDate::fromString(day, Qt::ISODate);
        QTemporaryDir dir;
        const QString db = copyOf(day, dir);
        const QJsonObject s = status(db, day);
        int reminded = 0, refused = 0;
        for (const QJsonValue &v : s.value(QStringLiteral("units")).toArray()) {
            const QJsonObject unit = v.toObject();
            const QString name = unit.value(QStringLiteral("name")).toString();
            const std::vector<Owed> owed = owedOf(unit, today);
            const bool contactOwed = !unit.value(QStringLiteral("contact_named")).toBool();
            // A few units of each kind keep the test short: the first three that owe, the first that does
            // not.
            if ((owed.empty() && !contactOwed && refused > 0) ||
                ((!owed.empty() || contactOwed) && reminded >= 3))
                continue;
            const QString out = dir.filePath(QStringLiteral("r-%1.pdf").arg(reminded + refused));
            const Run run = cli(db, day,
                                {QStringLiteral("notice"), QStringLiteral("reminder"),
                                 QStringLiteral("--unit"), name, QStringLiteral("--out"), out});
            if (owed.empty() && !contactOwed) {
                ++refused;
                QCOMPARE(run.code, 2);
                QVERIFY2(run.err.contains(QStringLiteral("nothing outstanding on %1").arg(day)), run.said());
                QVERIFY(!QFileInfo::exists(out));
                continue;
            }
            ++reminded;
            QVERIFY2(run.code == 0, run.said());
            const QString text = pdfText(out);
            const int count = int(owed.size()) + (contactOwed ? 1 : 0);
            QVERIFY2(text.contains(
                         QStringLiteral("截至%1，你单位尚有%2项材料").arg(chineseDate(today)).arg(count)),
                     qPrintable(name + QLatin1Char(' ') + text));
            for (const Owed &o : owed) {
                QVERIFY2(text.contains(o.item), qPrintable(o.item + QLatin1Char(' ') + text));
                const int late = int(o.due.daysTo(today));
                QVERIFY2(text.contains(
                             QStringLiteral("应于%1前报送的材料（%2）")
                                 .arg(chineseDate(o.due), late > 0 ? QStringLiteral("已逾期%1天").arg(late)
                                                                   : QStringLiteral("今日到期"))),
                         qPrintable(o.item + QLatin1Char(' ') + text));
            }
            // What it does not owe is not asked for.
            if (unit.value(QStringLiteral("spot_check"))
                    .toObject()
                    .value(QStringLiteral("files_drawn"))
                    .toInt() == 0)
                QVERIFY2(!text.contains(QStringLiteral("附件7")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("【")));
            const QString breaches = layoutBreaches(out, QStringLiteral("奈曼旗司法局"));
            QVERIFY2(breaches.isEmpty(), qPrintable(breaches));
        }
        QVERIFY(reminded > 0);
    }

    void criticismNamesWhatStatusShows_data() { threeDays(); }

    void criticismNamesWhatStatusShows()
    {
        QFETCH(QString, day);
        const QDate today = QDate::fromString(day, Qt::ISODate);
        QTemporaryDir dir;
        const QString db = copyOf(day, dir);
        const QJsonObject s = status(db, day);
        const QString out = dir.filePath(QStringLiteral("c.pdf"));
        const Run run = cli(
            db, day, {QStringLiteral("notice"), QStringLiteral("criticism"), QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, run.said());
        const QString text = pdfText(out);
        int named = 0;
        for (const QJsonValue &v : s.value(QStringLiteral("units")).toArray()) {
            const QJsonObject u = v.toObject();
            const QString name = u.value(QStringLiteral("name")).toString();
            int pastDue = 0;
            for (const Owed &o : owedOf(u, today))
                pastDue += o.due < today;
            if (pastDue > 0) {
                ++named;
                QVERIFY2(text.contains(QStringLiteral("%1：%2项材料逾期未报送").arg(name).arg(pastDue)),
                         qPrintable(name + QLatin1Char(' ') + text));
            }
            if (!u.value(QStringLiteral("contact_named")).toBool() && today > QDate(2022, 4, 2))
                QVERIFY2(text.contains(QStringLiteral("%1：未按要求于4月2日前报送专项行动联系人").arg(name)),
                         qPrintable(name));
            if (u.contains(QStringLiteral("self_check_ok")) &&
                !u.value(QStringLiteral("self_check_ok")).toBool() && today > QDate(2022, 5, 21))
                QVERIFY2(
                    text.contains(QStringLiteral("%1：2021年度行政执法案卷%2卷，自查%3卷，未达到不少于%4卷")
                                      .arg(name)
                                      .arg(u.value(QStringLiteral("cases_total")).toInt())
                                      .arg(u.value(QStringLiteral("cases_self_checked")).toInt())
                                      .arg(u.value(QStringLiteral("self_check_required")).toInt())),
                    qPrintable(name + QLatin1Char(' ') + text));
            const QJsonObject problems = u.value(QStringLiteral("problems")).toObject();
            const int overdue = problems.value(QStringLiteral("overdue")).toInt();
            if (overdue > 0)
                QVERIFY2(text.contains(QStringLiteral("%1：整改台账%2个问题中有%3个超过整改时限")
                                           .arg(name)
                                           .arg(problems.value(QStringLiteral("open")).toInt() +
                                                problems.value(QStringLiteral("closed")).toInt())
                                           .arg(overdue)),
                         qPrintable(name + QLatin1Char(' ') + text));
        }
        QVERIFY(named > 0);
        const QString breaches = layoutBreaches(out, QStringLiteral("奈曼旗司法局"));
        QVERIFY2(breaches.isEmpty(), qPrintable(breaches));

        // Only the findings asked for; none that apply: refused, nothing issued.
        const QString only = dir.filePath(QStringLiteral("only.pdf"));
        const Run contacts =
            cli(db, day,
                {QStringLiteral("notice"), QStringLiteral("criticism"), QStringLiteral("--findings"),
                 QStringLiteral("contacts"), QStringLiteral("--out"), only});
        QVERIFY2(contacts.code == 0, contacts.said());
        QVERIFY(!pdfText(only).contains(QStringLiteral("逾期未报送")));
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        const Run empty =
            cli(db, QStringLiteral("2022-03-30"),
                {QStringLiteral("notice"), QStringLiteral("criticism"), QStringLiteral("--findings"),
                 QStringLiteral("late,contacts,selfcheck"), QStringLiteral("--out"), none});
        QCOMPARE(empty.code, 2);
        QVERIFY(!QFileInfo::exists(none));
        const Run unknown =
            cli(db, day,
                {QStringLiteral("notice"), QStringLiteral("criticism"), QStringLiteral("--findings"),
                 QStringLiteral("lazy"), QStringLiteral("--out"), none});
        QCOMPARE(unknown.code, 1);
    }

    void spotCheckStatesDrawnAndScored_data()
    {
        QTest::addColumn<QString>("day");
        QTest::newRow("07-20") << QStringLiteral("2022-07-20");
        QTest::newRow("09-12") << QStringLiteral("2022-09-12");
    }

    void spotCheckStatesDrawnAndScored()
    {
        QFETCH(QString, day);
        QTemporaryDir dir;
        const QString db = copyOf(day, dir);
        const QJsonObject s = status(db, day);
        const QJsonObject spot = s.value(QStringLiteral("spot_check")).toObject();
        const int drawn = spot.value(QStringLiteral("files_drawn")).toInt();
        const int reviewed = spot.value(QStringLiteral("files_reviewed")).toInt();
        int units = 0;
        for (const QJsonValue &v : s.value(QStringLiteral("units")).toArray())
            units += v.toObject()
                         .value(QStringLiteral("spot_check"))
                         .toObject()
                         .value(QStringLiteral("files_drawn"))
                         .toInt() > 0;
        const QString out = dir.filePath(QStringLiteral("s.pdf"));
        const Run run = cli(
            db, day, {QStringLiteral("notice"), QStringLiteral("spotcheck"), QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, run.said());
        const QString text = pdfText(out);
        QVERIFY2(text.contains(QStringLiteral("此次共抽取%1个单位的行政执法案卷%2卷（方案要求不少于60卷）")
                                   .arg(units)
                                   .arg(drawn)),
                 qPrintable(text));
        if (reviewed == drawn)
            QVERIFY2(text.contains(QStringLiteral("已全部完成评查")), qPrintable(text));
        else
            QVERIFY2(
                text.contains(
                    QStringLiteral("已完成评查%1卷，尚有%2卷未评查").arg(reviewed).arg(drawn - reviewed)),
                qPrintable(text));
        // Rectify by the plan's end (09-15) or 15 days after the notice, whichever is later.
        const QDate today = QDate::fromString(day, Qt::ISODate);
        const QDate by = std::max(QDate(2022, 9, 15), today.addDays(15));
        QVERIFY2(text.contains(QStringLiteral("于%1前完成整改").arg(chineseDate(by))), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("好的做法"))); // the clerk wrote none
        const QString breaches = layoutBreaches(out, QStringLiteral("奈曼旗司法局"));
        QVERIFY2(breaches.isEmpty(), qPrintable(breaches));
    }

    void numberAndDateChosenOrRefused()
    {
        const QString day = QStringLiteral("2022-09-12");
        QTemporaryDir dir;
        const QString db = copyOf(day, dir);
        const QString unit = QStringLiteral("旗交通运输局");
        const auto issue = [&](const QStringList &extra, const QString &file) {
            return cli(db, day,
                       QStringList{QStringLiteral("notice"), QStringLiteral("reminder"),
                                   QStringLiteral("--unit"), unit, QStringLiteral("--out"),
                                   dir.filePath(file)} +
                           extra);
        };
        const Run chosen = issue({QStringLiteral("--number"), QStringLiteral("31"), QStringLiteral("--date"),
                                  QStringLiteral("2022-09-13")},
                                 QStringLiteral("a.pdf"));
        QVERIFY2(chosen.code == 0 && chosen.out.contains(QStringLiteral("奈司字〔2022〕31号")),
                 chosen.said());
        const QString text = pdfText(dir.filePath(QStringLiteral("a.pdf")));
        QVERIFY2(text.contains(QStringLiteral("奈司字〔2022〕31号")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2022年9月13日")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("奈曼旗司法局办公室")),
                 qPrintable(text)); // 印发机关: the office
        QVERIFY2(!text.contains(QStringLiteral("奈曼旗司法局法制股2022")), qPrintable(text));

        const Run again = issue({QStringLiteral("--number"), QStringLiteral("31")}, QStringLiteral("b.pdf"));
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(QStringLiteral("奈司字〔2022〕31号")), again.said());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("b.pdf"))));
        const Run plan = issue({QStringLiteral("--number"), QStringLiteral("11")}, QStringLiteral("c.pdf"));
        QCOMPARE(plan.code, 2); // the plan's own number
        const Run outside =
            issue({QStringLiteral("--date"), QStringLiteral("2023-01-05")}, QStringLiteral("d.pdf"));
        QCOMPARE(outside.code, 2);
        QVERIFY2(outside.err.contains(QStringLiteral("2023-01-05")), outside.said());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("d.pdf"))));
        // Without them: the next free number (after 31) and today.
        const Run next = issue({}, QStringLiteral("e.pdf"));
        QVERIFY2(next.code == 0 && next.out.contains(QStringLiteral("奈司字〔2022〕32号")), next.said());
        QVERIFY(pdfText(dir.filePath(QStringLiteral("e.pdf"))).contains(QStringLiteral("2022年9月12日")));
    }

    /// The feedback letter (整改意见书) to each drawn unit: its files drawn and scored as status shows them,
    /// each scored file's score and the average as the scoring sheets hold them, the problems they found,
    /// the rectification day of the campaign's rule; a unit with nothing drawn gets none.
    void feedbackLetterFromTheScoringSheets_data() { spotCheckStatesDrawnAndScored_data(); }

    void feedbackLetterFromTheScoringSheets()
    {
        QFETCH(QString, day);
        const QDate today = QDate::fromString(day, Qt::ISODate);
        QTemporaryDir dir;
        const QString db = copyOf(day, dir);
        const QJsonObject s = status(db, day);
        std::vector<oversight::DrawnFile> files;
        {
            auto ws = oversight::Workspace::open(db, oversight::Database::Mode::ReadOnly);
            QVERIFY(ws.ok());
            files = (*ws)->caseReview().drawnFiles((*ws)->campaigns().current().value()).value();
        }
        int letters = 0;
        QString undrawn;
        for (const QJsonValue &v : s.value(QStringLiteral("units")).toArray()) {
            const QJsonObject u = v.toObject();
            const QString name = u.value(QStringLiteral("name")).toString();
            const QJsonObject spot = u.value(QStringLiteral("spot_check")).toObject();
            const int drawn = spot.value(QStringLiteral("files_drawn")).toInt();
            const int reviewed = spot.value(QStringLiteral("files_reviewed")).toInt();
            if (drawn == 0) {
                undrawn = name;
                continue;
            }
            if (reviewed == 0 || letters >= 3)
                continue;
            ++letters;
            const QString out = dir.filePath(QStringLiteral("f-%1.pdf").arg(letters));
            const Run run = cli(db, day,
                                {QStringLiteral("notice"), QStringLiteral("feedback"),
                                 QStringLiteral("--unit"), name, QStringLiteral("--out"), out});
            QVERIFY2(run.code == 0, run.said());
            const QString text = pdfText(out);
            QVERIFY2(text.contains(QStringLiteral("关于%1行政执法案卷抽查情况的整改意见书").arg(name)),
                     qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("此次共抽取你单位行政执法案卷%1卷").arg(drawn)),
                     qPrintable(text));
            if (reviewed == drawn)
                QVERIFY2(text.contains(QStringLiteral("已全部完成评查")), qPrintable(text));
            else
                QVERIFY2(
                    text.contains(
                        QStringLiteral("已评查%1卷，尚有%2卷未评查").arg(reviewed).arg(drawn - reviewed)),
                    qPrintable(text));
            int halves = 0, scored = 0;
            for (const oversight::DrawnFile &f : files) {
                if (f.unitName != name || !f.reviewed)
                    continue;
                halves += f.scoreHalves;
                ++scored;
                const QString score = f.scoreHalves % 2 ? QString::number(f.scoreHalves / 2.0, 'f', 1)
                                                        : QString::number(f.scoreHalves / 2);
                QVERIFY2(text.contains(f.number), qPrintable(f.number + QLatin1Char(' ') + text));
                if (!f.problems.isEmpty()) {
                    QVERIFY2(text.contains(
                                 QStringLiteral("案卷%1（%2），得分%3分：").arg(f.number, f.title, score)),
                             qPrintable(f.number + QLatin1Char(' ') + text));
                    QVERIFY2(
                        text.contains(
                            QString(f.problems.first()).remove(QRegularExpression(QStringLiteral("\\s")))),
                        qPrintable(f.problems.first()));
                }
            }
            QCOMPARE(scored, reviewed);
            QVERIFY2(text.contains(
                         QStringLiteral("平均得分%1分").arg(QString::number(halves / 2.0 / scored, 'f', 1))),
                     qPrintable(text));
            const QDate by = std::max(QDate(2022, 9, 15), today.addDays(15));
            QVERIFY2(text.contains(QStringLiteral("于%1前完成整改").arg(chineseDate(by))), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("【")));
            const QString breaches = layoutBreaches(out, QStringLiteral("奈曼旗司法局"));
            QVERIFY2(breaches.isEmpty(), qPrintable(breaches));
        }
        QVERIFY(letters > 0);
        QVERIFY(!undrawn.isEmpty());
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        const Run refused = cli(db, day,
                                {QStringLiteral("notice"), QStringLiteral("feedback"),
                                 QStringLiteral("--unit"), undrawn, QStringLiteral("--out"), none});
        QCOMPARE(refused.code, 2);
        QVERIFY(!QFileInfo::exists(none));
    }

    /// Phase 1 (issue 23): the implementation plan's first receipt and the contact's receipt day per unit,
    /// the plan being the campaign's form with that role (so a unit owing it is reminded of it), the
    /// contact's day settable from `import units`.
    void phaseOneInStatus()
    {
        const QString day = QStringLiteral("2022-05-25");
        QTemporaryDir dir;
        const QString db = copyOf(day, dir);
        QJsonObject s = status(db, day);
        int plans = 0, noPlans = 0;
        QString noContact;
        for (const QJsonValue &v : s.value(QStringLiteral("units")).toArray()) {
            const QJsonObject u = v.toObject();
            QVERIFY(u.contains(QStringLiteral("plan_received")) &&
                    u.contains(QStringLiteral("contact_received")));
            QJsonValue received = QJsonValue::Null;
            for (const QJsonValue &f : u.value(QStringLiteral("submissions")).toArray())
                if (f.toObject().value(QStringLiteral("form")).toString() == QStringLiteral("实施方案"))
                    received = f.toObject().value(QStringLiteral("received"));
            QCOMPARE(u.value(QStringLiteral("plan_received")), received);
            ++(received.isNull() ? noPlans : plans);
            QCOMPARE(u.value(QStringLiteral("contact_received")).isNull(),
                     !u.value(QStringLiteral("contact_named")).toBool());
            if (!u.value(QStringLiteral("contact_named")).toBool() && noContact.isEmpty())
                noContact = u.value(QStringLiteral("name")).toString();
        }
        QVERIFY(plans > 0 && noPlans > 0);
        QVERIFY(!noContact.isEmpty());

        // The contact and the day it came, from import units (an added optional column).
        const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("单位名称,联系人,联系电话,联系人报送日期\n%1,张三,0475-0000999,2022-04-05\n")
                    .arg(noContact)
                    .toUtf8());
        f.close();
        const Run imported = cli(db, day, {QStringLiteral("import"), QStringLiteral("units"), csv});
        QVERIFY2(imported.code == 0, imported.said());
        s = status(db, day);
        for (const QJsonValue &v : s.value(QStringLiteral("units")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == noContact) {
                QCOMPARE(v.toObject().value(QStringLiteral("contact_received")).toString(),
                         QStringLiteral("2022-04-05"));
                QCOMPARE(v.toObject().value(QStringLiteral("contact_late_days")).toInt(), 3);
            }
    }

    /// Every kind of notice on the demo campaign keeps the layout rules, the bureau's 总结 too: its body
    /// fills its second page to the foot, so tightening the spacing is not enough and its last lines go over
    /// with the 落款 and 版记 (GB/T 9704 §7.3.5) instead of leaving them on a page of their own.
    void everyNoticeKeepsTheLayoutRules()
    {
        QTemporaryDir dir;
        const QString db = copyOf(QString(), dir);
        for (const QString &day : {QStringLiteral("2022-05-25"), QStringLiteral("2022-07-20"),
                                   QStringLiteral("2022-09-12"), QStringLiteral("2022-10-20")}) {
            QString drawn;
            for (const QJsonValue &v : status(db, day).value(QStringLiteral("units")).toArray())
                if (drawn.isEmpty() && v.toObject()
                                               .value(QStringLiteral("spot_check"))
                                               .toObject()
                                               .value(QStringLiteral("files_drawn"))
                                               .toInt() > 0)
                    drawn = v.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(!drawn.isEmpty());
            const QList<QStringList> notices = {
                {QStringLiteral("summary")},
                {QStringLiteral("criticism")},
                {QStringLiteral("spotcheck")},
                {QStringLiteral("feedback"), QStringLiteral("--unit"), drawn},
            };
            for (const QStringList &notice : notices) {
                const QString out = dir.filePath(notice.front() + day + QStringLiteral(".pdf"));
                const Run run = cli(db, day,
                                    QStringList{QStringLiteral("notice")} + notice +
                                        QStringList{QStringLiteral("--draft"), QStringLiteral("--out"), out});
                QVERIFY2(run.code == 0, run.said());
                const QString breaches = layoutBreaches(out, QStringLiteral("奈曼旗司法局"));
                QVERIFY2(breaches.isEmpty(), qPrintable(notice.front() + QLatin1Char(' ') + day +
                                                        QStringLiteral(": ") + breaches));
            }
        }
    }

    /// A file written before the notices' campaign keys (schema 11: the keys removed from the stored plan)
    /// is upgraded with them (schema 12) and issues the notices a new file issues: 附件7 only where owed, the
    /// office as 印发机关, the 15-day rectification rule, no bracket left.
    void oldFileIssuesTheSameNotices()
    {
        const QString day = QStringLiteral("2022-09-12");
        QTemporaryDir dir;
        const QString db = copyOf(day, dir);
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            c.setDatabaseName(db);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT definition FROM campaigns WHERE id = 1")) && q.next());
            QJsonObject def = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            def.remove(QStringLiteral("office"));
            def.remove(QStringLiteral("supervision_basis"));
            QJsonObject rules = def.value(QStringLiteral("rules")).toObject();
            rules.remove(QStringLiteral("rectification_min_days"));
            def.insert(QStringLiteral("rules"), rules);
            QJsonArray forms = def.value(QStringLiteral("forms")).toArray();
            for (qsizetype i = 0; i < forms.size(); ++i) {
                QJsonObject f = forms.at(i).toObject();
                f.remove(QStringLiteral("owed_by"));
                forms.replace(i, f);
            }
            def.insert(QStringLiteral("forms"), forms);
            q.finish();
            QVERIFY(q.prepare(QStringLiteral("UPDATE campaigns SET definition = ? WHERE id = 1")));
            q.addBindValue(QString::fromUtf8(QJsonDocument(def).toJson()));
            QVERIFY(q.exec());
            // As schema 11 left it: without the contacts' receipt days of schema 13, the acceptance table of
            // schema 15 or the area records of schema 16 either (schema 14 only widens problems' CHECK).
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE units DROP COLUMN contact_received_on")));
            for (const char *table : {"unit_acceptance", "training_sessions", "exams",
                                      "coordination_meetings", "major_penalty_filings", "guiding_cases"})
                QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))), table);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 11")));
            q.finish();
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        const QJsonObject s = status(db, day); // opens, migrates
        QString undrawn;
        for (const QJsonValue &v : s.value(QStringLiteral("units")).toArray()) {
            const QJsonObject u = v.toObject();
            const int drawn =
                u.value(QStringLiteral("spot_check")).toObject().value(QStringLiteral("files_drawn")).toInt();
            bool lists7 = false;
            for (const QJsonValue &f : u.value(QStringLiteral("submissions")).toArray())
                lists7 = lists7 ||
                         f.toObject().value(QStringLiteral("form")).toString() == QStringLiteral("附件7");
            QCOMPARE(lists7, drawn > 0);
            if (drawn == 0 && !owedOf(u, QDate(2022, 9, 12)).empty() && undrawn.isEmpty())
                undrawn = u.value(QStringLiteral("name")).toString();
        }
        QVERIFY(!undrawn.isEmpty());
        const QString out = dir.filePath(QStringLiteral("old.pdf"));
        const Run run = cli(db, day,
                            {QStringLiteral("notice"), QStringLiteral("reminder"), QStringLiteral("--unit"),
                             undrawn, QStringLiteral("--out"), out});
        QVERIFY2(run.code == 0, run.said());
        const QString text = pdfText(out);
        QVERIFY2(!text.contains(QStringLiteral("附件7")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("奈曼旗司法局办公室")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("【")));
        const QString spot = dir.filePath(QStringLiteral("spot.pdf"));
        const Run spotRun = cli(
            db, day, {QStringLiteral("notice"), QStringLiteral("spotcheck"), QStringLiteral("--out"), spot});
        QVERIFY2(spotRun.code == 0, spotRun.said());
        QVERIFY2(pdfText(spot).contains(QStringLiteral("于2022年9月27日前完成整改")),
                 qPrintable(pdfText(spot)));
    }
};

QTEST_GUILESS_MAIN(TestCliNotice)
#include "tst_clinotice.moc"
