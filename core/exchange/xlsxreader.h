#pragma once

#include "table.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

namespace oversight {

/// Reads one worksheet of an Office Open XML workbook (.xlsx) as Excel, WPS, LibreOffice and openpyxl write
/// it: shared and inline strings, numbers, booleans, formula results, error values, dates as numbers styled
/// with a date format (built-in or custom, 1900 and 1904 systems) and date-typed cells. The zip is read with
/// minizip and the XML with QXmlStreamReader, streaming the sheet, so a 100,000-row sheet never sits in
/// memory as a whole.
class XlsxReader final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(oversight::XlsxReader)
public:
    /// Opens the workbook and reads its catalogue (sheets, shared strings, styles). `sheet` names the sheet
    /// to read; empty means the first one.
    [[nodiscard]] static Result<std::unique_ptr<XlsxReader>> open(const QString &path,
                                                                  const QString &sheet = {});
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
    [[nodiscard]] Error damaged(const QString &what) const;

    QString m_path;
    QString m_name;
    void *m_zip = nullptr; // unzFile
    QStringList m_sheetNames;
    QString m_sheet;
    QString m_sheetEntry;
    QStringList m_sharedStrings;
    std::vector<bool> m_dateStyles; // cellXfs index → shows a date
    bool m_date1904 = false;
    bool m_cellPartsLoaded = false;
};

} // namespace oversight
