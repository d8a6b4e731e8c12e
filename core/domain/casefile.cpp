#include "casefile.h"

#include <QHash>

namespace oversight {

std::vector<CatalogueSummary> catalogueSummaries(const std::vector<CatalogueUnit> &units,
                                                 const std::vector<CaseFile> &files,
                                                 const std::vector<UnitId> &noCaseUnits)
{
    QHash<UnitId, size_t> index;
    std::vector<CatalogueSummary> out;
    out.reserve(units.size());
    for (const CatalogueUnit &u : units) {
        index.insert(u.id, out.size());
        CatalogueSummary s;
        s.unit = u.id;
        s.unitName = u.name;
        out.push_back(s);
    }
    for (const CaseFile &f : files) {
        const auto it = index.constFind(f.unit);
        if (it == index.cend())
            continue;
        CatalogueSummary &s = out[*it];
        s.reported = true;
        ++s.total;
        if (f.selfChecked)
            ++s.selfChecked;
    }
    for (UnitId id : noCaseUnits) {
        const auto it = index.constFind(id);
        if (it == index.cend())
            continue;
        CatalogueSummary &s = out[*it];
        if (s.total == 0) {
            s.reported = true;
            s.noCases = true;
        }
    }
    return out;
}

QStringList validateCaseFile(const CaseFile &file)
{
    QStringList problems;
    if (file.number.trimmed().isEmpty())
        problems << CaseFileText::tr("案卷编号: not filled in; every case file needs its number.");
    if (file.title.trimmed().isEmpty())
        problems << CaseFileText::tr("案件名称: not filled in.");
    if (!file.unit.isValid())
        problems << CaseFileText::tr("单位名称: the case file belongs to no unit.");
    if (!file.selfChecked && !file.selfCheckGrade.trimmed().isEmpty())
        problems << CaseFileText::tr("自查等次: a grade is given but 是否自查 says 否.");
    return problems;
}

} // namespace oversight
