// Over 600 lines on purpose: one streaming reader. The zip part stream, the shared strings, the styles'
// date formats and the row loop share the limits (XlsxLimits) and the messages that name the place in the
// file; the XML tokenizer itself is apart (xlsxscanner.cpp).
#include "xlsxreader.h"

#include "xlsxscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>
#include <unzip.h>

namespace oversight {

namespace {

const QString mainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

/// A number as a person reads it: integers without ".0" or exponent, others with up to 15 digits.
QString numberText(double v)
{
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

/// A limit in bytes as a person reads it: "256 MB", "2000 bytes".
QString byteSize(qint64 bytes)
{
    return bytes >= (1 << 20) && bytes % (1 << 20) == 0 ? XlsxReader::tr("%1 MB").arg(bytes >> 20)
                                                        : XlsxReader::tr("%1 bytes").arg(bytes);
}

/// The characters of a Text or CData token added to `out` (entities decoded in text; an unknown one is
/// kept as written, as a reader of the file would see it).
void appendCharacters(std::string &out, const XlsxScanner &xml, XlsxScanner::Token token)
{
    if (token == XlsxScanner::Token::CData || xml.text().find('&') == std::string_view::npos)
        out.append(xml.text());
    else
        (void)XlsxScanner::appendText(out, xml.text());
}

/// Built-in number formats that show dates (ECMA-376 18.8.30, and the CJK locale's 27–36 and 50–58).
bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

} // namespace

QDate XlsxReader::dateFromSerial(double serial, bool system1904)
{
    if (!std::isfinite(serial) || serial < -1e7 || serial > 1e7) // also keeps the cast below defined
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (system1904)
        return days >= 0 && days <= 2957003 ? QDate(1904, 1, 1).addDays(days) : QDate();
    if (days < 1 || days > 2958465 || days == 60) // 60 is Lotus's 1900-02-29, which never was
        return {};
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

bool XlsxReader::isDateFormat(const QString &code)
{
    // Only the first section counts (positive numbers); quoted text, escaped characters and [..] parts
    // (colours, conditions, locales) are not format letters.
    bool hasDay = false, hasYear = false, hasMonthOrMinute = false;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            if (c == QLatin1Char('"'))
                quoted = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            i = close;
        } else if (c == QLatin1Char(';')) {
            break;
        } else {
            const QChar l = c.toLower();
            if (l == QLatin1Char('d'))
                hasDay = true;
            else if (l == QLatin1Char('y') || l == QLatin1Char('e'))
                hasYear = true;
            else if (l == QLatin1Char('m'))
                hasMonthOrMinute = true;
        }
    }
    return hasYear || hasDay || (hasMonthOrMinute && code.contains(QLatin1Char('/')));
}

XlsxReader::XlsxReader(QString path) : m_path(std::move(path)), m_name(QFileInfo(m_path).fileName()) {}

XlsxReader::~XlsxReader()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

Error XlsxReader::damaged(const QString &what) const
{
    return makeError(
        Error::Code::Invalid,
        tr("%1: the workbook is damaged (%2); open it in Excel or WPS and save it again as .xlsx.")
            .arg(m_name, what));
}

Error XlsxReader::tooLarge(const QString &limit) const
{
    return makeError(Error::Code::Invalid,
                     tr("%1: the workbook is refused: %2. No clerk's workbook comes near this; the file is "
                        "damaged or made to exhaust memory. Open it in Excel or WPS, check it holds only "
                        "the sheet to import, and save it again as .xlsx.")
                         .arg(m_name, limit));
}

Error XlsxReader::badSheet(const QString &what) const
{
    return makeError(Error::Code::Invalid,
                     tr("%1: sheet \"%2\": %3; the workbook is damaged or was not written by a spreadsheet "
                        "program. Open it in Excel or WPS and save it again as .xlsx.")
                         .arg(m_name, m_sheet, what));
}

/// One part of the workbook as it inflates, counted against the reader's limits: the total inflated
/// bytes and the part's compression ratio. Closing checks the part's CRC.
class XlsxPartStream
{
public:
    XlsxPartStream(XlsxReader &reader, const QString &name) : m_reader(reader), m_name(name) {}
    ~XlsxPartStream()
    {
        if (m_open)
            unzCloseCurrentFile(zip());
    }
    XlsxPartStream(const XlsxPartStream &) = delete;
    XlsxPartStream &operator=(const XlsxPartStream &) = delete;

