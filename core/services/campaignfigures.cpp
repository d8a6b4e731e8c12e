#include "campaignfigures.h"

#include "domain/drawncount.h"
#include "services/acceptanceservice.h"
#include "services/arearecordservice.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/clock.h"
#include "services/ledgerservice.h"
#include "services/normativeservice.h"
#include "services/submissionservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "storage/submissionrepository.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace oversight {

Result<CampaignData> CampaignData::load(Workspace &workspace, CampaignId campaign, QDate today,
                                        const std::function<bool()> &cancelled)
{
    const auto stopped = [&cancelled] { return cancelled && cancelled(); };
    const auto stop = [] {
        return makeError(Error::Code::Invalid, FiguresText::tr("The count was stopped before it ended."));
    };
    Result<Campaign> c = workspace.campaigns().campaign(campaign);
    if (!c)
        return c.error();
    Result<std::vector<Unit>> units = workspace.units().units(campaign);
    if (!units)
        return units.error();
    Result<std::vector<Complaint>> complaints = workspace.supervision().complaints(campaign);
    if (!complaints)
        return complaints.error();
    if (stopped())
        return stop();
    // The forms as stored. SubmissionService::submissions() would also rebuild 附件2's rows from the case
    // catalogue (every file of the campaign, 40,000 in a five-year file: three quarters of the load), but
    // nothing counted here reads a form's rows or the figures made from them: a unit with catalogue files
    // has its self-check figures from `catalogue`, and the statuses and dates are stored as they are.
    Result<std::vector<Submission>> submissions =
        SubmissionRepository(workspace.database().connection()).listByCampaign(*c);
    if (!submissions)
        return submissions.error();
    if (stopped())
        return stop();
    Result<std::vector<Problem>> problems = workspace.ledger().problems(campaign);
    if (!problems)
        return problems.error();
    if (stopped())
        return stop();
    Result<std::vector<NormativeDocument>> normative = workspace.normative().documents(campaign);
    if (!normative)
        return normative.error();
    Result<std::vector<PeriodStatus>> periods = workspace.normative().periodStatuses(campaign, today);
    if (!periods)
        return periods.error();
    Result<std::vector<CatalogueSummary>> catalogue = workspace.caseReview().catalogue(campaign);
    if (!catalogue)
        return catalogue.error();
    if (stopped())
        return stop();
    Result<std::vector<DrawnFile>> drawn = workspace.caseReview().drawnFiles(campaign);
    if (!drawn)
        return drawn.error();
    Result<std::vector<Acceptance>> acceptances = workspace.acceptance().conclusions(campaign);
    if (!acceptances)
        return acceptances.error();
    AreaRecordService &records = workspace.areaRecords();
    auto trainings = records.list<TrainingSession>(campaign);
    if (!trainings)
        return trainings.error();
    auto exams = records.list<Exam>(campaign);
    if (!exams)
        return exams.error();
    auto meetings = records.list<CoordinationMeeting>(campaign);
    if (!meetings)
        return meetings.error();
    auto filings = records.list<MajorPenaltyFiling>(campaign);
    if (!filings)
        return filings.error();
    auto guiding = records.list<GuidingCase>(campaign);
    if (!guiding)
        return guiding.error();

    CampaignData data;
    data.campaign = std::move(c).value();
    data.today = today;
    data.units = std::move(units).value();
    data.submissions = std::move(submissions).value();
    data.catalogue = std::move(catalogue).value();
    data.drawnFiles = std::move(drawn).value();
    data.problems = std::move(problems).value();
    data.complaints = std::move(complaints).value();
    data.normativeDocuments = std::move(normative).value();
    data.normativePeriods = std::move(periods).value();
    data.acceptances = std::move(acceptances).value();
    data.trainings = std::move(trainings).value();
    data.exams = std::move(exams).value();
    data.meetings = std::move(meetings).value();
    data.majorPenaltyFilings = std::move(filings).value();
    data.guidingCases = std::move(guiding).value();
    // Counted as the service counts them.
    std::tie(data.filesDrawn, data.filesReviewed) = distinctDrawnAndReviewed(data.drawnFiles);
    return data;
}

Result<CampaignData> CampaignData::loadOnOwnConnection(const QString &path, CampaignId campaign, QDate today,
                                                       const std::function<bool()> &cancelled)
{
    // Read-only: no lock, no migration, no write; the services over it only read. The clock is the day
    // asked for, so whatever a service derives from "today" agrees with `today`.
    auto reader = Workspace::open(path, Database::Mode::ReadOnly, std::make_unique<FixedClock>(today));
    if (!reader)
        return reader.error();
    return load(**reader, campaign, today, cancelled);
}

