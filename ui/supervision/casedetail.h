#pragma once

#include "domain/complaint.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace oversight {

class SupervisionService;

/// The supervision page's detail pane of one case, as HTML: its status and deadlines, its fields, the
/// summary, the notice and the reply, its findings, attachments and timeline. Whatever was typed about the
/// case is shown masked of the complainant (ComplainantMask), as documents print it.
class CaseDetail
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CaseDetail)
public:
    /// `unitName`: the name of the unit concerned; `today`: the day the overdue line counts to.
    [[nodiscard]] static QString html(const Complaint &c, const SupervisionService &service,
                                      const QString &unitName, QDate today);
};

} // namespace oversight
