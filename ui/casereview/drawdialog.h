#pragma once

#include "domain/campaign.h"
#include "domain/casefile.h"
#include "widgets/recorddialog.h"

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace oversight {

class CaseReviewService;
struct DrawRecord;
struct DrawRequest;

/// 随机抽取: the units (the busiest ticked by default), the number of files (the plan's minimum by default;
/// fewer is allowed with a warning that goes into the record), an optional seed (e.g. drawn in public) and
/// the task's name. Draw stores the record; closing with something typed asks first.
class DrawDialog final : public RecordDialog
{
    Q_OBJECT
public:
    DrawDialog(CaseReviewService &service, const Campaign &campaign,
               const std::vector<CatalogueSummary> &catalogue, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *unitList() const { return m_units; }
    [[nodiscard]] QSpinBox *countBox() const { return m_count; }
    [[nodiscard]] QLineEdit *seedEdit() const { return m_seed; }
    [[nodiscard]] std::optional<DrawId> drawn() const { return m_drawn; }

public Q_SLOTS:
    void accept() override;

private:
    /// Asks before storing: names the draws that stand (with their scored files); false when the clerk
    /// declines.
    bool confirmDraw(const DrawRequest &request);
    void suggest();
    void updateNote();

    CaseReviewService &m_service;
    Campaign m_campaign;
    QListWidget *m_units = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_seed = nullptr;
    QLineEdit *m_task = nullptr;
    QLabel *m_note = nullptr;
    std::optional<DrawId> m_drawn;
};

} // namespace oversight
