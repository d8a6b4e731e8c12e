#include "casereviewrepository.h"

#include "domain/isodate.h"
#include "sqlrows.h"

#include <QHash>
#include <QSqlQuery>

namespace oversight {

namespace {

const QString caseColumns = QStringLiteral(
    "SELECT id, campaign_id, unit_id, number, title, case_type, party, closed_on, self_checked, "
    "self_check_grade FROM case_files ");

CaseFile caseFromQuery(const QSqlQuery &q)
{
    CaseFile f;
    f.id = CaseFileId(q.value(0).toLongLong());
    f.campaign = CampaignId(q.value(1).toLongLong());
    f.unit = UnitId(q.value(2).toLongLong());
    f.number = q.value(3).toString();
    f.title = q.value(4).toString();
    f.caseType = q.value(5).toString();
    f.party = q.value(6).toString();
    f.closedOn = parseIsoDate(q.value(7).toString());
    f.selfChecked = q.value(8).toInt() != 0;
    f.selfCheckGrade = q.value(9).toString();
    return f;
}

const QString caseTable = QStringLiteral("case_files");
// The columns an edit of a case file writes, in the order of caseEditableValues().
const QString caseEditableColumns =
    QStringLiteral("number, title, case_type, party, closed_on, self_checked, self_check_grade");

QVariantList caseEditableValues(const CaseFile &f)
{
    return {f.number,
            f.title,
            textValue(f.caseType),
            textValue(f.party),
            dateValue(f.closedOn),
            f.selfChecked ? 1 : 0,
            textValue(f.selfCheckGrade)};
}

QVariantList caseInsertValues(const CaseFile &f)
{
    return QVariantList{f.campaign.value, f.unit.value} << caseEditableValues(f);
}

const QString reviewerTable = QStringLiteral("reviewers");
const QString reviewerEditableColumns = QStringLiteral("name, affiliation, qualification");

QVariantList reviewerEditableValues(const ReviewerEntry &r)
{
    return {r.name, r.affiliation, textValue(r.qualification)};
}

const QString drawColumns = QStringLiteral(
    "SELECT id, campaign_id, task, drawn_at, operator, algorithm, algorithm_version, seed, requested, "
    "warning, "
    "pool, pool_sha256, quotas, result, reviewer_seed, reviewer_pool, reviewer_pool_sha256, reviewer_result, "
    "reviewers_drawn_at, void_reason FROM draws ");

DrawRecord drawFromQuery(const QSqlQuery &q)
{
    DrawRecord d;
    d.id = DrawId(q.value(0).toLongLong());
    d.campaign = CampaignId(q.value(1).toLongLong());
    d.task = q.value(2).toString();
    d.drawnAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    d.operatorName = q.value(4).toString();
    d.algorithm = q.value(5).toString();
    d.algorithmVersion = q.value(6).toInt();
    d.seed = q.value(7).toString().toULongLong();
    d.requested = q.value(8).toInt();
    d.warning = q.value(9).toString();
    d.pool = q.value(10).toString().toUtf8();
    d.poolSha256 = q.value(11).toString();
    d.quotas = DrawRecord::quotasFromJson(q.value(12).toString());
    d.result = DrawRecord::resultFromJson(q.value(13).toString());
    if (!q.value(14).isNull()) {
        d.reviewerSeed = q.value(14).toString().toULongLong();
        d.reviewerPool = q.value(15).toString().toUtf8();
        d.reviewerPoolSha256 = q.value(16).toString();
        d.reviewerResult = DrawRecord::reviewerResultFromJson(q.value(17).toString());
        d.reviewersDrawnAt = QDateTime::fromString(q.value(18).toString(), Qt::ISODateWithMs);
    }
    d.voidReason = q.value(19).toString();
    return d;
}
} // namespace

Result<std::vector<CaseFile>> CaseReviewRepository::caseFiles(CampaignId campaign) const
{
    // Through the units of the campaign, so that UNIQUE (unit_id, number) serves as the index.
    return selectAll(m_db,
                     caseColumns +
                         QStringLiteral("WHERE unit_id IN (SELECT id FROM units WHERE campaign_id = ?) "
                                        "ORDER BY unit_id, number"),
                     {campaign.value}, tr("Could not read the case catalogues."), &caseFromQuery);
}

Result<std::vector<CaseFile>> CaseReviewRepository::caseFilesOfUnit(UnitId unit) const
{
    return selectAll(m_db, caseColumns + QStringLiteral("WHERE unit_id = ? ORDER BY number"), {unit.value},
                     tr("Could not read the case catalogue."), &caseFromQuery);
}

Result<CaseFile> CaseReviewRepository::caseFile(CaseFileId id) const
{
    return selectOne(m_db, caseColumns + QStringLiteral("WHERE id = ?"), {id.value},
                     tr("Could not read the case file."), tr("Case file %1 does not exist.").arg(id.value),
                     &caseFromQuery);
}

Result<std::vector<UnitId>> CaseReviewRepository::noCaseUnits(CampaignId campaign) const
{
    return selectAll(m_db, QStringLiteral("SELECT unit_id FROM case_catalogue_none WHERE campaign_id = ?"),
                     {campaign.value}, tr("Could not read the case catalogues."),
                     [](const QSqlQuery &q) { return UnitId(q.value(0).toLongLong()); });
}

Result<std::vector<CaseReviewRepository::UnitCaseCount>>
CaseReviewRepository::caseFileCounts(CampaignId campaign) const
{
    // Through the units of the campaign, as caseFiles(), so that UNIQUE (unit_id, number) serves as the index.
    return selectAll(
        m_db,
        QStringLiteral("SELECT unit_id, count(*), total(self_checked != 0) FROM case_files "
                       "WHERE unit_id IN (SELECT id FROM units WHERE campaign_id = ?) "
                       "GROUP BY unit_id"),
        {campaign.value}, tr("Could not read the case catalogues."), [](const QSqlQuery &q) {
            return UnitCaseCount{UnitId(q.value(0).toLongLong()), q.value(1).toInt(), q.value(2).toInt()};
        });
}

Result<std::vector<CaseFileId>> CaseReviewRepository::insertCaseFiles(const std::vector<CaseFile> &files,
                                                                      const QDateTime &now)
{
    return insertRecords<CaseFileId>(m_db, caseTable,
                                     QStringLiteral("campaign_id, unit_id, ") + caseEditableColumns, files,
                                     &caseInsertValues, now, tr("Could not save the case file."));
}

Result<void> CaseReviewRepository::updateCaseFiles(const std::vector<CaseFile> &files, const QDateTime &now)
{
    return updateRecords(m_db, caseTable, caseEditableColumns, files, &caseEditableValues, now,
                         tr("Could not save the case file."),
                         [](qint64 id) { return tr("Case file %1 does not exist.").arg(id); });
}

Result<void> CaseReviewRepository::removeCaseFile(CaseFileId id)
{
    return removeRecord(m_db, caseTable, id.value, tr("Could not delete the case file."),
                        tr("Case file %1 does not exist.").arg(id.value));
}

Result<void> CaseReviewRepository::setNoCases(CampaignId campaign, UnitId unit, bool noCases,
                                              const QDateTime &now)
{
    QSqlQuery q(m_db);
    if (noCases)
        return exec(
            q,
            QStringLiteral("INSERT OR IGNORE INTO case_catalogue_none (unit_id, campaign_id, declared_at) "
                           "VALUES (?, ?, ?)"),
            {unit.value, campaign.value, stamp(now)}, tr("Could not save the catalogue."));
    return exec(q, QStringLiteral("DELETE FROM case_catalogue_none WHERE unit_id = ?"), {unit.value},
                tr("Could not save the catalogue."));
}

Result<bool> CaseReviewRepository::isDrawn(CaseFileId id) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q, QStringLiteral("SELECT count(*) FROM drawn_files WHERE case_file_id = ?"),
                      {id.value}, tr("Could not read the draws."));
        !r)
        return r.error();
    return q.next() && q.value(0).toLongLong() > 0;
}