    /// False (and no error) when the part is not in the zip.
    [[nodiscard]] Result<bool> open()
    {
        if (unzLocateFile(zip(), m_name.toUtf8().constData(), 0) != UNZ_OK)
            return false;
        if (unzGetCurrentFileInfo64(zip(), &m_info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            unzOpenCurrentFile(zip()) != UNZ_OK)
            return m_reader.damaged(XlsxReader::tr("the part %1 cannot be opened").arg(m_name));
        m_open = true;
        return true;
    }
    [[nodiscard]] quint64 declaredSize() const { return m_info.uncompressed_size; }
    [[nodiscard]] quint64 inflated() const { return m_partInflated; }

    /// Up to `size` bytes; 0 at the end of the part (its CRC checked).
    [[nodiscard]] Result<qsizetype> read(char *data, qsizetype size)
    {
        const int n = unzReadCurrentFile(zip(), data, unsigned(std::min<qsizetype>(size, 1 << 20)));
        if (n < 0)
            return m_reader.damaged(XlsxReader::tr("the part %1 is truncated").arg(m_name));
        if (n == 0) {
            m_open = false;
            if (unzCloseCurrentFile(zip()) != UNZ_OK)
                return m_reader.damaged(XlsxReader::tr("the part %1 is truncated").arg(m_name));
            return qsizetype(0);
        }
        m_partInflated += quint64(n);
        m_reader.m_inflated += n;
        const XlsxReader::Limits &limits = m_reader.m_limits;
        if (m_reader.m_inflated > limits.inflatedBytes)
            return m_reader.tooLarge(
                XlsxReader::tr("its parts inflate to more than %1 (the limit on a workbook's inflated size)")
                    .arg(byteSize(limits.inflatedBytes)));
        if (m_partInflated > (1u << 20) &&
            m_partInflated > quint64(limits.compressionRatio) * std::max<quint64>(1, m_info.compressed_size))
            return m_reader.tooLarge(
                XlsxReader::tr("the part %1 inflates to more than %2 times its compressed size (the limit on "
                               "a part's compression ratio)")
                    .arg(m_name)
                    .arg(limits.compressionRatio));
        return qsizetype(n);
    }

    /// The next token of `xml`, fed from this part as it needs (never NeedMore); `onFeed` is called after
    /// each chunk.
    [[nodiscard]] Result<XlsxScanner::Token> next(XlsxScanner &xml, const std::function<void()> &onFeed = {})
    {
        XlsxScanner::Token token;
        while ((token = xml.next()) == XlsxScanner::Token::NeedMore) {
            const auto n = read(m_chunk.data(), qsizetype(m_chunk.size()));
            if (!n)
                return n.error();
            if (*n == 0)
                xml.finish();
            else
                xml.feed(m_chunk.data(), *n);
            if (onFeed)
                onFeed();
        }
        return token;
    }

private:
    unzFile zip() const { return static_cast<unzFile>(m_reader.m_zip); }

    XlsxReader &m_reader;
    QString m_name;
    unz_file_info64 m_info{};
    quint64 m_partInflated = 0;
    bool m_open = false;
    std::vector<char> m_chunk = std::vector<char>(size_t(1) << 18);
};

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet,
                                                     const Limits &limits)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(path));
    reader->m_limits = limits;
    if (!QFileInfo(path).isReadable())
        return makeError(
            Error::Code::Io,
            tr("%1: the file does not exist or cannot be read.").arg(QFileInfo(path).fileName()));
    reader->m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!reader->m_zip)
        return makeError(
            Error::Code::Invalid,
            tr("%1: this is not an Excel workbook (.xlsx), or it is incomplete; open it in Excel or "
               "WPS and save it again as .xlsx.")
                .arg(reader->m_name));
    if (auto r = reader->loadCatalogue(sheet); !r)
        return r.error();
    return reader;
}

