#include "clicontext.h"

#include "domain/textnormal.h"
#include "services/campaignservice.h"
#include "services/unitservice.h"
#include "services/workspace.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
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

std::optional<CliContext::OutputFile> CliContext::pdfOrXlsxOutput(const std::optional<QString> &out,
                                                                  const QString &missing, ExitCode &refused)
{
    if (!out) {
        refused = usageError(missing);
        return std::nullopt;
    }
    const QString suffix = QFileInfo(*out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx")) {
        refused =
            usageError(tr("--out: \"%1\" is neither a .pdf nor an .xlsx file; name one of those.").arg(*out));
        return std::nullopt;
    }
    const OutputFile file{QFileInfo(*out).absoluteFilePath(), suffix == QLatin1String("pdf")};
    if (file.pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        refused = fail(makeError(Error::Code::Io, tr("A PDF needs the fonts of a GUI application; run "
                                                     "oversight-cli itself, not a library copy of it.")),
                       ExitCode::Database);
        return std::nullopt;
    }
    if (QFileInfo(file.path).isDir()) {
        refused = fail(makeError(
            Error::Code::Invalid,
            tr("%1: is a folder; name a file for --out.").arg(QDir::toNativeSeparators(file.path))));
        return std::nullopt;
    }
    return file;
}

Result<void> CliContext::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io,
                         tr("%1: cannot be written (%2); choose a folder you can write to for --out.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
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

CliContext::Opened CliContext::openCampaign(Access access)
{
    Opened result;
    auto opened = openWorkspace(access);
    if (!opened) {
        result.m_failure = fail(opened.error(), ExitCode::Database);
        return result;
    }
    const Result<CampaignId> campaign = currentCampaign(*opened.value());
    if (!campaign) {
        result.m_failure = fail(campaign.error());
        return result;
    }
    result.m_workspace = std::move(opened.value());
    result.m_campaign = *campaign;
    return result;
}

std::optional<Unit> CliContext::findUnit(Workspace &workspace, CampaignId campaign, const QString &name,
                                         const Error &unknown, ExitCode code, ExitCode &failed)
{
    const Result<std::optional<Unit>> found = workspace.units().findByName(campaign, name);
    if (!found) {
        failed = fail(found.error());
        return std::nullopt;
    }
    if (!found->has_value()) {
        failed = fail(unknown, code);
        return std::nullopt;
    }
    return **found;
}

std::optional<Unit> CliContext::findUnit(Workspace &workspace, const Campaign &campaign, const QString &name,
                                         ExitCode &failed)
{
    const Error unknown = makeError(Error::Code::NotFound, tr("--unit: there is no unit \"%1\" in the register of "
                                                             "%2; \"oversight-cli status\" lists the units.")
                                                              .arg(name, campaign.displayName()));
    return findUnit(workspace, campaign.id, name, unknown, exitCodeFor(unknown), failed);
}

ExitCode CliContext::fail(const Error &error, ExitCode code)
{
    m_err << escapeForTerminal(error.fullText()) << Qt::endl;
    return code;
}

ExitCode CliContext::usageError(const QString &message)
{
    m_err << tr("oversight-cli: %1 (see oversight-cli --help)").arg(message) << Qt::endl;
    return ExitCode::Usage;
}

} // namespace oversight
