#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <cmath>
#include <unzip.h>

namespace oversight {

namespace {

const QString mainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

/// "C12" → column 2 (0-based) and row 12; a reference without letters or digits gives -1.
std::pair<int, int> splitReference(QStringView ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    const int column = i > 0 ? columnFromLetters(ref.left(i)) : -1;
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    return {column, ok ? row : -1};
}

/// A number as a person reads it: integers without ".0" or exponent, others with up to 15 digits.
QString numberText(double v)
{
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

/// The text of a <si> or <is> element: every <t> inside it, skipping phonetic runs (<rPh>).
QString readRichText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
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

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(path));
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
    reader.m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!reader.m_zip)
        return makeError(Error::Code::Invalid, tr("%1: this is not a zip archive.").arg(reader.m_name));
    return reader.entry(part, true);
}

Result<QByteArray> XlsxReader::entry(const QString &name, bool required)
{
    auto zip = static_cast<unzFile>(m_zip);
    if (unzLocateFile(zip, name.toUtf8().constData(), 0) != UNZ_OK) {
        if (!required)
            return QByteArray();
        return damaged(tr("the part %1 is missing").arg(name));
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(zip) != UNZ_OK)
        return damaged(tr("the part %1 cannot be opened").arg(name));
    // The catalogue parts are read whole; a part beyond any real workbook's (a "zip bomb") is refused.
    constexpr qsizetype maxPart = qsizetype(512) << 20;
    if (info.uncompressed_size > quint64(maxPart)) {
        unzCloseCurrentFile(zip);
        return damaged(tr("the part %1 is larger than any workbook's").arg(name));
    }
    QByteArray data;
    data.reserve(qsizetype(std::min<ZPOS64_T>(info.uncompressed_size, 64u << 20)));
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        data.append(buffer, n);
        if (data.size() > maxPart) {
            unzCloseCurrentFile(zip);
            return damaged(tr("the part %1 is larger than any workbook's").arg(name));
        }
    }
    const int closed = unzCloseCurrentFile(zip);
    if (n < 0 || closed != UNZ_OK)
        return damaged(tr("the part %1 is truncated").arg(name));
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

