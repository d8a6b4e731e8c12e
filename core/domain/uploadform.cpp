#include "uploadform.h"

#include "domain/isodate.h"
#include "domain/reviewsheet.h"
#include "domain/yesno.h"

#include <QSet>

#include <algorithm>

namespace oversight::uploadform {

namespace {

const QString caseNoKey = QStringLiteral("case_no");
const QString uploadedKey = QStringLiteral("uploaded");
const QString uploadedOnKey = QStringLiteral("uploaded_on");

bool hasColumn(const FormSpec &spec, const QString &key)
{
    return std::any_of(spec.columns.begin(), spec.columns.end(),
                       [&](const FieldSpec &f) { return f.key == key; });
}

} // namespace

const FormSpec *of(const Campaign &campaign)
{
    for (const FormSpec &f : campaign.forms)
        if (f.owedByDrawnUnitsOnly)
            return &f;
    return nullptr;
}

FormData::Row row(const FormSpec &spec, const DrawnFile &file)
{
    FormData::Row r;
    const auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty() && hasColumn(spec, key))
            r.insert(key, value);
    };
    put(caseNoKey, file.number);
    put(QStringLiteral("case_name"), file.title);
    put(QStringLiteral("case_type"), file.caseType);
    put(QStringLiteral("unit_name"), file.unitName);
    if (file.reviewed) {
        put(QStringLiteral("score"), QString::number(file.scoreHalves / 2.0));
        put(QStringLiteral("grade"), gradeWord(file.grade));
        QStringList problems = file.problems;
        problems.removeDuplicates();
        put(QStringLiteral("problems"), problems.join(QStringLiteral("；")));
    }
    if (hasColumn(spec, uploadedKey))
        setUpload(r, file.uploaded, file.uploadedOn);
    return r;
}

std::vector<FormData::Row> rows(const FormSpec &spec, const std::vector<DrawnFile> &files)
{
    std::vector<FormData::Row> out;
    QSet<qint64> seen;
    for (const DrawnFile &f : files) {
        if (seen.contains(f.caseFile.value))
            continue;
        seen.insert(f.caseFile.value);
        out.push_back(row(spec, f));
    }
    return out;
}

void nameProblems(const Campaign &campaign, std::vector<DrawnFile> &files)
{
    for (DrawnFile &f : files)
        for (QString &key : f.problems) {
            if (const ScoringItem *item = campaign.scoring.item(key))
                key = item->text;
            else if (const VetoItem *veto = campaign.scoring.veto(key))
                key = veto->text;
        }
}

QString caseNumber(const FormData::Row &row)
{
    return row.value(caseNoKey).trimmed();
}

bool uploaded(const FormData::Row &row)
{
    return row.value(uploadedKey) == yesWord();
}

QDate uploadedOn(const FormData::Row &row)
{
    return parseIsoDate(row.value(uploadedOnKey));
}

void setUpload(FormData::Row &row, bool isUploaded, QDate on)
{
    row.insert(uploadedKey, yesNoWord(isUploaded));
    if (isUploaded && on.isValid())
        row.insert(uploadedOnKey, on.toString(Qt::ISODate));
    else
        row.remove(uploadedOnKey);
}

bool agrees(const FormData &data, const std::vector<DrawnFile> &files)
{
    for (const DrawnFile &f : files) {
        const auto it = std::find_if(data.rows.begin(), data.rows.end(),
                                     [&](const FormData::Row &r) { return caseNumber(r) == f.number; });
        if (it == data.rows.end() || uploaded(*it) != f.uploaded ||
            (f.uploaded && uploadedOn(*it) != f.uploadedOn))
            return false;
    }
    return true;
}

} // namespace oversight::uploadform
