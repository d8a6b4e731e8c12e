#include "arearecordservice.h"

#include "campaignservice.h"
#include "clock.h"
#include "domain/isodate.h"
#include "storage/arearecordrepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/unitrepository.h"
#include "writescope.h"

#include <utility>

namespace oversight {

namespace {

/// The audit entity of each record kind, its checks, and the dates on it that cannot lie after today.
template <typename T>
struct Kind;

template <>
struct Kind<TrainingSession>
{
    static QString entity() { return QStringLiteral("training_session"); }
    static QList<FieldError> validate(const TrainingSession &s) { return validateTraining(s); }
    static UnitId unit(const TrainingSession &s) { return s.unit; }
    static QList<std::pair<QDate, QString>> dates(const TrainingSession &s)
    {
        return {{s.heldOn, QStringLiteral("heldOn")}};
    }
};

template <>
struct Kind<Exam>
{
    static QString entity() { return QStringLiteral("exam"); }
    static QList<FieldError> validate(const Exam &e) { return validateExam(e); }
    static UnitId unit(const Exam &e) { return e.unit; }
    static QList<std::pair<QDate, QString>> dates(const Exam &e)
    {
        return {{e.heldOn, QStringLiteral("heldOn")}};
    }
};

template <>
struct Kind<CoordinationMeeting>
{
    static QString entity() { return QStringLiteral("coordination_meeting"); }
    static QList<FieldError> validate(const CoordinationMeeting &m) { return validateMeeting(m); }
    static UnitId unit(const CoordinationMeeting &) { return {}; }
    static QList<std::pair<QDate, QString>> dates(const CoordinationMeeting &m)
    {
        return {{m.heldOn, QStringLiteral("heldOn")}};
    }
};

template <>
struct Kind<MajorPenaltyFiling>
{
    static QString entity() { return QStringLiteral("major_penalty_filing"); }
    static QList<FieldError> validate(const MajorPenaltyFiling &f) { return validateFiling(f); }
    static UnitId unit(const MajorPenaltyFiling &f) { return f.unit; }
    static QList<std::pair<QDate, QString>> dates(const MajorPenaltyFiling &f)
    {
        return {{f.decidedOn, QStringLiteral("decidedOn")}, {f.filedOn, QStringLiteral("filedOn")}};
    }
};

template <>
struct Kind<GuidingCase>
{
    static QString entity() { return QStringLiteral("guiding_case"); }
    static QList<FieldError> validate(const GuidingCase &c) { return validateGuidingCase(c); }
    static UnitId unit(const GuidingCase &c) { return c.unit; }
    static QList<std::pair<QDate, QString>> dates(const GuidingCase &c)
    {
        return {{c.publishedOn, QStringLiteral("publishedOn")}};
    }
};

} // namespace

AreaRecordService::AreaRecordService(Database &db, const Clock &clock, CampaignService &campaigns,
                                     QString actor, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_campaigns(campaigns), m_actor(std::move(actor))
{}

Result<int> AreaRecordService::filingDays(CampaignId campaign) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    return c->rules.majorPenaltyFilingDays;
}

template <typename T>
Result<std::vector<T>> AreaRecordService::list(CampaignId campaign) const
{
    return AreaRecordRepository(m_db.connection()).list<T>(campaign);
}

template <typename T>
Result<T> AreaRecordService::get(qint64 id) const
{
    return AreaRecordRepository(m_db.connection()).get<T>(id);
}

template <typename T>
QList<FieldError> AreaRecordService::fieldProblems(const T &record) const
{
    QList<FieldError> problems = Kind<T>::validate(record);
    const QDate today = m_clock.today();
    for (const auto &[day, field] : Kind<T>::dates(record))
        if (day.isValid() && day > today)
            problems.append(
                {field, AreaRecordText::tr("Date: %1 is after today (%2); write the day it happened.")
                            .arg(iso(day), iso(today))});
    return problems;
}

template <typename T>
Result<void> AreaRecordService::check(const T &record) const
{
    const QList<FieldError> problems = fieldProblems(record);
    if (!problems.isEmpty())
        return joined(problems);
    if (!record.campaign.isValid())
        return makeError(Error::Code::Invalid, AreaRecordText::tr("The record belongs to no campaign."));
    if (const UnitId unit = Kind<T>::unit(record); unit.isValid()) {
        const Result<Unit> u = UnitRepository(m_db.connection()).get(unit);
        if (!u || u->campaign != record.campaign)
            return fieldError(QStringLiteral("unit"),
                              AreaRecordText::tr("Unit: unit %1 is not in this campaign's register; choose a "
                                                 "registered unit.")
                                  .arg(unit.value));
    }
    if constexpr (std::is_same_v<T, MajorPenaltyFiling>) {
        const auto same = AreaRecordRepository(m_db.connection())
                              .findFiling(record.campaign, record.unit, record.caseNumber);
        if (!same)
            return same.error();
        if (*same && (*same)->id != record.id) {
            Error e =
                makeError(Error::Code::Conflict,
                          AreaRecordText::tr("Case number: the unit's %1 is already filed (on %2); open "
                                             "that filing instead.")
                              .arg(record.caseNumber, iso((*same)->filedOn)));
            e.field = QStringLiteral("caseNumber");
            return e;
        }
    }
    return {};
}

template <typename T>
Result<qint64> AreaRecordService::add(T record)
{
    record = normalized(std::move(record));
    record.id = 0;
    if (auto r = check(record); !r)
        return r.error();
    return WriteScope(m_db, m_clock, m_actor)
        .create([&] { return AreaRecordRepository(m_db.connection()).insert(record, m_clock.now()); },
                {Kind<T>::entity(), {}, QStringLiteral("create"), auditFields(record)},
                [&] { Q_EMIT recordsChanged(record.campaign); });
}

template <typename T>
Result<void> AreaRecordService::update(T record)
{
    record = normalized(std::move(record));
    const Result<T> before = get<T>(record.id);
    if (!before)
        return before.error();
    record.campaign = before->campaign;
    if (auto r = check(record); !r)
        return r;
    const QJsonObject diff = fieldChanges(auditFields(*before), auditFields(record));
    if (diff.isEmpty())
        return {};
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return AreaRecordRepository(m_db.connection()).update(record, m_clock.now()); },
               {Kind<T>::entity(), record.id, QStringLiteral("update"), diff},
               [&] { Q_EMIT recordsChanged(record.campaign); });
}

