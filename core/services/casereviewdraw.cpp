// CaseReviewService, its draw half: the spot-check draws of case files and reviewers, their verification
// and voiding, and the drawn files' upload ticks (附件7). The catalogue and reviewers are in
// casereviewservice.cpp, the scoring sheets in casereviewscoring.cpp.

#include "casereviewservice.h"

#include "campaignservice.h"
#include "clock.h"
#include "domain/uploadform.h"
#include "storage/casereviewrepository.h"
#include "storage/database.h"
#include "unitservice.h"
#include "uploadsync.h"
#include "writescope.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace oversight {

// ------------------------------------------------------------------------------------------------ draws

Result<std::vector<draw::PoolFile>> CaseReviewService::pool(CampaignId campaign, const QStringList &unitNames,
                                                            std::vector<CaseFile> *files) const
{
    const auto units = m_units.units(campaign);
    if (!units)
        return units.error();
    QHash<UnitId, QString> chosen;
    QSet<QString> known;
    for (const Unit &u : *units) {
        known.insert(u.name);
        if (unitNames.contains(u.name))
            chosen.insert(u.id, u.name);
    }
    for (const QString &name : unitNames)
        if (!known.contains(name))
            return makeError(Error::Code::NotFound,
                             CaseReviewServiceText::tr(
                                 "\"%1\" is not in the units register; check the name (\"oversight-cli "
                                 "status\" lists the units).")
                                 .arg(name));
    const auto all = CaseReviewRepository(m_db.connection()).caseFiles(campaign);
    if (!all)
        return all.error();
    std::vector<draw::PoolFile> out;
    for (const CaseFile &f : *all) {
        const auto it = chosen.constFind(f.unit);
        if (it == chosen.cend())
            continue;
        out.push_back({*it, f.number});
        if (files)
            files->push_back(f);
    }
    draw::sortCanonical(out);
    return out;
}

Result<QStringList> CaseReviewService::suggestedUnits(CampaignId campaign, int count) const
{
    const auto summaries = catalogue(campaign);
    if (!summaries)
        return summaries.error();
    std::vector<draw::Quota> sizes;
    for (const CatalogueSummary &s : *summaries)
        sizes.push_back({s.unitName, s.total, 0});
    return draw::suggestUnits(sizes, count);
}

