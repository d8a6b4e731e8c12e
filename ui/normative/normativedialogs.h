#pragma once

#include "domain/normative.h"
#include "domain/unit.h"
#include "widgets/recorddialog.h"
#include "widgets/recordform.h"

#include <QDate>

#include <vector>

namespace oversight {

class NormativeService;

/// Registers or edits a normative document: the filing (with its materials checklist) or, with 已报备
/// unticked, a document the clerk saw that was never filed (有件不备) and where it was seen.
class FilingDialog final : public RecordDialog
{
    Q_OBJECT
public:
    FilingDialog(NormativeService &service, NormativeDocument document, const UnitChoices &units, QDate today,
                 QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] NormativeDocumentId savedId() const { return m_form.record().id; }

private:
    NormativeService &m_service;
    RecordForm<NormativeDocument> m_form;
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
    NormativeService &m_service;
    RecordForm<NormativeDocument> m_form;
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
    RecordForm<NormativeDocument> m_form;
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
    RecordForm<ZeroReport> m_form;
};

/// Starts or edits a clean-up round (清理): name, scope, deadline.
class RoundDialog final : public RecordDialog
{
    Q_OBJECT
public:
    RoundDialog(NormativeService &service, CleanupRound round, QDate today, QWidget *parent = nullptr);
    void accept() override;
    [[nodiscard]] CleanupRoundId savedId() const { return m_form.record().id; }

private:
    NormativeService &m_service;
    RecordForm<CleanupRound> m_form;
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
    NormativeService &m_service;
    RecordForm<CleanupItem> m_form;
};

} // namespace oversight
