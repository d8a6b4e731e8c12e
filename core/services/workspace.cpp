#include "workspace.h"

#include "acceptanceservice.h"
#include "arearecordservice.h"
#include "campaignservice.h"
#include "casereviewservice.h"
#include "catalogueform.h"
#include "clock.h"
#include "documentservice.h"
#include "ledgerservice.h"
#include "normativeservice.h"
#include "submissionservice.h"
#include "supervisionservice.h"
#include "unitservice.h"
#include "domain/uploadform.h"

#include <memory>

namespace oversight {

Workspace::~Workspace()
{
    // Services hold references to the database; they go first.
    m_acceptance.reset();
    m_submissions.reset();
    m_caseReview.reset();
    m_normative.reset();
    m_areaRecords.reset();
    m_supervision.reset();
    m_ledger.reset();
    m_documents.reset();
    m_units.reset();
    m_campaigns.reset();
    m_db.reset();
}

QString Workspace::defaultActor()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("clerk");
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Database::Mode mode,
                                                   std::unique_ptr<Clock> clock, QString actor)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_db = std::move(db).value();
    ws->m_clock = clock ? std::move(clock) : std::make_unique<Clock>();
    ws->m_actor = actor.isEmpty() ? defaultActor() : std::move(actor);
    ws->m_campaigns = std::make_unique<CampaignService>(*ws->m_db, *ws->m_clock, ws->m_actor);
    ws->m_units = std::make_unique<UnitService>(*ws->m_db, *ws->m_clock, ws->m_actor);
    ws->m_ledger = std::make_unique<LedgerService>(*ws->m_db, *ws->m_clock, *ws->m_campaigns, ws->m_actor);
    ws->m_supervision = std::make_unique<SupervisionService>(*ws->m_db, *ws->m_clock, *ws->m_campaigns,
                                                             *ws->m_ledger, ws->m_actor);
    ws->m_documents =
        std::make_unique<DocumentService>(*ws->m_db, *ws->m_clock, ws->m_actor, *ws->m_campaigns);
    ws->m_submissions =
        std::make_unique<SubmissionService>(*ws->m_db, *ws->m_clock, *ws->m_campaigns, ws->m_actor);
    ws->m_caseReview = std::make_unique<CaseReviewService>(*ws->m_db, *ws->m_clock, *ws->m_campaigns,
                                                           *ws->m_units, *ws->m_ledger, ws->m_actor);
    ws->m_normative = std::make_unique<NormativeService>(*ws->m_db, *ws->m_clock, *ws->m_campaigns,
                                                         *ws->m_ledger, ws->m_actor);
    ws->m_acceptance = std::make_unique<AcceptanceService>(*ws->m_db, *ws->m_clock, ws->m_actor);
    // 附件2's register is the case catalogue (one store): a change through either service is news to the
    // pages of both.
    SubmissionService *submissions = ws->m_submissions.get();
    CaseReviewService *review = ws->m_caseReview.get();
    CampaignService *campaigns = ws->m_campaigns.get();
    // `echo` keeps each announcement from coming back as the other's.
    auto echo = std::make_shared<bool>(false);
    QObject::connect(review, &CaseReviewService::catalogueChanged, submissions,
                     [submissions, echo](CampaignId) {
                         if (!*echo)
                             Q_EMIT submissions->submissionChanged(SubmissionId(), UnitId(), QString());
                     });
    QObject::connect(submissions, &SubmissionService::submissionChanged, review,
                     [submissions, review, campaigns, echo](SubmissionId id, UnitId, const QString &item) {
                         if (!id.isValid())
                             return;
                         const Result<Submission> s = submissions->submission(id);
                         if (!s)
                             return;
                         const Result<Campaign> c = campaigns->campaign(s->campaign);
                         if (c && catalogueform::formOf(*c) && catalogueform::formOf(*c)->id == item) {
                             *echo = true;
                             Q_EMIT review->catalogueChanged(s->campaign);
                             *echo = false;
                         }
                         // 附件7's cells are the drawn files' upload ticks: a saved form moved them.
                         if (c && uploadform::of(*c) && uploadform::of(*c)->id == item && !*echo) {
                             *echo = true;
                             Q_EMIT review->uploadChanged(0);
                             *echo = false;
                         }
                     });
    // … and a tick moved the unit's 附件7: news to the submissions' pages.
    QObject::connect(review, &CaseReviewService::uploadChanged, submissions, [submissions, echo](qint64) {
        if (!*echo)
            Q_EMIT submissions->submissionChanged(SubmissionId(), UnitId(), QString());
    });
    ws->m_areaRecords =
        std::make_unique<AreaRecordService>(*ws->m_db, *ws->m_clock, *ws->m_campaigns, ws->m_actor);
    return ws;
}

} // namespace oversight