Result<std::vector<ReviewerEntry>> CaseReviewRepository::reviewers(CampaignId campaign) const
{
    return selectAll(m_db,
                     QStringLiteral("SELECT id, campaign_id, name, affiliation, qualification FROM reviewers "
                                    "WHERE campaign_id = ? ORDER BY name, affiliation"),
                     {campaign.value}, tr("Could not read the reviewers."), [](const QSqlQuery &q) {
                         return ReviewerEntry{q.value(0).toLongLong(), CampaignId(q.value(1).toLongLong()),
                                              q.value(2).toString(), q.value(3).toString(),
                                              q.value(4).toString()};
                     });
}

Result<qint64> CaseReviewRepository::insertReviewer(const ReviewerEntry &r, const QDateTime &now)
{
    return insertRecord(m_db, reviewerTable, QStringLiteral("campaign_id, ") + reviewerEditableColumns,
                        QVariantList{r.campaign.value} << reviewerEditableValues(r), now,
                        tr("Could not save the reviewer."));
}

Result<void> CaseReviewRepository::updateReviewer(const ReviewerEntry &r, const QDateTime &now)
{
    return updateRecord(m_db, reviewerTable, reviewerEditableColumns, reviewerEditableValues(r), now, r.id,
                        tr("Could not save the reviewer."), tr("Reviewer %1 does not exist.").arg(r.id));
}