Result<DrawRecord> CaseReviewService::drawCases(CampaignId campaign, const DrawRequest &request)
{
    const auto c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    QStringList units = request.units;
    for (QString &u : units)
        u = u.simplified();
    units.removeAll(QString());
    units.removeDuplicates();
    if (units.isEmpty()) {
        const auto suggested = suggestedUnits(campaign, request.count);
        if (!suggested)
            return suggested.error();
        units = *suggested;
    }
    std::vector<CaseFile> files;
    const auto pool = this->pool(campaign, units, &files);
    if (!pool)
        return pool.error();
    QStringList empty;
    for (const QString &u : units)
        if (std::none_of(pool->begin(), pool->end(), [&u](const draw::PoolFile &f) { return f.unit == u; }))
            empty.append(u);
    if (!empty.isEmpty())
        return makeError(Error::Code::Invalid,
                         CaseReviewServiceText::tr("No case files in the catalogue of: %1; import their "
                                                   "catalogues or leave them out of the draw.")
                             .arg(empty.join(CaseReviewServiceText::tr(", "))));

    DrawRecord record;
    record.campaign = campaign;
    record.task = request.task.trimmed().isEmpty()
                      ? CaseReviewServiceText::tr("%1 case-file spot check").arg(c->caseYear)
                      : request.task.trimmed();
    record.drawnAt = m_clock.now();
    record.operatorName = m_actor;
    record.seed = request.seed.value_or(draw::systemSeed());
    record.requested = request.count;
    if (request.count < c->rules.spotCheckMinFiles)
        record.warning = CaseReviewServiceText::tr("%1 file(s) drawn, fewer than the plan's minimum of %2.")
                             .arg(request.count)
                             .arg(c->rules.spotCheckMinFiles);
    record.pool = draw::canonicalText(*pool);
    record.poolSha256 = draw::sha256Hex(record.pool);
    const auto drawn = draw::drawFiles(*pool, request.count, record.seed);
    if (!drawn)
        return drawn.error();
    record.quotas = drawn->quotas;
    record.result = drawn->files;

    const auto reviewers = this->reviewers(campaign);
    if (!reviewers)
        return reviewers.error();
    if (!reviewers->empty()) {
        std::vector<draw::Reviewer> rpool;
        for (const ReviewerEntry &r : *reviewers)
            rpool.push_back({r.name, r.affiliation});
        draw::sortCanonical(rpool);
        const auto picked = draw::drawReviewers(record.result, rpool, drawn->reviewerSeed);
        if (!picked)
            return picked.error();
        record.reviewerSeed = drawn->reviewerSeed;
        record.reviewerPool = draw::canonicalText(rpool);
        record.reviewerPoolSha256 = draw::sha256Hex(record.reviewerPool);
        record.reviewerResult = *picked;
        record.reviewersDrawnAt = record.drawnAt;
    }

    // The drawn files as rows, in draw order.
    QHash<QString, const CaseFile *> byKey;
    for (const CaseFile &f : files)
        byKey.insert(QString::number(f.unit.value) + QLatin1Char('\t') + f.number, &f);
    QHash<QString, UnitId> unitIds;
    const auto allUnits = m_units.units(campaign);
    if (!allUnits)
        return allUnits.error();
    for (const Unit &u : *allUnits)
        unitIds.insert(u.name, u.id);
    std::vector<CaseFile> rows;
    for (const draw::PoolFile &f : record.result)
        rows.push_back(
            *byKey.value(QString::number(unitIds.value(f.unit).value) + QLatin1Char('\t') + f.number));

    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r.error();
    CaseReviewRepository repo(m_db.connection());
    DrawRecord filesOnly = record; // the reviewers follow as their own step of the same record
    filesOnly.reviewerSeed.reset();
    const auto id = repo.insertDraw(filesOnly);
    if (!id)
        return id.error();
    record.id = *id;
    if (auto r = repo.insertDrawnFiles(*id, rows); !r)
        return r.error();
    if (record.hasReviewers())
        if (auto r = repo.setDrawReviewers(record); !r)
            return r.error();
    QJsonArray unitList;
    for (const draw::Quota &q : record.quotas)
        unitList.append(QStringLiteral("%1:%2/%3").arg(q.unit).arg(q.quota).arg(q.poolSize));
    if (auto r = scope.audit(QStringLiteral("draw"), id->value, QStringLiteral("draw"),
                             QJsonObject{{QStringLiteral("seed"), QString::number(record.seed)},
                                         {QStringLiteral("count"), record.requested},
                                         {QStringLiteral("pool_sha256"), record.poolSha256},
                                         {QStringLiteral("quotas"), unitList},
                                         {QStringLiteral("reviewers"), record.hasReviewers()}});
        !r)
        return r.error();
    if (auto r = scope.commit([&] { Q_EMIT drawStored(*id); }); !r)
        return r.error();
    return record;
}

Result<DrawRecord> CaseReviewService::drawReviewers(DrawId id, std::optional<std::uint64_t> seed)
{
    auto record = drawRecord(id);
    if (!record)
        return record.error();
    DrawRecord d = std::move(record).value();
    if (d.hasReviewers())
        return makeError(Error::Code::Conflict,
                         CaseReviewServiceText::tr(
                             "Draw record %1 already has its reviewers; a draw's reviewers are drawn once.")
                             .arg(id.value));
    const auto reviewers = this->reviewers(d.campaign);
    if (!reviewers)
        return reviewers.error();
    if (reviewers->empty())
        return makeError(Error::Code::Invalid,
                         CaseReviewServiceText::tr(
                             "The reviewer pool is empty; add reviewers (name, unit or law firm) first."));
    std::vector<draw::Reviewer> rpool;
    for (const ReviewerEntry &r : *reviewers)
        rpool.push_back({r.name, r.affiliation});
    draw::sortCanonical(rpool);
    const std::uint64_t s = seed.value_or(draw::systemSeed());
    const auto picked = draw::drawReviewers(d.result, rpool, s);
    if (!picked)
        return picked.error();
    d.reviewerSeed = s;
    d.reviewerPool = draw::canonicalText(rpool);
    d.reviewerPoolSha256 = draw::sha256Hex(d.reviewerPool);
    d.reviewerResult = *picked;
    d.reviewersDrawnAt = m_clock.now();
    if (auto r =
            WriteScope(m_db, m_clock, m_actor)
                .apply([&] { return CaseReviewRepository(m_db.connection()).setDrawReviewers(d); },
                       {QStringLiteral("draw"), id.value, QStringLiteral("draw-reviewers"),
                        QJsonObject{{QStringLiteral("reviewer_seed"), QString::number(s)},
                                    {QStringLiteral("reviewer_pool_sha256"), d.reviewerPoolSha256},
                                    {QStringLiteral("redraws"), qint64(d.reviewerResult.redraws.size())}}},
                       [&] { Q_EMIT drawStored(id); });
        !r)
        return r.error();
    return d;
}

