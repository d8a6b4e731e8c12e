#pragma once

#include "domain/arearecords.h"
#include "formats/xlsxwriter.h"
#include "unitrecordimporter.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace oversight {

class AreaRecordService;
class UnitService;

/// The lists units send for areas 7 (trainings, exams) and 10 (重大行政处罚备案).
enum class AreaRecordList
{
    Trainings,
    Exams,
    MajorPenalties,
};

/// The columns of the three lists, each said once (every list starts with the unit); all() gives those of
/// the list they are made for, in its template's order.
struct AreaRecordColumns : ColumnSet
{
    explicit AreaRecordColumns(AreaRecordList list);
    const ColumnSpec unit;
    const ColumnSpec trainingDate, trainingTitle, hours, attendees, organiser;
    const ColumnSpec examDate, subject, sat, passed;
    const ColumnSpec caseNumber, decidedOn, filedOn;
};

/// The lists units send for areas 7 and 10, read from a file (CSV or XLSX), all rows or none in one
/// transaction (AreaRecordService::importRecords):
/// - trainings (执法培训): 单位名称, 培训日期, 培训内容, 学时, 参训人数, 组织单位
/// - exams (执法考试): 单位名称, 考试日期, 考试科目, 参考人数, 合格人数
/// - major-penalties (重大行政处罚备案): 单位名称, 案件编号, 处罚决定日期, 备案日期
/// The unit must be in the register. A row equal to a record already there is left alone; a major-penalty
/// case number the unit already filed updates that filing.
class AreaRecordImporter final : public UnitRecordImporter<AreaRecordService, AreaRecordColumns>
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AreaRecordImporter)
public:
    using List = AreaRecordList;

    AreaRecordImporter(List list, AreaRecordService &service, UnitService &units, CampaignId campaign)
        : UnitRecordImporter(service, units, campaign, AreaRecordColumns(list)), m_list(list)
    {}

    [[nodiscard]] static QList<ColumnSpec> columnSpecs(List list) { return AreaRecordColumns(list).all(); }
    void addRow(ImportRow &row) override;
    [[nodiscard]] Result<void> compare(ImportReport &report) override;
    [[nodiscard]] Result<void> write(ImportReport &report) override;

private:
    /// Keeps `record` unless the row failed or the record breaks its own rules (each problem is reported
    /// at its column).
    template <typename Record>
    void keep(ImportRow &row, const Record &record, std::vector<Record> &into);

    List m_list;
    QHash<QString, int> m_firstRowOfCase; // unit id + case number → row
    std::vector<TrainingSession> m_trainings;
    std::vector<Exam> m_exams;
    std::vector<MajorPenaltyFiling> m_filings;
};

/// A blank template of one list: the header row, date and number columns, and instructions.
[[nodiscard]] XlsxWorkbook areaRecordTemplate(AreaRecordImporter::List list);

/// The list's CLI word (trainings, exams, major-penalties) and back; nullopt for another word.
[[nodiscard]] QString areaRecordListName(AreaRecordImporter::List list);
[[nodiscard]] std::optional<AreaRecordImporter::List> areaRecordListNamed(const QString &name);

/// Records as their list's template holds them (the same sheet, headers and instructions, one row per
/// record, units by their register name), so the workbook imports back changing nothing. `unitNames` maps
/// a unit id to its name.
[[nodiscard]] XlsxWorkbook areaRecordWorkbook(const std::vector<TrainingSession> &records,
                                              const QHash<qint64, QString> &unitNames);
[[nodiscard]] XlsxWorkbook areaRecordWorkbook(const std::vector<Exam> &records,
                                              const QHash<qint64, QString> &unitNames);
[[nodiscard]] XlsxWorkbook areaRecordWorkbook(const std::vector<MajorPenaltyFiling> &records,
                                              const QHash<qint64, QString> &unitNames);

/// The campaign's list (only `unit`'s records when it is valid) as areaRecordWorkbook() writes it: what
/// `export trainings|exams|major-penalties` and the records page's Export save.
[[nodiscard]] Result<XlsxWorkbook> areaRecordExport(AreaRecordImporter::List list, const AreaRecordService &service,
                                                    const UnitService &units, CampaignId campaign,
                                                    UnitId unit = {});

} // namespace oversight
