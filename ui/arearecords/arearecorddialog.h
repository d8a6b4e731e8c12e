#pragma once

#include "domain/arearecords.h"
#include "domain/ids.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

#include <QDate>

#include <functional>
#include <variant>

namespace oversight {

class AreaRecordService;

using AreaRecord = std::variant<TrainingSession, Exam, CoordinationMeeting, MajorPenaltyFiling, GuidingCase>;

/// Adds or edits one area-7 or area-10 record: the fields of its kind, saved through AreaRecordService;
/// a refusal shows in the dialog, which stays open.
class AreaRecordDialog final : public RecordDialog
{
    Q_OBJECT
public:
    AreaRecordDialog(AreaRecordService &service, AreaRecord record, const UnitChoices &units, QDate today,
                     QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] qint64 savedId() const { return m_id; }

private:
    /// Lays the fields of `record`'s kind and keeps how to save it.
    template <typename T>
    void edit(const T &record, const UnitChoices &units, QDate today);

    AreaRecordService &m_service;
    std::function<Result<qint64>()> m_save; ///< reads the fields back and adds or updates the record
    qint64 m_id = 0;
};

} // namespace oversight
