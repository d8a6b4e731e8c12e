#include "csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace oversight {

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         tr("%1: the file cannot be read: %2.").arg(name, file.errorString()));
    // Read whole (a CSV of 100,000 rows is a few megabytes); anything near a gigabyte is no list of ours.
    if (file.size() > (qint64(512) << 20))
        return makeError(Error::Code::Invalid,
                         tr("%1: the file is larger than 512 MB; split it or save it as .xlsx.").arg(name));
    QByteArray data = file.readAll();
    if (file.error() != QFile::NoError)
        return makeError(Error::Code::Io,
                         tr("%1: the file cannot be read: %2.").arg(name, file.errorString()));
    return fromData(std::move(data), name);
}

std::unique_ptr<CsvReader> CsvReader::fromData(QByteArray data, QString displayName)
{
    return std::unique_ptr<CsvReader>(new CsvReader(std::move(data), std::move(displayName)));
}

Result<std::pair<QString, CsvReader::Encoding>> CsvReader::decode(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(QByteArrayView(data).sliced(3));
        if (utf8.hasError())
            return makeError(
                Error::Code::Invalid,
                tr("The file starts as UTF-8 but holds bytes that are not UTF-8; save it again as "
                   "\"CSV UTF-8\" or as an Excel workbook."));
        return std::pair{text, Encoding::Utf8};
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::Stateless);
        QString text = utf16(QByteArrayView(data).sliced(2));
        if (utf16.hasError())
            return makeError(Error::Code::Invalid,
                             tr("The file starts as UTF-16 but is damaged; save it again."));
        return std::pair{text, Encoding::Utf16};
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(data);
        if (!utf8.hasError())
            return std::pair{text, Encoding::Utf8};
    }
    // Not UTF-8: what Excel and WPS write on a Chinese Windows PC (GBK, which GB18030 contains).
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid())
        return makeError(
            Error::Code::Invalid,
            tr("The file is not UTF-8, and this system cannot read GB18030; save it as \"CSV UTF-8\" "
               "or as an Excel workbook."));
    QString text = gb(data);
    if (gb.hasError())
        return makeError(
            Error::Code::Invalid,
            tr("The file is neither UTF-8 nor GB18030 text; save it again as \"CSV UTF-8\" or as an "
               "Excel workbook."));
    return std::pair{text, Encoding::Gb18030};
}

namespace {

/// The separator of the first line, outside quotes: the most frequent of comma, tab and semicolon.
QChar detectSeparator(QStringView text)
{
    int commas = 0, tabs = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

} // namespace

Result<void> CsvReader::read(const RowHandler &onRow, const ProgressHandler &onProgress)
{
    auto decoded = decode(m_data);
    if (!decoded) {
        Error e = decoded.error();
        e.message = m_name + QStringLiteral(": ") + e.message;
        return e;
    }
    const QString text = std::move(decoded.value().first);
    m_encoding = decoded->second;
    m_separator = detectSeparator(text);

    const QChar quote = QLatin1Char('"');
    const qsizetype n = text.size();
    SheetRow row;
    row.number = 1;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    int quoteStartRow = 0;
    qsizetype nextProgress = 0;

    const auto endField = [&] {
        row.cells.append(Cell::fromText(wasQuoted ? field : field.trimmed().isEmpty() ? QString() : field));
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&]() -> bool {
        endField();
        const bool go = onRow(row);
        row.cells.clear();
        ++row.number;
        return go;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (onProgress && i >= nextProgress) {
            onProgress(int(i * 1000 / n));
            nextProgress = i + 65536;
        }
        if (quoted) {
            if (c == quote) {
                if (i + 1 < n && text.at(i + 1) == quote) {
                    field += quote;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == quote && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteStartRow = row.number;
        } else if (c == m_separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRow())
                return {};
        } else {
            field += c; // a quote inside an unquoted field is a plain character, as Excel reads it
        }
    }
    if (quoted)
        return makeError(Error::Code::Invalid,
                         tr("%1:%2: a quoted field is never closed; check the quotation marks in that row.")
                             .arg(m_name)
                             .arg(quoteStartRow));
    if (!field.isEmpty() || !row.cells.isEmpty() || wasQuoted)
        endRow();
    if (onProgress)
        onProgress(1000);
    return {};
}

} // namespace oversight
