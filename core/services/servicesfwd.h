#pragma once

/// Forward declarations of the services layer: the names a service header uses by reference or pointer
/// (its collaborators, the write path, the workspace) without needing their definitions.
namespace oversight {

class Clock;
class Database;
class WriteScope;
struct AuditNote;

class AcceptanceService;
class AreaRecordService;
class CampaignService;
class CaseReviewService;
class DocumentService;
class LedgerService;
class NormativeService;
class SubmissionService;
class SupervisionService;
class UnitService;
class Workspace;

} // namespace oversight
