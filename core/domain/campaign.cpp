#include "campaign.h"

#include <QCoreApplication>

#include <algorithm>

namespace oversight {

namespace {
template <typename Range, typename Pred>
auto findIn(const Range &range, Pred pred) -> decltype(&*range.begin())
{
    auto it = std::find_if(range.begin(), range.end(), pred);
    return it == range.end() ? nullptr : &*it;
}
} // namespace

const Area *Campaign::area(int number) const
{
    return findIn(areas, [number](const Area &a) { return a.number == number; });
}

int Campaign::areaAbout(const QString &words) const
{
    if (const Area *a = findIn(areas, [&words](const Area &x) { return x.title.contains(words); }))
        return a->number;
    return areas.empty() ? 1 : areas.front().number;
}

const FormSpec *Campaign::form(const QString &formId) const
{
    return findIn(forms, [&formId](const FormSpec &f) { return f.id == formId; });
}

const Phase *Campaign::phase(const QString &key) const
{
    return findIn(phases, [&key](const Phase &p) { return p.key == key; });
}

const Deadline *Campaign::deadline(const QString &key) const
{
    return findIn(deadlines, [&key](const Deadline &d) { return d.key == key; });
}

const Deadline *Campaign::deadlineOfForm(const QString &formId) const
{
    const FormSpec *spec = form(formId);
    if (spec && !spec->deadlineKey.isEmpty())
        return deadline(spec->deadlineKey);
    return findIn(deadlines, [&formId](const Deadline &d) { return d.forms.contains(formId); });
}

const ReportSpec *Campaign::report(const QString &reportId) const
{
    return findIn(reports, [&reportId](const ReportSpec &r) { return r.id == reportId; });
}

const Deadline *Campaign::deadlineOfItem(const QString &itemId) const
{
    if (const ReportSpec *r = report(itemId))
        return deadline(r->deadlineKey);
    return deadlineOfForm(itemId);
}

QString Campaign::displayName() const
{
    //: %1 is the campaign plan's title, %2 its year
    return shortTitle.isEmpty()
               ? QCoreApplication::translate("oversight::Campaign", "%1 (%2)").arg(title).arg(year)
               : shortTitle;
}

PhaseStatus phaseOn(const Campaign &campaign, QDate today)
{
    PhaseStatus status;
    if (campaign.phases.empty() || !today.isValid())
        return status;

    // Phases are stored in plan order; the later of two phases sharing a day wins, so scan from the end.
    for (auto it = campaign.phases.rbegin(); it != campaign.phases.rend(); ++it) {
        if (it->contains(today)) {
            status.where = PhaseStatus::Where::InPhase;
            status.current = &*it;
            break;
        }
    }
    for (const Phase &p : campaign.phases) {
        if (p.from > today) {
            status.next = &p;
            break;
        }
    }
    if (status.current)
        return status;

    const QDate first =
        std::min_element(campaign.phases.begin(), campaign.phases.end(), [](const Phase &a, const Phase &b) {
            return a.from < b.from;
        })->from;
    const QDate last =
        std::max_element(campaign.phases.begin(), campaign.phases.end(), [](const Phase &a, const Phase &b) {
            return a.to < b.to;
        })->to;
    if (today < first)
        status.where = PhaseStatus::Where::NotStarted;
    else if (today > last)
        status.where = PhaseStatus::Where::Finished;
    else
        status.where = PhaseStatus::Where::BetweenPhases;
    return status;
}

const Deadline *nextDeadline(const Campaign &campaign, QDate today)
{
    const Deadline *best = nullptr;
    for (const Deadline &d : campaign.deadlines) {
        if (d.due >= today && (!best || d.due < best->due))
            best = &d;
    }
    return best;
}

int selfCheckRequired(int casesTotal, int percent)
{
    if (casesTotal <= 0 || percent <= 0)
        return 0;
    return (casesTotal * percent + 99) / 100;
}

} // namespace oversight
