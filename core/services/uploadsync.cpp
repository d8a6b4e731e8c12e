#include "uploadsync.h"

#include "domain/uploadform.h"
#include "storage/casereviewrepository.h"
#include "storage/submissionrepository.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace oversight {

namespace {

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Result<void> UploadSync::checkRows(const FormSpec &spec, const FormData &data,
                                   const std::vector<DrawnFile> &unitFiles, const QString &unitName)
{
    QSet<QString> drawn;
    for (const DrawnFile &f : unitFiles)
        drawn.insert(f.number);
    QSet<QString> seen;
    for (size_t i = 0; i < data.rows.size(); ++i) {
        const QString number = uploadform::caseNumber(data.rows[i]);
        if (number.isEmpty())
            continue; // the form's own check (required) names it
        if (!drawn.contains(number))
            return makeError(Error::Code::Invalid,
                             tr("%1, row %2: case file %3 is not a file of %4 drawn in the spot check; list "
                                "only the unit's drawn files.")
                                 .arg(spec.id)
                                 .arg(i + 1)
                                 .arg(number, unitName));
        if (seen.contains(number))
            return makeError(
                Error::Code::Invalid,
                tr("%1, row %2: case file %3 is listed twice.").arg(spec.id).arg(i + 1).arg(number));
        seen.insert(number);
    }
    return {};
}

Result<void> UploadSync::ticksFollowForm(const FormSpec &spec, FormData &data,
                                         const std::vector<DrawnFile> &unitFiles, QDate fallback) const
{
    CaseReviewRepository repo(m_db);
    for (const DrawnFile &f : unitFiles) {
        auto row = std::find_if(data.rows.begin(), data.rows.end(), [&](const FormData::Row &r) {
            return uploadform::caseNumber(r) == f.number;
        });
        if (row == data.rows.end()) {
            data.rows.push_back(uploadform::row(spec, f));
            continue;
        }
        const bool uploaded = uploadform::uploaded(*row);
        QDate on = uploaded ? uploadform::uploadedOn(*row) : QDate();
        if (uploaded && !on.isValid())
            on = fallback;
        uploadform::setUpload(*row, uploaded, on);
        if (uploaded == f.uploaded && (!uploaded || on == f.uploadedOn))
            continue;
        if (auto r = repo.setUploaded(f.id, uploaded, on); !r)
            return r;
        if (auto r = m_scope.audit(QStringLiteral("drawn_file"), f.id, QStringLiteral("upload"),
                                   QJsonObject{{QStringLiteral("uploaded"), uploaded},
                                               {QStringLiteral("uploaded_on"), iso(on)},
                                               {QStringLiteral("from"), QStringLiteral("form")}},
                                   m_now);
            !r)
            return r.error();
    }
    return {};
}

Result<void> UploadSync::formFollowsTicks(const Campaign &campaign, const FormSpec &spec, UnitId unit,
                                          const std::vector<DrawnFile> &unitFiles) const
{
    SubmissionRepository repo(m_db);
    const Result<Submission> before = repo.find(campaign, unit, spec.id);
    if (!before)
        return before.error();
    Submission after = *before;
    QString action;
    if (before->id.isValid()) {
        for (const FormData::Row &derived : uploadform::rows(spec, unitFiles)) {
            const QString number = uploadform::caseNumber(derived);
            auto row =
                std::find_if(after.data.rows.begin(), after.data.rows.end(),
                             [&](const FormData::Row &r) { return uploadform::caseNumber(r) == number; });
            if (row == after.data.rows.end())
                after.data.rows.push_back(derived);
            else
                uploadform::setUpload(*row, uploadform::uploaded(derived), uploadform::uploadedOn(derived));
        }
        if (after.data == before->data)
            return {};
        action = QStringLiteral("upload");
        if (auto r = repo.update(campaign, after, m_now); !r)
            return r;
    } else {
        if (unitFiles.empty() ||
            !std::all_of(unitFiles.begin(), unitFiles.end(), [](const DrawnFile &f) { return f.uploaded; }))
            return {};
        QDate last;
        for (const DrawnFile &f : unitFiles)
            last = std::max(last, f.uploadedOn);
        after.campaign = campaign.id;
        after.unit = unit;
        after.item = spec.id;
        after.status = Submission::Status::Received;
        after.firstReceivedOn = after.receivedOn = last;
        after.note = tr("Every drawn file ticked as uploaded to the regional platform.");
        after.data.rows = uploadform::rows(spec, unitFiles);
        action = QStringLiteral("receive");
        const Result<SubmissionId> id = repo.insert(campaign, after, m_now);
        if (!id)
            return id.error();
        after.id = *id;
    }
    if (auto r = repo.appendEvent({0, after.id, m_now, m_actor, action, before->status, after.status,
                                   after.receivedOn, tr("from the upload ticks of the drawn files")});
        !r)
        return r;
    QJsonObject changes{
        {QStringLiteral("unit"), unit.value},
        {QStringLiteral("item"), spec.id},
        {QStringLiteral("from"), QStringLiteral("upload ticks")},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("changed"), true},
                                                {QStringLiteral("rows"), qint64(after.data.rows.size())}}}};
    if (!before->id.isValid())
        changes.insert(QStringLiteral("status"),
                       QJsonObject{{QStringLiteral("from"), submissionStatusKey(before->status)},
                                   {QStringLiteral("to"), submissionStatusKey(after.status)}});
    if (auto r = m_scope.audit(QStringLiteral("submission"), after.id.value, action, changes, m_now); !r)
        return r.error();
    return {};
}

} // namespace oversight
