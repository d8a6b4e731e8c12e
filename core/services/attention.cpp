#include "attention.h"

#include "campaignfigures.h"
#include "formats/xlsxwriter.h" // displayWidth: how wide a unit name sets in a table cell

#include <QLocale>

#include <algorithm>
#include <optional>

namespace oversight {

namespace {

using Severity = AttentionItem::Severity;
using Kind = AttentionItem::Kind;

/// Overdue past `due`, due soon from 7 days before it to the day itself, nothing earlier.
std::optional<Severity> byDeadline(QDate due, QDate today)
{
    if (!due.isValid() || !today.isValid())
        return std::nullopt;
    const qint64 left = today.daysTo(due);
    if (left < 0)
        return Severity::Overdue;
    if (left <= attentionDueSoonDays)
        return Severity::DueSoon;
    return std::nullopt;
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

struct Builder
{
    const CampaignData &data;
    std::vector<AttentionItem> items;

    void add(Kind kind, Severity severity, const Unit *unit, QString text, QDate due,
             AttentionTarget::Page page, qint64 record = 0)
    {
        AttentionItem item;
        item.kind = kind;
        item.severity = severity;
        if (unit) {
            item.unit = unit->id;
            item.unitName = unit->name;
        }
        item.text = std::move(text);
        item.due = due;
        item.days = due.isValid() ? int(data.today.daysTo(due)) : 0;
        item.target.page = page;
        item.target.record = record;
        item.target.unit = item.unit;
        items.push_back(std::move(item));
    }

    void submissions()
    {
        for (const Unit &unit : data.units) {
            for (const Deadline &deadline : data.campaign.deadlines) {
                QStringList missing, late;
                for (const QString &item : data.items()) {
                    const Deadline *due = data.campaign.deadlineOfItem(item);
                    if (!due || due->key != deadline.key || !data.expects(unit.id, item))
                        continue;
                    const Submission *s = data.submission(unit.id, item);
                    if (!s || s->status == Submission::Status::Missing)
                        missing.append(item);
                    else if (s->status == Submission::Status::Returned)
                        missing.append(AttentionText::tr("%1 (returned)").arg(item));
                    else if (const int days = s->lateDays(due); days > 0)
                        late.append(days == 1 ? AttentionText::tr("%1 (1 day late)").arg(item)
                                              : AttentionText::tr("%1 (%2 days late)").arg(item).arg(days));
                }
                if (const auto severity = byDeadline(deadline.due, data.today); severity && !missing.isEmpty())
                    add(Kind::Submission, *severity, &unit,
                        AttentionText::tr("Not handed in: %1").arg(missing.join(AttentionText::tr(", "))),
                        deadline.due, AttentionTarget::Page::Submissions);
                if (!late.isEmpty())
                    add(Kind::Submission, Severity::Info, &unit,
                        AttentionText::tr("Handed in late: %1").arg(late.join(AttentionText::tr(", "))),
                        deadline.due, AttentionTarget::Page::Submissions);
            }
        }
    }

    /// No unit registered yet: every deadline passed or near is still the clerk's to meet, so it is said
    /// once for the campaign (a register with no units would otherwise read "nothing needs attention").
    void emptyRegister()
    {
        if (!data.units.empty())
            return;
        for (const Deadline &deadline : data.campaign.deadlines) {
            const auto severity = byDeadline(deadline.due, data.today);
            if (!severity)
                continue;
            const bool contacts = deadline.key == QLatin1String("contacts");
            add(contacts ? Kind::Contact : Kind::Submission, *severity, nullptr,
                (contacts ? AttentionText::tr("No units registered, so nobody is tracked for: %1. Import or add "
                                              "the units with their contacts.")
                          : AttentionText::tr("No units registered, so nobody is tracked for: %1. Import or add "
                                              "the units."))
                    .arg(deadline.title),
                deadline.due, AttentionTarget::Page::Units);
        }
    }

    void contacts()
    {
        const Deadline *due = data.campaign.contactsDeadline();
        for (const Unit &unit : data.units) {
            if (unit.hasContact())
                continue;
            const QDate day = due ? due->due : QDate();
            add(Kind::Contact, byDeadline(day, data.today).value_or(Severity::Info), &unit,
                AttentionText::tr("No campaign contact named"), day, AttentionTarget::Page::Units,
                unit.id.value);
        }
    }

    void selfCheck()
    {
        const Deadline *due = data.campaign.deadline(QStringLiteral("self_check_report"));
        const QDate day = due ? due->due : QDate();
        for (const Unit &unit : data.units) {
            const std::optional<SelfCheckFigures> f = data.selfCheck(unit.id);
            if (!f || f->ok())
                continue;
            add(Kind::SelfCheck, byDeadline(day, data.today).value_or(Severity::Info), &unit,
                AttentionText::tr("Self-check below 30%: %1 of %2 files, at least %3 required")
                    .arg(f->checked)
                    .arg(f->total)
                    .arg(f->required()),
                day, AttentionTarget::Page::CaseReview);
        }
    }

    void spotCheck()
    {
        const Phase *phase = data.campaign.phase(QStringLiteral("spot_check"));
        const bool begun = data.filesDrawn > 0 || (phase && data.today >= phase->from);
        if (!begun)
            return;
        const int required = data.campaign.rules.spotCheckMinFiles;
        const int unscored = data.filesDrawn - data.filesReviewed;
        const int short_ = std::max(0, required - data.filesReviewed);
        if (unscored <= 0 && short_ == 0)
            return;
        const QDate day = phase ? phase->to : QDate();
        QString text = AttentionText::tr("Spot check: %1 of %2 drawn file(s) scored").arg(data.filesReviewed).arg(data.filesDrawn);
        if (unscored > 0)
            text += AttentionText::tr("; %1 still unscored").arg(unscored);
        if (short_ > 0)
            text += AttentionText::tr("; %1 more to reach %2").arg(short_).arg(required);
        add(Kind::SpotCheck, byDeadline(day, data.today).value_or(Severity::Info), nullptr, text, day,
            AttentionTarget::Page::CaseReview);
    }

    void problems()
    {
        for (const Problem &p : data.problems) {
            if (p.isClosed())
                continue;
            const auto severity = byDeadline(p.deadline, data.today);
            if (!severity)
                continue;
            QString description = p.description.simplified();
            if (description.size() > 40)
                description = description.left(39) + QChar(0x2026);
            add(Kind::Problem, *severity, data.unit(p.unit),
                AttentionText::tr("Rectification: %1").arg(description), p.deadline,
                AttentionTarget::Page::Ledger, p.id.value);
        }
    }

    void complaints()
    {
        for (const Complaint &c : data.complaints) {
            if (!c.isOverdue(data.today))
                continue;
            // The reference only: nothing of the complainant reaches the list.
            add(Kind::Complaint, Severity::Overdue, data.unit(c.unit),
                c.status == Complaint::Status::NoticeIssued
                    ? AttentionText::tr("Complaint %1: the unit's reply to the supervision notice is overdue")
                          .arg(c.reference)
                    : AttentionText::tr("Complaint %1: handling is overdue").arg(c.reference),
                c.currentDeadline(), AttentionTarget::Page::Supervision, c.id.value);
        }
    }

    void normative()
    {
        const int days = data.campaign.rules.filingDeadlineDays;
        for (const NormativeDocument &d : data.normativeDocuments) {
            const QDate due = d.filingDue(days);
            const QString name = d.number.isEmpty() ? d.title : d.number;
            if (!d.isFiled()) {
                add(Kind::NormativeFiling, byDeadline(due, data.today).value_or(Severity::Info),
                    data.unit(d.unit), AttentionText::tr("Normative document not filed: %1").arg(name), due,
                    AttentionTarget::Page::Normative, d.id.value);
            } else if (const int late = d.lateDays(days, data.today); late > 0) {
                add(Kind::NormativeFiling, Severity::Info, data.unit(d.unit),
                    (late == 1 ? AttentionText::tr("Normative document filed 1 day late: %1").arg(name)
                               : AttentionText::tr("Normative document filed %1 days late: %2").arg(late).arg(name)),
                    due, AttentionTarget::Page::Normative, d.id.value);
            }
        }
        for (const Unit &unit : data.units) {
            QStringList periods;
            QDate earliest;
            for (const PeriodStatus &p : data.normativePeriods) {
                if (p.unit != unit.id || p.state != PeriodStatus::State::Missing)
                    continue;
                periods.append(p.period.label());
                if (!earliest.isValid() || p.period.to < earliest)
                    earliest = p.period.to;
            }
            if (!periods.isEmpty())
                add(Kind::ZeroReport, Severity::Overdue, &unit,
                    AttentionText::tr("Zero report missing: %1").arg(periods.join(AttentionText::tr(", "))),
                    earliest, AttentionTarget::Page::Normative);
        }
    }
};

QString padded(const QString &text, int width)
{
    const int w = int(displayWidth(text));
    return w >= width ? text : text + QString(width - w, QLatin1Char(' '));
}

} // namespace

QString AttentionItem::daysText() const
{
    if (!due.isValid())
        return {};
    if (days == 0)
        return AttentionText::tr("due today");
    // Whole sentences per number, not %n: the English interface has no translation file to resolve plurals.
    if (days == -1)
        return AttentionText::tr("1 day overdue");
    if (days < 0)
        return AttentionText::tr("%1 days overdue").arg(-days);
    if (days == 1)
        return AttentionText::tr("1 day left");
    return AttentionText::tr("%1 days left").arg(days);
}

std::vector<AttentionItem> attentionItems(const CampaignData &data)
{
    Builder builder{data, {}};
    builder.emptyRegister();
    builder.submissions();
    builder.contacts();
    builder.selfCheck();
    builder.spotCheck();
    builder.problems();
    builder.complaints();
    builder.normative();
    std::stable_sort(builder.items.begin(), builder.items.end(), [](const AttentionItem &a, const AttentionItem &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        const bool aDue = a.due.isValid(), bDue = b.due.isValid();
        if (aDue != bDue)
            return aDue;
        if (a.days != b.days)
            return a.days < b.days;
        return QString::localeAwareCompare(a.unitName, b.unitName) < 0;
    });
    return std::move(builder.items);
}

bool needsReminder(const std::vector<AttentionItem> &items)
{
    return std::any_of(items.begin(), items.end(),
                       [](const AttentionItem &i) { return i.severity != AttentionItem::Severity::Info; });
}

QString AttentionText::severityLabel(AttentionItem::Severity severity)
{
    switch (severity) {
    case AttentionItem::Severity::Overdue:
        return tr("Overdue");
    case AttentionItem::Severity::DueSoon:
        return tr("Due soon");
    case AttentionItem::Severity::Info:
        return tr("Note");
    }
    return {};
}

QString AttentionText::kindLabel(AttentionItem::Kind kind)
{
    switch (kind) {
    case Kind::Submission:
        return tr("Forms");
    case Kind::Contact:
        return tr("Contact");
    case Kind::SelfCheck:
        return tr("Self-check");
    case Kind::SpotCheck:
        return tr("Spot check");
    case Kind::Problem:
        return tr("Rectification");
    case Kind::Complaint:
        return tr("Complaint");
    case Kind::NormativeFiling:
        return tr("Filing");
    case Kind::ZeroReport:
        return tr("Zero report");
    }
    return {};
}

QString AttentionText::table(const std::vector<AttentionItem> &items)
{
    if (items.empty())
        return tr("Nothing needs attention.") + QLatin1Char('\n');
    const QStringList headers{tr("Severity"), tr("Due"), tr("Days"), tr("Unit"), tr("What")};
    QList<QStringList> rows;
    for (const AttentionItem &i : items)
        rows.append({severityLabel(i.severity), i.due.isValid() ? isoDate(i.due) : QStringLiteral("-"),
                     i.due.isValid() ? i.daysText() : QStringLiteral("-"),
                     i.unitName.isEmpty() ? QStringLiteral("-") : i.unitName, i.text});
    QList<int> widths(headers.size() - 1, 0);
    for (int c = 0; c < widths.size(); ++c) {
        widths[c] = int(displayWidth(headers[c]));
        for (const QStringList &r : rows)
            widths[c] = std::max(widths[c], int(displayWidth(r[c])));
    }
    QString out;
    const auto line = [&](const QStringList &cells) {
        QString l;
        for (int c = 0; c < widths.size(); ++c)
            l += padded(cells[c], widths[c]) + QStringLiteral("  ");
        l += cells.last();
        out += l + QLatin1Char('\n');
    };
    line(headers);
    QStringList rule;
    for (int c = 0; c < headers.size(); ++c)
        rule.append(QString(c < widths.size() ? widths[c] : int(displayWidth(headers[c])), QLatin1Char('-')));
    line(rule);
    for (const QStringList &r : rows)
        line(r);
    return out;
}

} // namespace oversight
