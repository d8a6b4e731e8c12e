#include "auditstamp.h"

#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>

#include <unzip.h>

#include <algorithm>

namespace oversight {

namespace {

const QByteArray pdfOpen = QByteArrayLiteral("<od:auditHead>");
const QByteArray pdfClose = QByteArrayLiteral("</od:auditHead>");
/// A stamped head is short; anything longer between the tags is not ours.
constexpr qsizetype maxHead = 100;
/// docProps/custom.xml of a workbook we wrote is a few hundred bytes.
constexpr unsigned maxCustomXml = 64 * 1024;

std::optional<QString> headIn(const QByteArray &bytes)
{
    const qsizetype open = bytes.lastIndexOf(pdfOpen);
    if (open < 0)
        return std::nullopt;
    const qsizetype start = open + pdfOpen.size();
    const qsizetype close = bytes.indexOf(pdfClose, start);
    if (close < 0 || close - start > maxHead)
        return std::nullopt;
    return QString::fromLatin1(bytes.mid(start, close - start)).trimmed();
}

std::optional<QString> fromPdf(QFile &file)
{
    // The XMP packet is an uncompressed stream QPdfWriter writes before the pages (look at the end too, where
    // an incremental update would put it).
    constexpr qint64 span = 1 << 20;
    if (auto head = headIn(file.read(span)))
        return head;
    const qint64 size = file.size();
    if (size <= span || !file.seek(size - std::min<qint64>(size - span, span)))
        return std::nullopt;
    return headIn(file.readAll());
}

std::optional<QString> fromXlsx(const QString &path)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return std::nullopt;
    std::optional<QString> head;
    unz_file_info64 info{};
    if (unzLocateFile(zip, "docProps/custom.xml", 0) == UNZ_OK &&
        unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK &&
        info.uncompressed_size <= maxCustomXml && unzOpenCurrentFile(zip) == UNZ_OK) {
        QByteArray xml(qsizetype(info.uncompressed_size), '\0');
        const int read = unzReadCurrentFile(zip, xml.data(), unsigned(xml.size()));
        unzCloseCurrentFile(zip);
        if (read == int(xml.size())) {
            static const QRegularExpression property(
                QStringLiteral("name=\"%1\"[^>]*>\\s*<vt:lpwstr>([^<]{1,%2})</vt:lpwstr>")
                    .arg(QLatin1String(AuditStamp::xlsxProperty))
                    .arg(maxHead));
            const QRegularExpressionMatch m = property.match(QString::fromUtf8(xml));
            if (m.hasMatch())
                head = m.captured(1).trimmed();
        }
    }
    unzClose(zip);
    return head;
}

} // namespace

QByteArray AuditStamp::xmp(const QString &title, const QString &head)
{
    QByteArray out;
    out += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:od=\"urn:oversight-desk:audit:1\">\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">";
    out += title.toHtmlEscaped().toUtf8();
    out += "</rdf:li></rdf:Alt></dc:title>\n<xmp:CreatorTool>Oversight Desk</xmp:CreatorTool>\n";
    out += pdfOpen + head.toHtmlEscaped().toUtf8() + pdfClose;
    out += "\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return out;
}

void AuditStamp::apply(QPdfWriter &writer, const QString &title, const QString &head)
{
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Oversight Desk"));
    if (!head.isEmpty())
        writer.setDocumentXmpMetadata(xmp(title, head));
}

std::optional<QString> AuditStamp::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray magic = file.peek(5);
    if (magic == QByteArrayLiteral("%PDF-"))
        return fromPdf(file);
    if (magic.startsWith("PK")) {
        file.close();
        return fromXlsx(path);
    }
    return std::nullopt;
}

} // namespace oversight