Result<void> CaseReviewRepository::removeReviewer(qint64 id)
{
    return removeRecord(m_db, reviewerTable, id, tr("Could not delete the reviewer."),
                        tr("Reviewer %1 does not exist.").arg(id));
}

Result<DrawId> CaseReviewRepository::insertDraw(const DrawRecord &d)
{
    QSqlQuery q(m_db);
    const QVariant null{QMetaType(QMetaType::QString)};
    if (auto r = exec(
            q,
            QStringLiteral(
                "INSERT INTO draws (campaign_id, task, drawn_at, operator, algorithm, algorithm_version, "
                "seed, requested, warning, pool, pool_sha256, quotas, result, reviewer_seed, "
                "reviewer_pool, reviewer_pool_sha256, reviewer_result, reviewers_drawn_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {d.campaign.value, textValue(d.task), stamp(d.drawnAt), textValue(d.operatorName), d.algorithm,
             d.algorithmVersion, QString::number(d.seed), d.requested, textValue(d.warning),
             QString::fromUtf8(d.pool), d.poolSha256, d.quotasJson(), d.resultJson(),
             d.hasReviewers() ? QVariant(QString::number(*d.reviewerSeed)) : null,
             d.hasReviewers() ? QVariant(QString::fromUtf8(d.reviewerPool)) : null,
             d.hasReviewers() ? QVariant(d.reviewerPoolSha256) : null,
             d.hasReviewers() ? QVariant(d.reviewerResultJson()) : null,
             d.hasReviewers() ? QVariant(stamp(d.reviewersDrawnAt)) : null},
            tr("Could not save the draw."));
        !r)
        return r.error();
    return DrawId(q.lastInsertId().toLongLong());
}

Result<void> CaseReviewRepository::insertDrawnFiles(DrawId draw, const std::vector<CaseFile> &files)
{
    PreparedStatement insert(
        m_db,
        QStringLiteral("INSERT INTO drawn_files (draw_id, position, case_file_id, unit_id) "
                       "VALUES (?, ?, ?, ?)"),
        tr("Could not save the drawn files."));
    if (auto r = insert.prepared(); !r)
        return r;
    int position = 0;
    for (const CaseFile &f : files) {
        if (auto r = insert.run({draw.value, position++, f.id.value, f.unit.value}); !r)
            return r;
    }
    return {};
}

