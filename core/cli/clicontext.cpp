#include "clicontext.h"

#include "services/campaignservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QTextStream>

namespace oversight {

void CliContext::setDatabasePath(const QString &path)
{
    m_databasePath = path;
}

QString CliContext::databasePath() const
{
    return m_databasePath.isEmpty() ? Database::defaultPath() : m_databasePath;
}

std::unique_ptr<Clock> CliContext::makeClock() const
{
    if (m_today.isValid())
        return std::make_unique<FixedClock>(m_today);
    return std::make_unique<Clock>();
}

Result<std::unique_ptr<Workspace>> CliContext::openWorkspace(Access access) const
{
    const QString path = databasePath();
    if (!isDefaultDatabase() || QFileInfo::exists(path)) {
        if (access == Access::Write)
            return Workspace::open(path, Database::Mode::OpenExisting, makeClock());
        Result<std::unique_ptr<Workspace>> reader =
            Workspace::open(path, Database::Mode::ReadOnly, makeClock());
        if (reader || reader.error().code != Error::Code::Outdated)
            return reader;
        // Read-only never migrates. A file of an older schema is upgraded here when no other copy holds it.
        Result<std::unique_ptr<Workspace>> upgraded =
            Workspace::open(path, Database::Mode::OpenExisting, makeClock());
        if (!upgraded && upgraded.error().code == Error::Code::Locked)
            return reader;
        return upgraded;
    }
    // The default file does not exist yet: the first start creates it with the shipped plan.
    Result<std::unique_ptr<Workspace>> workspace =
        Workspace::open(path, Database::Mode::OpenOrCreate, makeClock());
    if (!workspace)
        return workspace;
    if (const Result<CampaignId> r = workspace.value()->campaigns().ensureDefault(); !r)
        return r.error();
    return workspace;
}

Result<CampaignId> CliContext::currentCampaign(Workspace &workspace)
{
    const Result<CampaignId> id = workspace.campaigns().current();
    if (!id)
        return id;
    if (!id->isValid())
        return makeError(Error::Code::Damaged,
                         tr("%1 holds no campaign. Create a database with \"oversight-cli --db FILE init\".")
                             .arg(workspace.database().path()));
    return id;
}

ExitCode CliContext::fail(const Error &error, ExitCode code)
{
    m_err << error.fullText() << Qt::endl;
    return code;
}

ExitCode CliContext::usageError(const QString &message)
{
    m_err << tr("oversight-cli: %1 (see oversight-cli --help)").arg(message) << Qt::endl;
    return ExitCode::Usage;
}

} // namespace oversight
