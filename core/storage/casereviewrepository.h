#pragma once

#include "domain/casefile.h"
#include "domain/drawrecord.h"
#include "domain/result.h"
#include "domain/reviewsheet.h"
#include "recordrepository.h"

#include <optional>
#include <vector>

namespace oversight {

/// All SQL of the case review: catalogues, the no-cases declarations, reviewers, draws, drawn files and
/// scoring sheets. Writes run inside the caller's transaction (CaseReviewService).
class CaseReviewRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CaseReviewRepository)
public:
    using Repository::Repository;

    // Catalogues
    [[nodiscard]] Result<std::vector<CaseFile>> caseFiles(CampaignId campaign) const;
    [[nodiscard]] Result<std::vector<CaseFile>> caseFilesOfUnit(UnitId unit) const;
    [[nodiscard]] Result<CaseFile> caseFile(CaseFileId id) const;
    [[nodiscard]] Result<std::vector<UnitId>> noCaseUnits(CampaignId campaign) const;
    /// Each unit's number of case files and of self-checked ones, counted by the database (the catalogue
    /// figures without reading 40,000 files a year); units without files are left out.
    struct UnitCaseCount
    {
        UnitId unit;
        int total = 0;
        int selfChecked = 0;
    };
    [[nodiscard]] Result<std::vector<UnitCaseCount>> caseFileCounts(CampaignId campaign) const;
    [[nodiscard]] Result<std::vector<CaseFileId>> insertCaseFiles(const std::vector<CaseFile> &files,
                                                                  const QDateTime &now);
    [[nodiscard]] Result<void> updateCaseFiles(const std::vector<CaseFile> &files, const QDateTime &now);
    [[nodiscard]] Result<void> removeCaseFile(CaseFileId id);
    [[nodiscard]] Result<void> setNoCases(CampaignId campaign, UnitId unit, bool noCases,
                                          const QDateTime &now);
    [[nodiscard]] Result<bool> isDrawn(CaseFileId id) const;

    // Reviewers
    [[nodiscard]] Result<std::vector<ReviewerEntry>> reviewers(CampaignId campaign) const;
    [[nodiscard]] Result<qint64> insertReviewer(const ReviewerEntry &r, const QDateTime &now);
    [[nodiscard]] Result<void> updateReviewer(const ReviewerEntry &r, const QDateTime &now);
    [[nodiscard]] Result<void> removeReviewer(qint64 id);

    // Draws
    [[nodiscard]] Result<DrawId> insertDraw(const DrawRecord &record);
    [[nodiscard]] Result<void> insertDrawnFiles(DrawId draw, const std::vector<CaseFile> &files);
    [[nodiscard]] Result<void> setDrawReviewers(const DrawRecord &record);
    [[nodiscard]] Result<void> voidDraw(DrawId draw, const QString &reason);
    [[nodiscard]] Result<int> scoredFiles(DrawId draw) const;
    [[nodiscard]] Result<DrawRecord> drawRecord(DrawId id) const;
    [[nodiscard]] Result<std::vector<DrawRecord>> draws(CampaignId campaign) const;
    /// The files of every draw of the campaign not voided (or of one draw), with their sheets' results.
    [[nodiscard]] Result<std::vector<DrawnFile>> drawnFiles(CampaignId campaign,
                                                            DrawId only = DrawId()) const;
    [[nodiscard]] Result<void> setUploaded(qint64 drawnFile, bool uploaded, QDate on);

    // Scoring sheets
    [[nodiscard]] Result<std::optional<ReviewSheet>> sheet(qint64 drawnFile) const;
    /// The campaign of a drawn file's draw; NotFound when there is no such drawn file.
    [[nodiscard]] Result<CampaignId> campaignOfDrawnFile(qint64 drawnFile) const;
    /// Records the rectification-ledger problem a finding raised.
    [[nodiscard]] Result<void> setFindingProblem(qint64 finding, ProblemId problem);
    [[nodiscard]] Result<qint64> saveSheet(const ReviewSheet &sheet, const SheetScore &score,
                                           const QDateTime &now);
};

} // namespace oversight
