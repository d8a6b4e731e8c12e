#include "arearecordrepository.h"

#include "sqlrows.h"

#include <QSqlQuery>

namespace oversight {

namespace {

/// What the repository needs to know of one record kind: its table, its columns after id and campaign_id
/// (in the order values() and read() use), its order, and the messages naming it.
template <typename T>
struct Table;

template <>
struct Table<TrainingSession>
{
    static QString name() { return QStringLiteral("training_sessions"); }
    static QString columns() { return QStringLiteral("unit_id, held_on, title, hours, attendees, organiser"); }
    static QString order() { return QStringLiteral("held_on, id"); }
    static QVariantList values(const TrainingSession &s)
    {
        return {s.unit.value, dateValue(s.heldOn), textValue(s.title), s.hours, s.attendees, textValue(s.organiser)};
    }
    static TrainingSession read(const QSqlQuery &q)
    {
        TrainingSession s;
        s.unit = UnitId(q.value(2).toLongLong());
        s.heldOn = dateOf(q.value(3));
        s.title = q.value(4).toString();
        s.hours = q.value(5).toDouble();
        s.attendees = q.value(6).toInt();
        s.organiser = q.value(7).toString();
        return s;
    }
    static QString readError() { return AreaRecordRepository::tr("Could not read the training sessions."); }
    static QString saveError() { return AreaRecordRepository::tr("Could not save the training session."); }
    static QString missing(qint64 id) { return AreaRecordRepository::tr("There is no training session %1.").arg(id); }
};

template <>
struct Table<Exam>
{
    static QString name() { return QStringLiteral("exams"); }
    static QString columns() { return QStringLiteral("unit_id, held_on, subject, sat, passed"); }
    static QString order() { return QStringLiteral("held_on, id"); }
    static QVariantList values(const Exam &e)
    {
        return {e.unit.value, dateValue(e.heldOn), textValue(e.subject), e.sat, e.passed};
    }
    static Exam read(const QSqlQuery &q)
    {
        Exam e;
        e.unit = UnitId(q.value(2).toLongLong());
        e.heldOn = dateOf(q.value(3));
        e.subject = q.value(4).toString();
        e.sat = q.value(5).toInt();
        e.passed = q.value(6).toInt();
        return e;
    }
    static QString readError() { return AreaRecordRepository::tr("Could not read the exams."); }
    static QString saveError() { return AreaRecordRepository::tr("Could not save the exam."); }
    static QString missing(qint64 id) { return AreaRecordRepository::tr("There is no exam %1.").arg(id); }
};

template <>
struct Table<CoordinationMeeting>
{
    static QString name() { return QStringLiteral("coordination_meetings"); }
    static QString columns() { return QStringLiteral("held_on, topic, attendees"); }
    static QString order() { return QStringLiteral("held_on, id"); }
    static QVariantList values(const CoordinationMeeting &m)
    {
        return {dateValue(m.heldOn), textValue(m.topic), textValue(m.attendees)};
    }
    static CoordinationMeeting read(const QSqlQuery &q)
    {
        CoordinationMeeting m;
        m.heldOn = dateOf(q.value(2));
        m.topic = q.value(3).toString();
        m.attendees = q.value(4).toString();
        return m;
    }
    static QString readError() { return AreaRecordRepository::tr("Could not read the coordination meetings."); }
    static QString saveError() { return AreaRecordRepository::tr("Could not save the coordination meeting."); }
    static QString missing(qint64 id)
    {
        return AreaRecordRepository::tr("There is no coordination meeting %1.").arg(id);
    }
};

template <>
struct Table<MajorPenaltyFiling>
{
    static QString name() { return QStringLiteral("major_penalty_filings"); }
    static QString columns() { return QStringLiteral("unit_id, case_number, decided_on, filed_on"); }
    static QString order() { return QStringLiteral("decided_on, id"); }
    static QVariantList values(const MajorPenaltyFiling &f)
    {
        return {f.unit.value, textValue(f.caseNumber), dateValue(f.decidedOn), dateValue(f.filedOn)};
    }
    static MajorPenaltyFiling read(const QSqlQuery &q)
    {
        MajorPenaltyFiling f;
        f.unit = UnitId(q.value(2).toLongLong());
        f.caseNumber = q.value(3).toString();
        f.decidedOn = dateOf(q.value(4));
        f.filedOn = dateOf(q.value(5));
        return f;
    }
    static QString readError() { return AreaRecordRepository::tr("Could not read the major-penalty filings."); }
    static QString saveError() { return AreaRecordRepository::tr("Could not save the major-penalty filing."); }
    static QString missing(qint64 id)
    {
        return AreaRecordRepository::tr("There is no major-penalty filing %1.").arg(id);
    }
};

template <>
struct Table<GuidingCase>
{
    static QString name() { return QStringLiteral("guiding_cases"); }
    static QString columns() { return QStringLiteral("unit_id, title, published_on"); }
    static QString order() { return QStringLiteral("published_on, id"); }
    static QVariantList values(const GuidingCase &c)
    {
        return {c.unit.value, textValue(c.title), dateValue(c.publishedOn)};
    }
    static GuidingCase read(const QSqlQuery &q)
    {
        GuidingCase c;
        c.unit = UnitId(q.value(2).toLongLong());
        c.title = q.value(3).toString();
        c.publishedOn = dateOf(q.value(4));
        return c;
    }
    static QString readError() { return AreaRecordRepository::tr("Could not read the guiding cases."); }
    static QString saveError() { return AreaRecordRepository::tr("Could not save the guiding case."); }
    static QString missing(qint64 id) { return AreaRecordRepository::tr("There is no guiding case %1.").arg(id); }
};

/// A record of kind T read from its row: id and campaign_id, then what Table<T>::read() reads.
template <typename T>
T readRecord(const QSqlQuery &q)
{
    T record = Table<T>::read(q);
    record.id = q.value(0).toLongLong();
    record.campaign = CampaignId(q.value(1).toLongLong());
    return record;
}

/// The SELECT of records of kind T `where`, in the order of readRecord().
template <typename T>
QString selectWhere(const QString &where)
{
    using Tb = Table<T>;
    return QStringLiteral("SELECT id, campaign_id, ") + Tb::columns() + QStringLiteral(" FROM ") +
           Tb::name() + QLatin1Char(' ') + where + QStringLiteral(" ORDER BY ") + Tb::order();
}

} // namespace

template <typename T>
Result<std::vector<T>> AreaRecordRepository::where(const QString &where, const QVariantList &values) const
{
    return selectAll(m_db, selectWhere<T>(where), values, Table<T>::readError(), &readRecord<T>);
}

template <typename T>
Result<std::vector<T>> AreaRecordRepository::list(CampaignId campaign) const
{
    return where<T>(QStringLiteral("WHERE campaign_id = ?"), {campaign.value});
}

template <typename T>
Result<T> AreaRecordRepository::get(qint64 id) const
{
    return selectOne(m_db, selectWhere<T>(QStringLiteral("WHERE id = ?")), {id}, Table<T>::readError(),
                     Table<T>::missing(id), &readRecord<T>);
}

template <typename T>
Result<qint64> AreaRecordRepository::insert(const T &record, const QDateTime &now)
{
    using Tb = Table<T>;
    return insertRecord(m_db, Tb::name(), QStringLiteral("campaign_id, ") + Tb::columns(),
                        QVariantList{record.campaign.value} << Tb::values(record), now, Tb::saveError());
}

template <typename T>
Result<void> AreaRecordRepository::update(const T &record, const QDateTime &now)
{
    using Tb = Table<T>;
    return updateRecord(m_db, Tb::name(), Tb::columns(), Tb::values(record), now, record.id, Tb::saveError(),
                        Tb::missing(record.id));
}

template <typename T>
Result<void> AreaRecordRepository::remove(qint64 id)
{
    using Tb = Table<T>;
    return removeRecord(m_db, Tb::name(), id, Tb::saveError(), Tb::missing(id));
}

Result<std::optional<MajorPenaltyFiling>> AreaRecordRepository::findFiling(CampaignId campaign, UnitId unit,
                                                                           const QString &caseNumber) const
{
    return selectFirst(m_db,
                       selectWhere<MajorPenaltyFiling>(
                           QStringLiteral("WHERE campaign_id = ? AND unit_id = ? AND case_number = ?")),
                       {campaign.value, unit.value, caseNumber}, Table<MajorPenaltyFiling>::readError(),
                       &readRecord<MajorPenaltyFiling>);
}

#define OVERSIGHT_AREA_RECORD(T)                                                                             \
    template Result<std::vector<T>> AreaRecordRepository::list<T>(CampaignId) const;                        \
    template Result<T> AreaRecordRepository::get<T>(qint64) const;                                           \
    template Result<qint64> AreaRecordRepository::insert<T>(const T &, const QDateTime &);                   \
    template Result<void> AreaRecordRepository::update<T>(const T &, const QDateTime &);                     \
    template Result<void> AreaRecordRepository::remove<T>(qint64);
OVERSIGHT_FOR_EACH_AREA_RECORD(OVERSIGHT_AREA_RECORD)
#undef OVERSIGHT_AREA_RECORD

} // namespace oversight