Result<void> CaseReviewRepository::setDrawReviewers(const DrawRecord &d)
{
    const QString message = tr("Could not save the drawn reviewers.");
    QSqlQuery q(m_db);
    if (auto r = exec(q,
                      QStringLiteral("UPDATE draws SET reviewer_seed = ?, reviewer_pool = ?, "
                                     "reviewer_pool_sha256 = ?, reviewer_result = ?, reviewers_drawn_at = ? "
                                     "WHERE id = ? AND reviewer_result IS NULL"),
                      {QString::number(d.reviewerSeed.value_or(0)), QString::fromUtf8(d.reviewerPool),
                       d.reviewerPoolSha256, d.reviewerResultJson(), stamp(d.reviewersDrawnAt), d.id.value},
                      message);
        !r)
        return r;
    if (q.numRowsAffected() != 1)
        return makeError(Error::Code::Conflict, tr("Draw %1 already has its reviewers.").arg(d.id.value));
    PreparedStatement files(
        m_db,
        QStringLiteral(
            "UPDATE drawn_files SET reviewer1 = ?, reviewer2 = ? WHERE draw_id = ? AND position = ?"),
        message);
    if (auto r = files.prepared(); !r)
        return r;
    for (size_t i = 0; i < d.result.size(); ++i) {
        const auto [first, second] = d.reviewersOf(i);
        if (auto r = files.run({first, second, d.id.value, int(i)}); !r)
            return r;
    }
    return {};
}

Result<void> CaseReviewRepository::voidDraw(DrawId draw, const QString &reason)
{
    return execIfAllowed(
        m_db, QStringLiteral("UPDATE draws SET void_reason = ? WHERE id = ? AND void_reason IS NULL"),
        {reason, draw.value}, tr("Could not set the draw aside."),
        tr("Draw record %1 does not exist or was set aside already.").arg(draw.value));
}

