#pragma once

#include "domain/campaign.h"
#include "domain/drawrecord.h"
#include "domain/formdata.h"
#include "domain/result.h"
#include "writescope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <vector>

namespace oversight {

/// 附件7 is one thing (issue 18 item 7): the upload ticks of the drawn files are the store of 已录入 /
/// 录入日期, and the unit's 附件7 submission carries the same cells, rewritten from the ticks in the same
/// transaction as every change of either side. The two writers (CaseReviewService::setUploaded and the
/// SubmissionService's writes of the form) call these inside their own transaction.
class UploadSync
{
    Q_DECLARE_TR_FUNCTIONS(oversight::UploadSync)
public:
    /// Writes inside the caller's `scope`, its rows and entries stamped `now`.
    UploadSync(WriteScope &scope, QDateTime now)
        : m_scope(scope), m_db(scope.connection()), m_actor(scope.actor()), m_now(std::move(now))
    {}

    /// Refuses a row whose 案卷编号 is not a file of the unit drawn in a counted draw (a tick has no place
    /// for it), or that names the same file twice. `unitFiles`: the unit's drawn files.
    [[nodiscard]] static Result<void> checkRows(const FormSpec &spec, const FormData &data,
                                                const std::vector<DrawnFile> &unitFiles,
                                                const QString &unitName);

    /// The ticks follow the form's rows: each drawn file takes its row's 是/否 and date (a 是 without a date
    /// is dated `fallback`); `data` gets a row for each drawn file it lacks and the dates it used, so its
    /// cells and the ticks agree. Audited per changed file.
    [[nodiscard]] Result<void> ticksFollowForm(const FormSpec &spec, FormData &data,
                                               const std::vector<DrawnFile> &unitFiles, QDate fallback) const;

    /// The unit's form follows its ticks: a stored submission gets its upload cells (and missing rows)
    /// rewritten; without one, a submission is recorded as received (on the latest upload date) once every
    /// drawn file of the unit is ticked. `unitFiles` already carry the new ticks.
    [[nodiscard]] Result<void> formFollowsTicks(const Campaign &campaign, const FormSpec &spec, UnitId unit,
                                                const std::vector<DrawnFile> &unitFiles) const;

private:
    WriteScope &m_scope;
    QSqlDatabase m_db;
    QString m_actor;
    QDateTime m_now;
};

} // namespace oversight
