// The GB/T 9704 layout, measured on the PDF it produces: golden folders under tests/data/documents/ hold a
// document's source (document.json) and the measurements the standard demands (expected.json).
#include "documents/documentfonts.h"
#include "documents/documentrenderer.h"
#include "documents/noticegenerator.h"
#include "documents/odtexport.h"
#include "domain/officialdocument.h"
#include "pdfprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace oversight;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString golden(const QString &name)
{
    return QStringLiteral(OVERSIGHT_TEST_DATA "/documents/") + name;
}

OfficialDocument goldenDocument(const QString &name)
{
    const auto doc = OfficialDocument::fromJson(readJson(golden(name) + QStringLiteral("/document.json")));
    if (!doc)
        qFatal("%s/document.json is not a document", qPrintable(name));
    return *doc;
}

/// Renders the document to a PDF file; keeps a copy in $OVERSIGHT_KEEP_PDF when set, to look at.
QString renderTo(const QTemporaryDir &dir, const OfficialDocument &doc, const QString &name)
{
    const DocumentRenderer renderer(DocumentFonts::resolve());
    const Result<QByteArray> bytes = renderer.pdf(doc);
    if (!bytes)
        qFatal("render failed: %s", qPrintable(bytes.error().fullText()));
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    const QString keep = qEnvironmentVariable("OVERSIGHT_KEEP_PDF");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + QLatin1Char('/') + name + QStringLiteral(".pdf"));
        QFile::copy(path, keep + QLatin1Char('/') + name + QStringLiteral(".pdf"));
    }
    return path;
}

} // namespace

bool near(double value, double expected, double tolerance)
{
    return std::abs(value - expected) <= tolerance;
}

QByteArray say(const char *what, double value, double expected)
{
    return QStringLiteral("%1: measured %2 mm, expected %3 mm")
        .arg(QLatin1String(what))
        .arg(value, 0, 'f', 2)
        .arg(expected, 0, 'f', 2)
        .toUtf8();
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^—\\d+—$"));
    return re.match(text).hasMatch();
}