Result<int> CaseReviewRepository::scoredFiles(DrawId draw) const
{
    QSqlQuery q(m_db);
    if (auto r = exec(q,
                      QStringLiteral("SELECT count(*) FROM review_sheets s JOIN drawn_files f ON f.id = "
                                     "s.drawn_file_id WHERE f.draw_id = ?"),
                      {draw.value}, tr("Could not read the scoring sheets."));
        !r)
        return r.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<DrawRecord> CaseReviewRepository::drawRecord(DrawId id) const
{
    return selectOne(m_db, drawColumns + QStringLiteral("WHERE id = ?"), {id.value},
                     tr("Could not read the draw."), tr("There is no draw record %1.").arg(id.value),
                     &drawFromQuery);
}

Result<std::vector<DrawRecord>> CaseReviewRepository::draws(CampaignId campaign) const
{
    return selectAll(m_db, drawColumns + QStringLiteral("WHERE campaign_id = ? ORDER BY id"),
                     {campaign.value}, tr("Could not read the draws."), &drawFromQuery);
}

Result<std::vector<DrawnFile>> CaseReviewRepository::drawnFiles(CampaignId campaign, DrawId only) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT f.id, f.draw_id, f.position, f.case_file_id, f.unit_id, u.name, c.number, c.title, "
        "f.reviewer1, "
        "f.reviewer2, f.uploaded, f.uploaded_on, s.id, s.score_halves, s.grade, s.reviewed_on, c.case_type "
        "FROM drawn_files f JOIN draws d ON d.id = f.draw_id JOIN case_files c ON c.id = f.case_file_id "
        "JOIN units u ON u.id = f.unit_id LEFT JOIN review_sheets s ON s.drawn_file_id = f.id "
        "WHERE d.campaign_id = ? AND d.void_reason IS NULL ");
    QVariantList values{campaign.value};
    if (only.isValid()) {
        sql += QStringLiteral("AND d.id = ? ");
        values.append(only.value);
    }
    sql += QStringLiteral("ORDER BY f.draw_id, f.position");
    if (auto r = exec(q, sql, values, tr("Could not read the drawn files.")); !r)
        return r.error();
    std::vector<DrawnFile> out;
    QHash<qint64, size_t> bySheet;
    while (q.next()) {
        DrawnFile f;
        f.id = q.value(0).toLongLong();
        f.draw = DrawId(q.value(1).toLongLong());
        f.position = q.value(2).toInt();
        f.caseFile = CaseFileId(q.value(3).toLongLong());
        f.unit = UnitId(q.value(4).toLongLong());
        f.unitName = q.value(5).toString();
        f.number = q.value(6).toString();
        f.title = q.value(7).toString();
        f.reviewer1 = q.value(8).toString();
        f.reviewer2 = q.value(9).toString();
        f.uploaded = q.value(10).toInt() != 0;
        f.uploadedOn = parseIsoDate(q.value(11).toString());
        f.caseType = q.value(16).toString();
        if (!q.value(12).isNull()) {
            f.reviewed = true;
            f.scoreHalves = q.value(13).toInt();
            f.grade = gradeFromWord(q.value(14).toString()).value_or(Grade::Fail);
            f.reviewedOn = parseIsoDate(q.value(15).toString());
            bySheet.insert(q.value(12).toLongLong(), out.size());
        }
        out.push_back(f);
    }
    if (!bySheet.isEmpty()) {
        QSqlQuery findings(m_db);
        findings.setForwardOnly(true);
        if (auto r = exec(findings,
                          QStringLiteral("SELECT r.sheet_id, r.kind, r.item_key FROM review_findings r "
                                         "JOIN review_sheets s ON s.id = r.sheet_id JOIN drawn_files f ON "
                                         "f.id = s.drawn_file_id JOIN draws d ON d.id = f.draw_id "
                                         "WHERE d.campaign_id = ? ORDER BY r.sheet_id, r.position"),
                          {campaign.value}, tr("Could not read the scoring sheets."));
            !r)
            return r.error();
        while (findings.next()) {
            const auto it = bySheet.constFind(findings.value(0).toLongLong());
            if (it != bySheet.cend())
                out[*it].problems.append(findings.value(2).toString()); // item keys; the service names them
        }
    }
    return out;
}

Result<void> CaseReviewRepository::setUploaded(qint64 drawnFile, bool uploaded, QDate on)
{
    QSqlQuery q(m_db);
    return execOne(q, QStringLiteral("UPDATE drawn_files SET uploaded = ?, uploaded_on = ? WHERE id = ?"),
                   {uploaded ? 1 : 0, uploaded ? dateValue(on) : dateValue(QDate()), drawnFile},
                   tr("Could not save the upload confirmation."),
                   tr("Drawn file %1 does not exist.").arg(drawnFile));
}

Result<std::optional<ReviewSheet>> CaseReviewRepository::sheet(qint64 drawnFile) const
{
    const auto readSheet = [drawnFile](const QSqlQuery &q) {
        ReviewSheet s;
        s.id = q.value(0).toLongLong();
        s.drawnFile = drawnFile;
        s.reviewers = q.value(1).toString();
        s.reviewedOn = parseIsoDate(q.value(2).toString());
        s.noLegalReview = q.value(3).toInt() != 0;
        s.conclusion = q.value(4).toString();
        return s;
    };
    auto found =
        selectFirst(m_db,
                    QStringLiteral("SELECT id, reviewers, reviewed_on, no_legal_review, conclusion FROM "
                                   "review_sheets WHERE drawn_file_id = ?"),
                    {drawnFile}, tr("Could not read the scoring sheet."), readSheet);
    if (!found || !*found)
        return found;
    const auto readFinding = [](const QSqlQuery &f) {
        ReviewFinding x;
        x.id = f.value(0).toLongLong();
        x.kind = f.value(1).toString() == QLatin1String("veto") ? ReviewFinding::Kind::Veto
                                                                : ReviewFinding::Kind::Deduction;
        x.itemKey = f.value(2).toString();
        x.halfPoints = f.value(3).toInt();
        x.note = f.value(4).toString();
        x.problem = ProblemId(f.value(5).toLongLong());
        return x;
    };
    auto findings = selectAll(m_db,
                              QStringLiteral("SELECT id, kind, item_key, half_points, note, problem_id FROM "
                                             "review_findings WHERE sheet_id = ? ORDER BY position"),
                              {(*found)->id}, tr("Could not read the scoring sheet."), readFinding);
    if (!findings)
        return findings.error();
    ReviewSheet s = **found;
    s.findings = std::move(findings).value();
    return std::optional<ReviewSheet>(s);
}

