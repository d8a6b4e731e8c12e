#include "casereviewservice.h"

#include "campaignservice.h"
#include "catalogueform.h"
#include "clock.h"
#include "domain/uploadform.h"
#include "storage/auditlog.h"
#include "storage/casereviewrepository.h"
#include "storage/database.h"
#include "unitservice.h"
#include "uploadsync.h"
#include "writescope.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <map>

namespace oversight {

namespace {

CaseFile normalized(CaseFile f)
{
    f.number = f.number.simplified();
    f.title = f.title.trimmed();
    f.caseType = f.caseType.trimmed();
    f.party = f.party.trimmed();
    f.selfCheckGrade = f.selfCheckGrade.trimmed();
    return f;
}

QByteArray caseJson(const CaseFile &f)
{
    QByteArray out;
    out.reserve(160 + 3 * (f.title.size() + f.party.size() + f.number.size()));
    out += "{\"case_type\":";
    AuditLog::appendJsonString(out, f.caseType);
    out += ",\"closed_on\":";
    AuditLog::appendJsonString(out, f.closedOn.isValid() ? f.closedOn.toString(Qt::ISODate) : QString());
    out += ",\"number\":";
    AuditLog::appendJsonString(out, f.number);
    out += ",\"party\":";
    AuditLog::appendJsonString(out, f.party);
    out += ",\"self_check_grade\":";
    AuditLog::appendJsonString(out, f.selfCheckGrade);
    out += ",\"self_checked\":";
    out += f.selfChecked ? "true" : "false";
    out += ",\"title\":";
    AuditLog::appendJsonString(out, f.title);
    out += ",\"unit_id\":";
    out += QByteArray::number(f.unit.value);
    out += '}';
    return out;
}

QJsonObject caseFields(const CaseFile &f)
{
    return QJsonDocument::fromJson(caseJson(f)).object();
}

Result<void> checkCase(const CaseFile &f)
{
    const QStringList problems = validateCaseFile(f);
    if (!problems.isEmpty())
        return makeError(Error::Code::Invalid, problems.join(QLatin1Char('\n')));
    return {};
}
} // namespace

CaseReviewService::CaseReviewService(Database &db, const Clock &clock, CampaignService &campaigns,
                                     UnitService &units, LedgerService &ledger, QString actor,
                                     QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_campaigns(campaigns), m_units(units), m_ledger(ledger),
      m_actor(std::move(actor))
{}

// ------------------------------------------------------------------------------------------------ catalogues

Result<std::vector<CaseFile>> CaseReviewService::caseFiles(CampaignId campaign) const
{
    return CaseReviewRepository(m_db.connection()).caseFiles(campaign);
}

Result<std::vector<CaseFile>> CaseReviewService::caseFilesOfUnit(UnitId unit) const
{
    return CaseReviewRepository(m_db.connection()).caseFilesOfUnit(unit);
}

Result<int> CaseReviewService::caseYear(CampaignId campaign) const
{
    const Result<Campaign> c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    return c->caseYear;
}

Result<std::vector<UnitId>> CaseReviewService::noCaseUnits(CampaignId campaign) const
{
    return CaseReviewRepository(m_db.connection()).noCaseUnits(campaign);
}

Result<std::vector<CatalogueSummary>> CaseReviewService::catalogue(CampaignId campaign) const
{
    const auto units = m_units.units(campaign);
    if (!units)
        return units.error();
    CaseReviewRepository repo(m_db.connection());
    // Counted by the database: the status report and the case-review page need the figures, and reading a
    // banner's 40,000 files to count them took most of their time (bench/README.md).
    const auto counts = repo.caseFileCounts(campaign);
    if (!counts)
        return counts.error();
    const auto none = repo.noCaseUnits(campaign);
    if (!none)
        return none.error();
    std::vector<CatalogueUnit> list;
    for (const Unit &u : *units)
        list.push_back({u.id, u.name});
    std::vector<CatalogueSummary> out = catalogueSummaries(list, {}, *none);
    QHash<UnitId, size_t> index;
    for (size_t i = 0; i < out.size(); ++i)
        index.insert(out[i].unit, i);
    for (const CaseReviewRepository::UnitCaseCount &c : *counts) {
        const auto it = index.constFind(c.unit);
        if (it == index.cend() || c.total == 0)
            continue;
        CatalogueSummary &s = out[*it];
        s.reported = true;
        s.noCases = false; // files outweigh a "no cases" declaration, as catalogueSummaries() has it
        s.total = c.total;
        s.selfChecked = c.selfChecked;
    }
    return out;
}

Result<CaseFileId> CaseReviewService::createCaseFile(CaseFile file)
{
    file = normalized(std::move(file));
    file.id = CaseFileId();
    const auto unit = m_units.unit(file.unit);
    if (!unit)
        return unit.error();
    file.campaign = unit->campaign;
    if (auto r = checkCase(file); !r)
        return r.error();
    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    CaseReviewRepository repo(m_db.connection());
    const auto ids = repo.insertCaseFiles({file}, m_clock.now());
    if (!ids)
        return makeError(
            Error::Code::Conflict,
            CaseReviewServiceText::tr(
                "案卷编号 \"%1\" is already in the catalogue of \"%2\"; each number is listed once.")
                .arg(file.number, unit->name),
            ids.error().detail);
    if (auto r = repo.setNoCases(file.campaign, file.unit, false, m_clock.now()); !r)
        return r.error();
    if (auto r = scope.audit(QStringLiteral("case_file"), ids->front().value, QStringLiteral("create"),
                             caseFields(file));
        !r)
        return r.error();
    if (const Result<Campaign> campaign = m_campaigns.campaign(file.campaign); !campaign)
        return campaign.error();
    else if (auto r = catalogueform::receiveForUnits(scope, *campaign, {file.unit}, m_clock.today(),
                                                     m_clock.now());
             !r)
        return r.error();
    if (auto r = scope.commit([&] { Q_EMIT catalogueChanged(file.campaign); }); !r)
        return r.error();
    return ids->front();
}

Result<void> CaseReviewService::updateCaseFile(CaseFile file)
{
    file = normalized(std::move(file));
    CaseReviewRepository repo(m_db.connection());
    const auto before = repo.caseFile(file.id);
    if (!before)
        return before.error();
    file.campaign = before->campaign;
    file.unit = before->unit;
    if (auto r = checkCase(file); !r)
        return r;
    if (file == *before)
        return {};
    return WriteScope(m_db, m_clock, m_actor)
        .apply(
            [&]() -> Result<void> {
                if (auto r = repo.updateCaseFiles({file}, m_clock.now()); !r)
                    return makeError(
                        Error::Code::Conflict,
                        CaseReviewServiceText::tr("案卷编号 \"%1\" is already in this unit's catalogue.")
                            .arg(file.number),
                        r.error().detail);
                return {};
            },
            {QStringLiteral("case_file"), file.id.value, QStringLiteral("update"),
             fieldChanges(caseFields(*before), caseFields(file))},
            [&] { Q_EMIT catalogueChanged(file.campaign); });
}

Result<void> CaseReviewService::removeCaseFile(CaseFileId id)
{
    CaseReviewRepository repo(m_db.connection());
    const auto before = repo.caseFile(id);
    if (!before)
        return before.error();
    const auto drawn = repo.isDrawn(id);
    if (!drawn)
        return drawn.error();
    if (*drawn)
        return makeError(Error::Code::Conflict,
                         CaseReviewServiceText::tr(
                             "Case file \"%1\" was drawn for the spot check; a drawn file stays in the "
                             "catalogue so the draw can be verified.")
                             .arg(before->number));
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.removeCaseFile(id); },
               {QStringLiteral("case_file"), id.value, QStringLiteral("delete"), caseFields(*before)},
               [&] { Q_EMIT catalogueChanged(before->campaign); });
}

