#pragma once

#include "domain/result.h"
#include "storage/auditlog.h"
#include "storage/backup.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace oversight {

class Database;

/// One audit anchor (a recorded head of the chain) compared with the log.
struct AnchorOutcome
{
    enum class Kind
    {
        Backup,   ///< a backup beside the database (or named): its whole log is compared
        Document, ///< an issued document's row: the head when it was issued
        File,     ///< a named PDF or XLSX stamped with the head when it was printed
    };
    Kind kind = Kind::Backup;
    QString label;      ///< the anchor in words: a file's path, a document's number
    qint64 entries = 0; ///< the entries it recorded
    bool readable = true;
    bool agrees = false;
    bool cutOff = false; ///< the log holds fewer entries than the anchor recorded
    QString problem;     ///< why it does not agree (or cannot be read)
};

/// Everything `verify` checks, in one place for the command line and the desktop: SQLite's integrity check,
/// the audit chain, the evidence files, and the log against every audit anchor found.
struct IntegrityReport
{
    Verification chain;
    EvidenceCheck evidence;
    std::vector<AnchorOutcome> anchors;
    QStringList lines;    ///< the findings in words, one line each, as `verify` prints them
    QStringList problems; ///< what does not verify, the most telling first; empty when all is well
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(oversight::IntegrityCheck)
public:
    /// All checks on `db`. The anchors: the backups in the folder beside it, every issued document that
    /// recorded the head, and `against` when given (a backup, or a PDF / XLSX this program printed). An
    /// error only when the checks cannot run, or `against` cannot be read or holds no anchor.
    [[nodiscard]] static Result<IntegrityReport> run(const Database &db,
                                                     const std::optional<QString> &against = {});
    /// A recorded head compared with the log of `db`: the entry at that position must still carry that hash.
    [[nodiscard]] static Result<AnchorOutcome> compare(QSqlDatabase db, AnchorOutcome::Kind kind,
                                                       const QString &label, const AuditHead &head);
};

} // namespace oversight