Result<QByteArray> XlsxReader::readPart(const QString &path, const QString &part)
{
    XlsxReader reader(path);
    reader.m_limits.cataloguePartBytes = reader.m_limits.inflatedBytes;
    reader.m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!reader.m_zip)
        return makeError(Error::Code::Invalid, tr("%1: this is not a zip archive.").arg(reader.m_name));
    return reader.entry(part, true);
}

Result<QByteArray> XlsxReader::entry(const QString &name, bool required)
{
    XlsxPartStream part(*this, name);
    const auto opened = part.open();
    if (!opened)
        return opened.error();
    if (!*opened) {
        if (!required)
            return QByteArray();
        return damaged(tr("the part %1 is missing").arg(name));
    }
    const auto tooBig = [&] {
        return tooLarge(tr("the part %1 is larger than %2 (the limit on a workbook's catalogue part)")
                            .arg(name, byteSize(m_limits.cataloguePartBytes)));
    };
    if (part.declaredSize() > quint64(m_limits.cataloguePartBytes))
        return tooBig();
    QByteArray data;
    data.reserve(qsizetype(part.declaredSize()));
    char buffer[65536];
    for (;;) {
        const auto n = part.read(buffer, sizeof buffer);
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        data.append(buffer, *n);
        if (data.size() > m_limits.cataloguePartBytes)
            return tooBig();
    }
    return data;
}

Result<void> XlsxReader::loadCatalogue(const QString &wanted)
{
    // The workbook part: sheet names, their relationship ids, the date system.
    const auto workbook = entry(QStringLiteral("xl/workbook.xml"), true);
    if (!workbook) {
        if (unzLocateFile(static_cast<unzFile>(m_zip), "xl/workbook.xml", 0) != UNZ_OK)
            return makeError(
                Error::Code::Invalid,
                tr("%1: the file is a zip archive but not an Excel workbook: it holds no worksheet.")
                    .arg(m_name));
        return workbook.error();
    }
    QList<std::pair<QString, QString>> sheets; // name, r:id
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const auto v = xml.attributes().value(QStringLiteral("date1904"));
                m_date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                QString rid;
                for (const auto &a : xml.attributes())
                    if (a.name() == u"id")
                        rid = a.value().toString();
                sheets.append({xml.attributes().value(QStringLiteral("name")).toString(), rid});
            }
        }
        if (xml.hasError())
            return damaged(tr("xl/workbook.xml: %1").arg(xml.errorString()));
    }
    if (sheets.isEmpty())
        return makeError(Error::Code::Invalid, tr("%1: the workbook holds no worksheet.").arg(m_name));
    for (const auto &s : sheets)
        m_sheetNames.append(s.first);

    qsizetype index = 0;
    if (!wanted.isEmpty()) {
        index = m_sheetNames.indexOf(wanted);
        if (index < 0)
            return makeError(Error::Code::Invalid, tr("%1: there is no sheet \"%2\"; the sheets are: %3.")
                                                       .arg(m_name, wanted, m_sheetNames.join(tr(", "))));
    }
    m_sheet = sheets.at(index).first;

    // Where that sheet's part is.
    const auto rels = entry(QStringLiteral("xl/_rels/workbook.xml.rels"), false);
    if (!rels)
        return rels.error();
    QString target;
    {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship" &&
                xml.attributes().value(QStringLiteral("Id")) == sheets.at(index).second)
                target = xml.attributes().value(QStringLiteral("Target")).toString();
        }
    }
    if (target.isEmpty())
        target = QStringLiteral("worksheets/sheet%1.xml").arg(index + 1);
    m_sheetEntry = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;

    return {};
}