Result<DrawVerification> CaseReviewService::verify(DrawId id) const
{
    const auto record = drawRecord(id);
    if (!record)
        return record.error();
    const DrawRecord &d = *record;
    DrawVerification v;
    if (d.algorithm != QLatin1String(draw::algorithmName) || d.algorithmVersion != draw::algorithmVersion) {
        v.differences << CaseReviewServiceText::tr(
                             "the record was drawn with %1 version %2; this program runs %3 version %4")
                             .arg(d.algorithm)
                             .arg(d.algorithmVersion)
                             .arg(QString::fromLatin1(draw::algorithmName))
                             .arg(draw::algorithmVersion);
        return v;
    }
    if (draw::sha256Hex(d.pool) != d.poolSha256)
        v.differences << CaseReviewServiceText::tr("the stored pool does not match its stored fingerprint %1")
                             .arg(d.poolSha256);

    // The catalogue as it is now, for the same units.
    const auto now = pool(d.campaign, d.units(), nullptr);
    if (!now)
        return now.error();
    const QByteArray nowText = draw::canonicalText(*now);
    if (nowText != d.pool) {
        const std::vector<draw::PoolFile> then = draw::poolFromText(d.pool);
        QSet<QString> a, b;
        for (const auto &f : then)
            a.insert(f.unit + QLatin1Char(' ') + f.number);
        for (const auto &f : *now)
            b.insert(f.unit + QLatin1Char(' ') + f.number);
        QStringList added(QStringList(b.begin(), b.end())), removed(QStringList(a.begin(), a.end()));
        added.erase(
            std::remove_if(added.begin(), added.end(), [&a](const QString &s) { return a.contains(s); }),
            added.end());
        removed.erase(
            std::remove_if(removed.begin(), removed.end(), [&b](const QString &s) { return b.contains(s); }),
            removed.end());
        added.sort();
        removed.sort();
        QString what =
            CaseReviewServiceText::tr("the pool has changed since the draw (SHA-256 then %1, now %2)")
                .arg(d.poolSha256, draw::sha256Hex(nowText));
        if (!added.isEmpty())
            what += CaseReviewServiceText::tr("; added since: %1")
                        .arg(added.mid(0, 5).join(CaseReviewServiceText::tr(", ")) +
                             (added.size() > 5 ? CaseReviewServiceText::tr(" …") : QString()));
        if (!removed.isEmpty())
            what += CaseReviewServiceText::tr("; removed since: %1")
                        .arg(removed.mid(0, 5).join(CaseReviewServiceText::tr(", ")) +
                             (removed.size() > 5 ? CaseReviewServiceText::tr(" …") : QString()));
        v.differences << what;
    }

    // Re-run on the recorded pool.
    const auto rerun = draw::drawFiles(draw::poolFromText(d.pool), d.requested, d.seed);
    if (!rerun) {
        v.differences << CaseReviewServiceText::tr("the recorded pool cannot be drawn again: %1")
                             .arg(rerun.error().message);
        return v;
    }
    if (rerun->quotas != d.quotas)
        v.differences << CaseReviewServiceText::tr("the quotas differ from the recorded ones");
    for (size_t i = 0; i < std::max(rerun->files.size(), d.result.size()); ++i) {
        const QString got = i < rerun->files.size()
                                ? rerun->files[i].unit + QLatin1Char(' ') + rerun->files[i].number
                                : CaseReviewServiceText::tr("(none)");
        const QString want = i < d.result.size() ? d.result[i].unit + QLatin1Char(' ') + d.result[i].number
                                                 : CaseReviewServiceText::tr("(none)");
        if (got != want)
            v.differences << CaseReviewServiceText::tr("file %1: the record says %2, the re-run gives %3")
                                 .arg(i + 1)
                                 .arg(want, got);
    }
    if (d.hasReviewers()) {
        if (draw::sha256Hex(d.reviewerPool) != d.reviewerPoolSha256)
            v.differences << CaseReviewServiceText::tr(
                "the stored reviewer pool does not match its fingerprint");
        const auto again =
            draw::drawReviewers(d.result, draw::reviewersFromText(d.reviewerPool), *d.reviewerSeed);
        if (!again)
            v.differences << CaseReviewServiceText::tr("the reviewers cannot be drawn again: %1")
                                 .arg(again.error().message);
        else if (again->picks != d.reviewerResult.picks)
            v.differences << CaseReviewServiceText::tr("the reviewers differ from the recorded ones");
        else if (again->redraws != d.reviewerResult.redraws)
            v.differences << CaseReviewServiceText::tr("the recorded re-draws differ from the re-run");
    }
    return v;
}

