#pragma once

// Reads a produced PDF back with poppler's tools, so that tests measure what was written, not what the
// layout meant to write: text lines with their boxes (pdftotext -bbox-layout), plain text, fonts, and a
// rendered page (pdftoppm) for what text boxes cannot show (red ink, rules).

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <vector>

namespace probe {

constexpr double ptPerMm = 72.0 / 25.4;

struct Line
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0; ///< millimetres from the paper's top-left corner
    QString text;                          ///< the words joined without spaces
};

struct Page
{
    std::vector<Line> lines;
};

inline QByteArray run(const QString &program, const QStringList &arguments, bool *ok = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    const bool finished = p.waitForFinished(60000);
    if (ok)
        *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return p.readAllStandardOutput();
}

/// Every page's text lines, as poppler reads them.
inline std::vector<Page> lines(const QString &pdf)
{
    std::vector<Page> pages;
    const QString html = QString::fromUtf8(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")}));
    static const QRegularExpression pageRe(QStringLiteral("<page [^>]*>(.*?)</page>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineRe(
        QStringLiteral(
            "<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</line>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression wordRe(QStringLiteral(">([^<]*)</word>"));
    for (auto pm = pageRe.globalMatch(html); pm.hasNext();) {
        const QString body = pm.next().captured(1);
        Page page;
        for (auto lm = lineRe.globalMatch(body); lm.hasNext();) {
            const auto m = lm.next();
            Line line;
            line.x0 = m.captured(1).toDouble() / ptPerMm;
            line.y0 = m.captured(2).toDouble() / ptPerMm;
            line.x1 = m.captured(3).toDouble() / ptPerMm;
            line.y1 = m.captured(4).toDouble() / ptPerMm;
            for (auto wm = wordRe.globalMatch(m.captured(5)); wm.hasNext();)
                line.text += wm.next().captured(1);
            line.text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            page.lines.push_back(line);
        }
        pages.push_back(page);
    }
    return pages;
}

/// The document's text in reading order, without any white space.
inline QString text(const QString &pdf)
{
    QString s = QString::fromUtf8(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

/// pdffonts' table rows (after the two header lines).
inline QStringList fonts(const QString &pdf)
{
    QStringList rows = QString::fromUtf8(run(QStringLiteral("pdffonts"), {pdf}))
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return rows.mid(2);
}

/// Page `page` (1-based) rendered at `dpi`.
inline QImage render(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                     QString::number(page), QStringLiteral("-l"), QString::number(page),
                                     QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, base});
    return QImage(base + QStringLiteral(".png"));
}

inline bool isRed(QRgb c)
{
    return qRed(c) > 150 && qGreen(c) < 110 && qBlue(c) < 110;
}

/// The red ink of a rendered page: the topmost red row, and the longest horizontal run of red (the rule),
/// all in millimetres.
struct RedInk
{
    double top = -1;
    double ruleX0 = 0, ruleX1 = 0, ruleY = 0;
};

inline RedInk redInk(const QImage &image, int dpi)
{
    RedInk ink;
    const double mmPerPixel = 25.4 / dpi;
    int bestRun = 0;
    for (int y = 0; y < image.height(); ++y) {
        int runStart = -1;
        for (int x = 0; x <= image.width(); ++x) {
            const bool red = x < image.width() && isRed(image.pixel(x, y));
            if (red && ink.top < 0)
                ink.top = y * mmPerPixel;
            if (red && runStart < 0)
                runStart = x;
            if (!red && runStart >= 0) {
                if (x - runStart > bestRun) {
                    bestRun = x - runStart;
                    ink.ruleX0 = runStart * mmPerPixel;
                    ink.ruleX1 = x * mmPerPixel;
                    ink.ruleY = (y + 0.5) * mmPerPixel;
                }
                runStart = -1;
            }
        }
    }
    return ink;
}

/// The horizontal rules of a rendered page: runs of dark pixels at least `minLengthMm` long, merged over
/// adjacent rows; each with its top (mm), thickness (mm) and extent.
struct HRule
{
    double y = 0, thickness = 0, x0 = 0, x1 = 0;
};

inline std::vector<HRule> darkRules(const QImage &image, int dpi, double minLengthMm)
{
    const double mmPerPixel = 25.4 / dpi;
    std::vector<HRule> rules;
    int previousRow = -2;
    for (int y = 0; y < image.height(); ++y) {
        int best = 0, bestStart = 0, start = -1;
        for (int x = 0; x <= image.width(); ++x) {
            const bool dark = x < image.width() && qGray(image.pixel(x, y)) < 128;
            if (dark && start < 0)
                start = x;
            if (!dark && start >= 0) {
                if (x - start > best) {
                    best = x - start;
                    bestStart = start;
                }
                start = -1;
            }
        }
        if (best * mmPerPixel < minLengthMm)
            continue;
        if (y == previousRow + 1 && !rules.empty())
            rules.back().thickness += mmPerPixel;
        else
            rules.push_back(
                {y * mmPerPixel, mmPerPixel, bestStart * mmPerPixel, (bestStart + best) * mmPerPixel});
        previousRow = y;
    }
    return rules;
}

/// The leftmost and rightmost columns with dark ink between two heights (mm).
inline std::pair<double, double> inkColumns(const QImage &image, int dpi, double fromMm, double toMm)
{
    const double mmPerPixel = 25.4 / dpi;
    int left = image.width(), right = -1;
    for (int y = int(fromMm / mmPerPixel); y < std::min(image.height(), int(toMm / mmPerPixel)); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return {left * mmPerPixel, (right + 1) * mmPerPixel};
}

} // namespace probe
