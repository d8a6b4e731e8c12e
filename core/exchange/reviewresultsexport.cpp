#include "reviewresultsexport.h"

#include "domain/uploadform.h"
#include "exchange/formexchange.h"

namespace oversight {

XlsxWorkbook reviewResultsWorkbook(const Campaign &campaign, const std::vector<UnitReviewResult> &units,
                                   const std::vector<DrawnFile> &files)
{
    XlsxWorkbook book;
    book.title = QStringLiteral("案卷抽查结果");
    book.subject = campaign.title;
    const auto col = [](const QString &header, XlsxColumn::Kind kind = XlsxColumn::Kind::Text,
                        int width = 12) {
        XlsxColumn c;
        c.header = header;
        c.kind = kind;
        c.width = width;
        return c;
    };
    XlsxSheet byUnit;
    byUnit.name = QStringLiteral("按单位");
    byUnit.printHeader = QStringLiteral("案卷抽查结果（按单位）");
    byUnit.columns = {col(QStringLiteral("单位"), XlsxColumn::Kind::Text, 30),
                      col(QStringLiteral("抽查案卷"), XlsxColumn::Kind::Integer),
                      col(QStringLiteral("已评查"), XlsxColumn::Kind::Integer),
                      col(QStringLiteral("平均分"), XlsxColumn::Kind::Decimal),
                      col(QStringLiteral("等次")),
                      col(QStringLiteral("优秀"), XlsxColumn::Kind::Integer),
                      col(QStringLiteral("良好"), XlsxColumn::Kind::Integer),
                      col(QStringLiteral("合格"), XlsxColumn::Kind::Integer),
                      col(QStringLiteral("不合格"), XlsxColumn::Kind::Integer),
                      col(QStringLiteral("主要问题"), XlsxColumn::Kind::Text, 50)};
    for (const UnitReviewResult &u : units)
        byUnit.rows.append(
            QVariantList{u.unit, u.filesDrawn, u.filesReviewed,
                         u.filesReviewed ? QVariant(std::round(u.averageScore * 10) / 10) : QVariant(),
                         u.filesReviewed ? gradeWord(u.averageGrade) : QString(), u.excellent, u.good, u.pass,
                         u.fail, u.mainProblems.join(QStringLiteral("；"))});
    book.sheets.append(byUnit);

    XlsxSheet byFile;
    byFile.name = QStringLiteral("按案卷");
    byFile.printHeader = QStringLiteral("案卷抽查结果（按案卷）");
    byFile.columns = {col(QStringLiteral("单位"), XlsxColumn::Kind::Text, 30),
                      col(QStringLiteral("案卷编号"), XlsxColumn::Kind::Text, 18),
                      col(QStringLiteral("案件名称"), XlsxColumn::Kind::Text, 30),
                      col(QStringLiteral("评查人员"), XlsxColumn::Kind::Text, 16),
                      col(QStringLiteral("得分"), XlsxColumn::Kind::Decimal),
                      col(QStringLiteral("等次")),
                      col(QStringLiteral("主要问题"), XlsxColumn::Kind::Text, 50)};
    for (const DrawnFile &f : files)
        byFile.rows.append(
            QVariantList{f.unitName, f.number, f.title,
                         f.reviewer1.isEmpty() ? QString() : f.reviewer1 + QStringLiteral("、") + f.reviewer2,
                         f.reviewed ? QVariant(f.scoreHalves / 2.0) : QVariant(),
                         f.reviewed ? gradeWord(f.grade) : QString(), f.problems.join(QStringLiteral("；"))});
    book.sheets.append(byFile);

    // 附件7 as the campaign file defines it (its title and columns, the template's two sheets), filled from
    // the drawn files, so the same file imports back with `import form 附件7 --unit NAME`.
    if (const FormSpec *spec = uploadform::of(campaign)) {
        XlsxWorkbook form = formTemplate(*spec, campaign.title);
        for (XlsxSheet &sheet : form.sheets) {
            if (sheet.name == formRowsSheetName(*spec)) {
                sheet.inputRows = 0;
                for (const FormData::Row &r : uploadform::rows(*spec, files)) {
                    QVariantList cells;
                    for (const FieldSpec &f : spec->columns) {
                        if (f.isDerived())
                            continue;
                        const QString v = r.value(f.key);
                        if (f.type == FieldSpec::Type::Date && !v.isEmpty())
                            cells.append(QVariant(QDate::fromString(v, Qt::ISODate)));
                        else if ((f.type == FieldSpec::Type::Decimal || f.type == FieldSpec::Type::Integer) &&
                                 !v.isEmpty())
                            cells.append(QVariant(v.toDouble()));
                        else
                            cells.append(v.isEmpty() ? QVariant() : QVariant(v));
                    }
                    sheet.rows.append(cells);
                }
            }
            book.sheets.append(sheet);
        }
    }
    return book;
}

} // namespace oversight
