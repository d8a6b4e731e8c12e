#pragma once

#include "command.h"
#include "domain/ids.h"
#include "domain/campaign.h"
#include "domain/result.h"
#include "domain/unit.h"
#include "services/clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>

class QTextStream;

namespace oversight {

class Workspace;

/// What every command shares: the output streams, the database path and "today" from the global options,
/// and the rules for opening the file.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(oversight::CliContext)
public:
    /// Read: status and listings; an existing file is opened read-only, without the lock, so they work while
    /// the desktop app has it open. Write: the lock is taken; a file held by another copy is refused.
    enum class Access
    {
        Read,
        Write
    };

    CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }

    /// `--db FILE`; without it the default file in the user's data folder.
    void setDatabasePath(const QString &path);
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] bool isDefaultDatabase() const { return m_databasePath.isEmpty(); }

    /// `--today`; without it the system clock.
    void setToday(QDate today) { m_today = today; }
    [[nodiscard]] std::unique_ptr<Clock> makeClock() const;

    /// Opens the file for `access`. An explicit --db must name an existing file (init creates one); the
    /// default file is created with the shipped plan when missing, as the desktop app does. A file of an
    /// older schema is upgraded (which takes the lock) even for reading, as the desktop app does when it
    /// opens one.
    [[nodiscard]] Result<std::unique_ptr<Workspace>> openWorkspace(Access access) const;
    /// The current campaign; an error (exit 3) when the file holds none.
    [[nodiscard]] static Result<CampaignId> currentCampaign(Workspace &workspace);

    /// Where nearly every command starts: the file opened for its access, with its current campaign; or,
    /// when either failed, the exit code (the message is already printed).
    class Opened
    {
    public:
        explicit operator bool() const { return m_workspace != nullptr; }
        [[nodiscard]] ExitCode failure() const { return m_failure; }
        [[nodiscard]] Workspace &workspace() const { return *m_workspace; }
        [[nodiscard]] CampaignId campaign() const { return m_campaign; }

    private:
        friend class CliContext;
        std::unique_ptr<Workspace> m_workspace;
        CampaignId m_campaign;
        ExitCode m_failure = ExitCode::Done;
    };
    /// openWorkspace() then currentCampaign() (Database when the file cannot be opened).
    [[nodiscard]] Opened openCampaign(Access access);
    /// The unit named by `--unit NAME` in `campaign`. A name not in the register is `unknown` (the
    /// command's own message, with the name in it); the caller prints it with `failed` set to `code`.
    [[nodiscard]] std::optional<Unit> findUnit(Workspace &workspace, CampaignId campaign, const QString &name,
                                               const Error &unknown, ExitCode code, ExitCode &failed);
    /// The same with the common message: no such unit in the campaign's register (exit 2).
    [[nodiscard]] std::optional<Unit> findUnit(Workspace &workspace, const Campaign &campaign, const QString &name,
                                               ExitCode &failed);

    /// Where a command that writes a PDF or an XLSX puts it.
    struct OutputFile
    {
        QString path; ///< absolute
        bool pdf = false;
    };
    /// Checks `--out FILE.pdf|FILE.xlsx` before anything is opened: given (else `missing`, a usage error),
    /// ending in .pdf or .xlsx, not a folder, and for a PDF run in the GUI application whose fonts it needs.
    /// On a refusal the message is printed and `refused` holds the exit code.
    [[nodiscard]] std::optional<OutputFile> pdfOrXlsxOutput(const std::optional<QString> &out,
                                                            const QString &missing, ExitCode &refused);
    /// Writes a finished document's bytes to `path` in one piece (nothing half-written); Io naming the file.
    [[nodiscard]] static Result<void> writeFile(const QString &path, const QByteArray &bytes);

    /// Prints the error (every line of it) to stderr and returns `code`.
    ExitCode fail(const Error &error, ExitCode code);
    ExitCode fail(const Error &error) { return fail(error, exitCodeFor(error)); }
    /// Prints one usage line ("oversight-cli: …") to stderr and returns ExitCode::Usage.
    ExitCode usageError(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    QDate m_today;
};

} // namespace oversight
