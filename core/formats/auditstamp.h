#pragma once

#include <QString>

#include <optional>

class QPdfWriter;

namespace oversight {

/// Audit anchors in printed output: the audit chain's head ("ENTRIES:HASH") written into a PDF's XMP
/// metadata or an XLSX workbook's custom document properties, where it changes nothing on the page (the
/// GB/T 9704 layout stays as it is), and read back by `verify --against FILE`.
class AuditStamp
{
public:
    /// The XLSX custom property that holds the head.
    static constexpr const char *xlsxProperty = "OversightAuditHead";

    /// Sets the PDF's title and creator, and when `head` is not empty the XMP metadata that carries it.
    static void apply(QPdfWriter &writer, const QString &title, const QString &head);
    /// The XMP packet apply() writes: title, creator and the head.
    [[nodiscard]] static QByteArray xmp(const QString &title, const QString &head);
    /// The head stamped into a PDF or XLSX file, or nothing when the file holds none (not written by us, or
    /// written without one) or cannot be read.
    [[nodiscard]] static std::optional<QString> read(const QString &file);
};

} // namespace oversight
