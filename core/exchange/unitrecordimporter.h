#pragma once

#include "domain/ids.h"
#include "importer.h"
#include "unitlookup.h"

namespace oversight {

class UnitService;

/// An importer of records that each name a unit of the register and that one service checks and writes
/// (case files, problems, complaints, filings, the area lists): the service, the register the rows' unit
/// cells are read against, and the campaign the records go into.
template <typename Service>
class UnitRecordImporter : public RecordImporter
{
public:
    UnitRecordImporter(Service &service, UnitService &units, CampaignId campaign)
        : m_service(service), m_units(units, campaign), m_campaign(campaign)
    {}

protected:
    Service &m_service;
    UnitLookup m_units;
    CampaignId m_campaign;
};

} // namespace oversight