Result<void> CaseReviewService::setNoCases(CampaignId campaign, UnitId unit, bool noCases)
{
    const auto u = m_units.unit(unit);
    if (!u)
        return u.error();
    CaseReviewRepository repo(m_db.connection());
    if (noCases) {
        const auto files = repo.caseFilesOfUnit(unit);
        if (!files)
            return files.error();
        if (!files->empty())
            return makeError(Error::Code::Conflict,
                             CaseReviewServiceText::tr(
                                 "\"%1\" has %2 case file(s) in its catalogue; delete them before declaring "
                                 "that it had no cases.")
                                 .arg(u->name)
                                 .arg(files->size()));
    }
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.setNoCases(campaign, unit, noCases, m_clock.now()); },
               {QStringLiteral("case_catalogue"), unit.value, QStringLiteral("no-cases"),
                QJsonObject{{QStringLiteral("no_cases"), noCases}}},
               [&] { Q_EMIT catalogueChanged(campaign); });
}

struct CaseReviewService::ImportSession::Private
{
    CaseReviewService *service = nullptr;
    CampaignId campaign;
    std::unique_ptr<WriteScope> scope;
    bool committed = false;
};

CaseReviewService::ImportSession::ImportSession(std::unique_ptr<Private> p) : d(std::move(p)) {}
CaseReviewService::ImportSession::~ImportSession() = default;

