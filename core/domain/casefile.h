#pragma once

#include "ids.h"
#include "selfcheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace oversight {

/// One closed enforcement case file (执法案卷) in a unit's catalogue (案卷目录) of last year's cases.
struct CaseFile
{
    CaseFileId id;
    CampaignId campaign;
    UnitId unit;
    QString number;   ///< 案卷编号, unique within the unit
    QString title;    ///< 案件名称
    QString caseType; ///< 案件类型 (行政处罚, 行政许可, …)
    QString party;    ///< 当事人
    QDate closedOn;   ///< 办结日期 (may be unknown)
    bool selfChecked = false;
    QString selfCheckGrade; ///< 自查等次, as the unit wrote it

    friend bool operator==(const CaseFile &, const CaseFile &) = default;
};

/// A unit's catalogue as the clerk sees it: reported (with files or explicitly without any) or not yet.
struct CatalogueSummary
{
    UnitId unit;
    QString unitName;
    bool reported = false; ///< the unit sent a catalogue or declared it had no cases
    bool noCases = false;  ///< the explicit "no cases last year" flag
    int total = 0;
    int selfChecked = 0;

    [[nodiscard]] SelfCheckFigures figures() const { return {total, selfChecked}; }
};

/// The one place where catalogue rows become the 30% figures: counts the files of each unit and marks which
/// units reported (a unit with files, or one flagged as having none). `units` fixes the order.
struct CatalogueUnit
{
    UnitId id;
    QString name;
};
[[nodiscard]] std::vector<CatalogueSummary> catalogueSummaries(const std::vector<CatalogueUnit> &units,
                                                               const std::vector<CaseFile> &files,
                                                               const std::vector<UnitId> &noCaseUnits);

/// Checks a case file as the catalogue stores it; the messages name the column.
[[nodiscard]] QStringList validateCaseFile(const CaseFile &file);

class CaseFileText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CaseFileText)
};

} // namespace oversight
