#include "importkinds.h"

#include "arearecordexchange.h"
#include "caseexchange.h"
#include "campaign/campaignloader.h"
#include "complaintexchange.h"
#include "problemexchange.h"
#include "services/campaignservice.h"
#include "services/casereviewservice.h"
#include "services/ledgerservice.h"
#include "filingexchange.h"
#include "services/normativeservice.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "services/arearecordservice.h"
#include "services/workspace.h"
#include "unitexchange.h"
#include "unitlookup.h"

#include <QCoreApplication>

namespace oversight {

namespace {
class ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(oversight::ExchangeText)
};

std::vector<ExchangeKind> build()
{
    std::vector<ExchangeKind> kinds;
    kinds.push_back({
        QStringLiteral("units"),
        QT_TRANSLATE_NOOP("oversight::ExchangeText", "Enforcement units"),
        [](Workspace &ws, CampaignId campaign) -> std::unique_ptr<RecordImporter> {
            return std::make_unique<UnitImporter>(ws.units(), campaign);
        },
        [] { return unitTemplate(); },
        [](Workspace &ws, CampaignId campaign) -> Result<XlsxWorkbook> {
            const auto units = ws.units().units(campaign);
            if (!units)
                return units.error();
            const auto c = ws.campaigns().campaign(campaign);
            return unitExport(*units, c ? c->title : QString());
        },
    });
    kinds.push_back({
        QStringLiteral("cases"),
        QT_TRANSLATE_NOOP("oversight::ExchangeText", "Case catalogues"),
        [](Workspace &ws, CampaignId campaign) -> std::unique_ptr<RecordImporter> {
            return std::make_unique<CaseImporter>(ws.caseReview(), ws.units(), campaign);
        },
        [] { return caseTemplate(); },
        {},
    });
    kinds.push_back({
        QStringLiteral("problems"),
        QT_TRANSLATE_NOOP("oversight::ExchangeText", "Rectification ledger problems"),
        [](Workspace &ws, CampaignId campaign) -> std::unique_ptr<RecordImporter> {
            Result<Campaign> c = ws.campaigns().campaign(campaign);
            return std::make_unique<ProblemImporter>(ws.ledger(), ws.units(), c ? *c : Campaign{});
        },
        [] {
            // The template offers the shipped plan's area titles; any campaign's numbers 1–10 are the same.
            const Result<Campaign> plan = CampaignLoader::loadFile(CampaignLoader::builtinPath());
            return problemTemplate(plan ? *plan : Campaign{});
        },
        [](Workspace &ws, CampaignId campaign) -> Result<XlsxWorkbook> {
            const auto c = ws.campaigns().campaign(campaign);
            if (!c)
                return c.error();
            const auto units = ws.units().units(campaign);
            if (!units)
                return units.error();
            const auto problems = ws.ledger().problems(campaign);
            if (!problems)
                return problems.error();
            return ledgerWorkbook(*c, *units, *problems, ws.ledger().today());
        },
    });
    kinds.push_back({
        QStringLiteral("complaints"),
        QT_TRANSLATE_NOOP("oversight::ExchangeText", "Complaints"),
        [](Workspace &ws, CampaignId campaign) -> std::unique_ptr<RecordImporter> {
            return std::make_unique<ComplaintImporter>(ws.supervision(), ws.units(), campaign);
        },
        [] { return complaintTemplate(); },
        // No export: a workbook of complaints would carry the complainants, who stay private.
        {},
    });
    kinds.push_back({
        QStringLiteral("filings"),
        QT_TRANSLATE_NOOP("oversight::ExchangeText", "Normative-document filings"),
        [](Workspace &ws, CampaignId campaign) -> std::unique_ptr<RecordImporter> {
            return std::make_unique<FilingImporter>(ws.normative(), ws.units(), campaign);
        },
        [] { return filingTemplate(); },
        [](Workspace &ws, CampaignId campaign) -> Result<XlsxWorkbook> {
            const auto documents = ws.normative().documents(campaign);
            if (!documents)
                return documents.error();
            const auto names = unitNamesById(ws.units(), campaign);
            if (!names)
                return names.error();
            return filingExport(*documents, *names);
        },
    });
    // The lists units send for area 7 (training, exams) and area 10 (重大行政处罚备案).
    const auto areaList = [&kinds](const char *name, const char *label, AreaRecordImporter::List list) {
        kinds.push_back({
            QString::fromLatin1(name),
            label,
            [list](Workspace &ws, CampaignId campaign) -> std::unique_ptr<RecordImporter> {
                return std::make_unique<AreaRecordImporter>(list, ws.areaRecords(), ws.units(), campaign);
            },
            [list] { return areaRecordTemplate(list); },
            {},
        });
    };
    areaList("trainings", QT_TRANSLATE_NOOP("oversight::ExchangeText", "Training sessions"),
             AreaRecordImporter::List::Trainings);
    areaList("exams", QT_TRANSLATE_NOOP("oversight::ExchangeText", "Exams"), AreaRecordImporter::List::Exams);
    areaList("major-penalties", QT_TRANSLATE_NOOP("oversight::ExchangeText", "Major-penalty filings"),
             AreaRecordImporter::List::MajorPenalties);
    return kinds;
}
} // namespace

QString ExchangeKind::label() const
{
    return ExchangeText::tr(labelSource);
}

const std::vector<ExchangeKind> &exchangeKinds()
{
    static const std::vector<ExchangeKind> kinds = build();
    return kinds;
}

const ExchangeKind *findExchangeKind(const QString &name)
{
    for (const ExchangeKind &kind : exchangeKinds())
        if (kind.name == name)
            return &kind;
    return nullptr;
}

QStringList plannedExchangeKinds()
{
    QStringList planned{QStringLiteral("cases"), QStringLiteral("problems"), QStringLiteral("complaints")};
    for (const ExchangeKind &kind : exchangeKinds())
        planned.removeAll(kind.name);
    return planned;
}

} // namespace oversight
