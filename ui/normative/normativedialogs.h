#pragma once

#include "domain/normative.h"
#include "domain/unit.h"

#include "widgets/recorddialog.h"

#include <QDate>
#include <QList>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace oversight {

class NormativeService;

/// Registered units by id and name, for the unit pickers.
using UnitChoices = QList<std::pair<UnitId, QString>>;

/// Registers or edits a normative document: the filing (with its materials checklist) or, with 已报备
/// unticked, a document the clerk saw that was never filed (有件不备) and where it was seen.
class FilingDialog final : public RecordDialog
{
    Q_OBJECT
public:
    FilingDialog(NormativeService &service, NormativeDocument document, const UnitChoices &units, QDate today,
                 QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] NormativeDocumentId savedId() const { return m_document.id; }

private:
    void updateFiled();
    NormativeService &m_service;
    NormativeDocument m_document;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_number = nullptr;
    QDateEdit *m_issued = nullptr;
    QCheckBox *m_filedCheck = nullptr;
    QDateEdit *m_filed = nullptr;
    QList<QCheckBox *> m_materials;
    QLineEdit *m_seenAt = nullptr;
};

/// Records the review (审查): result, reviewer, date, opinion and, for a document to be corrected, the
/// correction deadline.
class ReviewDialog final : public RecordDialog
{
    Q_OBJECT
public:
    ReviewDialog(NormativeService &service, const NormativeDocument &document, QDate today,
                 QWidget *parent = nullptr);
    void accept() override;

private:
    void updateResult();
    NormativeService &m_service;
    NormativeDocumentId m_id;
    QComboBox *m_result = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_opinion = nullptr;
    QCheckBox *m_correctCheck = nullptr;
    QDateEdit *m_correctBy = nullptr;
};

/// Records how a document to be corrected ended (纠正结果).
class CorrectionDialog final : public RecordDialog
{
    Q_OBJECT
public:
    CorrectionDialog(NormativeService &service, const NormativeDocument &document, QDate today,
                     QWidget *parent = nullptr);
    void accept() override;

private:
    NormativeService &m_service;
    NormativeDocumentId m_id;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

/// Records a unit's zero report (零报告) for one period.
class ZeroReportDialog final : public RecordDialog
{
    Q_OBJECT
public:
    ZeroReportDialog(NormativeService &service, CampaignId campaign, const std::vector<Period> &periods,
                     const UnitChoices &units, UnitId unit, const QString &period, QDate today,
                     QWidget *parent = nullptr);
    void accept() override;

private:
    NormativeService &m_service;
    CampaignId m_campaign;
    QComboBox *m_unit = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
};

/// Starts or edits a clean-up round (清理): name, scope, deadline.
class RoundDialog final : public RecordDialog
{
    Q_OBJECT
public:
    RoundDialog(NormativeService &service, CleanupRound round, QDate today, QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] CleanupRoundId savedId() const { return m_round.id; }

private:
    NormativeService &m_service;
    CleanupRound m_round;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_scope = nullptr;
    QCheckBox *m_deadlineCheck = nullptr;
    QDateEdit *m_deadline = nullptr;
};

/// Adds a document to a round (from the filing register, or typed in for an older one) or records its
/// decision (保留 / 修改 / 废止 / 宣布失效) and date.
class CleanupItemDialog final : public RecordDialog
{
    Q_OBJECT
public:
    CleanupItemDialog(NormativeService &service, CleanupItem item, const UnitChoices &units,
                      const std::vector<NormativeDocument> &register_, QDate today,
                      QWidget *parent = nullptr);
    void accept() override;

private:
    void updateSource();
    NormativeService &m_service;
    CleanupItem m_item;
    QComboBox *m_source = nullptr; ///< a register document, or "typed in"
    QComboBox *m_unit = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_number = nullptr;
    QCheckBox *m_issuedCheck = nullptr;
    QDateEdit *m_issued = nullptr;
    QComboBox *m_decision = nullptr;
    QDateEdit *m_decided = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace oversight