Result<void> XlsxReader::loadCellParts()
{
    if (m_cellPartsLoaded)
        return {};
    // Shared strings (absent when every string is inline, as openpyxl and some writers do).
    const auto shared = entry(QStringLiteral("xl/sharedStrings.xml"), false);
    if (!shared)
        return shared.error();
    if (!shared->isEmpty()) {
        QXmlStreamReader xml(*shared);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                m_sharedStrings.append(readRichText(xml));
        }
        if (xml.hasError())
            return damaged(tr("xl/sharedStrings.xml: %1").arg(xml.errorString()));
    }

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
    auto zip = static_cast<unzFile>(m_zip);
    if (unzLocateFile(zip, m_sheetEntry.toUtf8().constData(), 0) != UNZ_OK)
        return damaged(tr("the sheet \"%1\" (%2) is missing").arg(m_sheet, m_sheetEntry));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(zip) != UNZ_OK)
        return damaged(tr("the sheet \"%1\" cannot be opened").arg(m_sheet));
    struct Closer
    {
        unzFile zip;
        ~Closer() { unzCloseCurrentFile(zip); }
    } closer{zip};

    QXmlStreamReader xml;
    QByteArray buffer(1 << 18, Qt::Uninitialized);
    quint64 consumed = 0;
    bool finished = false;
    const auto feed = [&]() -> Result<bool> {
        const int n = unzReadCurrentFile(zip, buffer.data(), int(buffer.size()));
        if (n < 0)
            return damaged(tr("the sheet \"%1\" is truncated").arg(m_sheet));
        if (n == 0)
            return false;
        consumed += quint64(n);
        xml.addData(QByteArray(buffer.constData(), n));
        if (onProgress && info.uncompressed_size > 0)
            onProgress(int(std::min<quint64>(1000, consumed * 1000 / info.uncompressed_size)));
        return true;
    };

    SheetRow row;
    int nextRow = 1;
    int nextColumn = 0;
    bool inRow = false;
    // The cell being read.
    int cellColumn = -1;
    QString cellType;
    int cellStyle = 0;
    QString cellValue;
    QString inlineText;
    bool hasInline = false;
    bool hasFormula = false, hasValue = false; // <f> and <v> seen in the cell
    bool inValue = false, inInline = false, inText = false;
    int phonetic = 0;

    const auto finishCell = [&] {
        Cell cell;
        if (hasInline) {
            cell = Cell::fromText(inlineText);
        } else if (cellValue.isEmpty()) {
            cell = Cell{};
        } else if (cellType == u"s") {
            bool ok = false;
            const int i = cellValue.toInt(&ok);
            cell = Cell::fromText(ok && i >= 0 && i < m_sharedStrings.size() ? m_sharedStrings.at(i)
                                                                             : QString());
        } else if (cellType == u"str" || cellType == u"inlineStr") {
            cell = Cell::fromText(cellValue);
        } else if (cellType == u"b") {
            cell.type = Cell::Type::Boolean;
            cell.boolean = cellValue == u"1" || cellValue == u"true";
            cell.text = cell.boolean ? QStringLiteral("是") : QStringLiteral("否");
        } else if (cellType == u"e") {
            cell.type = Cell::Type::Error;
            cell.text = cellValue;
        } else if (cellType == u"d") {
            cell.type = Cell::Type::Date;
            cell.date = QDate::fromString(cellValue.left(10), Qt::ISODate);
            cell.text = cell.date.isValid() ? cell.date.toString(Qt::ISODate) : cellValue;
            if (!cell.date.isValid())
                cell.type = Cell::Type::Text;
        } else {
            bool ok = false;
            const double v = cellValue.toDouble(&ok);
            if (!ok) {
                cell = Cell::fromText(cellValue);
            } else if (cellStyle >= 0 && size_t(cellStyle) < m_dateStyles.size() &&
                       m_dateStyles[size_t(cellStyle)] && dateFromSerial(v, m_date1904).isValid()) {
                cell.type = Cell::Type::Date;
                cell.number = v;
                cell.date = dateFromSerial(v, m_date1904);
                cell.text = cell.date.toString(Qt::ISODate);
            } else {
                cell.type = Cell::Type::Number;
                cell.number = v;
                cell.text = numberText(v);
            }
        }
        cell.formulaWithoutValue = hasFormula && !hasValue && !hasInline;
        const int column = cellColumn >= 0 ? cellColumn : nextColumn;
        if (column >= 0 && column < 16384) {
            if (row.cells.size() <= column)
                row.cells.resize(column + 1);
            row.cells[column] = std::move(cell);
        }
        nextColumn = column + 1;
    };

    while (!finished) {
        const auto token = xml.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (name == u"row") {
                const auto attrs = xml.attributes();
                bool ok = false;
                const int r = attrs.value(QStringLiteral("r")).toInt(&ok);
                row.number = ok && r > 0 ? r : nextRow;
                row.cells.clear();
                nextColumn = 0;
                inRow = true;
            } else if (name == u"c" && inRow) {
                const auto attrs = xml.attributes();
                cellColumn = splitReference(attrs.value(QStringLiteral("r"))).first;
                cellType = attrs.value(QStringLiteral("t")).toString();
                cellStyle =
                    attrs.hasAttribute(QStringLiteral("s")) ? attrs.value(QStringLiteral("s")).toInt() : 0;
                cellValue.clear();
                inlineText.clear();
                hasInline = false;
                hasFormula = hasValue = false;
            } else if (name == u"f" && inRow) {
                hasFormula = true;
            } else if (name == u"v" && inRow) {
                inValue = true;
                hasValue = true;
            } else if (name == u"is" && inRow) {
                hasInline = true;
                inInline = true;
            } else if (name == u"rPh" && inInline) {
                ++phonetic;
            } else if (name == u"t" && inInline && phonetic == 0) {
                inText = true;
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            if (name == u"v") {
                inValue = false;
            } else if (name == u"t") {
                inText = false;
            } else if (name == u"rPh") {
                --phonetic;
            } else if (name == u"is") {
                inInline = false;
            } else if (name == u"c" && inRow) {
                finishCell();
            } else if (name == u"row" && inRow) {
                inRow = false;
                nextRow = row.number + 1;
                if (!onRow(row))
                    return {};
            } else if (name == u"sheetData") {
                finished = true;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            // Text may arrive in pieces when a chunk of the file ends inside it.
            if (inValue)
                cellValue += xml.text();
            else if (inText)
                inlineText += xml.text();
            break;
        case QXmlStreamReader::Invalid:
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                const auto more = feed();
                if (!more)
                    return more.error();
                if (!*more)
                    return damaged(tr("the sheet \"%1\" ends in the middle").arg(m_sheet));
                break;
            }
            return damaged(tr("the sheet \"%1\": %2").arg(m_sheet, xml.errorString()));
        case QXmlStreamReader::EndDocument:
            finished = true;
            break;
        default:
            break;
        }
    }
    if (onProgress)
        onProgress(1000);
    return {};
}

} // namespace oversight
