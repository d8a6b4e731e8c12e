#include "catalogueform.h"

#include "domain/isodate.h"
#include "storage/casereviewrepository.h"
#include "storage/submissionrepository.h"
#include "writescope.h"

#include <QHash>
#include <QJsonObject>

namespace oversight::catalogueform {

namespace {
const QString caseNo = QStringLiteral("case_no");
const QString yes = QStringLiteral("是");
const QString no = QStringLiteral("否");

/// The register's columns the catalogue keeps (rowOf / fileOf); any other column lives in the form's copy.
const QSet<QString> &catalogueColumns()
{
    static const QSet<QString> keys{caseNo,
                                    QStringLiteral("case_name"),
                                    QStringLiteral("case_type"),
                                    QStringLiteral("party"),
                                    QStringLiteral("closed_on"),
                                    QStringLiteral("self_checked"),
                                    QStringLiteral("grade")};
    return keys;
}
} // namespace

const FormSpec *formOf(const Campaign &campaign)
{
    for (const FormSpec &f : campaign.forms)
        if (f.fieldWithRole(QStringLiteral("cases_total")) && f.column(caseNo) && !f.fixedRows())
            return &f;
    return nullptr;
}

FormData::Row rowOf(const CaseFile &file)
{
    FormData::Row row;
    const auto put = [&row](const char *key, const QString &value) {
        if (!value.isEmpty())
            row.insert(QString::fromLatin1(key), value);
    };
    put("case_no", file.number);
    put("case_name", file.title);
    put("case_type", file.caseType);
    put("party", file.party);
    put("closed_on", iso(file.closedOn));
    put("self_checked", file.selfChecked ? yes : no);
    put("grade", file.selfCheckGrade);
    return row;
}

CaseFile fileOf(const FormData::Row &row)
{
    CaseFile f;
    f.number = row.value(caseNo).simplified();
    f.title = row.value(QStringLiteral("case_name")).trimmed();
    f.caseType = row.value(QStringLiteral("case_type")).trimmed();
    f.party = row.value(QStringLiteral("party")).trimmed();
    f.closedOn = QDate::fromString(row.value(QStringLiteral("closed_on")), Qt::ISODate);
    f.selfChecked = row.value(QStringLiteral("self_checked")) == yes;
    f.selfCheckGrade = row.value(QStringLiteral("grade")).trimmed();
    return f;
}

void applyCatalogue(const Campaign &campaign, std::vector<Submission> &submissions,
                    const std::vector<CaseFile> &files)
{
    const FormSpec *spec = formOf(campaign);
    if (!spec)
        return;
    QHash<UnitId, std::vector<const CaseFile *>> byUnit;
    for (const CaseFile &f : files)
        byUnit[f.unit].push_back(&f);
    for (Submission &s : submissions) {
        if (s.item != spec->id || !byUnit.contains(s.unit))
            continue;
        // Columns the catalogue does not keep (主要问题) come from the stored copy, by 案卷编号.
        QHash<QString, FormData::Row> stored;
        for (const FormData::Row &r : s.data.rows)
            stored.insert(r.value(caseNo), r);
        std::vector<FormData::Row> rows;
        for (const CaseFile *f : byUnit.value(s.unit)) {
            FormData::Row row = rowOf(*f);
            const FormData::Row before = stored.value(f->number);
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                if (!catalogueColumns().contains(it.key()))
                    row.insert(it.key(), it.value());
            rows.push_back(row);
        }
        s.data.rows = std::move(rows);
        for (const FieldSpec &f : spec->fields)
            if (f.fromRows)
                s.data.values.insert(f.key, QString::number(rowFigure(f, s.data.rows)));
    }
}

Result<void> writeRows(WriteScope &scope, const Campaign &campaign, UnitId unit,
                       const std::vector<FormData::Row> &rows, const QDateTime &now)
{
    if (rows.empty())
        return {};
    CaseReviewRepository repo(scope.connection());
    const Result<std::vector<CaseFile>> current = repo.caseFilesOfUnit(unit);
    if (!current)
        return current.error();
    QHash<QString, CaseFile> byNumber;
    for (const CaseFile &f : *current)
        byNumber.insert(f.number, f);
    std::vector<CaseFile> added, changed;
    QSet<QString> listed;
    QStringList problems;
    for (size_t i = 0; i < rows.size(); ++i) {
        CaseFile f = fileOf(rows[i]);
        f.campaign = campaign.id;
        f.unit = unit;
        for (const QString &p : validateCaseFile(f))
            problems << Text::tr("案卷目录 row %1: %2").arg(i + 1).arg(p);
        if (listed.contains(f.number))
            problems << Text::tr("案卷目录 row %1: 案卷编号 \"%2\" is listed twice; list each file once.")
                            .arg(i + 1)
                            .arg(f.number);
        listed.insert(f.number);
        if (const auto it = byNumber.constFind(f.number); it != byNumber.cend()) {
            f.id = it->id;
            if (!(f == *it))
                changed.push_back(f);
        } else {
            added.push_back(f);
        }
    }
    std::vector<CaseFile> removed;
    for (const CaseFile &f : *current) {
        if (listed.contains(f.number))
            continue;
        const Result<bool> drawn = repo.isDrawn(f.id);
        if (!drawn)
            return drawn.error();
        if (*drawn)
            problems << Text::tr("案卷目录: 案卷编号 \"%1\" was drawn in the spot check and stays in the "
                                 "catalogue; keep it in the register.")
                            .arg(f.number);
        removed.push_back(f);
    }
    if (!problems.isEmpty())
        return makeError(Error::Code::Invalid, problems.join(QLatin1Char('\n')));
    for (const CaseFile &f : removed)
        if (auto r = repo.removeCaseFile(f.id); !r)
            return r;
    if (auto r = repo.updateCaseFiles(changed, now); !r)
        return r;
    const Result<std::vector<CaseFileId>> ids = repo.insertCaseFiles(added, now);
    if (!ids)
        return ids.error();
    if (auto r = repo.setNoCases(campaign.id, unit, false, now); !r)
        return r;
    if (added.empty() && changed.empty() && removed.empty())
        return {};
    if (auto r = scope.audit(
            QStringLiteral("case_catalogue"), unit.value, QStringLiteral("from-form"),
            QJsonObject{{QStringLiteral("form"), formOf(campaign) ? formOf(campaign)->id : QString()},
                        {QStringLiteral("added"), qint64(added.size())},
                        {QStringLiteral("changed"), qint64(changed.size())},
                        {QStringLiteral("removed"), qint64(removed.size())}},
            now);
        !r)
        return r.error();
    return {};
}

Result<void> receiveForUnits(WriteScope &scope, const Campaign &campaign, const QSet<UnitId> &units,
                             QDate today, const QDateTime &now)
{
    const FormSpec *spec = formOf(campaign);
    if (!spec)
        return {};
    SubmissionRepository repo(scope.connection());
    for (UnitId unit : units) {
        const Result<Submission> before = repo.find(campaign, unit, spec->id);
        if (!before)
            return before.error();
        if (before->status != Submission::Status::Missing)
            continue;
        Submission s = *before;
        s.campaign = campaign.id;
        s.unit = unit;
        s.item = spec->id;
        s.status = Submission::Status::Received;
        s.firstReceivedOn = today;
        s.receivedOn = today;
        const Result<SubmissionId> id = repo.insert(campaign, s, now);
        if (!id)
            return id.error();
        const QString note = Text::tr("case catalogue imported");
        if (auto r =
                repo.appendEvent({0, *id, now, scope.actor(), QStringLiteral("receive"),
                                  Submission::Status::Missing, Submission::Status::Received, today, note});
            !r)
            return r;
        if (auto r = scope.audit(QStringLiteral("submission"), id->value, QStringLiteral("receive"),
                                 QJsonObject{{QStringLiteral("unit"), unit.value},
                                             {QStringLiteral("item"), spec->id},
                                             {QStringLiteral("date"), iso(today)},
                                             {QStringLiteral("note"), note}},
                                 now);
            !r)
            return r.error();
    }
    return {};
}

} // namespace oversight::catalogueform
