#pragma once

#include "domain/casefile.h"
#include "domain/drawrecord.h"
#include "domain/result.h"
#include "domain/reviewsheet.h"
#include "services/servicesfwd.h"
#include "services/spotcheckresults.h"

#include <QObject>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace oversight {

/// What a draw is asked for: the units (empty: the suggestion, the busiest units), the number of files,
/// the seed (empty: the system's random source) and the task's name for the record.
struct DrawRequest
{
    QStringList units;
    int count = 60;
    std::optional<std::uint64_t> seed;
    QString task;
};

/// What `draw verify` found: nothing (ok) or each difference in a sentence.
struct DrawVerification
{
    QStringList differences;
    [[nodiscard]] bool ok() const { return differences.isEmpty(); }
};

/// The spot-check figures of status --json.
struct SpotCheckFigures
{
    int filesDrawn = 0;
    int filesReviewed = 0;
    int required = 0;
    [[nodiscard]] bool ok() const { return filesReviewed >= required; }
};

/// The only writer of the case review: catalogues, no-cases declarations, reviewers, draws, scoring sheets
/// and upload confirmations. Each write is one transaction with its audit entries, then a signal.
class CaseReviewService final : public QObject
{
    Q_OBJECT
public:
    /// `ledger` is where raiseProblems() writes.
    CaseReviewService(Database &db, const Clock &clock, CampaignService &campaigns, UnitService &units,
                      LedgerService &ledger, QString actor, QObject *parent = nullptr);

    // --- catalogues
    [[nodiscard]] Result<std::vector<CaseFile>> caseFiles(CampaignId campaign) const;
    [[nodiscard]] Result<std::vector<CaseFile>> caseFilesOfUnit(UnitId unit) const;
    [[nodiscard]] Result<std::vector<UnitId>> noCaseUnits(CampaignId campaign) const;
    /// The year whose case files the campaign's catalogues list (a file closed later is not one of them).
    [[nodiscard]] Result<int> caseYear(CampaignId campaign) const;
    /// Every unit of the campaign with its totals and the 30% figures (reported or not).
    [[nodiscard]] Result<std::vector<CatalogueSummary>> catalogue(CampaignId campaign) const;
    [[nodiscard]] Result<CaseFileId> createCaseFile(CaseFile file);
    [[nodiscard]] Result<void> updateCaseFile(CaseFile file);
    /// Refuses a file that a draw has taken.
    [[nodiscard]] Result<void> removeCaseFile(CaseFileId id);
    /// The explicit "no cases last year" declaration; refused while the unit's catalogue holds files.
    [[nodiscard]] Result<void> setNoCases(CampaignId campaign, UnitId unit, bool noCases);

    /// An import written in batches inside one transaction (like UnitService::ImportSession).
    class ImportSession
    {
    public:
        ~ImportSession();
        ImportSession(const ImportSession &) = delete;
        ImportSession &operator=(const ImportSession &) = delete;
        [[nodiscard]] Result<void> add(std::vector<CaseFile> added, std::vector<CaseFile> changed,
                                       std::vector<UnitId> noCases);
        [[nodiscard]] Result<void> commit();

    private:
        friend class CaseReviewService;
        struct Private;
        explicit ImportSession(std::unique_ptr<Private> d);
        std::unique_ptr<Private> d;
    };
    [[nodiscard]] Result<std::unique_ptr<ImportSession>> beginImport(CampaignId campaign);

    // --- reviewers
    [[nodiscard]] Result<std::vector<ReviewerEntry>> reviewers(CampaignId campaign) const;
    [[nodiscard]] Result<qint64> addReviewer(ReviewerEntry reviewer);
    [[nodiscard]] Result<void> updateReviewer(ReviewerEntry reviewer);
    [[nodiscard]] Result<void> removeReviewer(qint64 id);

    // --- draws
    /// The suggested units for `count` files: the busiest until the pool holds four times the count.
    [[nodiscard]] Result<QStringList> suggestedUnits(CampaignId campaign, int count) const;
    /// Draws, stores the record (and the drawn files) in one transaction, and returns it. With an empty
    /// reviewer pool the files are drawn alone; drawReviewers() adds them later.
    [[nodiscard]] Result<DrawRecord> drawCases(CampaignId campaign, const DrawRequest &request);
    /// The second, recorded step of a draw made without reviewers.
    [[nodiscard]] Result<DrawRecord> drawReviewers(DrawId draw, std::optional<std::uint64_t> seed = {});
    [[nodiscard]] Result<DrawVerification> verify(DrawId draw) const;
    /// Sets a draw aside (drawn by mistake, replaced by another) with the reason; the record stays and still
    /// verifies, but its files no longer count in the spot check. A draw with scored files is refused.
    [[nodiscard]] Result<void> voidDraw(DrawId draw, const QString &reason);
    [[nodiscard]] Result<DrawRecord> drawRecord(DrawId id) const;
    [[nodiscard]] Result<std::vector<DrawRecord>> draws(CampaignId campaign) const;
    /// Drawn files of the campaign's draws with their results; problems named by their items' texts.
    [[nodiscard]] Result<std::vector<DrawnFile>> drawnFiles(CampaignId campaign,
                                                            DrawId only = DrawId()) const;
    /// The 附件7 tick: uploaded to the regional platform on `on`.
    [[nodiscard]] Result<void> setUploaded(qint64 drawnFile, bool uploaded, QDate on);

    // --- scoring
    [[nodiscard]] Result<std::optional<ReviewSheet>> sheet(qint64 drawnFile) const;
    /// Checks the sheet against the campaign's scoring spec, scores it and saves it with its findings.
    [[nodiscard]] Result<SheetScore> saveSheet(ReviewSheet sheet);
    [[nodiscard]] Result<std::vector<UnitReviewResult>> unitResults(CampaignId campaign) const;
    [[nodiscard]] Result<SpotCheckFigures> spotCheckFigures(CampaignId campaign) const;
    /// The figures the spot-check circulation notice needs (empty when nothing is reviewed yet).
    [[nodiscard]] Result<SpotCheckResults> spotCheckResults(CampaignId campaign) const;
    /// Puts the findings of a drawn file's scoring sheet into the rectification ledger: one problem per
    /// finding that has none yet (source 抽检, the campaign's case-review area, the file and the defect line
    /// as its description), linked both ways, in one transaction. Returns how many it raised; 0 when every
    /// finding already has its problem. Refused for a file without a sheet.
    [[nodiscard]] Result<int> raiseProblems(qint64 drawnFile);

Q_SIGNALS:
    void catalogueChanged(oversight::CampaignId campaign);
    void reviewersChanged(oversight::CampaignId campaign);
    void drawStored(oversight::DrawId id);
    void sheetSaved(qint64 drawnFile);
    void uploadChanged(qint64 drawnFile);

private:
    [[nodiscard]] Result<std::vector<draw::PoolFile>> pool(CampaignId campaign, const QStringList &units,
                                                           std::vector<CaseFile> *files) const;

    Database &m_db;
    const Clock &m_clock;
    CampaignService &m_campaigns;
    UnitService &m_units;
    LedgerService &m_ledger;
    QString m_actor;
};

class CaseReviewServiceText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CaseReviewServiceText)
};

} // namespace oversight
