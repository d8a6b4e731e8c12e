#pragma once

#include "domain/arearecords.h"
#include "domain/ids.h"
#include "widgets/recorddialog.h"

#include <QDate>
#include <QList>

#include <utility>
#include <variant>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace oversight {

class AreaRecordService;

using AreaRecord = std::variant<TrainingSession, Exam, CoordinationMeeting, MajorPenaltyFiling, GuidingCase>;

/// Adds or edits one area-7 or area-10 record: the fields of its kind, saved through AreaRecordService;
/// a refusal shows in the dialog, which stays open.
class AreaRecordDialog final : public RecordDialog
{
    Q_OBJECT
public:
    AreaRecordDialog(AreaRecordService &service, AreaRecord record,
                     const QList<std::pair<UnitId, QString>> &units, QDate today, QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] qint64 savedId() const { return m_id; }

private:
    [[nodiscard]] Result<qint64> save();
    AreaRecordService &m_service;
    AreaRecord m_record;
    qint64 m_id = 0;
    QComboBox *m_unit = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_date2 = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_text2 = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_count2 = nullptr;
};

} // namespace oversight
