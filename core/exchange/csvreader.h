#pragma once

#include "table.h"

#include <QByteArray>
#include <QCoreApplication>

namespace oversight {

/// Reads CSV as Excel and WPS write it: UTF-8 with or without a BOM, UTF-16 with a BOM ("Unicode text"),
/// and GB18030/GBK (what a Chinese Windows PC writes by default), detected from the bytes. Fields are
/// separated by commas (or tabs or semicolons, taken from the first line); quoted fields may hold commas,
/// quotes ("") and line breaks. Every field is text: CSV has no types.
class CsvReader final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CsvReader)
public:
    enum class Encoding
    {
        Utf8,
        Utf16,
        Gb18030,
    };

    /// Reads the whole file into memory (CSV files are text; even 100,000 rows are a few megabytes).
    [[nodiscard]] static Result<std::unique_ptr<CsvReader>> open(const QString &path);
    [[nodiscard]] static std::unique_ptr<CsvReader> fromData(QByteArray data, QString displayName);

    [[nodiscard]] QString displayName() const override { return m_name; }
    [[nodiscard]] Result<void> read(const RowHandler &onRow, const ProgressHandler &onProgress = {}) override;

    /// The encoding read() found (valid after read()).
    [[nodiscard]] Encoding encoding() const { return m_encoding; }
    [[nodiscard]] QChar separator() const { return m_separator; }

    /// The text of `data` and the encoding it was written in; an error when it is none of those above.
    [[nodiscard]] static Result<std::pair<QString, Encoding>> decode(const QByteArray &data);

private:
    CsvReader(QByteArray data, QString name) : m_data(std::move(data)), m_name(std::move(name)) {}
    QByteArray m_data;
    QString m_name;
    Encoding m_encoding = Encoding::Utf8;
    QChar m_separator = QLatin1Char(',');
};

} // namespace oversight