Result<std::unique_ptr<CaseReviewService::ImportSession>> CaseReviewService::beginImport(CampaignId campaign)
{
    auto d = std::make_unique<ImportSession::Private>();
    d->service = this;
    d->campaign = campaign;
    d->scope = std::make_unique<WriteScope>(m_db, m_clock, m_actor);
    if (auto r = d->scope->begun(); !r)
        return r.error();
    return std::unique_ptr<ImportSession>(new ImportSession(std::move(d)));
}

Result<void> CaseReviewService::ImportSession::add(std::vector<CaseFile> added, std::vector<CaseFile> changed,
                                                   std::vector<UnitId> noCases)
{
    if (d->committed)
        return makeError(Error::Code::Invalid,
                         CaseReviewServiceText::tr("The import was already committed."));
    CaseReviewService &s = *d->service;
    const QDateTime now = s.m_clock.now();
    for (CaseFile &f : added) {
        f = normalized(std::move(f));
        f.campaign = d->campaign;
        if (auto r = checkCase(f); !r)
            return r;
    }
    for (CaseFile &f : changed) {
        f = normalized(std::move(f));
        f.campaign = d->campaign;
        if (auto r = checkCase(f); !r)
            return r;
    }
    CaseReviewRepository repo(s.m_db.connection());
    if (auto r = repo.updateCaseFiles(changed, now); !r)
        return r;
    const auto ids = repo.insertCaseFiles(added, now);
    if (!ids)
        return ids.error();
    std::vector<AuditEntry> entries;
    entries.reserve(added.size() + changed.size() + noCases.size());
    const QString entity = QStringLiteral("case_file");
    QSet<UnitId> units;
    for (size_t i = 0; i < added.size(); ++i) {
        AuditEntry e{0,  now, s.m_actor, entity, (*ids)[i].value, QStringLiteral("import-create"),
                     {}, {},  {},        {}};
        e.changesJson = caseJson(added[i]);
        entries.push_back(std::move(e));
        units.insert(added[i].unit);
    }
    for (const CaseFile &f : changed) {
        AuditEntry e{0, now, s.m_actor, entity, f.id.value, QStringLiteral("import-update"), {}, {}, {}, {}};
        e.changesJson = caseJson(f);
        entries.push_back(std::move(e));
    }
    // The catalogue is 附件2's register: a unit whose catalogue came in has handed in its 附件2 (issue 23).
    if (!units.isEmpty()) {
        const Result<Campaign> campaign = s.m_campaigns.campaign(d->campaign);
        if (!campaign)
            return campaign.error();
        if (auto r = catalogueform::receiveForUnits(*d->scope, *campaign, units, s.m_clock.today(), now); !r)
            return r;
    }
    for (UnitId u : units) // a unit with files is no longer "without cases"
        if (auto r = repo.setNoCases(d->campaign, u, false, now); !r)
            return r;
    for (UnitId u : noCases) {
        if (auto r = repo.setNoCases(d->campaign, u, true, now); !r)
            return r;
        entries.push_back({0,
                           now,
                           s.m_actor,
                           QStringLiteral("case_catalogue"),
                           u.value,
                           QStringLiteral("no-cases"),
                           QJsonObject{{QStringLiteral("no_cases"), true}},
                           {},
                           {}});
    }
    return d->scope->auditMany(std::move(entries));
}

