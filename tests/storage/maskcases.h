#pragma once
// One case per variant of maskvariants.h, registered through the services as a clerk would: the variant is
// the summary and the enterprise name, the complainant is the variant's, and a problem found on the case
// (description and measure quoting the variant) goes to the rectification ledger.

#include "maskvariants.h"
#include "services/supervisionservice.h"
#include "services/unitservice.h"
#include "tempworkspace.h"

#include <vector>

struct MaskCase
{
    MaskVariant variant;
    oversight::ComplaintId id;
};

inline std::vector<MaskCase> registerMaskCases(TempWorkspace &t)
{
    using namespace oversight;
    Unit u;
    u.campaign = t.campaign;
    u.name = QStringLiteral("旗市场监督管理局");
    const UnitId unit = t.ws->units().create(u).value();
    SupervisionService &s = t.ws->supervision();
    std::vector<MaskCase> cases;
    for (const MaskVariant &v : maskVariants()) {
        Complaint c;
        c.campaign = t.campaign;
        c.unit = unit;
        c.receivedOn = QDate(2022, 6, 1);
        c.channel = Complaint::Channel::Phone;
        c.enterpriseName = v.text;
        c.enterpriseRelated = true;
        c.summary = v.text;
        c.complainantName = v.name;
        c.complainantContact = v.contact;
        const auto id = s.intake(c);
        if (!id)
            qFatal("cannot register the case \"%s\": %s", v.label, qPrintable(id.error().fullText()));
        if (auto r = s.startInvestigation(*id, QStringLiteral("核查：") + v.text); !r)
            qFatal("cannot investigate: %s", qPrintable(r.error().fullText()));
        ComplaintFinding f;
        f.complaint = *id;
        f.source = ComplaintFinding::Source::Complaint;
        f.area = 1;
        f.description = QStringLiteral("经查") + v.text;
        f.measure = QStringLiteral("回访") + v.text;
        if (auto r = s.addFinding(f); !r)
            qFatal("cannot add the finding: %s", qPrintable(r.error().fullText()));
        cases.push_back({v, *id});
    }
    return cases;
}