Result<CampaignId> CaseReviewRepository::campaignOfDrawnFile(qint64 drawnFile) const
{
    return selectOne(
        m_db,
        QStringLiteral("SELECT d.campaign_id FROM drawn_files f JOIN draws d ON d.id = f.draw_id "
                       "WHERE f.id = ?"),
        {drawnFile}, tr("Could not read the drawn file."), tr("Drawn file %1 does not exist.").arg(drawnFile),
        [](const QSqlQuery &q) { return CampaignId(q.value(0).toLongLong()); });
}

Result<void> CaseReviewRepository::setFindingProblem(qint64 finding, ProblemId problem)
{
    QSqlQuery q(m_db);
    return execOne(q, QStringLiteral("UPDATE review_findings SET problem_id = ? WHERE id = ?"),
                   {problem.value, finding}, tr("Could not link the finding to its ledger problem."),
                   tr("There is no finding %1 on a scoring sheet.").arg(finding));
}

Result<qint64> CaseReviewRepository::saveSheet(const ReviewSheet &s, const SheetScore &score,
                                               const QDateTime &now)
{
    const QString message = tr("Could not save the scoring sheet.");
    QSqlQuery q(m_db);
    qint64 id = s.id;
    if (id == 0) {
        if (auto r = exec(
                q,
                QStringLiteral("INSERT INTO review_sheets (drawn_file_id, reviewers, reviewed_on, "
                               "no_legal_review, conclusion, score_halves, grade, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {s.drawnFile, s.reviewers, s.reviewedOn.toString(Qt::ISODate), s.noLegalReview ? 1 : 0,
                 textValue(s.conclusion), score.halfPoints, gradeWord(score.grade), stamp(now), stamp(now)},
                message);
            !r)
            return r.error();
        id = q.lastInsertId().toLongLong();
    } else {
        if (auto r = exec(q,
                          QStringLiteral(
                              "UPDATE review_sheets SET reviewers = ?, reviewed_on = ?, no_legal_review = ?, "
                              "conclusion = ?, score_halves = ?, grade = ?, updated_at = ? WHERE id = ?"),
                          {s.reviewers, s.reviewedOn.toString(Qt::ISODate), s.noLegalReview ? 1 : 0,
                           textValue(s.conclusion), score.halfPoints, gradeWord(score.grade), stamp(now), id},
                          message);
            !r)
            return r.error();
        QSqlQuery del(m_db);
        if (auto r =
                exec(del, QStringLiteral("DELETE FROM review_findings WHERE sheet_id = ?"), {id}, message);
            !r)
            return r.error();
    }
    PreparedStatement findings(
        m_db,
        QStringLiteral("INSERT INTO review_findings (sheet_id, position, kind, item_key, "
                       "half_points, note, problem_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        message);
    if (auto r = findings.prepared(); !r)
        return r.error();
    int position = 0;
    for (const ReviewFinding &x : s.findings) {
        if (auto r = findings.run(
                {id, position++,
                 x.kind == ReviewFinding::Kind::Veto ? QStringLiteral("veto") : QStringLiteral("deduction"),
                 x.itemKey, x.halfPoints, textValue(x.note),
                 x.problem.isValid() ? QVariant(x.problem.value) : QVariant(QMetaType(QMetaType::LongLong))});
            !r)
            return r.error();
    }
    return id;
}

} // namespace oversight
