#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QString>

namespace oversight {

/// What a 执法监督通知书 (supervision notice) says, drafted from a supervision case. The supervision
/// service fills it from the case; the documents layer renders it. It never carries the complainant's
/// name or contact: those stay in the case.
struct SupervisionNoticeContent
{
    ComplaintId caseId;
    QString caseReference;  ///< the case's own reference, e.g. "2022-007"
    UnitId unit;
    QString unitName;       ///< the addressee (主送): the enforcement unit concerned
    QString subject;        ///< one line: what the case is about (enterprise, matter)
    QString facts;          ///< 基本事实
    QString reasons;        ///< 监督理由 (what was found wrong)
    QString decision;       ///< 监督意见/决定 (what the unit must do)
    QString legalBasis;     ///< 法律依据
    QDate correctBy;        ///< deadline for the correction
    QDate replyBy;          ///< deadline for the written reply
    int reviewDays = 15;    ///< days within which the unit may ask for review (申请复查)
};

} // namespace oversight
