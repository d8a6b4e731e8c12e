#include "xlsxwriter.h"

#include "formats/auditstamp.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <array>
#include <deque>
#include <filesystem>
#include <vector>
#include <xlsxwriter.h>

namespace oversight {

namespace {

/// Keeps the UTF-8 bytes handed to libxlsxwriter alive until the workbook is closed.
class Strings
{
public:
    const char *operator()(const QString &s)
    {
        m_store.push_back(s.toUtf8());
        return m_store.back().constData();
    }
    char *mut(const QString &s) { return const_cast<char *>((*this)(s)); }

private:
    std::deque<QByteArray> m_store;
};

bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
           (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
           (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
}

lxw_datetime toLxw(QDate d)
{
    lxw_datetime t{};
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

QString truncated(const QString &s, qsizetype n)
{
    return s.size() <= n ? s : s.left(n - 1) + QChar(0x2026);
}

} // namespace

double displayWidth(const QString &text)
{
    double width = 0, line = 0;
    for (const char32_t u : text.toUcs4()) {
        if (u == U'\n') {
            width = std::max(width, line);
            line = 0;
            continue;
        }
        line += isWide(u) ? 2.1 : 1.1;
    }
    return std::max(width, line);
}

Result<void> writeXlsx(const QString &path, const XlsxWorkbook &book)
{
    const QFileInfo target(path);
    const QString dir = target.absolutePath();
    if (!QFileInfo(dir).isDir())
        return makeError(Error::Code::Io,
                         XlsxText::tr("%1: the folder %2 does not exist.").arg(target.fileName(), dir));
    // A name beside the target, so the final rename stays on one file system.
    QString partial;
    {
        QTemporaryFile probe(dir + QStringLiteral("/.%1-XXXXXX.part").arg(target.completeBaseName()));
        if (!probe.open())
            return makeError(Error::Code::Io, XlsxText::tr("%1: cannot write in the folder %2: %3.")
                                                  .arg(target.fileName(), dir, probe.errorString()));
        partial = probe.fileName();
    } // libxlsxwriter writes the file itself; the probe only reserved a name.

    Strings s;
    std::deque<std::vector<char *>> lists; // drop-down lists, alive until the workbook is closed
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!wb) {
        QFile::remove(partial);
        return makeError(Error::Code::Io,
                         XlsxText::tr("%1: the workbook cannot be created.").arg(target.fileName()));
    }

    lxw_doc_properties props{};
    props.title = s.mut(book.title);
    props.subject = s.mut(book.subject);
    props.author = s.mut(QStringLiteral("Oversight Desk"));
    props.comments =
        s.mut(XlsxText::tr("Written by Oversight Desk %1").arg(QStringLiteral(OVERSIGHT_VERSION)));
    workbook_set_properties(wb, &props);
    if (!book.auditHead.isEmpty())
        workbook_set_custom_property_string(wb, AuditStamp::xlsxProperty, s(book.auditHead));

    const char *fontName = s(QStringLiteral("宋体"));
    const auto baseFormat = [&]() {
        lxw_format *f = workbook_add_format(wb);
        format_set_font_name(f, fontName);
        format_set_font_size(f, 11);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        return f;
    };
    lxw_format *header = baseFormat();
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE5F0);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_text_wrap(header);
    lxw_format *requiredHeader = baseFormat();
    format_set_bold(requiredHeader);
    format_set_bg_color(requiredHeader, 0xDDE5F0);
    format_set_border(requiredHeader, LXW_BORDER_THIN);
    format_set_align(requiredHeader, LXW_ALIGN_CENTER);
    format_set_font_color(requiredHeader, 0x9C0006);
    format_set_text_wrap(requiredHeader);
    lxw_format *notes = baseFormat();
    format_set_text_wrap(notes);
    format_set_align(notes, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *notesTitle = baseFormat();
    format_set_bold(notesTitle);
    format_set_font_size(notesTitle, 14);

    // Per kind of column: the column's own format (what the clerk types into empty rows gets it) and the
    // same with thin borders for the cells written, so a printed list reads as a table.
    struct KindFormats
    {
        lxw_format *column;
        lxw_format *cell;
    };
    const auto kindFormats = [&](const char *numFormat, bool wrap, bool left) {
        KindFormats f{baseFormat(), baseFormat()};
        for (lxw_format *format : {f.column, f.cell}) {
            format_set_num_format(format, numFormat);
            if (wrap)
                format_set_text_wrap(format);
            if (left)
                format_set_align(format, LXW_ALIGN_LEFT);
        }
        format_set_border(f.cell, LXW_BORDER_THIN);
        return f;
    };
    const KindFormats textFormats = kindFormats("@", true, false);
    const KindFormats integerFormats = kindFormats("0", false, false);
    const KindFormats decimalFormats = kindFormats("0.00", false, false);
    const KindFormats dateFormats = kindFormats("yyyy-mm-dd", false, true);
    const auto formatsFor = [&](XlsxColumn::Kind kind) {
        switch (kind) {
        case XlsxColumn::Kind::Integer:
            return integerFormats;
        case XlsxColumn::Kind::Decimal:
            return decimalFormats;
        case XlsxColumn::Kind::Date:
            return dateFormats;
        case XlsxColumn::Kind::Text:
        case XlsxColumn::Kind::Choice:
            break;
        }
        return textFormats;
    };

    // Excel keeps a drop-down's choices in the validation itself only up to 255 characters; longer lists
    // (a form's long checklist answers, 40 unit names) go into columns of one hidden sheet and the
    // drop-down refers to their range.
    const QString listSheetName = QStringLiteral("选项");
    lxw_worksheet *listSheet = nullptr;
    lxw_col_t listColumns = 0;
    std::deque<std::array<char, LXW_MAX_FORMULA_RANGE_LENGTH + 8>> formulas;

    for (const XlsxSheet &sheet : book.sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, s(truncated(sheet.name, 31)));
        if (!ws) {
            workbook_close(wb);
            QFile::remove(partial);
            return makeError(
                Error::Code::Invalid,
                XlsxText::tr("%1: the sheet name \"%2\" cannot be used.").arg(target.fileName(), sheet.name));
        }
        worksheet_set_paper(ws, 9); // A4
        if (sheet.landscape)
            worksheet_set_landscape(ws);
        worksheet_set_margins(ws, 0.6, 0.6, 0.8, 0.8);
        worksheet_set_footer(ws, s(XlsxText::tr("&CPage &P of &N")));
        if (!sheet.printHeader.isEmpty())
            worksheet_set_header(ws, s(QStringLiteral("&C&\"宋体,Bold\"&14") + sheet.printHeader));

        if (sheet.notes) {
            for (int r = 0; r < sheet.rows.size(); ++r) {
                const QVariantList &row = sheet.rows.at(r);
                for (int c = 0; c < row.size(); ++c)
                    worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), s(row.at(c).toString()),
                                           r == 0 ? notesTitle : notes);
            }
            for (int c = 0; c < sheet.columns.size(); ++c)
                worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c),
                                     sheet.columns.at(c).width > 0 ? sheet.columns.at(c).width : 20, nullptr);
            worksheet_fit_to_pages(ws, 1, 0);
            continue;
        }

        const int lastRow = int(sheet.rows.size()) + std::max(sheet.inputRows, 0);
        for (int c = 0; c < sheet.columns.size(); ++c) {
            const XlsxColumn &col = sheet.columns.at(c);
            // Width: the header and the values (the first 2,000 rows are a fair sample), within limits.
            double width = col.width;
            if (width <= 0) {
                width = displayWidth(col.header) + 2;
                const qsizetype sample = std::min<qsizetype>(sheet.rows.size(), 2000);
                for (qsizetype r = 0; r < sample; ++r) {
                    const QVariant &v = c < sheet.rows.at(r).size() ? sheet.rows.at(r).at(c) : QVariant();
                    const QString shown = v.typeId() == QMetaType::QDate  ? QStringLiteral("2022-05-21")
                                          : v.typeId() == QMetaType::Bool ? QStringLiteral("是")
                                                                          : v.toString();
                    width = std::max(width, displayWidth(shown) + 2);
                }
                for (const QString &choice : col.choices)
                    width = std::max(width, displayWidth(choice) + 4);
                width = std::clamp(width, 8.0, 60.0);
            }
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, formatsFor(col.kind).column);
            worksheet_write_string(ws, 0, lxw_col_t(c), s(col.header),
                                   col.required ? requiredHeader : header);

            if (lastRow < 1)
                continue;
            lxw_data_validation dv{};
            bool validate = true;
            switch (col.kind) {
            case XlsxColumn::Kind::Choice: {
                if (col.choices.join(QLatin1Char(',')).toUtf8().size() <= 255) {
                    dv.validate = LXW_VALIDATION_TYPE_LIST;
                    std::vector<char *> &list = lists.emplace_back();
                    for (const QString &choice : col.choices)
                        list.push_back(s.mut(choice));
                    list.push_back(nullptr);
                    dv.value_list = list.data();
                } else {
                    if (!listSheet) {
                        listSheet = workbook_add_worksheet(wb, s(listSheetName));
                        if (listSheet)
                            worksheet_hide(listSheet);
                    }
                    if (!listSheet || col.choices.isEmpty()) {
                        validate = false;
                        break;
                    }
                    for (int i = 0; i < col.choices.size(); ++i)
                        worksheet_write_string(listSheet, lxw_row_t(i), listColumns, s(col.choices.at(i)),
                                               nullptr);
                    auto &formula = formulas.emplace_back();
                    lxw_rowcol_to_formula_abs(formula.data(), s(listSheetName), 0, listColumns,
                                              lxw_row_t(col.choices.size() - 1), listColumns);
                    ++listColumns;
                    dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
                    dv.value_formula = formula.data();
                }
                dv.error_message = s.mut(truncated(
                    XlsxText::tr("Choose one of: %1").arg(col.choices.join(QStringLiteral(" / "))), 255));
                break;
            }
            case XlsxColumn::Kind::Date:
                dv.validate = LXW_VALIDATION_TYPE_DATE;
                dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                dv.minimum_datetime = toLxw(QDate(1990, 1, 1));
                dv.maximum_datetime = toLxw(QDate(2099, 12, 31));
                dv.error_message = s.mut(XlsxText::tr("Enter a date such as 2022-05-21."));
                break;
            case XlsxColumn::Kind::Integer:
                dv.validate = LXW_VALIDATION_TYPE_INTEGER;
                dv.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
                dv.value_number = 0;
                dv.error_message = s.mut(XlsxText::tr("Enter a whole number, 0 or more."));
                break;
            case XlsxColumn::Kind::Decimal:
            case XlsxColumn::Kind::Text:
                validate = !col.note.isEmpty();
                dv.validate = LXW_VALIDATION_TYPE_ANY;
                break;
            }
            if (!validate)
                continue;
            dv.error_title = s.mut(truncated(col.header, 32));
            if (!col.note.isEmpty()) {
                dv.input_title = s.mut(truncated(col.header, 32));
                dv.input_message = s.mut(truncated(col.note, 255));
            }
            worksheet_data_validation_range(ws, 1, lxw_col_t(c), lxw_row_t(lastRow), lxw_col_t(c), &dv);
        }
        worksheet_set_row(ws, 0, 22, nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_repeat_rows(ws, 0, 0);
        worksheet_fit_to_pages(ws, 1, 0);

        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &row = sheet.rows.at(r);
            for (int c = 0; c < row.size() && c < sheet.columns.size(); ++c) {
                const QVariant &v = row.at(c);
                const auto rr = lxw_row_t(r + 1);
                const auto cc = lxw_col_t(c);
                lxw_format *f = formatsFor(sheet.columns.at(c).kind).cell;
                switch (v.typeId()) {
                case QMetaType::UnknownType:
                    worksheet_write_blank(ws, rr, cc, f);
                    break;
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    if (d.isValid()) {
                        lxw_datetime t = toLxw(d);
                        worksheet_write_datetime(ws, rr, cc, &t, dateFormats.cell);
                    }
                    break;
                }
                case QMetaType::Bool:
                    worksheet_write_string(ws, rr, cc, v.toBool() ? "是" : "否", f);
                    break;
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                case QMetaType::Double:
                    worksheet_write_number(ws, rr, cc, v.toDouble(), f);
                    break;
                default: {
                    const QString t = v.toString();
                    if (t.isEmpty())
                        worksheet_write_blank(ws, rr, cc, f);
                    else
                        worksheet_write_string(ws, rr, cc, s(t), f);
                }
                }
            }
        }
    }

    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partial);
        return makeError(Error::Code::Io,
                         XlsxText::tr("%1: the workbook could not be written.").arg(target.fileName()),
                         QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::setPermissions(partial,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        return makeError(Error::Code::Io,
                         XlsxText::tr("%1: the workbook could not be put in place.").arg(target.fileName()),
                         QString::fromStdString(ec.message()));
    }
    return {};
}

} // namespace oversight
