#include "recordscommand.h"

#include "argumentlist.h"
#include "clicontext.h"
#include "domain/isodate.h"
#include "domain/textnormal.h"
#include "services/arearecordservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace oversight {

namespace {

const QString trainingsWord = QStringLiteral("trainings");
const QString examsWord = QStringLiteral("exams");
const QString meetingsWord = QStringLiteral("meetings");
const QString filingsWord = QStringLiteral("major-penalties");
const QString casesWord = QStringLiteral("guiding-cases");

QString kindWords()
{
    return QStringList{trainingsWord, examsWord, meetingsWord, filingsWord, casesWord}.join(QLatin1Char('|'));
}

/// Columns a terminal gives `text`: two for a CJK or full-width character, one for the rest.
int terminalColumns(const QString &text)
{
    int columns = 0;
    for (const char32_t u : text.toUcs4())
        columns += (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                           (u >= 0xFE30 && u <= 0xFE6F) || (u >= 0xFF00 && u <= 0xFF60) ||
                           (u >= 0xFFE0 && u <= 0xFFE6) || u >= 0x20000
                       ? 2
                       : 1;
    return columns;
}

/// A listing: the table's headers and rows (numbers right-aligned) and the same records as JSON.
struct Listing
{
    QStringList headers;
    QList<bool> numeric;
    QList<QStringList> rows;
    QJsonArray json;
};

/// The rows under their headers, each column as wide as its widest cell, a rule under the headers.
QString alignedTable(const Listing &listing)
{
    const qsizetype count = listing.headers.size();
    QList<int> widths(count, 0);
    for (qsizetype c = 0; c < count; ++c) {
        widths[c] = terminalColumns(listing.headers[c]);
        for (const QStringList &row : listing.rows)
            widths[c] = std::max(widths[c], terminalColumns(row.value(c)));
    }
    QString text;
    const auto line = [&](const QStringList &cells) {
        QString l;
        for (qsizetype c = 0; c < count; ++c) {
            const QString cell = cells.value(c);
            const QString pad(widths[c] - terminalColumns(cell), QLatin1Char(' '));
            l += c ? QStringLiteral("  ") : QString();
            l += listing.numeric.value(c) ? pad + cell : cell + pad;
        }
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
        text += l + QLatin1Char('\n');
    };
    line(listing.headers);
    QStringList rule;
    for (const int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const QStringList &row : listing.rows)
        line(row);
    return text;
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

QJsonValue dateJson(QDate day)
{
    return day.isValid() ? QJsonValue(iso(day)) : QJsonValue();
}

template <typename T>
bool kept(const T &record, UnitId unit)
{
    return !unit.isValid() || record.unit == unit;
}

/// What `records KIND` lists, for `unit` only when it is valid.
Result<Listing> build(const QString &kind, AreaRecordService &service, CampaignId campaign, UnitId unit,
                      const QHash<qint64, QString> &names)
{
    Listing l;
    if (kind == trainingsWord) {
        const auto sessions = service.list<TrainingSession>(campaign);
        if (!sessions)
            return sessions.error();
        l.headers = {RecordsCommand::tr("Unit"),      RecordsCommand::tr("Date"),
                     RecordsCommand::tr("Content"),   RecordsCommand::tr("Hours"),
                     RecordsCommand::tr("Attendees"), RecordsCommand::tr("Organiser")};
        l.numeric = {false, false, false, true, true, false};
        for (const TrainingSession &s : *sessions) {
            if (!kept(s, unit))
                continue;
            const QString name = names.value(s.unit.value);
            l.rows.append(
                {name, iso(s.heldOn), s.title, number(s.hours), QString::number(s.attendees), s.organiser});
            l.json.append(QJsonObject{{QStringLiteral("id"), s.id},
                                      {QStringLiteral("unit"), name},
                                      {QStringLiteral("held_on"), dateJson(s.heldOn)},
                                      {QStringLiteral("title"), s.title},
                                      {QStringLiteral("hours"), s.hours},
                                      {QStringLiteral("attendees"), s.attendees},
                                      {QStringLiteral("organiser"), s.organiser}});
        }
    } else if (kind == examsWord) {
        const auto sessions = service.list<TrainingSession>(campaign);
        if (!sessions)
            return sessions.error();
        const auto exams = service.list<Exam>(campaign);
        if (!exams)
            return exams.error();
        l.headers = {RecordsCommand::tr("Unit"), RecordsCommand::tr("Date"),   RecordsCommand::tr("Subject"),
                     RecordsCommand::tr("Sat"),  RecordsCommand::tr("Passed"), RecordsCommand::tr("Note")};
        l.numeric = {false, false, false, true, true, false};
        for (const Exam &e : *exams) {
            if (!kept(e, unit))
                continue;
            const QString name = names.value(e.unit.value);
            const bool trained = examHasTraining(e, *sessions);
            l.rows.append({name, iso(e.heldOn), e.subject, QString::number(e.sat), QString::number(e.passed),
                           trained ? QString() : RecordsCommand::tr("no training before it (凡考试必培训)")});
            l.json.append(QJsonObject{{QStringLiteral("id"), e.id},
                                      {QStringLiteral("unit"), name},
                                      {QStringLiteral("held_on"), dateJson(e.heldOn)},
                                      {QStringLiteral("subject"), e.subject},
                                      {QStringLiteral("sat"), e.sat},
                                      {QStringLiteral("passed"), e.passed},
                                      {QStringLiteral("training_before"), trained}});
        }
    } else if (kind == meetingsWord) {
        const auto meetings = service.list<CoordinationMeeting>(campaign);
        if (!meetings)
            return meetings.error();
        l.headers = {RecordsCommand::tr("Date"), RecordsCommand::tr("Topic"),
                     RecordsCommand::tr("Participants")};
        l.numeric = {false, false, false};
        for (const CoordinationMeeting &m : *meetings) {
            l.rows.append({iso(m.heldOn), m.topic, m.attendees.simplified()});
            l.json.append(QJsonObject{{QStringLiteral("id"), m.id},
                                      {QStringLiteral("held_on"), dateJson(m.heldOn)},
                                      {QStringLiteral("topic"), m.topic},
                                      {QStringLiteral("attendees"), m.attendees}});
        }
    } else if (kind == filingsWord) {
        const auto days = service.filingDays(campaign);
        if (!days)
            return days.error();
        const auto filings = service.list<MajorPenaltyFiling>(campaign);
        if (!filings)
            return filings.error();
        l.headers = {RecordsCommand::tr("Unit"),    RecordsCommand::tr("Case number"),
                     RecordsCommand::tr("Decided"), RecordsCommand::tr("Filed"),
                     RecordsCommand::tr("Due"),     RecordsCommand::tr("Days late")};
        l.numeric = {false, false, false, false, false, true};
        for (const MajorPenaltyFiling &f : *filings) {
            if (!kept(f, unit))
                continue;
            const QString name = names.value(f.unit.value);
            const int late = f.lateDays(*days);
            l.rows.append({name, f.caseNumber, iso(f.decidedOn), iso(f.filedOn), iso(f.filingDue(*days)),
                           late > 0 ? QString::number(late) : QString()});
            l.json.append(QJsonObject{{QStringLiteral("id"), f.id},
                                      {QStringLiteral("unit"), name},
                                      {QStringLiteral("case_number"), f.caseNumber},
                                      {QStringLiteral("decided_on"), dateJson(f.decidedOn)},
                                      {QStringLiteral("filed_on"), dateJson(f.filedOn)},
                                      {QStringLiteral("due"), dateJson(f.filingDue(*days))},
                                      {QStringLiteral("late_days"), late}});
        }
    } else {
        const auto cases = service.list<GuidingCase>(campaign);
        if (!cases)
            return cases.error();
        l.headers = {RecordsCommand::tr("Unit"), RecordsCommand::tr("Published"),
                     RecordsCommand::tr("Title")};
        l.numeric = {false, false, false};
        for (const GuidingCase &c : *cases) {
            if (!kept(c, unit))
                continue;
            const QString name = names.value(c.unit.value);
            l.rows.append({name, iso(c.publishedOn), c.title});
            l.json.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("unit"), name},
                                      {QStringLiteral("title"), c.title},
                                      {QStringLiteral("published_on"), dateJson(c.publishedOn)}});
        }
    }
    return l;
}

} // namespace