Result<void> CaseReviewService::ImportSession::commit()
{
    return d->scope->commit([this] {
        d->committed = true;
        Q_EMIT d->service->catalogueChanged(d->campaign);
    });
}

// ------------------------------------------------------------------------------------------------ reviewers

Result<std::vector<ReviewerEntry>> CaseReviewService::reviewers(CampaignId campaign) const
{
    return CaseReviewRepository(m_db.connection()).reviewers(campaign);
}

namespace {
Result<void> checkReviewer(ReviewerEntry &r)
{
    r.name = r.name.simplified();
    r.affiliation = r.affiliation.simplified();
    r.qualification = r.qualification.trimmed();
    if (r.name.isEmpty())
        return fieldError(QStringLiteral("name"),
                          CaseReviewServiceText::tr("Name: enter the reviewer's name."));
    if (r.affiliation.isEmpty())
        return fieldError(QStringLiteral("affiliation"),
                          CaseReviewServiceText::tr(
                              "Unit or law firm: enter where the reviewer works (回避 depends on it)."));
    return {};
}
} // namespace

Result<qint64> CaseReviewService::addReviewer(ReviewerEntry reviewer)
{
    if (auto r = checkReviewer(reviewer); !r)
        return r.error();
    return WriteScope(m_db, m_clock, m_actor)
        .create(
            [&]() -> Result<qint64> {
                const auto id =
                    CaseReviewRepository(m_db.connection()).insertReviewer(reviewer, m_clock.now());
                if (!id)
                    return makeError(
                        Error::Code::Conflict,
                        CaseReviewServiceText::tr("\"%1\" of \"%2\" is already in the reviewer pool.")
                            .arg(reviewer.name, reviewer.affiliation),
                        id.error().detail);
                return id;
            },
            {QStringLiteral("reviewer"),
             {},
             QStringLiteral("create"),
             QJsonObject{{QStringLiteral("name"), reviewer.name},
                         {QStringLiteral("affiliation"), reviewer.affiliation},
                         {QStringLiteral("qualification"), reviewer.qualification}}},
            [&] { Q_EMIT reviewersChanged(reviewer.campaign); });
}

Result<void> CaseReviewService::updateReviewer(ReviewerEntry reviewer)
{
    if (auto r = checkReviewer(reviewer); !r)
        return r;
    return WriteScope(m_db, m_clock, m_actor)
        .apply(
            [&] { return CaseReviewRepository(m_db.connection()).updateReviewer(reviewer, m_clock.now()); },
            {QStringLiteral("reviewer"), reviewer.id, QStringLiteral("update"),
             QJsonObject{{QStringLiteral("name"), reviewer.name},
                         {QStringLiteral("affiliation"), reviewer.affiliation},
                         {QStringLiteral("qualification"), reviewer.qualification}}},
            [&] { Q_EMIT reviewersChanged(reviewer.campaign); });
}

Result<void> CaseReviewService::removeReviewer(qint64 id)
{
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return CaseReviewRepository(m_db.connection()).removeReviewer(id); },
               {QStringLiteral("reviewer"), id, QStringLiteral("delete"), {}},
               [&] { Q_EMIT reviewersChanged(CampaignId()); });
}

} // namespace oversight
