#pragma once

#include "ids.h"
#include "result.h"
#include "unit.h" // FieldError

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace oversight {

// The records of two reform areas the plan asks the bureau to keep: area 7 (队伍建设: training and exams,
// 凡考试必培训) and area 10 (体制改革: the coordination group's meetings, 重大行政处罚备案, 案例指导).
// Ids are plain row ids, as for zero reports.

/// A training session a unit held for its enforcement officers (执法培训).
struct TrainingSession
{
    qint64 id = 0;
    CampaignId campaign;
    UnitId unit;
    QDate heldOn;       ///< 培训日期
    QString title;      ///< 培训内容
    double hours = 0;   ///< 学时, in half hours at most (0.5 … 200)
    int attendees = 0;  ///< 参训人数
    QString organiser;  ///< 组织单位 (the unit itself, the bureau, the region's department…)

    friend bool operator==(const TrainingSession &, const TrainingSession &) = default;
};

/// An exam a unit's officers sat (执法考试).
struct Exam
{
    qint64 id = 0;
    CampaignId campaign;
    UnitId unit;
    QDate heldOn;     ///< 考试日期
    QString subject;  ///< 考试科目
    int sat = 0;      ///< 参考人数
    int passed = 0;   ///< 合格人数

    friend bool operator==(const Exam &, const Exam &) = default;
};

/// A meeting of the 依法治旗执法协调小组 (or of its leading group): 领导小组/协调会议.
struct CoordinationMeeting
{
    qint64 id = 0;
    CampaignId campaign;
    QDate heldOn;       ///< 会议日期
    QString topic;      ///< 会议议题
    QString attendees;  ///< 参会单位/人员, free text

    friend bool operator==(const CoordinationMeeting &, const CoordinationMeeting &) = default;
};

/// One 重大行政处罚备案 entry: a unit files a major penalty decision with the bureau.
struct MajorPenaltyFiling
{
    qint64 id = 0;
    CampaignId campaign;
    UnitId unit;
    QString caseNumber; ///< 案件编号 / 处罚决定书文号
    QDate decidedOn;    ///< 处罚决定日期
    QDate filedOn;      ///< 备案日期

    /// The last day of the filing: decision date + the campaign's filing days.
    [[nodiscard]] QDate filingDue(int filingDays) const { return decidedOn.addDays(filingDays); }
    /// Days the filing came after its last day (0 on time; the last day itself is on time).
    [[nodiscard]] int lateDays(int filingDays) const;
    [[nodiscard]] bool isLate(int filingDays) const { return lateDays(filingDays) > 0; }

    friend bool operator==(const MajorPenaltyFiling &, const MajorPenaltyFiling &) = default;
};

/// A guiding case (案例指导) the bureau or a unit published.
struct GuidingCase
{
    qint64 id = 0;
    CampaignId campaign;
    UnitId unit;         ///< the unit whose case it is
    QString title;       ///< 案例名称
    QDate publishedOn;   ///< 发布日期

    friend bool operator==(const GuidingCase &, const GuidingCase &) = default;
};

/// Calls X(Record) for each of the five kinds of area record: the one list that the explicit instantiations
/// of the area-record repository and service follow, so a new kind is added in one place.
#define OVERSIGHT_FOR_EACH_AREA_RECORD(X)                                                                    \
    X(TrainingSession) X(Exam) X(CoordinationMeeting) X(MajorPenaltyFiling) X(GuidingCase)

/// 凡考试必培训: an exam counts as preceded by training when the same unit held a training session on or
/// before the exam's day.
[[nodiscard]] bool examHasTraining(const Exam &exam, const std::vector<TrainingSession> &sessions);

/// A unit's (or, for an invalid unit, every unit's) area-7 figures: what `status --json` and the summary
/// report count.
struct TrainingFigures
{
    int sessions = 0;
    double hours = 0;
    int attendees = 0;
    int exams = 0;
    int examsWithoutTraining = 0;
    int sat = 0;
    int passed = 0;
};
[[nodiscard]] TrainingFigures countTraining(const std::vector<TrainingSession> &sessions,
                                            const std::vector<Exam> &exams, UnitId unit);

/// The campaign's area-10 figures.
struct ReformFigures
{
    int meetings = 0;
    int majorPenaltyFilings = 0;
    int lateFilings = 0;
    int guidingCases = 0;
    int filingDays = 0; ///< the campaign's limit the late filings were counted against
};
[[nodiscard]] ReformFigures countReform(const std::vector<CoordinationMeeting> &meetings,
                                        const std::vector<MajorPenaltyFiling> &filings,
                                        const std::vector<GuidingCase> &cases, int filingDays);

/// Checks of a record on its own (the unit's registration, dates after today and duplicates need the
/// database and the clock and live in the service). Messages name the field and the fix.
[[nodiscard]] QList<FieldError> validateTraining(const TrainingSession &s);
[[nodiscard]] QList<FieldError> validateExam(const Exam &e);
[[nodiscard]] QList<FieldError> validateMeeting(const CoordinationMeeting &m);
[[nodiscard]] QList<FieldError> validateFiling(const MajorPenaltyFiling &f);
[[nodiscard]] QList<FieldError> validateGuidingCase(const GuidingCase &c);

/// The fields as the audit log records them.
[[nodiscard]] QJsonObject auditFields(const TrainingSession &s);
[[nodiscard]] QJsonObject auditFields(const Exam &e);
[[nodiscard]] QJsonObject auditFields(const CoordinationMeeting &m);
[[nodiscard]] QJsonObject auditFields(const MajorPenaltyFiling &f);
[[nodiscard]] QJsonObject auditFields(const GuidingCase &c);

/// Texts trimmed as the service stores them.
[[nodiscard]] TrainingSession normalized(TrainingSession s);
[[nodiscard]] Exam normalized(Exam e);
[[nodiscard]] CoordinationMeeting normalized(CoordinationMeeting m);
[[nodiscard]] MajorPenaltyFiling normalized(MajorPenaltyFiling f);
[[nodiscard]] GuidingCase normalized(GuidingCase c);

class AreaRecordText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::AreaRecordText)
};

} // namespace oversight