const Submission *CampaignData::submission(UnitId unit, const QString &item) const
{
    const Submission *found = nullptr;
    for (const Submission &s : submissions)
        if (s.unit == unit && s.item == item)
            found = &s;
    return found;
}

QStringList CampaignData::items() const
{
    QStringList out;
    for (const FormSpec &f : campaign.forms)
        out.append(f.id);
    for (const ReportSpec &r : campaign.reports)
        out.append(r.id);
    return out;
}

bool CampaignData::expects(UnitId unit, const QString &item) const
{
    const FormSpec *form = campaign.form(item);
    if (!form || !form->owedByDrawnUnitsOnly)
        return true;
    return std::any_of(drawnFiles.begin(), drawnFiles.end(),
                       [&](const DrawnFile &f) { return f.unit == unit; });
}

QDate CampaignData::planReceived(UnitId unit) const
{
    for (const FormSpec &f : campaign.forms)
        if (f.role == QLatin1String("implementation_plan"))
            if (const Submission *s = submission(unit, f.id))
                return s->firstReceivedOn;
    return {};
}

std::pair<int, int> CampaignData::filesDrawnAndReviewed(UnitId unit) const
{
    return distinctDrawnAndReviewed(drawnFiles, unit);
}

std::vector<OwedItem> CampaignData::owed(UnitId unit) const
{
    std::vector<OwedItem> out;
    for (const QString &item : items()) {
        const Deadline *due = campaign.deadlineOfItem(item);
        if (!due || !due->due.isValid() || due->due > today || !expects(unit, item))
            continue;
        const Submission *s = submission(unit, item);
        const Submission::Status status = s ? s->status : Submission::Status::Missing;
        if (status != Submission::Status::Missing && status != Submission::Status::Returned)
            continue;
        OwedItem o;
        o.item = item;
        if (const FormSpec *form = campaign.form(item))
            o.title = form->title;
        else if (const ReportSpec *report = campaign.report(item))
            o.title = report->title;
        o.deadline = due;
        o.status = status;
        o.daysLate = int(due->due.daysTo(today));
        out.push_back(o);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const OwedItem &a, const OwedItem &b) { return a.deadline->due < b.deadline->due; });
    return out;
}

std::optional<SelfCheckFigures> CampaignData::selfCheck(UnitId unit) const
{
    for (const CatalogueSummary &c : catalogue)
        if (c.unit == unit && c.reported)
            return c.figures();
    std::vector<Submission> ofUnit;
    for (const Submission &s : submissions)
        if (s.unit == unit)
            ofUnit.push_back(s);
    return selfCheckFromSubmissions(campaign, ofUnit);
}

const Acceptance *CampaignData::acceptanceOf(UnitId id) const
{
    for (const Acceptance &a : acceptances)
        if (a.unit == id)
            return &a;
    return nullptr;
}

const Unit *CampaignData::unit(UnitId id) const
{
    for (const Unit &u : units)
        if (u.id == id)
            return &u;
    return nullptr;
}

