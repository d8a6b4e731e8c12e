#include "integritycheck.h"

#include "formats/auditstamp.h"
#include "storage/database.h"
#include "storage/documentrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace oversight {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString shortHash(const QString &hash)
{
    return hash.left(12);
}

} // namespace

Result<AnchorOutcome> IntegrityCheck::compare(QSqlDatabase db, AnchorOutcome::Kind kind, const QString &label,
                                              const AuditHead &head)
{
    AnchorOutcome outcome;
    outcome.kind = kind;
    outcome.label = label;
    outcome.entries = head.entries;
    const Result<qint64> count = AuditLog::count(db);
    if (!count)
        return count.error();
    if (head.entries > *count) {
        outcome.cutOff = true;
        outcome.problem = tr("%1 recorded %2 audit entries, but the log holds only %3: entries were removed "
                             "from its end (entry %4 onwards)")
                              .arg(label)
                              .arg(head.entries)
                              .arg(*count)
                              .arg(*count + 1);
        return outcome;
    }
    const auto at = AuditLog::entryAt(db, head.entries);
    if (!at)
        return at.error();
    if (*at && (*at)->second == head.hash) {
        outcome.agrees = true;
        return outcome;
    }
    outcome.problem = tr("%1 recorded the log up to entry %2 with hash %3…, but that entry now hashes to "
                         "%4…: the history up to entry %2 was rewritten")
                          .arg(label)
                          .arg(head.entries)
                          .arg(shortHash(head.hash), shortHash(*at ? (*at)->second : QString()));
    return outcome;
}

