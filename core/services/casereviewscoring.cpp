// CaseReviewService, its scoring half: scoring sheets, the results per unit and of the spot check, and the
// problems a sheet's findings raise in the rectification ledger. (The catalogues and reviewers are in
// casereviewservice.cpp, the draws in casereviewdraw.cpp.)
#include "campaignservice.h"
#include "casereviewservice.h"
#include "clock.h"
#include "domain/drawncount.h"
#include "domain/problem.h"
#include "ledgerservice.h"
#include "storage/casereviewrepository.h"
#include "storage/database.h"
#include "writescope.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <tuple>

namespace oversight {

Result<std::optional<ReviewSheet>> CaseReviewService::sheet(qint64 drawnFile) const
{
    return CaseReviewRepository(m_db.connection()).sheet(drawnFile);
}

Result<SheetScore> CaseReviewService::saveSheet(ReviewSheet sheet)
{
    CaseReviewRepository repo(m_db.connection());
    const Result<CampaignId> campaign = repo.campaignOfDrawnFile(sheet.drawnFile);
    if (!campaign)
        return campaign.error();
    const auto c = m_campaigns.campaign(*campaign);
    if (!c)
        return c.error();
    sheet.reviewers = sheet.reviewers.trimmed();
    sheet.conclusion = sheet.conclusion.trimmed();
    // Each line takes the item's fixed points.
    for (ReviewFinding &f : sheet.findings) {
        f.note = f.note.trimmed();
        if (f.kind == ReviewFinding::Kind::Deduction)
            if (const ScoringItem *item = c->scoring.item(f.itemKey))
                f.halfPoints = item->halfPoints;
        if (f.kind == ReviewFinding::Kind::Veto)
            f.halfPoints = 0;
    }
    if (const QStringList problems = validateSheet(c->scoring, sheet); !problems.isEmpty())
        return makeError(Error::Code::Invalid, problems.join(QLatin1Char('\n')));
    const auto before = repo.sheet(sheet.drawnFile);
    if (!before)
        return before.error();
    sheet.id = before->has_value() ? (*before)->id : 0;
    // A line kept through an edit keeps the ledger problem it raised (the editor may not carry the link).
    if (before->has_value()) {
        for (ReviewFinding &f : sheet.findings) {
            if (f.problem.isValid())
                continue;
            for (const ReviewFinding &was : (*before)->findings)
                if (was.problem.isValid() && was.kind == f.kind && was.itemKey == f.itemKey)
                    f.problem = was.problem;
        }
    }
    const SheetScore score = scoreSheet(c->scoring, sheet);
    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    const auto id = repo.saveSheet(sheet, score, m_clock.now());
    if (!id)
        return id.error();
    QJsonArray findings;
    for (const ReviewFinding &f : sheet.findings)
        findings.append(f.itemKey);
    if (auto r =
            scope.audit(QStringLiteral("review_sheet"), *id,
                        before->has_value() ? QStringLiteral("update") : QStringLiteral("create"),
                        QJsonObject{{QStringLiteral("drawn_file_id"), sheet.drawnFile},
                                    {QStringLiteral("reviewers"), sheet.reviewers},
                                    {QStringLiteral("reviewed_on"), sheet.reviewedOn.toString(Qt::ISODate)},
                                    {QStringLiteral("findings"), findings},
                                    {QStringLiteral("score"), score.score()},
                                    {QStringLiteral("grade"), gradeWord(score.grade)}});
        !r)
        return r.error();
    if (auto r = scope.commit([&] { Q_EMIT sheetSaved(sheet.drawnFile); }); !r)
        return r.error();
    return score;
}

Result<std::vector<UnitReviewResult>> CaseReviewService::unitResults(CampaignId campaign) const
{
    const auto c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    const auto files = drawnFiles(campaign);
    if (!files)
        return files.error();
    std::vector<UnitReviewResult> out;
    QHash<QString, size_t> index;
    std::vector<std::map<QString, int>> problemCounts;
    std::vector<int> halves;
    for (const DrawnFile &f : *files) {
        auto it = index.constFind(f.unitName);
        if (it == index.cend()) {
            it = index.insert(f.unitName, out.size());
            out.push_back({});
            out.back().unit = f.unitName;
            problemCounts.emplace_back();
            halves.push_back(0);
        }
        UnitReviewResult &u = out[*it];
        ++u.filesDrawn;
        if (!f.reviewed)
            continue;
        ++u.filesReviewed;
        halves[*it] += f.scoreHalves;
        switch (f.grade) {
        case Grade::Excellent:
            ++u.excellent;
            break;
        case Grade::Good:
            ++u.good;
            break;
        case Grade::Pass:
            ++u.pass;
            break;
        case Grade::Fail:
            ++u.fail;
            break;
        }
        for (const QString &p : f.problems)
            ++problemCounts[*it][p];
    }
    for (size_t i = 0; i < out.size(); ++i) {
        UnitReviewResult &u = out[i];
        if (u.filesReviewed > 0) {
            u.averageScore = halves[i] / 2.0 / u.filesReviewed;
            // The average graded the same way: round to the half point below, never up into a band.
            u.averageGrade = c->scoring.gradeFor(halves[i] / u.filesReviewed);
        }
        std::vector<std::pair<QString, int>> ranked(problemCounts[i].begin(), problemCounts[i].end());
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        for (size_t k = 0; k < ranked.size() && k < 3; ++k)
            u.mainProblems.append(ranked[k].first);
    }
    return out;
}

Result<SpotCheckFigures> CaseReviewService::spotCheckFigures(CampaignId campaign) const
{
    const auto c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    const auto files = CaseReviewRepository(m_db.connection()).drawnFiles(campaign);
    if (!files)
        return files.error();
    SpotCheckFigures f;
    f.required = c->rules.spotCheckMinFiles;
    std::tie(f.filesDrawn, f.filesReviewed) = distinctDrawnAndReviewed(*files);
    return f;
}

Result<SpotCheckResults> CaseReviewService::spotCheckResults(CampaignId campaign) const
{
    const auto units = unitResults(campaign);
    if (!units)
        return units.error();
    SpotCheckResults out;
    std::map<QString, int> problems;
    for (const UnitReviewResult &u : *units) {
        if (u.filesReviewed == 0)
            continue;
        out.units.push_back({u.unit, u.filesReviewed, u.averageScore, u.excellent, u.good, u.pass, u.fail,
                             u.mainProblems.join(QStringLiteral("；"))});
        for (const QString &p : u.mainProblems)
            ++problems[p];
    }
    std::vector<std::pair<QString, int>> ranked(problems.begin(), problems.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    for (size_t k = 0; k < ranked.size() && k < 5; ++k)
        out.shortcomings.append(ranked[k].first + QStringLiteral("。"));
    return out;
}

namespace {

const QString reviewFindingOrigin = QStringLiteral("review_finding");

} // namespace

Result<int> CaseReviewService::raiseProblems(qint64 drawnFile)
{
    CaseReviewRepository repo(m_db.connection());
    const Result<CampaignId> campaign = repo.campaignOfDrawnFile(drawnFile);
    if (!campaign)
        return campaign.error();
    const auto c = m_campaigns.campaign(*campaign);
    if (!c)
        return c.error();
    const auto stored = repo.sheet(drawnFile);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return makeError(
            Error::Code::Conflict,
            CaseReviewServiceText::tr("This file has no scoring sheet yet: score it first, then put "
                                      "its findings into the rectification ledger."));
    const ReviewSheet &sheet = **stored;
    const auto files = repo.drawnFiles(*campaign, DrawId());
    if (!files)
        return files.error();
    const auto file = std::find_if(files->begin(), files->end(),
                                   [drawnFile](const DrawnFile &f) { return f.id == drawnFile; });
    if (file == files->end())
        return makeError(Error::Code::Conflict,
                         CaseReviewServiceText::tr("Drawn file %1 belongs to a draw that was set aside; its "
                                                   "findings are not put into the ledger.")
                             .arg(drawnFile));

    // Spot-check problems belong to the area about case-file review (案卷评查; 二 in 2022).
    const int area = c->areaAbout(QStringLiteral("案卷"));
    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    std::vector<ProblemId> raised;
    for (const ReviewFinding &f : sheet.findings) {
        // A link to a problem the ledger has since deleted counts as none.
        if (f.problem.isValid() && m_ledger.problem(f.problem))
            continue;
        QString item = f.itemKey;
        if (const ScoringItem *s = c->scoring.item(f.itemKey))
            item = s->text;
        else if (const VetoItem *v = c->scoring.veto(f.itemKey))
            item = v->text;
        ProblemOrigin origin;
        origin.campaign = *campaign;
        origin.unit = file->unit;
        origin.area = area;
        origin.source = Problem::Source::SpotCheck;
        // Ledger text is the record's own words (it goes into the Chinese ledger as written), not UI text.
        origin.description = QStringLiteral("抽检案卷《%1》（%2）：%3").arg(file->title, file->number, item) +
                             (f.note.isEmpty() ? QString() : QStringLiteral("；") + f.note);
        origin.kind = reviewFindingOrigin;
        origin.id = f.id;
        const Result<ProblemId> id = m_ledger.raise(scope, origin);
        if (!id)
            return id.error();
        if (auto r = repo.setFindingProblem(f.id, *id); !r)
            return r.error();
        raised.push_back(*id);
    }
    if (raised.empty())
        return 0;
    QJsonArray ids;
    for (ProblemId id : raised)
        ids.append(id.value);
    if (auto r = scope.audit(
            QStringLiteral("review_sheet"), sheet.id, QStringLiteral("raise_problems"),
            QJsonObject{{QStringLiteral("drawn_file_id"), drawnFile}, {QStringLiteral("problem_ids"), ids}});
        !r)
        return r.error();
    if (auto r = scope.commit([&] { Q_EMIT sheetSaved(drawnFile); }); !r)
        return r.error();
    return int(raised.size());
}

} // namespace oversight
