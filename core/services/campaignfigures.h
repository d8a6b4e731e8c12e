#pragma once

#include "domain/acceptance.h"
#include "domain/arearecords.h"
#include "domain/campaign.h"
#include "domain/casefile.h"
#include "domain/complaint.h"
#include "domain/drawrecord.h"
#include "domain/normative.h"
#include "domain/problem.h"
#include "domain/result.h"
#include "domain/selfcheck.h"
#include "domain/submission.h"
#include "domain/unit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace oversight {

class Workspace;

/// One form or written report a unit owes on a day: missing or returned, and due on or before that day.
struct OwedItem
{
    QString item;  ///< 附件1 … or a written report's id
    QString title; ///< the form's or report's title
    const Deadline *deadline = nullptr; ///< the campaign's deadline it was due by (never null)
    Submission::Status status = Submission::Status::Missing; ///< Missing or Returned
    int daysLate = 0; ///< days past the deadline (0 on the day itself)
};

/// Everything `status`, the dashboard and the summary report count, read once from the services for one
/// campaign on one day. The one place these figures are gathered; the counting is in CampaignFigures and
/// the attention rules (attention.h).
struct CampaignData
{
    Campaign campaign;
    QDate today;
    std::vector<Unit> units;
    std::vector<Submission> submissions; ///< as stored: 附件2's rows are not rebuilt from `catalogue` here
    std::vector<CatalogueSummary> catalogue; ///< in the order of `units`
    std::vector<DrawnFile> drawnFiles;       ///< the spot check's files with their scores
    int filesDrawn = 0;                      ///< distinct case files drawn
    int filesReviewed = 0;                   ///< distinct case files scored
    std::vector<Problem> problems;
    std::vector<Complaint> complaints;
    std::vector<NormativeDocument> normativeDocuments;
    std::vector<PeriodStatus> normativePeriods;
    std::vector<Acceptance> acceptances; ///< the units concluded at acceptance (总结验收)
    // Area 7 and area 10 records.
    std::vector<TrainingSession> trainings;
    std::vector<Exam> exams;
    std::vector<CoordinationMeeting> meetings;
    std::vector<MajorPenaltyFiling> majorPenaltyFilings;
    std::vector<GuidingCase> guidingCases;

    /// `cancelled`, when given, is asked between the reads: once it answers true the load stops with an
    /// error (the caller has lost interest; nothing half-read is returned).
    [[nodiscard]] static Result<CampaignData> load(Workspace &workspace, CampaignId campaign, QDate today,
                                                   const std::function<bool()> &cancelled = {});
    /// The same, read through a read-only connection of its own, opened and closed here: callable on any
    /// thread while the caller's connection stays in use (the dashboard counts off the GUI thread). It sees
    /// what was committed to the file at `path` when it starts.
    [[nodiscard]] static Result<CampaignData> loadOnOwnConnection(const QString &path, CampaignId campaign,
                                                                  QDate today,
                                                                  const std::function<bool()> &cancelled = {});

    /// The unit's form or report, or nullptr when nothing was ever received.
    [[nodiscard]] const Submission *submission(UnitId unit, const QString &item) const;
    /// The ids of the forms, then of the written reports, as the campaign lists them.
    [[nodiscard]] QStringList items() const;
    /// Whether the campaign asks `item` of the unit at all: every unit owes every item except a form owed
    /// only by the units with files drawn in the spot check (附件7), which a unit owes once a counted draw
    /// took one of its files.
    [[nodiscard]] bool expects(UnitId unit, const QString &item) const;
    /// The first receipt of the unit's implementation plan (the form whose role is implementation_plan);
    /// invalid when it has none or the campaign asks for none.
    [[nodiscard]] QDate planReceived(UnitId unit) const;
    /// Case files of the unit drawn in counted draws, and how many of them are scored (each file once).
    [[nodiscard]] std::pair<int, int> filesDrawnAndReviewed(UnitId unit) const;
    /// What the unit owes on `today`: each item it is expected to hand in whose deadline is on or before
    /// today and that is missing or was returned, in deadline order then the campaign's item order. The one
    /// answer the reminder, the critical notice, the attention list, `status` and the summary report use.
    [[nodiscard]] std::vector<OwedItem> owed(UnitId unit) const;
    /// The unit's self-check figures: its case catalogue once reported, else its 附件2; nullopt for neither.
    [[nodiscard]] std::optional<SelfCheckFigures> selfCheck(UnitId unit) const;
    [[nodiscard]] const Unit *unit(UnitId id) const;
    /// The unit's acceptance conclusion, or nullptr while it has none.
    [[nodiscard]] const Acceptance *acceptanceOf(UnitId id) const;
};

/// How a form or report stands across the units (the "submissions by status per form" chart).
struct ItemFigures
{
    QString item; ///< 附件1 … or a written report's id
    QString title;
    QDate due;
    int missing = 0, received = 0, returned = 0, accepted = 0;
    int onTime = 0; ///< handed in on or before its deadline
    int late = 0;   ///< handed in after it
    int expected = 0; ///< units that owe it at all (附件7: the units with files drawn)
    bool isDue = false; ///< its deadline is on or before the day counted: it counts in the rates
    [[nodiscard]] int handedIn() const { return received + returned + accepted; }
};