class TestDocumentLayout final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;
    QJsonObject m_expected;
    OfficialDocument m_doc;
    std::vector<probe::Page> m_pages;

    double tol() const { return m_expected.value(QStringLiteral("tolerance_mm")).toDouble(); }
    double mm(const char *key) const { return m_expected.value(QLatin1String(key)).toDouble(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool ok = false;
        probe::run(QStringLiteral("pdftotext"), {QStringLiteral("-v")}, &ok);
        QVERIFY2(ok, "pdftotext (poppler-utils) is needed to read the PDFs back");
        m_doc = goldenDocument(QStringLiteral("notice-three-pages"));
        m_expected = readJson(golden(QStringLiteral("notice-three-pages/expected.json")));
        m_pdf = renderTo(m_dir, m_doc, QStringLiteral("notice-three-pages"));
        m_pages = probe::lines(m_pdf);
        QCOMPARE(int(m_pages.size()), m_expected.value(QStringLiteral("pages")).toInt());
    }

    void fontsAreEmbedded()
    {
        const QStringList rows = probe::fonts(m_pdf);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            const QStringList cols = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // name type… encoding emb sub uni id gen: "emb" is the fifth column from the end.
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(row));
        }
    }

    void textReadsBackAsTheSource()
    {
        QString source = m_doc.authority + m_doc.numberLine + m_doc.title + m_doc.addressee +
                         QStringLiteral("：") + m_doc.body + QStringLiteral("附件：") +
                         m_doc.attachments.join(QString()) + m_doc.signature + chineseDate(m_doc.date) +
                         QStringLiteral("抄送：") + m_doc.copyTo + QStringLiteral("。") + m_doc.printedBy +
                         chineseDate(m_doc.printedOn) + QStringLiteral("印发");
        source.remove(QRegularExpression(QStringLiteral("\\s")));
        QString read = probe::text(m_pdf);
        read.remove(QRegularExpression(QStringLiteral("—\\d+—")));
        QCOMPARE(read, source);
    }

    void bodyTextStandsInTheTypeArea()
    {
        // Continuation lines start at the left margin, first lines two characters in; nothing passes the
        // right edge of the type area.
        int continuation = 0, first = 0;
        for (const probe::Page &page : m_pages) {
            for (const probe::Line &line : page.lines) {
                if (line.y0 < 175 && &page == &m_pages.front())
                    continue; // the header block of page 1 is centred
                if (isPageNumber(line.text) || line.text.contains(QStringLiteral("印发")) ||
                    line.text.startsWith(QStringLiteral("抄送")) || line.text.startsWith(m_doc.printedBy) ||
                    line.text == m_doc.signature || line.text == chineseDate(m_doc.date))
                    continue;
                QVERIFY2(line.x1 <= mm("type_right_mm") + tol(), qPrintable(line.text));
                if (near(line.x0, mm("body_left_mm"), tol()))
                    ++continuation;
                else if (near(line.x0, mm("first_line_left_mm"), tol()))
                    ++first;
                else
                    QFAIL(say(qPrintable(line.text), line.x0, mm("body_left_mm")).constData());
            }
        }
        QVERIFY(continuation >= 20);
        QVERIFY(first >= 8);
    }

    void fullLinesHoldTwentyEightCharacters()
    {
        int full = 0;
        for (const probe::Page &page : m_pages) {
            for (const probe::Line &line : page.lines) {
                if (!near(line.x0, mm("body_left_mm"), tol()) || !near(line.x1, mm("type_right_mm"), tol()))
                    continue;
                QVERIFY2(
                    line.text.size() == m_expected.value(QStringLiteral("chars_per_line")).toInt(),
                    qPrintable(QStringLiteral("%1 characters: %2").arg(line.text.size()).arg(line.text)));
                ++full;
            }
        }
        QVERIFY2(full >= 12, qPrintable(QString::number(full)));
    }

    void aFullPageHoldsTwentyTwoLinesOnThePitch()
    {
        const probe::Page &page =
            m_pages.at(size_t(m_expected.value(QStringLiteral("full_page")).toInt() - 1));
        std::vector<probe::Line> body;
        for (const probe::Line &line : page.lines) {
            if (!isPageNumber(line.text))
                body.push_back(line);
        }
        QCOMPARE(int(body.size()), m_expected.value(QStringLiteral("lines_per_full_page")).toInt());
        std::sort(body.begin(), body.end(), [](const auto &a, const auto &b) { return a.y0 < b.y0; });
        // The first line's glyph box starts at the top of the type area (within the line's leading).
        QVERIFY2(body.front().y0 >= mm("type_top_mm") && body.front().y0 <= mm("type_top_mm") + 4,
                 say("first line top", body.front().y0, mm("type_top_mm")));
        QVERIFY2(body.back().y1 <= mm("type_bottom_mm"),
                 say("last line bottom", body.back().y1, mm("type_bottom_mm")));
        for (size_t i = 1; i < body.size(); ++i)
            QVERIFY2(near(body[i].y1 - body[i - 1].y1, mm("line_pitch_mm"), 0.3),
                     say("line pitch", body[i].y1 - body[i - 1].y1, mm("line_pitch_mm")));
    }

    void redHeaderStandsWhereTheStandardPutsIt()
    {
        const int dpi = 100;
        const QImage page = probe::render(m_pdf, 1, dpi);
        QVERIFY(!page.isNull());
        const probe::RedInk ink = probe::redInk(page, dpi);
        const double pixel = 25.4 / dpi;
        QVERIFY2(near(ink.top, mm("authority_top_mm"), tol() + pixel),
                 say("authority name top", ink.top, mm("authority_top_mm")));
        QVERIFY2(near(ink.ruleX0, mm("rule_left_mm"), tol() + pixel),
                 say("rule left", ink.ruleX0, mm("rule_left_mm")));
        QVERIFY2(near(ink.ruleX1 - ink.ruleX0, mm("rule_length_mm"), tol() + pixel),
                 say("rule length", ink.ruleX1 - ink.ruleX0, mm("rule_length_mm")));
        // The rule lies between the number and the title.
        double numberBottom = 0, titleTop = 1e9;
        for (const probe::Line &line : m_pages.front().lines) {
            if (line.text == m_doc.numberLine)
                numberBottom = line.y1;
            if (m_doc.title.startsWith(line.text) && line.text.size() > 4 && line.y0 > 100)
                titleTop = std::min(titleTop, line.y0);
        }
        QVERIFY2(numberBottom > 0 && ink.ruleY > numberBottom && ink.ruleY < titleTop,
                 qPrintable(QStringLiteral("number bottom %1, rule %2, title top %3")
                                .arg(numberBottom)
                                .arg(ink.ruleY)
                                .arg(titleTop)));
        QVERIFY2(near(ink.ruleY - numberBottom, 4, 2),
                 say("rule below the number", ink.ruleY - numberBottom, 4));
        // Nothing red elsewhere on the following pages.
        QCOMPARE(probe::redInk(probe::render(m_pdf, 2, dpi), dpi).top, -1.0);
    }

    void pageNumbersAlternateSides()
    {
        for (size_t i = 0; i < m_pages.size(); ++i) {
            const QString wanted = QStringLiteral("—%1—").arg(i + 1);
            const auto it = std::find_if(m_pages[i].lines.begin(), m_pages[i].lines.end(),
                                         [&wanted](const probe::Line &l) { return l.text == wanted; });
            QVERIFY2(it != m_pages[i].lines.end(), qPrintable(wanted));
            QVERIFY2(near(it->y0, mm("page_number_top_mm"), tol()),
                     say("page number top", it->y0, mm("page_number_top_mm")));
            if ((i + 1) % 2 == 1)
                QVERIFY2(near(it->x1, mm("odd_page_number_right_mm"), tol()),
                         say("odd page number right", it->x1, mm("odd_page_number_right_mm")));
            else
                QVERIFY2(near(it->x0, mm("even_page_number_left_mm"), tol()),
                         say("even page number left", it->x0, mm("even_page_number_left_mm")));
        }
    }

    void imprintClosesTheLastPage()
    {
        for (size_t i = 0; i < m_pages.size(); ++i) {
            for (const probe::Line &line : m_pages[i].lines) {
                const bool imprint = line.text.startsWith(QStringLiteral("抄送")) ||
                                     line.text.endsWith(QStringLiteral("印发"));
                if (!imprint)
                    continue;
                QVERIFY2(i + 1 == m_pages.size(), qPrintable(line.text));
                QVERIFY2(line.y0 > mm("type_bottom_mm") - 2 * mm("line_pitch_mm") &&
                             line.y1 <= mm("type_bottom_mm"),
                         say("imprint line", line.y0, mm("type_bottom_mm")));
            }
        }
    }

    void tablesBreakBetweenRowsAndRepeatTheirHeader()
    {
        const OfficialDocument doc = goldenDocument(QStringLiteral("table-across-pages"));
        const QJsonObject expected = readJson(golden(QStringLiteral("table-across-pages/expected.json")));
        const QString pdf = renderTo(m_dir, doc, QStringLiteral("table-across-pages"));
        const auto pages = probe::lines(pdf);
        QVERIFY(pages.size() >= 2);
        const QString header = expected.value(QStringLiteral("header")).toString();
        int rows = 0;
        for (const probe::Page &page : pages) {
            QString joined;
            std::vector<probe::Line> sorted = page.lines;
            std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.y0 < b.y0; });
            for (const probe::Line &line : sorted) {
                QVERIFY2(line.y1 <= 262 + 14 && line.y0 >= 37 - 1, qPrintable(line.text));
                // Each row's average score (80–94) stands alone in its cell: count the rows by it.
                static const QRegularExpression score(QStringLiteral("^(8\\d|9[0-4])$"));
                if (score.match(line.text).hasMatch())
                    ++rows;
            }
            const QString text = [&sorted] {
                QString t;
                for (const auto &l : sorted)
                    t += l.text;
                return t;
            }();
            if (text.contains(QStringLiteral("不合格")))
                QVERIFY2(text.contains(header) || text.contains(QStringLiteral("单位")),
                         qPrintable(text.left(80)));
        }
        // Every page the table reaches starts with its header row.
        const probe::Page &second = pages.at(1);
        const auto top = std::min_element(second.lines.begin(), second.lines.end(),
                                          [](const auto &a, const auto &b) { return a.y0 < b.y0; });
        QString topRow;
        for (const probe::Line &line : second.lines) {
            if (line.y0 < top->y0 + 2 * 10.227)
                topRow += line.text;
        }
        for (const QString &cell :
             {QStringLiteral("单位"), QStringLiteral("平均分"), QStringLiteral("主要问题")})
            QVERIFY2(topRow.contains(cell), qPrintable(topRow));
        QCOMPARE(rows, expected.value(QStringLiteral("rows")).toInt());
    }

    /// A unit name that needs two lines in a narrow column breaks evenly (旗住房和城 / 乡建设局, never a last
    /// character alone), and the column's names, one line or two, start at one left edge.
    void tableNamesBreakEvenlyAndLineUp()
    {
        OfficialDocument doc = goldenDocument(QStringLiteral("table-across-pages"));
        QString body =
            QStringLiteral("各单位抽查结果见下表。\n|单位|抽取案卷|已评查|平均分|优秀|良好|合格|不合格|\n");
        const QStringList names{QStringLiteral("旗住房和城乡建设局"),
                                QStringLiteral("旗人力资源和社会保障局"),
                                QStringLiteral("旗城市管理综合执法局"), QStringLiteral("旗公安局"),
                                QStringLiteral("旗卫生健康委员会")};
        for (const QString &name : names)
            body += QStringLiteral("|%1|3|3|91.0|2|1|0|0|\n").arg(name);
        doc.body = body;
        const QString pdf = renderTo(m_dir, doc, QStringLiteral("table-names"));
        const auto pages = probe::lines(pdf);
        QVERIFY(!pages.empty());
        std::vector<double> lefts;
        int broken = 0;
        for (const probe::Page &page : pages)
            for (const probe::Line &line : page.lines) {
                const bool cjkOnly =
                    !line.text.isEmpty() && std::all_of(line.text.begin(), line.text.end(), [](QChar c) {
                        return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff;
                    });
                // A name's first line, alone or run together with the row's figures by the text reader.
                if (std::any_of(names.begin(), names.end(),
                                [&](const QString &n) { return line.text.startsWith(n.left(4)); }))
                    lefts.push_back(line.x0);
                if (!cjkOnly)
                    continue;
                QVERIFY2(line.text.size() > 1,
                         qPrintable(QStringLiteral("a character alone: %1").arg(line.text)));
                const bool part = std::any_of(names.begin(), names.end(), [&](const QString &n) {
                    return n.startsWith(line.text) && n != line.text;
                });
                if (part)
                    ++broken;
            }
        QVERIFY2(broken >= 1, "no name needed two lines: the test no longer tests the break");
        QCOMPARE(int(lefts.size()), int(names.size()));
        for (const double x : lefts)
            QVERIFY2(std::abs(x - lefts.front()) < 0.5,
                     qPrintable(QStringLiteral("%1 against %2").arg(x).arg(lefts.front())));
    }

    void supervisionNoticeEndsWithItsReceipt()
    {
        SupervisionNoticeContent c;
        c.caseId = ComplaintId(3);
        c.caseReference = QStringLiteral("2022-007");
        c.unitName = QStringLiteral("旗市场监督管理局");
        c.subject = QStringLiteral("某商贸有限公司被处罚一案");
        c.facts = QStringLiteral(
            "经调阅案卷，该案于2022年5月10日作出行政处罚决定，处罚决定书未载明当事人申请行政复议和"
            "提起行政诉讼的途径和期限。");
        c.reasons = QStringLiteral("行政处罚决定书缺少法定告知内容，程序违法。");
        c.decision = QStringLiteral("责令你单位重新送达载明救济途径的行政处罚决定书。");
        c.legalBasis = QStringLiteral("《中华人民共和国行政处罚法》第五十九条");
        c.correctBy = QDate(2022, 8, 10);
        c.replyBy = QDate(2022, 8, 15);
        Campaign campaign;
        campaign.authority = QStringLiteral("奈曼旗司法局");
        campaign.section = QStringLiteral("法制股");
        // The ground of the supervision is the campaign file's; without it the clerk is left a placeholder.
        QVERIFY(hasPlaceholder(NoticeGenerator(campaign, QDate(2022, 7, 20)).supervision(c).body));
        campaign.supervisionBasis = QStringLiteral("《全旗规范行政执法专项行动方案》（奈司字〔2022〕11号）");
        OfficialDocument doc = NoticeGenerator(campaign, QDate(2022, 7, 20)).supervision(c);
        doc.numberLine = QStringLiteral("奈司监〔2022〕1号");
        QVERIFY(!hasPlaceholder(doc.body));
        QVERIFY(doc.body.startsWith(
            QStringLiteral("根据《全旗规范行政执法专项行动方案》（奈司字〔2022〕11号），我局对")));
        const QString pdf = renderTo(m_dir, doc, QStringLiteral("supervision-notice"));
        const auto pages = probe::lines(pdf);
        QVERIFY(pages.size() >= 2);
        const auto textOf = [](const probe::Page &p) {
            QString t;
            for (const auto &l : p.lines)
                t += l.text;
            return t;
        };
        const QString last = textOf(pages.back());
        const QString before = textOf(pages.at(pages.size() - 2));
        // The receipt stands alone on the last page, unnumbered; the notice's imprint closes the page before.
        QVERIFY2(last.contains(QStringLiteral("送达回证")) &&
                     last.contains(QStringLiteral("奈司监〔2022〕1号")) && last.contains(c.unitName) &&
                     last.contains(QStringLiteral("受送达人签收")),
                 qPrintable(last));
        QVERIFY(!last.contains(QStringLiteral("—")));
        QVERIFY2(before.contains(QStringLiteral("印发")), qPrintable(before));
        QVERIFY(before.contains(QStringLiteral("—%1—").arg(pages.size() - 1)));
        const QString all = probe::text(pdf);
        for (const QString &part : {c.facts, c.reasons, c.decision, QStringLiteral("15日内")})
            QVERIFY2(all.contains(part), qPrintable(part));
    }

    void odtCopyHoldsTheText()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy.odt"));
        QVERIFY(OdtExport::write(m_doc, DocumentFonts::resolve(), path));
        bool ok = false;
        const QString content = QString::fromUtf8(probe::run(
            QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")}, &ok));
        QVERIFY2(ok, "unzip could not read the ODT");
        for (const QString &part : {m_doc.authority, m_doc.numberLine, m_doc.title,
                                    QStringLiteral("一、基本情况"), QStringLiteral("旗人民政府办公室")})
            QVERIFY2(content.contains(part), qPrintable(part));
        QVERIFY(!OdtExport::write(m_doc, DocumentFonts::resolve(),
                                  m_dir.filePath(QStringLiteral("no/such/dir/x.odt"))));
    }

    void marginsMeasuredOnTheRenderedPage()
    {
        // Page 2 is a full page of body text at 100 dpi, as the issue asks: its ink fills the type area.
        const int dpi = 100;
        const QImage page = probe::render(m_pdf, 2, dpi);
        const auto [left, right] = probe::inkColumns(page, dpi, 30, 265);
        const double pixel = 25.4 / dpi;
        QVERIFY2(near(left, mm("body_left_mm"), tol() + pixel), say("ink left", left, mm("body_left_mm")));
        QVERIFY2(near(right, mm("type_right_mm"), tol() + pixel),
                 say("ink right", right, mm("type_right_mm")));
    }

    void imprintRulesHaveTheirWeights()
    {
        // 版记: first and last rules 0.35 mm, the one between 0.25 mm, the width of the type area, the last
        // on the type area's bottom edge.
        const int dpi = 300;
        const QImage page = probe::render(m_pdf, int(m_pages.size()), dpi);
        const auto rules = probe::darkRules(page, dpi, 150);
        QCOMPARE(int(rules.size()), 3);
        const double pixel = 25.4 / dpi;
        QVERIFY2(near(rules[0].thickness, 0.35, pixel), say("first rule", rules[0].thickness, 0.35));
        QVERIFY2(near(rules[1].thickness, 0.25, pixel), say("middle rule", rules[1].thickness, 0.25));
        QVERIFY2(near(rules[2].thickness, 0.35, pixel), say("last rule", rules[2].thickness, 0.35));
        QVERIFY(rules[0].thickness > rules[1].thickness);
        for (const probe::HRule &r : rules) {
            QVERIFY2(near(r.x0, mm("body_left_mm"), tol()), say("rule left", r.x0, mm("body_left_mm")));
            QVERIFY2(near(r.x1, mm("type_right_mm"), tol()), say("rule right", r.x1, mm("type_right_mm")));
        }
        QVERIFY2(near(rules[2].y + rules[2].thickness / 2, mm("type_bottom_mm"), tol()),
                 say("last rule", rules[2].y, mm("type_bottom_mm")));
    }

    void signatureIsCentredOverTheDate()
    {
        // With the seal: the date four characters in from the right, the signature centred over it.
        const probe::Page &last = m_pages.back();
        const auto find = [&last](const QString &text) {
            return std::find_if(last.lines.begin(), last.lines.end(),
                                [&text](const probe::Line &l) { return l.text == text; });
        };
        const auto date = find(chineseDate(m_doc.date));
        const auto sign = find(m_doc.signature);
        QVERIFY(date != last.lines.end() && sign != last.lines.end());
        QVERIFY2(near(date->x1, mm("date_right_mm"), tol()),
                 say("date right", date->x1, mm("date_right_mm")));
        QVERIFY2(near((sign->x0 + sign->x1) / 2, (date->x0 + date->x1) / 2, tol()),
                 say("signature centre", (sign->x0 + sign->x1) / 2, (date->x0 + date->x1) / 2));
        QVERIFY(near(date->y0 - sign->y0, mm("line_pitch_mm"), 0.3));
    }

    void titleBreaksBetweenWords()
    {
        QStringList lines;
        for (const probe::Line &line : m_pages.front().lines) {
            if (line.y0 > 140 && line.y0 < 175)
                lines.append(line.text);
        }
        QCOMPARE(lines, (QStringList{QStringLiteral("奈曼旗司法局关于规范行政执法"),
                                     QStringLiteral("专项行动案卷抽查结果的通报")}));
    }
};

QTEST_MAIN(TestDocumentLayout)
#include "tst_documentlayout.moc"