CampaignFigures CampaignFigures::count(const CampaignData &data)
{
    CampaignFigures f;
    f.campaignName = data.campaign.displayName();
    f.today = data.today;
    f.filesRequired = data.campaign.rules.spotCheckMinFiles;
    f.filesDrawn = data.filesDrawn;
    f.filesReviewed = data.filesReviewed;

    QHash<qint64, size_t> unitIndex;
    for (const Unit &u : data.units) {
        unitIndex.insert(u.id.value, f.units.size());
        UnitFigures uf;
        uf.id = u.id;
        uf.name = u.name;
        uf.category = u.category;
        uf.contactNamed = u.hasContact();
        uf.selfCheck = data.selfCheck(u.id);
        if (uf.selfCheck) {
            ++f.unitsSelfCheckReported;
            f.unitsSelfCheckOk += uf.selfCheck->ok();
        }
        f.units.push_back(uf);
    }
    const auto unitOf = [&](UnitId id) -> UnitFigures * {
        const auto it = unitIndex.constFind(id.value);
        return it == unitIndex.cend() ? nullptr : &f.units[*it];
    };

    // Forms and reports, per item and per unit.
    for (const QString &item : data.items()) {
        ItemFigures it;
        it.item = item;
        if (const FormSpec *form = data.campaign.form(item))
            it.title = form->title;
        else if (const ReportSpec *report = data.campaign.report(item))
            it.title = report->title;
        const Deadline *due = data.campaign.deadlineOfItem(item);
        if (due)
            it.due = due->due;
        // Only an item whose deadline has come is in the rates: one not due yet is not "missing".
        const bool isDue = due && due->due.isValid() && due->due <= data.today;
        it.isDue = isDue;
        for (UnitFigures &u : f.units) {
            if (!data.expects(u.id, item))
                continue;
            ++it.expected;
            const Submission *s = data.submission(u.id, item);
            const Submission::Status status = s ? s->status : Submission::Status::Missing;
            switch (status) {
            case Submission::Status::Missing:
                ++it.missing;
                break;
            case Submission::Status::Received:
                ++it.received;
                break;
            case Submission::Status::Returned:
                ++it.returned;
                break;
            case Submission::Status::Accepted:
                ++it.accepted;
                break;
            }
            const bool late = status != Submission::Status::Missing && s->lateDays(due) > 0;
            if (status != Submission::Status::Missing)
                ++(late ? it.late : it.onTime);
            if (!isDue)
                continue;
            ++u.itemsExpected;
            if (status == Submission::Status::Missing) {
                u.itemsOverdue += data.today > due->due;
                continue;
            }
            ++u.itemsIn;
            ++(late ? u.itemsLate : u.itemsOnTime);
        }
        f.items.push_back(it);
    }

    // The spot check: each case file once (its latest scoring wins), by unit and grade.
    QHash<qint64, const DrawnFile *> byFile;
    for (const DrawnFile &d : data.drawnFiles) {
        const auto it = byFile.constFind(d.caseFile.value);
        if (it == byFile.cend() || (d.reviewed && !(*it)->reviewed))
            byFile.insert(d.caseFile.value, &d);
    }
    for (const DrawnFile *d : std::as_const(byFile)) {
        UnitFigures *u = unitOf(d->unit);
        if (u)
            ++u->filesDrawn;
        if (!d->reviewed)
            continue;
        ++f.grades[size_t(d->grade)];
        if (u) {
            ++u->filesReviewed;
            u->scoreHalvesTotal += d->scoreHalves;
        }
    }

    // The rectification ledger, per unit and per area.
    for (const Area &a : data.campaign.areas) {
        AreaFigures af;
        af.number = a.number;
        af.title = a.title;
        f.areas.push_back(af);
    }
    for (const Acceptance &a : data.acceptances)
        if (data.unit(a.unit))
            ++f.acceptance[size_t(a.conclusion)];
    for (const Problem &p : data.problems) {
        const bool overdue = p.isOverdue(data.today);
        ++f.problems;
        f.upperCheckProblems += p.source == Problem::Source::UpperCheck;
        f.problemsClosed += p.isClosed();
        f.problemsOverdue += overdue;
        if (UnitFigures *u = unitOf(p.unit)) {
            ++u->problems;
            u->problemsClosed += p.isClosed();
            u->problemsOverdue += overdue;
        }
        auto area = std::find_if(f.areas.begin(), f.areas.end(),
                                 [&](const AreaFigures &a) { return a.number == p.area; });
        if (area == f.areas.end() || p.area == 0) {
            area = std::find_if(f.areas.begin(), f.areas.end(),
                                [](const AreaFigures &a) { return a.number == 0; });
            if (area == f.areas.end()) {
                AreaFigures none;
                none.title = FiguresText::areaLabel(0);
                f.areas.push_back(none);
                area = f.areas.end() - 1;
            }
        }
        ++area->byStatus[size_t(p.status)];
        area->overdue += overdue;
    }

    for (const Complaint &c : data.complaints) {
        const bool overdue = c.isOverdue(data.today);
        ++f.complaints;
        f.complaintsClosed += c.isClosed();
        f.complaintsOverdue += overdue;
        if (UnitFigures *u = unitOf(c.unit)) {
            ++u->complaints;
            u->complaintsClosed += c.isClosed();
            u->complaintsOverdue += overdue;
        }
    }

    for (const NormativeDocument &d : data.normativeDocuments) {
        UnitFigures *u = unitOf(d.unit);
        if (!u || !d.isFiled())
            continue;
        ++u->normativeFiled;
        u->normativeLate += d.isLate(data.campaign.rules.filingDeadlineDays, data.today);
    }
    for (const PeriodStatus &p : data.normativePeriods)
        if (p.state == PeriodStatus::State::Missing)
            if (UnitFigures *u = unitOf(p.unit))
                ++u->zeroReportsMissing;

    // Areas 7 and 10: counted in the domain, the one source of status --json and the summary report.
    for (UnitFigures &u : f.units)
        u.training = countTraining(data.trainings, data.exams, u.id);
    for (const MajorPenaltyFiling &p : data.majorPenaltyFilings)
        if (UnitFigures *u = unitOf(p.unit)) {
            ++u->majorPenaltyFilings;
            u->lateFilings += p.isLate(data.campaign.rules.majorPenaltyFilingDays);
        }
    for (const GuidingCase &c : data.guidingCases)
        if (UnitFigures *u = unitOf(c.unit))
            ++u->guidingCases;
    f.training = countTraining(data.trainings, data.exams, UnitId());
    f.reform = countReform(data.meetings, data.majorPenaltyFilings, data.guidingCases,
                           data.campaign.rules.majorPenaltyFilingDays);
    return f;
}