QList<Command::Usage> RecordsCommand::usage() const
{
    return {{tr("records %1 [--unit NAME] [--json]").arg(kindWords()),
             tr("the area-7 and area-10 records of the current campaign, as a table or JSON")}};
}

ExitCode RecordsCommand::run(CliContext &context, ArgumentList &arguments)
{
    const std::optional<QString> kind = arguments.takeCommand();
    const std::optional<QString> unitName = arguments.takeOption(QStringLiteral("--unit"));
    const bool json = arguments.takeFlag(QStringLiteral("--json"));
    if (!arguments.finished())
        return context.usageError(arguments.error());
    if (!kind)
        return context.usageError(tr("records: say which records (%1)").arg(kindWords()));
    if (!kindWords().split(QLatin1Char('|')).contains(*kind))
        return context.usageError(tr("records: unknown kind \"%1\" (%2)").arg(*kind, kindWords()));
    if (unitName && *kind == meetingsWord)
        return context.usageError(
            tr("records meetings: the coordination group's meetings belong to no unit; leave out --unit"));

    const auto opened = context.openCampaign(CliContext::Access::Read);
    if (!opened)
        return opened.failure();
    Workspace &workspace = opened.workspace();
    const CampaignId campaign = opened.campaign();
    const auto units = workspace.units().units(campaign);
    if (!units)
        return context.fail(units.error());
    QHash<qint64, QString> names;
    for (const Unit &u : *units)
        names.insert(u.id.value, u.name);
    std::optional<Unit> unit;
    if (unitName) {
        ExitCode failed = ExitCode::Done;
        unit = context.findUnit(workspace, campaign, *unitName,
                                makeError(Error::Code::NotFound,
                                          tr("records %1: \"%2\" is not a unit in the register; check the name "
                                             "against the units page")
                                              .arg(*kind, *unitName)),
                                ExitCode::Rejected, failed);
        if (!unit)
            return failed;
    }
    const Result<Listing> listing =
        build(*kind, workspace.areaRecords(), campaign, unit ? unit->id : UnitId(), names);
    if (!listing)
        return context.fail(listing.error());

    QString text;
    if (json) {
        const QJsonObject root{{QStringLiteral("kind"), *kind},
                               {QStringLiteral("unit"), unit ? QJsonValue(unit->name) : QJsonValue()},
                               {QStringLiteral("records"), listing->json}};
        text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        const int n = int(listing->rows.size());
        if (n > 0)
            text = alignedTable(*listing);
        text +=
            (unit ? tr("%n record(s) of %1.", nullptr, n).arg(unit->name) : tr("%n record(s).", nullptr, n)) +
            QLatin1Char('\n');
    }
    // A name stored before control characters were refused must not drive the terminal.
    context.out() << escapeForTerminal(text);
    context.out().flush();
    return ExitCode::Done;
}

} // namespace oversight
