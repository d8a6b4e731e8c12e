#include "arearecords.h"

#include "isodate.h"

#include <algorithm>
#include <cmath>

namespace oversight {

int MajorPenaltyFiling::lateDays(int filingDays) const
{
    if (!decidedOn.isValid() || !filedOn.isValid())
        return 0;
    return int(std::max<qint64>(0, filingDue(filingDays).daysTo(filedOn)));
}

bool examHasTraining(const Exam &exam, const std::vector<TrainingSession> &sessions)
{
    return std::any_of(sessions.begin(), sessions.end(), [&](const TrainingSession &s) {
        return s.unit == exam.unit && s.heldOn.isValid() && s.heldOn <= exam.heldOn;
    });
}

TrainingFigures countTraining(const std::vector<TrainingSession> &sessions, const std::vector<Exam> &exams,
                              UnitId unit)
{
    TrainingFigures f;
    for (const TrainingSession &s : sessions) {
        if (unit.isValid() && s.unit != unit)
            continue;
        ++f.sessions;
        f.hours += s.hours;
        f.attendees += s.attendees;
    }
    for (const Exam &e : exams) {
        if (unit.isValid() && e.unit != unit)
            continue;
        ++f.exams;
        f.sat += e.sat;
        f.passed += e.passed;
        f.examsWithoutTraining += !examHasTraining(e, sessions);
    }
    return f;
}

ReformFigures countReform(const std::vector<CoordinationMeeting> &meetings,
                          const std::vector<MajorPenaltyFiling> &filings, const std::vector<GuidingCase> &cases,
                          int filingDays)
{
    ReformFigures f;
    f.meetings = int(meetings.size());
    f.majorPenaltyFilings = int(filings.size());
    for (const MajorPenaltyFiling &p : filings)
        f.lateFilings += p.isLate(filingDays);
    f.guidingCases = int(cases.size());
    f.filingDays = filingDays;
    return f;
}

namespace {

void needUnit(QList<FieldError> &out, UnitId unit)
{
    if (!unit.isValid())
        out.append({QStringLiteral("unit"), AreaRecordText::tr("Unit: choose a registered unit.")});
}

void needText(QList<FieldError> &out, const QString &text, const QString &field, const QString &label)
{
    if (text.trimmed().isEmpty())
        out.append({field, AreaRecordText::tr("%1: not filled in.").arg(label)});
}

void needDate(QList<FieldError> &out, QDate day, const QString &field, const QString &label)
{
    if (!day.isValid())
        out.append({field, AreaRecordText::tr("%1: not filled in; write the date as YYYY-MM-DD.").arg(label)});
}

} // namespace

QList<FieldError> validateTraining(const TrainingSession &s)
{
    QList<FieldError> out;
    needUnit(out, s.unit);
    needDate(out, s.heldOn, QStringLiteral("heldOn"), AreaRecordText::tr("Training date"));
    needText(out, s.title, QStringLiteral("title"), AreaRecordText::tr("Title"));
    // Whole or half hours, as training records count them.
    if (!(s.hours > 0) || s.hours > 200 || std::fmod(s.hours * 2, 1.0) != 0)
        out.append({QStringLiteral("hours"),
                    AreaRecordText::tr("Hours: %1 is not a number of hours; write 0.5 to 200 in half hours.")
                        .arg(s.hours)});
    if (s.attendees < 1 || s.attendees > 100000)
        out.append({QStringLiteral("attendees"),
                    AreaRecordText::tr("Attendees: write how many officers attended (at least 1).")});
    needText(out, s.organiser, QStringLiteral("organiser"), AreaRecordText::tr("Organiser"));
    return out;
}

QList<FieldError> validateExam(const Exam &e)
{
    QList<FieldError> out;
    needUnit(out, e.unit);
    needDate(out, e.heldOn, QStringLiteral("heldOn"), AreaRecordText::tr("Exam date"));
    needText(out, e.subject, QStringLiteral("subject"), AreaRecordText::tr("Subject"));
    if (e.sat < 1 || e.sat > 100000)
        out.append({QStringLiteral("sat"),
                    AreaRecordText::tr("Sat: write how many officers sat the exam (at least 1).")});
    if (e.passed < 0 || e.passed > e.sat)
        out.append({QStringLiteral("passed"),
                    AreaRecordText::tr("Passed: %1 is not between 0 and the %2 who sat.").arg(e.passed).arg(e.sat)});
    return out;
}

QList<FieldError> validateMeeting(const CoordinationMeeting &m)
{
    QList<FieldError> out;
    needDate(out, m.heldOn, QStringLiteral("heldOn"), AreaRecordText::tr("Meeting date"));
    needText(out, m.topic, QStringLiteral("topic"), AreaRecordText::tr("Topic"));
    return out;
}

QList<FieldError> validateFiling(const MajorPenaltyFiling &f)
{
    QList<FieldError> out;
    needUnit(out, f.unit);
    needText(out, f.caseNumber, QStringLiteral("caseNumber"), AreaRecordText::tr("Case number"));
    needDate(out, f.decidedOn, QStringLiteral("decidedOn"), AreaRecordText::tr("Decision date"));
    needDate(out, f.filedOn, QStringLiteral("filedOn"), AreaRecordText::tr("Filing date"));
    if (f.decidedOn.isValid() && f.filedOn.isValid() && f.filedOn < f.decidedOn)
        out.append({QStringLiteral("filedOn"),
                    AreaRecordText::tr("Filing date: %1 is before the decision date %2; a decision is filed "
                                       "after it is made.")
                        .arg(iso(f.filedOn), iso(f.decidedOn))});
    return out;
}

QList<FieldError> validateGuidingCase(const GuidingCase &c)
{
    QList<FieldError> out;
    needUnit(out, c.unit);
    needText(out, c.title, QStringLiteral("title"), AreaRecordText::tr("Title"));
    needDate(out, c.publishedOn, QStringLiteral("publishedOn"), AreaRecordText::tr("Publication date"));
    return out;
}

QJsonObject auditFields(const TrainingSession &s)
{
    return {{QStringLiteral("unit_id"), s.unit.value},  {QStringLiteral("held_on"), iso(s.heldOn)},
            {QStringLiteral("title"), s.title},         {QStringLiteral("hours"), s.hours},
            {QStringLiteral("attendees"), s.attendees}, {QStringLiteral("organiser"), s.organiser}};
}

QJsonObject auditFields(const Exam &e)
{
    return {{QStringLiteral("unit_id"), e.unit.value}, {QStringLiteral("held_on"), iso(e.heldOn)},
            {QStringLiteral("subject"), e.subject},    {QStringLiteral("sat"), e.sat},
            {QStringLiteral("passed"), e.passed}};
}

QJsonObject auditFields(const CoordinationMeeting &m)
{
    return {{QStringLiteral("held_on"), iso(m.heldOn)},
            {QStringLiteral("topic"), m.topic},
            {QStringLiteral("attendees"), m.attendees}};
}

QJsonObject auditFields(const MajorPenaltyFiling &f)
{
    return {{QStringLiteral("unit_id"), f.unit.value},
            {QStringLiteral("case_number"), f.caseNumber},
            {QStringLiteral("decided_on"), iso(f.decidedOn)},
            {QStringLiteral("filed_on"), iso(f.filedOn)}};
}

QJsonObject auditFields(const GuidingCase &c)
{
    return {{QStringLiteral("unit_id"), c.unit.value},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("published_on"), iso(c.publishedOn)}};
}

TrainingSession normalized(TrainingSession s)
{
    s.title = s.title.simplified();
    s.organiser = s.organiser.simplified();
    return s;
}

Exam normalized(Exam e)
{
    e.subject = e.subject.simplified();
    return e;
}

CoordinationMeeting normalized(CoordinationMeeting m)
{
    m.topic = m.topic.simplified();
    m.attendees = m.attendees.trimmed();
    return m;
}

MajorPenaltyFiling normalized(MajorPenaltyFiling f)
{
    f.caseNumber = f.caseNumber.simplified().remove(QLatin1Char(' '));
    return f;
}

GuidingCase normalized(GuidingCase c)
{
    c.title = c.title.simplified();
    return c;
}

} // namespace oversight