Result<void> CaseReviewService::voidDraw(DrawId id, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return fieldError(
            QStringLiteral("reason"),
            CaseReviewServiceText::tr("Say why the draw is set aside; the reason stays on the record."));
    CaseReviewRepository repo(m_db.connection());
    const auto record = repo.drawRecord(id);
    if (!record)
        return record.error();
    const auto scored = repo.scoredFiles(id);
    if (!scored)
        return scored.error();
    if (*scored > 0)
        return makeError(
            Error::Code::Conflict,
            CaseReviewServiceText::tr("Draw record %1 has %2 scored file(s); a draw under review is not "
                                      "set aside.")
                .arg(id.value)
                .arg(*scored));
    return WriteScope(m_db, m_clock, m_actor)
        .apply([&] { return repo.voidDraw(id, why); },
               {QStringLiteral("draw"), id.value, QStringLiteral("void"),
                QJsonObject{{QStringLiteral("reason"), why}}},
               [&] { Q_EMIT drawStored(id); });
}

Result<DrawRecord> CaseReviewService::drawRecord(DrawId id) const
{
    return CaseReviewRepository(m_db.connection()).drawRecord(id);
}

Result<std::vector<DrawRecord>> CaseReviewService::draws(CampaignId campaign) const
{
    return CaseReviewRepository(m_db.connection()).draws(campaign);
}

Result<std::vector<DrawnFile>> CaseReviewService::drawnFiles(CampaignId campaign, DrawId only) const
{
    auto files = CaseReviewRepository(m_db.connection()).drawnFiles(campaign, only);
    if (!files)
        return files;
    const auto c = m_campaigns.campaign(campaign);
    if (!c)
        return c.error();
    std::vector<DrawnFile> out = std::move(files).value();
    uploadform::nameProblems(*c, out);
    return out;
}

Result<void> CaseReviewService::setUploaded(qint64 drawnFile, bool uploaded, QDate on)
{
    if (uploaded && !on.isValid())
        on = m_clock.today();
    if (!uploaded)
        on = QDate();
    CaseReviewRepository repo(m_db.connection());
    const Result<CampaignId> campaign = repo.campaignOfDrawnFile(drawnFile);
    if (!campaign)
        return campaign.error();
    const Result<Campaign> c = m_campaigns.campaign(*campaign);
    if (!c)
        return c.error();
    Result<std::vector<DrawnFile>> read = drawnFiles(*campaign);
    if (!read)
        return read.error();
    std::vector<DrawnFile> files = std::move(read).value();
    const auto self =
        std::find_if(files.begin(), files.end(), [&](const DrawnFile &f) { return f.id == drawnFile; });
    WriteScope scope(m_db, m_clock, m_actor);
    if (auto r = scope.begun(); !r)
        return r;
    // The file may stand in two counted draws: the tick is the case file's, so every row of it follows.
    std::vector<DrawnFile> unitFiles;
    for (DrawnFile &f : files) {
        const bool same = f.id == drawnFile || (self != files.end() && f.caseFile == self->caseFile);
        if (same) {
            if (auto r = repo.setUploaded(f.id, uploaded, on); !r)
                return r;
            if (auto r = scope.audit(QStringLiteral("drawn_file"), f.id, QStringLiteral("upload"),
                                     QJsonObject{{QStringLiteral("uploaded"), uploaded},
                                                 {QStringLiteral("uploaded_on"),
                                                  uploaded ? on.toString(Qt::ISODate) : QString()}});
                !r)
                return r;
            f.uploaded = uploaded;
            f.uploadedOn = on;
        }
        if (self != files.end() && f.unit == self->unit)
            unitFiles.push_back(f);
    }
    if (self == files.end()) { // a file of a voided draw: no unit owes a form for it
        if (auto r = repo.setUploaded(drawnFile, uploaded, on); !r)
            return r;
        if (auto r = scope.audit(QStringLiteral("drawn_file"), drawnFile, QStringLiteral("upload"),
                                 QJsonObject{{QStringLiteral("uploaded"), uploaded},
                                             {QStringLiteral("uploaded_on"),
                                              uploaded ? on.toString(Qt::ISODate) : QString()}});
            !r)
            return r;
    } else if (const FormSpec *spec = uploadform::of(*c)) {
        if (auto r = UploadSync(scope, m_clock.now()).formFollowsTicks(*c, *spec, self->unit, unitFiles); !r)
            return r;
    }
    if (auto r = scope.commit([&] { Q_EMIT uploadChanged(drawnFile); }); !r)
        return r;
    return {};
}

} // namespace oversight
