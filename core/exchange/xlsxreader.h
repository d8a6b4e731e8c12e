#pragma once

#include "table.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

namespace oversight {

/// What a workbook may hold: XlsxReader refuses a workbook beyond these, naming the limit. The defaults keep
/// the reader and an import on it under 200 MB of memory for any input, and are far above what a clerk's
/// workbook holds (100,000 rows of ten columns inflate to about 60 MB).
struct XlsxLimits
{
    /// All the parts read, inflated, together.
    static constexpr qint64 defaultInflatedBytes = qint64(256) << 20;
    /// One part's inflated size over its compressed size, checked once it has inflated 1 MiB: real
    /// sheets compress 5–30 times; a bomb, about 1,000 times.
    static constexpr qint64 defaultCompressionRatio = 100;
    /// Cells in the sheet (written ones, empty or not): 200,000 rows of ten columns.
    static constexpr qint64 defaultCells = 2'000'000;
    /// Rows in the sheet, and the highest row number: Excel's own limit.
    static constexpr qint64 defaultRows = 1'048'576;
    /// Characters in one cell or shared string: Excel's own limit.
    static constexpr qint64 defaultCellCharacters = 32'767;
    /// Distinct shared strings.
    static constexpr qint64 defaultSharedStrings = 1'000'000;
    /// A catalogue part (workbook, relationships, styles) is read whole: none is ever this large.
    static constexpr qint64 defaultCataloguePartBytes = qint64(16) << 20;

    qint64 inflatedBytes = defaultInflatedBytes;
    qint64 compressionRatio = defaultCompressionRatio;
    qint64 cells = defaultCells;
    qint64 rows = defaultRows;
    qint64 cellCharacters = defaultCellCharacters;
    qint64 sharedStrings = defaultSharedStrings;
    qint64 cataloguePartBytes = defaultCataloguePartBytes;
};

/// Reads one worksheet of an Office Open XML workbook (.xlsx) as Excel, WPS, LibreOffice and openpyxl write
/// it: shared and inline strings, numbers, booleans, formula results, error values, dates as numbers styled
/// with a date format (built-in or custom, 1900 and 1904 systems) and date-typed cells. The zip is read with
/// minizip; the sheet and the shared strings are cut into tokens by XlsxScanner as they inflate (a string is
/// made only for a cell's value, numbers are parsed in place), so a 100,000-row sheet never sits in memory
/// as a whole. The small catalogue parts (workbook, relationships, styles) go through QXmlStreamReader.
///
/// A workbook is refused, with a message naming the limit, when it goes beyond any real workbook's size
/// (a "zip bomb", or a damaged file): see Limits.
class XlsxReader final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(oversight::XlsxReader)
public:
    using Limits = XlsxLimits;
    /// The last column of a sheet (XFD), 0-based.
    static constexpr int lastColumn = 16383;

    /// Opens the workbook and reads its catalogue (sheets, shared strings, styles). `sheet` names the sheet
    /// to read; empty means the first one. `limits` are for tests; every caller keeps the defaults.
    [[nodiscard]] static Result<std::unique_ptr<XlsxReader>> open(const QString &path,
                                                                  const QString &sheet = {},
                                                                  const Limits &limits = {});
    ~XlsxReader() override;

    [[nodiscard]] QString displayName() const override { return m_name; }
    [[nodiscard]] Result<void> read(const RowHandler &onRow, const ProgressHandler &onProgress = {}) override;

    /// The workbook's sheet names, in order.
    [[nodiscard]] QStringList sheetNames() const { return m_sheetNames; }
    [[nodiscard]] QString sheetName() const { return m_sheet; }

    /// An Excel date serial as a date: the 1900 system (with its phantom 1900-02-29, which is no date) or
    /// the 1904 system. Invalid for serials outside 1…2958465 (year 9999).
    [[nodiscard]] static QDate dateFromSerial(double serial, bool system1904 = false);
    /// The bytes of one part of the workbook's zip ("xl/worksheets/sheet1.xml"): for checks and tests.
    [[nodiscard]] static Result<QByteArray> readPart(const QString &path, const QString &part);
    /// Whether a number format code shows a date (y, m with d, d): "yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"".
    [[nodiscard]] static bool isDateFormat(const QString &code);

private:
    explicit XlsxReader(QString path);
    [[nodiscard]] Result<void> loadCatalogue(const QString &sheet);
    /// The shared strings and the date styles the cells refer to.
    [[nodiscard]] Result<void> loadCellParts();
    [[nodiscard]] Result<QByteArray> entry(const QString &name, bool required);
    [[nodiscard]] Result<void> loadSharedStrings();
    [[nodiscard]] Error damaged(const QString &what) const;
    /// The workbook goes beyond `limit` (a sentence naming it).
    [[nodiscard]] Error tooLarge(const QString &limit) const;
    /// A cell or row the sheet cannot hold: `what` names it.
    [[nodiscard]] Error badSheet(const QString &what) const;
    friend class XlsxPartStream;

    QString m_path;
    QString m_name;
    void *m_zip = nullptr; // unzFile
    QStringList m_sheetNames;
    QString m_sheet;
    QString m_sheetEntry;
    Limits m_limits;
    qint64 m_inflated = 0; // bytes inflated from every part so far
    bool m_hasSharedStringsPart = false;
    QStringList m_sharedStrings;
    std::vector<bool> m_dateStyles; // cellXfs index → shows a date
    bool m_date1904 = false;
    bool m_cellPartsLoaded = false;
};

} // namespace oversight
