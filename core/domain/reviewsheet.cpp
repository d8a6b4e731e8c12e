#include "reviewsheet.h"

#include "enumnames.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace oversight {

namespace {
constexpr EnumName<Grade> gradeRows[] = {
    {Grade::Excellent, nullptr, u"优秀"},
    {Grade::Good, nullptr, u"良好"},
    {Grade::Pass, nullptr, u"合格"},
    {Grade::Fail, nullptr, u"不合格"},
};
constexpr EnumNames gradeNames(gradeRows);
} // namespace

QString gradeWord(Grade grade)
{
    return gradeNames.word(grade);
}

std::optional<Grade> gradeFromWord(const QString &word)
{
    return gradeNames.parse(word);
}

int ScoringSpec::totalPoints() const
{
    int sum = 0;
    for (const ScoringGroup &g : groups)
        sum += g.points;
    return sum;
}

const ScoringItem *ScoringSpec::item(const QString &key, const ScoringGroup **group) const
{
    for (const ScoringGroup &g : groups)
        for (const ScoringItem &i : g.items)
            if (i.key == key) {
                if (group)
                    *group = &g;
                return &i;
            }
    return nullptr;
}

const VetoItem *ScoringSpec::veto(const QString &key) const
{
    for (const VetoItem &v : vetoItems)
        if (v.key == key)
            return &v;
    return nullptr;
}

Grade ScoringSpec::gradeFor(int halfPoints, bool noLegalReview) const
{
    const auto atLeast = [halfPoints](double min) { return halfPoints >= int(std::lround(min * 2)); };
    if (atLeast(excellentMin) && !noLegalReview)
        return Grade::Excellent;
    if (atLeast(goodMin))
        return Grade::Good;
    if (atLeast(passMin))
        return Grade::Pass;
    return Grade::Fail;
}

SheetScore scoreSheet(const ScoringSpec &spec, const ReviewSheet &sheet)
{
    SheetScore s;
    for (const ReviewFinding &f : sheet.findings)
        if (f.kind == ReviewFinding::Kind::Veto)
            s.vetoed = true;
    int total = 0;
    for (const ScoringGroup &g : spec.groups) {
        int kept = g.points * 2;
        for (const ReviewFinding &f : sheet.findings) {
            if (f.kind != ReviewFinding::Kind::Deduction)
                continue;
            const ScoringGroup *of = nullptr;
            if (spec.item(f.itemKey, &of) && of == &g)
                kept -= f.halfPoints;
        }
        kept = std::max(kept, 0);
        s.groupHalfPoints.push_back(kept);
        total += kept;
    }
    if (s.vetoed) {
        s.halfPoints = 0;
        s.grade = Grade::Fail;
        return s;
    }
    bool noLegalReview = sheet.noLegalReview;
    for (const ReviewFinding &f : sheet.findings)
        if (const ScoringItem *item = spec.item(f.itemKey); item && f.kind == ReviewFinding::Kind::Deduction)
            noLegalReview = noLegalReview || item->noLegalReview;
    s.halfPoints = total;
    s.grade = spec.gradeFor(total, noLegalReview);
    return s;
}

QStringList validateSheet(const ScoringSpec &spec, const ReviewSheet &sheet)
{
    QStringList problems;
    if (spec.isEmpty())
        problems << ReviewText::tr(
            "The campaign defines no scoring sheet (its \"scoring\" section is missing).");
    if (sheet.reviewers.trimmed().isEmpty())
        problems << ReviewText::tr("Reviewers: name the two reviewers who scored the file.");
    if (!sheet.reviewedOn.isValid())
        problems << ReviewText::tr("Review date: enter the day the file was reviewed.");
    for (const ReviewFinding &f : sheet.findings) {
        if (f.kind == ReviewFinding::Kind::Veto && !spec.veto(f.itemKey))
            problems << ReviewText::tr("\"%1\" is not a veto item of the campaign's scoring sheet.")
                            .arg(f.itemKey);
        if (f.kind == ReviewFinding::Kind::Deduction) {
            const ScoringItem *item = spec.item(f.itemKey);
            if (!item)
                problems << ReviewText::tr("\"%1\" is not a deduction of the campaign's scoring sheet.")
                                .arg(f.itemKey);
            else if (f.halfPoints != item->halfPoints)
                problems << ReviewText::tr("\"%1\" deducts %2 point(s), not %3.")
                                .arg(item->text, scoreText(item->halfPoints / 2.0),
                                     scoreText(f.halfPoints / 2.0));
        }
    }
    return problems;
}

QString scoreText(double score)
{
    return QString::number(score, 'f', score == std::floor(score) ? 0 : 1);
}

} // namespace oversight
