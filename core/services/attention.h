#pragma once

#include "domain/ids.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace oversight {

struct CampaignData;

/// Where the clerk goes to deal with an attention item: a page and, when there is one, the record on it.
struct AttentionTarget
{
    enum class Page
    {
        Units,
        Submissions,
        CaseReview,
        Ledger,
        Supervision,
        Normative,
    };
    Page page = Page::Units;
    qint64 record = 0; ///< the problem, complaint or normative document id; 0 for the page (and unit) only
    UnitId unit;       ///< the unit concerned, when there is one
};

/// One line of "what needs attention" on a day: computed from the data by attentionItems().
struct AttentionItem
{
    enum class Kind
    {
        Submission,    ///< forms or reports missing past (or near) their deadline, or handed in late
        Contact,       ///< a unit has named no campaign contact
        SelfCheck,     ///< a unit self-checked less than 30% of its files
        SpotCheck,     ///< drawn files still unscored; reviewed files short of the plan's 60
        Problem,       ///< a rectification problem overdue or due within 7 days
        Complaint,     ///< a complaint past its handling or reply deadline
        NormativeFiling, ///< a normative document filed late or known and not filed
        ZeroReport,    ///< ended periods with neither a filing nor a zero report
    };
    enum class Severity
    {
        Overdue, ///< past its deadline
        DueSoon, ///< due today or within the next 7 days
        Info,    ///< to know, nothing due yet (or already handed in late)
    };

    Kind kind = Kind::Submission;
    Severity severity = Severity::Info;
    UnitId unit;
    QString unitName; ///< empty for the campaign as a whole
    QString text;     ///< what is wrong, in a sentence
    QDate due;        ///< the deadline concerned (invalid when there is none)
    int days = 0;     ///< days left until `due` (0: today); negative: days overdue
    AttentionTarget target;

    /// "3 days overdue", "due today", "5 days left"; empty without a due date.
    [[nodiscard]] QString daysText() const;
};

/// Items due within this many days (today included) are "due soon".
constexpr int attentionDueSoonDays = 7;

/// Everything that needs the clerk's attention on data.today, most urgent first (overdue by days overdue,
/// then due soon by days left, then the rest; ties by unit name). The rules:
/// - a unit's forms and reports not handed in: overdue past the deadline, due soon within 7 days; handed in
///   late: info (one line per unit and deadline);
/// - a unit without a campaign contact: by the contacts deadline (info when far or there is none);
/// - a unit whose self-check share is below 30%: by the self-check report's deadline;
/// - the spot check, once its phase has begun or files are drawn: drawn files unscored and the distance to
///   the plan's minimum, by the end of the spot-check phase; none once the minimum is reviewed and every
///   drawn file scored;
/// - an open rectification problem overdue or due within 7 days;
/// - a complaint overdue (handling or reply);
/// - a normative document known and not filed (by its filing deadline) or filed late (info);
/// - a unit's ended periods with neither a filing nor a zero report (overdue).
/// - no unit registered: each deadline passed or due within 7 days, once for the campaign (by that deadline).
[[nodiscard]] std::vector<AttentionItem> attentionItems(const CampaignData &data);

/// True when some item is overdue or due soon: the startup reminder shows then.
[[nodiscard]] bool needsReminder(const std::vector<AttentionItem> &items);

class AttentionText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AttentionText)
public:
    [[nodiscard]] static QString severityLabel(AttentionItem::Severity severity);
    [[nodiscard]] static QString kindLabel(AttentionItem::Kind kind);
    /// The items as a plain-text table (severity, due, days, unit, what), for `status`.
    [[nodiscard]] static QString table(const std::vector<AttentionItem> &items);
};

} // namespace oversight