namespace {

/// `count` of every item whose deadline has come, added up: what the rates count.
int sumOfDue(const std::vector<ItemFigures> &items, int ItemFigures::*count)
{
    int n = 0;
    for (const ItemFigures &i : items)
        n += i.isDue ? i.*count : 0;
    return n;
}

} // namespace

int CampaignFigures::itemsOnTime() const
{
    return sumOfDue(items, &ItemFigures::onTime);
}

int CampaignFigures::itemsLate() const
{
    return sumOfDue(items, &ItemFigures::late);
}

int CampaignFigures::itemsExpected() const
{
    return sumOfDue(items, &ItemFigures::expected);
}

int ChartData::maxTotal() const
{
    int best = 0;
    for (qsizetype c = 0; c < categories.size(); ++c) {
        int sum = 0;
        for (const Series &s : series) {
            const int v = s.values.value(c);
            sum = stacked ? sum + v : std::max(sum, v);
        }
        best = std::max(best, sum);
    }
    return best;
}

std::vector<ChartData> ChartData::of(const CampaignFigures &f)
{
    std::vector<ChartData> out;

    ChartData forms;
    forms.which = Which::SubmissionsByForm;
    forms.title = QStringLiteral("各附件报送情况");
    forms.series = {{QStringLiteral("已审核"), {}},
                    {QStringLiteral("已收到"), {}},
                    {QStringLiteral("已退回"), {}},
                    {QStringLiteral("未报送"), {}}};
    for (const ItemFigures &i : f.items) {
        forms.categories.append(i.item);
        forms.series[0].values.append(i.accepted);
        forms.series[1].values.append(i.received);
        forms.series[2].values.append(i.returned);
        forms.series[3].values.append(i.missing);
    }
    out.push_back(forms);

    ChartData areas;
    areas.which = Which::ProblemsByArea;
    areas.title = QStringLiteral("各领域问题整改情况");
    for (const Problem::Status s : {Problem::Status::Closed, Problem::Status::AwaitingVerification,
                                    Problem::Status::InProgress, Problem::Status::Open})
        areas.series.push_back({problemStatusWord(s), {}});
    const Problem::Status order[] = {Problem::Status::Closed, Problem::Status::AwaitingVerification,
                                     Problem::Status::InProgress, Problem::Status::Open};
    for (const AreaFigures &a : f.areas) {
        areas.categories.append(a.number > 0 ? QStringLiteral("领域%1").arg(a.number)
                                             : QStringLiteral("未分领域"));
        for (size_t k = 0; k < 4; ++k)
            areas.series[k].values.append(a.byStatus[size_t(order[k])]);
    }
    out.push_back(areas);

    ChartData units;
    units.which = Which::RectificationByUnit;
    units.title = QStringLiteral("各单位问题整改进度（已销号/问题总数）");
    units.horizontal = true;
    units.series = {{QStringLiteral("已销号"), {}}, {QStringLiteral("未销号"), {}}};
    for (const UnitFigures &u : f.units) {
        if (u.problems == 0)
            continue;
        units.categories.append(u.name);
        units.series[0].values.append(u.problemsClosed);
        units.series[1].values.append(u.problems - u.problemsClosed);
    }
    out.push_back(units);

    ChartData grades;
    grades.which = Which::SpotCheckGrades;
    grades.title = QStringLiteral("抽查案卷评查等次");
    grades.stacked = false;
    grades.series = {{QStringLiteral("案卷数"), {}}};
    for (const Grade g : {Grade::Excellent, Grade::Good, Grade::Pass, Grade::Fail}) {
        grades.categories.append(gradeWord(g));
        grades.series[0].values.append(f.grades[size_t(g)]);
    }
    out.push_back(grades);
    return out;
}

QString FiguresText::areaLabel(int number)
{
    return number > 0 ? tr("Area %1").arg(number) : tr("No area");
}

} // namespace oversight