/// One unit's campaign figures (the summary report's row).
struct UnitFigures
{
    UnitId id;
    QString name;
    Unit::Category category = Unit::Category::Department;
    bool contactNamed = false;
    int itemsExpected = 0; ///< forms and reports the campaign asks of it and whose deadline has come
    int itemsIn = 0;       ///< of those, handed in (received, returned or accepted)
    int itemsOnTime = 0;
    int itemsLate = 0;
    int itemsOverdue = 0; ///< not handed in and past the deadline
    std::optional<SelfCheckFigures> selfCheck;
    int filesDrawn = 0, filesReviewed = 0;
    int scoreHalvesTotal = 0; ///< sum over the reviewed files, in half points
    int problems = 0, problemsClosed = 0, problemsOverdue = 0;
    int complaints = 0, complaintsClosed = 0, complaintsOverdue = 0;
    int normativeFiled = 0, normativeLate = 0, zeroReportsMissing = 0;
    TrainingFigures training; ///< area 7: sessions, hours, exams, exams without training before them
    int majorPenaltyFilings = 0, lateFilings = 0, guidingCases = 0; ///< area 10, the unit's share

    /// Average spot-check score of the reviewed files (0 when none).
    [[nodiscard]] double averageScore() const
    {
        return filesReviewed > 0 ? scoreHalvesTotal / 2.0 / filesReviewed : 0.0;
    }
};

/// The problems of one reform area by status (the "problems by area and by status" chart).
struct AreaFigures
{
    int number = 0; ///< 1–10; 0 for problems without a known area
    QString title;
    std::array<int, 4> byStatus{}; ///< indexed by Problem::Status
    int overdue = 0;
    [[nodiscard]] int total() const { return byStatus[0] + byStatus[1] + byStatus[2] + byStatus[3]; }
    [[nodiscard]] int closed() const { return byStatus[int(Problem::Status::Closed)]; }
};

/// The campaign's figures on one day, counted from CampaignData: what the dashboard's charts, the summary
/// report (PDF and XLSX) and `status` show. Pure counting, no database.
struct CampaignFigures
{
    QString campaignName;
    QDate today;
    std::vector<ItemFigures> items;
    std::vector<UnitFigures> units;
    std::vector<AreaFigures> areas; ///< every area of the plan, then area 0 if any problem has none
    std::array<int, 4> grades{};    ///< scored spot-check files by Grade
    int filesDrawn = 0, filesReviewed = 0, filesRequired = 0;
    int complaints = 0, complaintsClosed = 0, complaintsOverdue = 0;
    int problems = 0, problemsClosed = 0, problemsOverdue = 0;
    int unitsSelfCheckReported = 0, unitsSelfCheckOk = 0;
    std::array<int, 3> acceptance{}; ///< units concluded 合格, 基本合格, 不合格 (indexed by the conclusion)
    int upperCheckProblems = 0;      ///< ledger problems found by the region's or the city's spot checks
    TrainingFigures training; ///< area 7, every unit
    ReformFigures reform;     ///< area 10

    [[nodiscard]] static CampaignFigures count(const CampaignData &data);
    /// Handed in on time / handed in late / expected in total, over every unit and every item due by the day
    /// counted (an item not due yet is in no rate; 附件7 counts only where it is owed).
    [[nodiscard]] int itemsOnTime() const;
    [[nodiscard]] int itemsLate() const;
    [[nodiscard]] int itemsExpected() const;
};

/// A bar chart's data as the dashboard draws it with Qt Charts and the summary report paints it in the PDF:
/// one value per category and series. Labels are the plan's own Chinese words (the report is a Chinese
/// document whatever the interface speaks).
struct ChartData
{
    enum class Which
    {
        SubmissionsByForm, ///< forms and reports by status, stacked
        ProblemsByArea,    ///< problems by reform area and status, stacked
        RectificationByUnit, ///< each unit's problems closed and still open, stacked
        SpotCheckGrades,   ///< scored spot-check files by grade
    };
    struct Series
    {
        QString name;
        QList<int> values; ///< one per category
    };
    Which which = Which::SubmissionsByForm;
    QString title;
    QStringList categories;
    std::vector<Series> series;
    bool stacked = true;
    bool horizontal = false; ///< bars run left to right (many categories with long names)

    [[nodiscard]] int maxTotal() const; ///< the longest bar (stacked: the largest category sum)
    /// The four charts of the figures, in the order above.
    [[nodiscard]] static std::vector<ChartData> of(const CampaignFigures &figures);
};

class FiguresText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::FiguresText)
public:
    /// "Area 3" or, for area 0, "No area".
    [[nodiscard]] static QString areaLabel(int number);
};

} // namespace oversight