Result<void> XlsxReader::loadSharedStrings()
{
    // Streamed through the scanner: a workbook's 100,000 distinct strings are decoded once, here.
    XlsxPartStream part(*this, QStringLiteral("xl/sharedStrings.xml"));
    const auto opened = part.open();
    if (!opened)
        return opened.error();
    m_hasSharedStringsPart = *opened;
    if (!*opened)
        return {}; // every string is inline, as openpyxl and some writers do
    const QString partName = QStringLiteral("xl/sharedStrings.xml");
    XlsxScanner xml;
    std::string text;
    bool inItem = false, inText = false;
    int phonetic = 0;
    const qint64 maxBytes = m_limits.cellCharacters * 4; // UTF-8 of the longest string
    auto next = part.next(xml);
    for (; next; next = part.next(xml)) {
        switch (*next) {
        case XlsxScanner::Token::Start:
            if (xml.name() == "si") {
                if (m_sharedStrings.size() >= m_limits.sharedStrings)
                    return tooLarge(tr("it holds more than %1 shared strings (the limit on distinct "
                                       "strings)")
                                        .arg(m_limits.sharedStrings));
                inItem = !xml.selfClosing();
                text.clear();
                if (!inItem)
                    m_sharedStrings.append(QString());
            } else if (xml.name() == "rPh") {
                phonetic += xml.selfClosing() ? 0 : 1;
            } else if (xml.name() == "t" && inItem && phonetic == 0) {
                inText = !xml.selfClosing();
            }
            break;
        case XlsxScanner::Token::End:
            if (xml.name() == "si" && inItem) {
                if (qint64(text.size()) > m_limits.cellCharacters) {
                    QString decoded = QString::fromUtf8(text.data(), qsizetype(text.size()));
                    if (decoded.size() > m_limits.cellCharacters)
                        return badSheet(tr("shared string %1 is longer than %2 characters (Excel's limit for "
                                           "a cell)")
                                            .arg(m_sharedStrings.size())
                                            .arg(m_limits.cellCharacters));
                    m_sharedStrings.append(decoded);
                } else {
                    m_sharedStrings.append(QString::fromUtf8(text.data(), qsizetype(text.size())));
                }
                inItem = false;
            } else if (xml.name() == "t") {
                inText = false;
            } else if (xml.name() == "rPh") {
                --phonetic;
            }
            break;
        case XlsxScanner::Token::Text:
        case XlsxScanner::Token::CData:
            if (inText) {
                appendCharacters(text, xml, *next);
                if (qint64(text.size()) > maxBytes)
                    return badSheet(tr("shared string %1 is longer than %2 characters (Excel's limit for a "
                                       "cell)")
                                        .arg(m_sharedStrings.size())
                                        .arg(m_limits.cellCharacters));
            }
            break;
        case XlsxScanner::Token::Done:
            if (inItem)
                return damaged(tr("%1 ends in the middle").arg(partName));
            return {};
        case XlsxScanner::Token::Error:
            return damaged(tr("%1: %2").arg(partName, QString::fromLatin1(xml.errorText())));
        case XlsxScanner::Token::NeedMore: // part.next() feeds the scanner
            break;
        }
    }
    return next.error(); // the loop ends only on an error
}

Result<void> XlsxReader::loadCellParts()
{
    if (m_cellPartsLoaded)
        return {};
    if (auto r = loadSharedStrings(); !r)
        return r;

    // Styles: which cell formats show dates.
    const auto styles = entry(QStringLiteral("xl/styles.xml"), false);
    if (!styles)
        return styles.error();
    if (!styles->isEmpty()) {
        QHash<int, bool> customDate;
        QXmlStreamReader xml(*styles);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"numFmt") {
                    customDate.insert(
                        xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                        isDateFormat(xml.attributes().value(QStringLiteral("formatCode")).toString()));
                } else if (xml.name() == u"cellXfs") {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == u"xf") {
                    const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                    m_dateStyles.push_back(customDate.contains(id) ? customDate.value(id)
                                                                   : isBuiltinDateFormat(id));
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
        if (xml.hasError())
            return damaged(tr("xl/styles.xml: %1").arg(xml.errorString()));
    }
    m_cellPartsLoaded = true;
    return {};
}