Result<IntegrityReport> IntegrityCheck::run(const Database &database, const std::optional<QString> &against)
{
    const QSqlDatabase db = database.connection();
    IntegrityReport report;
    if (against && !QFileInfo::exists(*against))
        return makeError(Error::Code::NotFound,
                         tr("--against: %1 does not exist. Check the path.").arg(native(*against)));

    const Result<Verification> chain = Backup::verify(db);
    if (!chain)
        return chain.error();
    report.chain = *chain;
    const Result<EvidenceCheck> evidence = Backup::checkEvidence(db, database.path());
    if (!evidence)
        return evidence.error();
    report.evidence = *evidence;

    QStringList &lines = report.lines;
    QStringList &problems = report.problems;
    if (chain->integrityProblems.isEmpty()) {
        lines << tr("Integrity check: ok");
    } else {
        lines << tr("Integrity check: failed");
        for (const QString &problem : chain->integrityProblems)
            lines << QStringLiteral("  ") + problem;
        problems << chain->integrityProblems.constFirst();
    }
    if (chain->auditProblem.isEmpty()) {
        lines << tr("Audit log: %1 entries, the chain is intact").arg(chain->auditEntries);
    } else {
        lines << tr("Audit log: %1").arg(chain->auditProblem);
        problems << chain->auditProblem;
    }
    if (evidence->ok()) {
        lines << tr("Evidence files: %1 stored, each present and unchanged").arg(evidence->checked);
    } else {
        lines << tr("Evidence files: %1 missing, %2 changed").arg(evidence->missing.size()).arg(evidence->changed.size());
        for (const QString &m : evidence->missing)
            lines << QStringLiteral("  ") + tr("missing: %1").arg(m);
        for (const QString &c : evidence->changed)
            lines << QStringLiteral("  ") + tr("changed: %1").arg(c);
        problems << (evidence->missing.isEmpty()
                         ? tr("the evidence file %1 was changed").arg(evidence->changed.constFirst())
                         : tr("the evidence file %1 is missing").arg(evidence->missing.constFirst()));
    }

    // Backups: the named one first, then every automatic backup beside the database.
    QStringList backups = Backup::automaticBackups(database.path());
    std::optional<AuditHead> stamped; // the head a named PDF or XLSX carries
    if (against) {
        if (isSqliteFile(*against)) {
            backups.prepend(*against);
        } else {
            const std::optional<QString> text = AuditStamp::read(*against);
            stamped = text ? AuditHead::parse(*text) : std::nullopt;
            if (!stamped)
                return makeError(Error::Code::Invalid,
                                 tr("--against: %1 holds no audit anchor. Name a backup, or a PDF or XLSX "
                                    "this program issued or printed.")
                                     .arg(native(*against)));
        }
    }
    int backupsAgreeing = 0;
    for (const QString &backup : backups) {
        const Result<AnchorCheck> check = Backup::compareWithBackup(db, backup);
        AnchorOutcome outcome;
        outcome.label = native(backup);
        if (!check) {
            // An unreadable automatic backup is not the log's fault; a named one is the user's question.
            if (against && backup == *against)
                return check.error();
            outcome.readable = false;
            outcome.problem = check.error().fullText();
            lines << tr("Audit anchor %1: not readable (%2)").arg(native(backup), outcome.problem);
        } else {
            outcome.entries = check->entries;
            outcome.agrees = check->ok();
            outcome.problem = check->problem;
            if (outcome.agrees) {
                ++backupsAgreeing;
            } else {
                lines << tr("Audit anchor %1: %2").arg(native(backup), check->problem);
                problems << check->problem;
            }
        }
        report.anchors.push_back(outcome);
    }
    if (!backups.isEmpty())
        lines << tr("Audit anchors: %1 of %2 backups agree with the log").arg(backupsAgreeing).arg(backups.size());

    // Heads recorded by issued documents (in the database) and by the named file.
    std::vector<AnchorOutcome> heads;
    const Result<std::vector<DocumentRecord>> documents = DocumentRepository(db).anchored();
    if (!documents)
        return documents.error();
    for (const DocumentRecord &document : *documents) {
        const std::optional<AuditHead> head = AuditHead::parse(document.auditHead);
        const QString label = tr("document %1 (%2)").arg(document.number.text(), document.content.title);
        if (!head) {
            AnchorOutcome unreadable;
            unreadable.kind = AnchorOutcome::Kind::Document;
            unreadable.label = label;
            unreadable.readable = false;
            unreadable.problem = tr("%1 holds no readable audit head").arg(label);
            heads.push_back(unreadable);
            continue;
        }
        const Result<AnchorOutcome> outcome = compare(db, AnchorOutcome::Kind::Document, label, *head);
        if (!outcome)
            return outcome.error();
        heads.push_back(*outcome);
    }
    if (stamped) {
        const Result<AnchorOutcome> outcome =
            compare(db, AnchorOutcome::Kind::File, tr("the file %1").arg(native(*against)), *stamped);
        if (!outcome)
            return outcome.error();
        heads.push_back(*outcome);
    }
    // Where the history departs: after the last entry an agreeing anchor confirms, up to the first
    // disagreeing one.
    std::stable_sort(heads.begin(), heads.end(),
                     [](const AnchorOutcome &a, const AnchorOutcome &b) { return a.entries < b.entries; });
    const Result<std::optional<qint64>> restored = AuditLog::firstRestore(db);
    if (!restored)
        return restored.error();
    int documentsAgreeing = 0;
    QStringList headProblems;
    for (AnchorOutcome &h : heads) {
        if (h.agrees) {
            if (h.kind == AnchorOutcome::Kind::Document)
                ++documentsAgreeing;
            else
                lines << tr("Audit anchor: %1 agrees with the log up to entry %2").arg(h.label).arg(h.entries);
            continue;
        }
        if (!h.cutOff && h.entries > 0) {
            qint64 lastGood = 0;
            QString goodBy;
            for (const AnchorOutcome &other : heads)
                if (other.agrees && other.entries < h.entries && other.entries >= lastGood) {
                    lastGood = other.entries;
                    goodBy = other.label;
                }
            if (lastGood > 0)
                h.problem += tr(" (entries up to %1 are as %2 recorded them, so the change lies in entries "
                                "%3 to %4)")
                                 .arg(lastGood)
                                 .arg(goodBy)
                                 .arg(lastGood + 1)
                                 .arg(h.entries);
        }
        if (h.kind == AnchorOutcome::Kind::File && *restored && **restored <= h.entries + 1)
            h.problem += tr("; the database was restored from a backup at entry %1, and a file printed before "
                            "that belongs to the history the restore replaced")
                             .arg(**restored);
        lines << tr("Audit anchor: %1").arg(h.problem);
        headProblems << h.problem;
    }
    if (!documents->empty())
        lines << tr("Audit anchors: %1 of %2 issued documents agree with the log")
                     .arg(documentsAgreeing)
                     .arg(documents->size());
    problems << headProblems;
    report.anchors.insert(report.anchors.end(), heads.begin(), heads.end());
    return report;
}

} // namespace oversight