template <typename T>
Result<void> AreaRecordService::remove(qint64 id)
{
    const Result<T> before = get<T>(id);
    if (!before)
        return before.error();
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return AreaRecordRepository(m_db.connection()).remove<T>(id); },
               {Kind<T>::entity(), id, QStringLiteral("delete"), auditFields(*before)},
               [&] { Q_EMIT recordsChanged(before->campaign); });
}

template <typename T>
Result<std::optional<T>> AreaRecordService::match(const T &record) const
{
    AreaRecordRepository repo(m_db.connection());
    if constexpr (std::is_same_v<T, MajorPenaltyFiling>) {
        return repo.findFiling(record.campaign, record.unit, record.caseNumber);
    } else {
        // The same fields: the same record sent again (a list re-imported).
        const auto all = repo.list<T>(record.campaign);
        if (!all)
            return all.error();
        const QJsonObject fields = auditFields(record);
        for (const T &r : *all)
            if (auditFields(r) == fields)
                return std::optional<T>(r);
        return std::optional<T>();
    }
}

template <typename T>
Result<AreaRecordImportCounts> AreaRecordService::plan(CampaignId campaign,
                                                       const std::vector<T> &records) const
{
    AreaRecordImportCounts counts;
    for (T r : records) {
        r = normalized(std::move(r));
        r.campaign = campaign;
        const auto existing = match(r);
        if (!existing)
            return existing.error();
        if (!*existing)
            ++counts.added;
        else if (auditFields(**existing) == auditFields(r))
            ++counts.unchanged;
        else
            ++counts.updated;
    }
    return counts;
}

template <typename T>
Result<AreaRecordImportCounts> AreaRecordService::importRecords(CampaignId campaign, std::vector<T> records)
{
    AreaRecordImportCounts counts;
    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    AreaRecordRepository repo(m_db.connection());
    for (T &raw : records) {
        T r = normalized(std::move(raw));
        r.campaign = campaign;
        r.id = 0;
        const auto existing = match(r);
        if (!existing)
            return existing.error();
        if (!*existing) {
            if (auto c = check(r); !c)
                return c.error();
            const auto id = repo.insert(r, m_clock.now());
            if (!id)
                return id.error();
            if (auto a = scope.audit(Kind<T>::entity(), *id, QStringLiteral("import"), auditFields(r)); !a)
                return a.error();
            ++counts.added;
            continue;
        }
        r.id = (*existing)->id;
        const QJsonObject diff = fieldChanges(auditFields(**existing), auditFields(r));
        if (diff.isEmpty()) {
            ++counts.unchanged;
            continue;
        }
        if (auto c = check(r); !c)
            return c.error();
        if (auto u = repo.update(r, m_clock.now()); !u)
            return u.error();
        if (auto a = scope.audit(Kind<T>::entity(), r.id, QStringLiteral("import"), diff); !a)
            return a.error();
        ++counts.updated;
    }
    if (auto r = scope.commit([&] {
            if (counts.added + counts.updated > 0)
                Q_EMIT recordsChanged(campaign);
        });
        !r)
        return r.error();
    return counts;
}

#define OVERSIGHT_AREA_RECORD(T)                                                                             \
    template Result<std::vector<T>> AreaRecordService::list<T>(CampaignId) const;                            \
    template Result<T> AreaRecordService::get<T>(qint64) const;                                              \
    template Result<void> AreaRecordService::check<T>(const T &) const;                                      \
    template QList<FieldError> AreaRecordService::fieldProblems<T>(const T &) const;                         \
    template Result<qint64> AreaRecordService::add<T>(T);                                                    \
    template Result<void> AreaRecordService::update<T>(T);                                                   \
    template Result<void> AreaRecordService::remove<T>(qint64);                                              \
    template Result<AreaRecordImportCounts> AreaRecordService::plan<T>(CampaignId, const std::vector<T> &)   \
        const;                                                                                               \
    template Result<AreaRecordImportCounts> AreaRecordService::importRecords<T>(CampaignId, std::vector<T>);
OVERSIGHT_FOR_EACH_AREA_RECORD(OVERSIGHT_AREA_RECORD)
#undef OVERSIGHT_AREA_RECORD

} // namespace oversight