Result<void> XlsxReader::read(const RowHandler &onRow, const ProgressHandler &onProgress)
{
    // Loaded here, not in open(): read() may run on another thread, and 100,000 shared strings take a
    // while to parse.
    if (auto r = loadCellParts(); !r)
        return r;
    XlsxPartStream part(*this, m_sheetEntry);
    const auto opened = part.open();
    if (!opened)
        return opened.error();
    if (!*opened)
        return damaged(tr("the sheet \"%1\" (%2) is missing").arg(m_sheet, m_sheetEntry));

    XlsxScanner xml;
    SheetRow row;
    qsizetype rowWidth = 0; // the last row's cell count: the next row's list is made that large at once
    qint64 rows = 0, cells = 0;
    qint64 lastRow = 0; // the last row number read
    int nextColumn = 0;
    bool inSheetData = false, inRow = false, inCell = false;
    // The cell being read.
    int cellColumn = 0;
    char cellType[12] = {};
    int cellStyle = 0;
    std::string value, inlineText;
    bool hasInline = false;
    bool hasFormula = false, hasValue = false; // <f> and <v> seen in the cell
    bool inValue = false, inInline = false, inText = false;
    int phonetic = 0;
    const qint64 maxTextBytes = m_limits.cellCharacters * 4;

    const auto cellName = [&](int column) -> QString {
        return columnLetters(column) + QString::number(row.number);
    };
    const auto trimmed = [](std::string_view v) {
        while (!v.empty() &&
               (v.front() == ' ' || v.front() == '\n' || v.front() == '\r' || v.front() == '\t'))
            v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\n' || v.back() == '\r' || v.back() == '\t'))
            v.remove_suffix(1);
        return v;
    };
    const auto quoted = [](std::string_view v) {
        return QString::fromUtf8(v.data(), qsizetype(std::min<size_t>(v.size(), 40)));
    };
    const auto textCell = [&](const std::string &bytes) -> Result<Cell> {
        QString t = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        if (t.size() > m_limits.cellCharacters)
            return badSheet(tr("cell %1 holds more than %2 characters (Excel's limit for a cell)")
                                .arg(cellName(cellColumn))
                                .arg(m_limits.cellCharacters));
        return Cell::fromText(std::move(t));
    };

    const auto finishCell = [&]() -> Result<void> {
        const std::string_view type(cellType);
        Cell cell;
        const std::string_view v = trimmed(value);
        if (hasInline) {
            auto c = textCell(inlineText);
            if (!c)
                return c.error();
            cell = std::move(*c);
        } else if (type == "s") {
            if (!v.empty()) {
                qint64 index = -1;
                const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), index);
                if (!m_hasSharedStringsPart)
                    return badSheet(tr("cell %1 refers to shared string %2, but the workbook has no shared "
                                       "strings (the part xl/sharedStrings.xml is missing)")
                                        .arg(cellName(cellColumn), quoted(v)));
                if (ec != std::errc() || end != v.data() + v.size() || index < 0 ||
                    index >= m_sharedStrings.size())
                    return badSheet(tr("cell %1 refers to shared string %2, but the workbook holds only %3 "
                                       "shared strings (numbered from 0)")
                                        .arg(cellName(cellColumn), quoted(v))
                                        .arg(m_sharedStrings.size()));
                cell = Cell::fromText(m_sharedStrings.at(qsizetype(index)));
            }
        } else if (v.empty() && value.empty()) {
            // an empty cell (only a style, or a formula without a cached value)
        } else if (type == "str" || type == "inlineStr") {
            auto c = textCell(value);
            if (!c)
                return c.error();
            cell = std::move(*c);
        } else if (type == "b") {
            cell.type = Cell::Type::Boolean;
            cell.boolean = v == "1" || v == "true";
            cell.text = cell.boolean ? QStringLiteral("是") : QStringLiteral("否");
        } else if (type == "e") {
            cell.type = Cell::Type::Error;
            cell.text = QString::fromUtf8(v.data(), qsizetype(v.size()));
        } else if (type == "d") {
            const QString raw = QString::fromUtf8(v.data(), qsizetype(v.size()));
            cell.type = Cell::Type::Date;
            cell.date = QDate::fromString(raw.left(10), Qt::ISODate);
            cell.text = cell.date.isValid() ? cell.date.toString(Qt::ISODate) : raw;
            if (!cell.date.isValid())
                cell.type = Cell::Type::Text;
        } else {
            std::string_view n = v;
            if (!n.empty() && n.front() == '+')
                n.remove_prefix(1);
            double number = 0;
            const auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), number);
            if (n.empty() || ec != std::errc() || end != n.data() + n.size()) {
                auto c = textCell(value);
                if (!c)
                    return c.error();
                cell = std::move(*c);
            } else if (cellStyle >= 0 && size_t(cellStyle) < m_dateStyles.size() &&
                       m_dateStyles[size_t(cellStyle)] && dateFromSerial(number, m_date1904).isValid()) {
                cell.type = Cell::Type::Date;
                cell.number = number;
                cell.date = dateFromSerial(number, m_date1904);
                cell.text = cell.date.toString(Qt::ISODate);
            } else {
                cell.type = Cell::Type::Number;
                cell.number = number;
                // An integer as written ("20220521") is already its text; others are spelled out.
                const bool plainInteger = n.size() <= 15 &&
                                          n.find_first_not_of("0123456789") == std::string_view::npos &&
                                          (n.size() == 1 || n.front() != '0') && v.front() != '+';
                cell.text =
                    plainInteger ? QString::fromLatin1(n.data(), qsizetype(n.size())) : numberText(number);
            }
        }
        cell.formulaWithoutValue = hasFormula && !hasValue && !hasInline;
        if (row.cells.size() < cellColumn)
            row.cells.resize(cellColumn);
        if (row.cells.size() == cellColumn)
            row.cells.append(std::move(cell));
        else
            row.cells[cellColumn] = std::move(cell);
        nextColumn = cellColumn + 1;
        return {};
    };

    const auto progress = [&] {
        if (onProgress && part.declaredSize() > 0)
            onProgress(int(std::min<quint64>(1000, part.inflated() * 1000 / part.declaredSize())));
    };
    for (;;) {
        const auto next = part.next(xml, progress);
        if (!next)
            return next.error();
        const XlsxScanner::Token token = *next;
        switch (token) {
        case XlsxScanner::Token::NeedMore: // part.next() feeds the scanner
            break;
        case XlsxScanner::Token::Start: {
            const std::string_view name = xml.name();
            if (!inSheetData) {
                inSheetData = name == "sheetData" && !xml.selfClosing();
            } else if (name == "row") {
                bool hasNumber = false;
                const std::string_view r = trimmed(xml.attribute("r", &hasNumber));
                qint64 number = lastRow + 1;
                if (hasNumber) {
                    const auto [end, ec] = std::from_chars(r.data(), r.data() + r.size(), number);
                    if (r.empty() || ec != std::errc() || end != r.data() + r.size() || number < 1 ||
                        number > m_limits.rows)
                        return badSheet(tr("row number %1 is not a row of a worksheet (rows are numbered 1 "
                                           "to %2)")
                                            .arg(quoted(r))
                                            .arg(m_limits.rows));
                    if (number == lastRow)
                        return badSheet(tr("row %1 appears twice").arg(number));
                    if (number < lastRow)
                        return badSheet(
                            tr("row %1 comes after row %2; rows must be in order").arg(number).arg(lastRow));
                }
                if (number > m_limits.rows || ++rows > m_limits.rows)
                    return tooLarge(
                        tr("the sheet has more than %1 rows (the limit on rows)").arg(m_limits.rows));
                lastRow = number;
                row.number = int(number);
                row.cells = QList<Cell>();
                row.cells.reserve(rowWidth);
                nextColumn = 0;
                inRow = true;
                if (xml.selfClosing()) {
                    inRow = false;
                    if (!onRow(row))
                        return {};
                }
            } else if (name == "c" && inRow) {
                if (++cells > m_limits.cells)
                    return tooLarge(
                        tr("the sheet has more than %1 cells (the limit on cells)").arg(m_limits.cells));
                cellColumn = nextColumn;
                cellType[0] = 0;
                cellStyle = 0;
                size_t cursor = 0;
                std::string_view an, av;
                while (xml.nextAttribute(cursor, an, av)) {
                    if (an == "r") {
                        const std::string_view ref = trimmed(av);
                        size_t letters = 0;
                        int column = 0;
                        while (letters < ref.size() && letters < 4 &&
                               ((ref[letters] >= 'A' && ref[letters] <= 'Z') ||
                                (ref[letters] >= 'a' && ref[letters] <= 'z'))) {
                            column = column * 26 + ((ref[letters] | 0x20) - 'a' + 1);
                            ++letters;
                        }
                        qint64 refRow = 0;
                        const auto [end, ec] =
                            std::from_chars(ref.data() + letters, ref.data() + ref.size(), refRow);
                        if (letters == 0 || letters > 3 || column - 1 > lastColumn || ec != std::errc() ||
                            end != ref.data() + ref.size() || refRow < 1 || refRow > m_limits.rows)
                            return badSheet(tr("the cell reference \"%1\" in row %2 is not a cell of a "
                                               "worksheet (columns A to XFD, rows 1 to %3)")
                                                .arg(quoted(ref))
                                                .arg(row.number)
                                                .arg(m_limits.rows));
                        cellColumn = column - 1;
                    } else if (an == "t") {
                        // An empty t="" has no data pointer: memcpy must not see it (UBSan, fuzz_xlsx).
                        const size_t n = std::min(av.size(), sizeof cellType - 1);
                        if (n > 0)
                            std::memcpy(cellType, av.data(), n);
                        cellType[n] = 0;
                    } else if (an == "s") {
                        int style = 0;
                        const auto [end, ec] = std::from_chars(av.data(), av.data() + av.size(), style);
                        cellStyle = ec == std::errc() ? style : 0;
                    }
                }
                if (cellColumn > lastColumn)
                    return badSheet(tr("row %1 has a cell beyond the last column (XFD)").arg(row.number));
                value.clear();
                inlineText.clear();
                hasInline = false;
                hasFormula = hasValue = false;
                inCell = true;
                if (xml.selfClosing()) {
                    inCell = false;
                    if (auto r = finishCell(); !r)
                        return r;
                }
            } else if (name == "f" && inCell) {
                hasFormula = true;
            } else if (name == "v" && inCell) {
                hasValue = true;
                inValue = !xml.selfClosing();
            } else if (name == "is" && inCell) {
                hasInline = true;
                inInline = !xml.selfClosing();
            } else if (name == "rPh" && inInline) {
                phonetic += xml.selfClosing() ? 0 : 1;
            } else if (name == "t" && inInline && phonetic == 0) {
                inText = !xml.selfClosing();
            }
            break;
        }
        case XlsxScanner::Token::End: {
            if (!inSheetData)
                break;
            const std::string_view name = xml.name();
            if (name == "v") {
                inValue = false;
            } else if (name == "t") {
                inText = false;
            } else if (name == "rPh") {
                --phonetic;
            } else if (name == "is") {
                inInline = false;
            } else if (name == "c" && inCell) {
                inCell = false;
                if (auto r = finishCell(); !r)
                    return r;
            } else if (name == "row" && inRow) {
                inRow = false;
                rowWidth = row.cells.size();
                if (!onRow(row))
                    return {};
            } else if (name == "sheetData") {
                if (onProgress)
                    onProgress(1000);
                return {};
            }
            break;
        }
        case XlsxScanner::Token::Text:
        case XlsxScanner::Token::CData: {
            std::string *target = inValue ? &value : inText ? &inlineText : nullptr;
            if (!target)
                break;
            appendCharacters(*target, xml, token);
            if (qint64(target->size()) > maxTextBytes)
                return badSheet(tr("cell %1 holds more than %2 characters (Excel's limit for a cell)")
                                    .arg(cellName(cellColumn))
                                    .arg(m_limits.cellCharacters));
            break;
        }
        case XlsxScanner::Token::Done:
            if (inSheetData)
                return damaged(tr("the sheet \"%1\" ends in the middle").arg(m_sheet));
            if (onProgress)
                onProgress(1000);
            return {};
        case XlsxScanner::Token::Error:
            return damaged(tr("the sheet \"%1\": %2").arg(m_sheet, QString::fromLatin1(xml.errorText())));
        }
    }
}

} // namespace oversight
