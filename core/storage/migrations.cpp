// Over 600 lines on purpose: the schema's whole history, one numbered step after another, read and
// reviewed in order (a step is never edited once released; a new one is appended).
#include "migrations.h"

#include "auditlog.h"
#include "campaign/campaignloader.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace oversight {

namespace {

/// Schema 12: campaign definitions stored before the keys the notices read (issue 18) get them from the plan
/// the program embeds, so an old file issues the same notices as a new one. Only what is missing is added,
/// never a key the clerk set: `owed_by` on the forms the plan owes only by the drawn units (附件7: otherwise
/// every unit would be asked for it), `rules.rectification_min_days`, `office` (印发机关) where the
/// authority is the plan's, and `supervision_basis` for the plan and its clones (as `campaign clone` copies
/// it today; the clerk edits a clone's basis). Each campaign filled is recorded in the audit log with the
/// keys added.
Result<void> fillCampaignKeys(QSqlDatabase db)
{
    QFile file(CampaignLoader::builtinPath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, StorageText::tr("The embedded campaign plan cannot be read."));
    const QJsonObject plan = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, QString> owedBy; // form id → the plan's owed_by
    for (const QJsonValue &f : plan.value(QStringLiteral("forms")).toArray())
        if (f.toObject().contains(QStringLiteral("owed_by")))
            owedBy.insert(f[QStringLiteral("id")].toString(), f[QStringLiteral("owed_by")].toString());

    std::vector<std::pair<qint64, QByteArray>> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (auto r = exec(q, QStringLiteral("SELECT id, definition FROM campaigns ORDER BY id"), {},
                          StorageText::tr("Could not read the campaigns."));
            !r)
            return r;
        while (q.next())
            rows.emplace_back(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
    }
    QSqlQuery update(db);
    for (const auto &[id, bytes] : rows) {
        QJsonObject def = QJsonDocument::fromJson(bytes).object();
        if (def.isEmpty())
            continue; // damaged: the campaign service names it when it is opened
        QJsonArray added;
        const auto fill = [&](const QString &key) {
            if (!def.contains(key) && plan.contains(key)) {
                def.insert(key, plan.value(key));
                added.append(key);
            }
        };
        if (def.value(QStringLiteral("authority")) == plan.value(QStringLiteral("authority")))
            fill(QStringLiteral("office"));
        if (def.value(QStringLiteral("code")) == plan.value(QStringLiteral("code")) ||
            def.value(QStringLiteral("cloned_from")) == plan.value(QStringLiteral("code")))
            fill(QStringLiteral("supervision_basis"));
        QJsonObject rules = def.value(QStringLiteral("rules")).toObject();
        const QString minDays = QStringLiteral("rectification_min_days");
        if (!rules.contains(minDays) && plan[QStringLiteral("rules")].toObject().contains(minDays)) {
            rules.insert(minDays, plan[QStringLiteral("rules")][minDays]);
            def.insert(QStringLiteral("rules"), rules);
            added.append(QString(QStringLiteral("rules.") + minDays));
        }
        QJsonArray forms = def.value(QStringLiteral("forms")).toArray();
        for (qsizetype i = 0; i < forms.size(); ++i) {
            QJsonObject form = forms.at(i).toObject();
            const QString formId = form.value(QStringLiteral("id")).toString();
            if (owedBy.contains(formId) && !form.contains(QStringLiteral("owed_by"))) {
                form.insert(QStringLiteral("owed_by"), owedBy.value(formId));
                forms.replace(i, form);
                added.append(QStringLiteral("forms.%1.owed_by").arg(formId));
            }
        }
        def.insert(QStringLiteral("forms"), forms);
        if (added.isEmpty())
            continue;
        if (auto r = exec(update, QStringLiteral("UPDATE campaigns SET definition = ? WHERE id = ?"),
                          {QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Indented)), id},
                          StorageText::tr("Could not save the campaign."));
            !r)
            return r;
        AuditEntry record;
        record.actor = QStringLiteral("migration");
        record.entity = QStringLiteral("campaign");
        record.entityId = id;
        record.action = QStringLiteral("fill_keys");
        record.changes = {{QStringLiteral("added"), added},
                          {QStringLiteral("from"), QStringLiteral("embedded plan")}};
        if (auto r = AuditLog::append(db, record); !r)
            return r.error();
    }
    return {};
}

// The indexes and triggers of the tables steps 14 and 15 rebuild. A dropped table takes its indexes and
// triggers with it; the rebuild makes them again from the same text as the step that first made them, so an
// upgraded file and a new one hold the same schema.
const QString problemsByUnit =
    QStringLiteral("CREATE INDEX problems_by_unit ON problems(campaign_id, unit_id, status)");
const QString problemsByOrigin =
    QStringLiteral("CREATE INDEX problems_by_origin ON problems(origin_kind, origin_id)");
// A problem is closed only with evidence, whoever writes the row.
const QString problemsCloseNeedsEvidence =
    QStringLiteral(R"(CREATE TRIGGER problems_close_needs_evidence BEFORE UPDATE OF status ON problems
            WHEN NEW.status = 'closed' AND OLD.status <> 'closed'
                 AND NOT EXISTS (SELECT 1 FROM problem_evidence WHERE problem_id = NEW.id)
            BEGIN SELECT RAISE(ABORT, 'a problem is closed only with evidence'); END)");
// The keyword index of the ledger kept in step with its rows (see step 7). Both triggers that index a row
// end with its one-character tokens.
const QString problemCharsOfNew =
    QStringLiteral(R"(INSERT INTO problem_chars (rowid, description, measure) VALUES (NEW.id,
                (SELECT group_concat(substr(NEW.description, n, 1), ' ') FROM search_positions
                  WHERE n <= length(NEW.description)),
                (SELECT group_concat(substr(NEW.measure, n, 1), ' ') FROM search_positions
                  WHERE n <= length(NEW.measure)));
            END)");
const QString problemsSearchInsert =
    QStringLiteral(R"(CREATE TRIGGER problems_search_insert AFTER INSERT ON problems BEGIN
            INSERT INTO problem_text (rowid, description, measure)
                VALUES (NEW.id, NEW.description, NEW.measure);
            )") +
    problemCharsOfNew;
const QString problemsSearchUpdate =
    QStringLiteral(R"(CREATE TRIGGER problems_search_update AFTER UPDATE OF description, measure
            ON problems BEGIN
            INSERT INTO problem_text (problem_text, rowid, description, measure)
                VALUES ('delete', OLD.id, OLD.description, OLD.measure);
            INSERT INTO problem_text (rowid, description, measure)
                VALUES (NEW.id, NEW.description, NEW.measure);
            DELETE FROM problem_chars WHERE rowid = OLD.id;
            )") +
    problemCharsOfNew;
const QString problemsSearchDelete =
    QStringLiteral(R"(CREATE TRIGGER problems_search_delete AFTER DELETE ON problems BEGIN
            INSERT INTO problem_text (problem_text, rowid, description, measure)
                VALUES ('delete', OLD.id, OLD.description, OLD.measure);
            DELETE FROM problem_chars WHERE rowid = OLD.id;
            END)");
const QString documentsByCampaign =
    QStringLiteral("CREATE INDEX documents_by_campaign ON documents(campaign_id, status)");
// A number, once given, stays: issued and voided documents keep their text, PDF and number.
const QString documentsFrozen = QStringLiteral(R"(CREATE TRIGGER documents_frozen BEFORE UPDATE ON documents
            WHEN OLD.status <> 'draft' AND (NEW.content IS NOT OLD.content OR NEW.pdf IS NOT OLD.pdf
                OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256 OR NEW.series IS NOT OLD.series
                OR NEW.year IS NOT OLD.year OR NEW.number IS NOT OLD.number OR NEW.kind IS NOT OLD.kind
                OR NEW.status = 'draft' OR (OLD.status = 'voided' AND NEW.status <> 'voided'))
            BEGIN SELECT RAISE(ABORT, 'an issued document is frozen'); END)");
const QString documentsNumbersStay =
    QStringLiteral(R"(CREATE TRIGGER documents_numbers_stay BEFORE DELETE ON documents
            WHEN OLD.status <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'an issued document keeps its number'); END)");
// An issued document's audit anchor is frozen like the rest of it.
const QString documentsAnchorFrozen =
    QStringLiteral(R"(CREATE TRIGGER documents_anchor_frozen BEFORE UPDATE ON documents
            WHEN OLD.status <> 'draft' AND (NEW.audit_entries IS NOT OLD.audit_entries
                OR NEW.audit_hash IS NOT OLD.audit_hash)
            BEGIN SELECT RAISE(ABORT, 'an issued document is frozen'); END)");

/// The SQL part of SQLite's 12-step ALTER TABLE procedure: `create` makes `<table>_new`, `copy` fills it (the
/// ids kept), the old table is dropped and the new one takes its name; `recreate` then makes the indexes and
/// triggers again that went with the old table.
QStringList rebuildTable(const QString &table, const QString &create, const QString &copy,
                         const QStringList &recreate)
{
    return QStringList{create, copy, QStringLiteral("DROP TABLE ") + table,
                       QStringLiteral("ALTER TABLE ") + table + QStringLiteral("_new RENAME TO ") + table} +
           recreate;
}

std::vector<Migration> build()
{
    std::vector<Migration> steps;

    steps.push_back({1,
                     "campaigns, units, audit log",
                     {
                         QStringLiteral(R"(CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
                         QStringLiteral(R"(CREATE TABLE campaigns (
            id         INTEGER PRIMARY KEY,
            code       TEXT NOT NULL UNIQUE,
            year       INTEGER NOT NULL,
            title      TEXT NOT NULL,
            definition TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
                         QStringLiteral(R"(CREATE TABLE units (
            id             INTEGER PRIMARY KEY,
            campaign_id    INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
            category       TEXT NOT NULL CHECK (category IN ('department', 'township')),
            contact_person TEXT NOT NULL DEFAULT '',
            contact_phone  TEXT NOT NULL DEFAULT '',
            notes          TEXT NOT NULL DEFAULT '',
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL,
            UNIQUE (campaign_id, name)))"),
                         QStringLiteral("CREATE INDEX units_by_campaign ON units(campaign_id, name)"),
                         QStringLiteral(R"(CREATE TABLE audit_log (
            id        INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            entity    TEXT NOT NULL,
            entity_id INTEGER,
            action    TEXT NOT NULL,
            changes   TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL))"),
                     }});

    // Official documents (issue 7). A number, once given, stays: issued and voided rows cannot be deleted or
    // have their text, PDF or number changed; UNIQUE keeps a number from being given twice.
    steps.push_back({2,
                     "official documents and their numbers",
                     {
                         QStringLiteral(R"(CREATE TABLE documents (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            kind        TEXT NOT NULL CHECK (kind IN ('spotcheck', 'criticism', 'reminder', 'supervision')),
            status      TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'voided')),
            title       TEXT NOT NULL,
            content     TEXT NOT NULL,
            series      TEXT,
            year        INTEGER,
            number      INTEGER CHECK (number IS NULL OR number > 0),
            issued_at   TEXT,
            pdf         BLOB,
            pdf_sha256  TEXT,
            void_reason TEXT,
            voided_at   TEXT,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            UNIQUE (series, year, number),
            CHECK ((status = 'draft') = (number IS NULL)),
            CHECK (status = 'draft' OR (series IS NOT NULL AND year IS NOT NULL AND pdf IS NOT NULL
                                        AND pdf_sha256 IS NOT NULL AND issued_at IS NOT NULL)),
            CHECK (status <> 'voided' OR length(trim(coalesce(void_reason, ''))) > 0)))"),
                         documentsByCampaign,
                         documentsFrozen,
                         documentsNumbersStay,
                     }});

    steps.push_back(
        {3,
         "complaints, supervision cases, findings, attachments, call-backs",
         {
             QStringLiteral(R"(CREATE TABLE complaints (
            id                  INTEGER PRIMARY KEY,
            campaign_id         INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            reference           TEXT NOT NULL,
            channel             TEXT NOT NULL CHECK (channel IN ('phone', 'letter', 'online', 'visit',
                                                                 'media', 'assigned', 'callback')),
            received_on         TEXT NOT NULL,
            unit_id             INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            enterprise_name     TEXT NOT NULL DEFAULT '',
            enterprise_related  INTEGER NOT NULL DEFAULT 0 CHECK (enterprise_related IN (0, 1)),
            summary             TEXT NOT NULL CHECK (length(trim(summary)) > 0),
            complainant_name    TEXT NOT NULL DEFAULT '',
            complainant_contact TEXT NOT NULL DEFAULT '',
            handling_due        TEXT NOT NULL,
            status              TEXT NOT NULL CHECK (status IN ('registered', 'investigating', 'no_violation',
                                                                'notice_issued', 'referred', 'unit_replied',
                                                                'closed')),
            outcome_on          TEXT,
            outcome_note        TEXT NOT NULL DEFAULT '',
            notice_facts        TEXT NOT NULL DEFAULT '',
            notice_reasons      TEXT NOT NULL DEFAULT '',
            notice_decision     TEXT NOT NULL DEFAULT '',
            notice_basis        TEXT NOT NULL DEFAULT '',
            correct_by          TEXT,
            reply_due           TEXT,
            replied_on          TEXT,
            reply_content       TEXT NOT NULL DEFAULT '',
            closed_on           TEXT,
            created_at          TEXT NOT NULL,
            updated_at          TEXT NOT NULL,
            UNIQUE (campaign_id, reference)))"),
             QStringLiteral("CREATE INDEX complaints_by_unit ON complaints(unit_id)"),
             QStringLiteral(R"(CREATE TABLE complaint_events (
            id           INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,
            at           TEXT NOT NULL,
            actor        TEXT NOT NULL,
            action       TEXT NOT NULL,
            from_status  TEXT,
            to_status    TEXT,
            note         TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(
                 "CREATE INDEX complaint_events_by_complaint ON complaint_events(complaint_id, id)"),
             QStringLiteral(R"(CREATE TABLE callbacks (
            id              INTEGER PRIMARY KEY,
            campaign_id     INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            enterprise_name TEXT NOT NULL CHECK (length(trim(enterprise_name)) > 0),
            visited_on      TEXT NOT NULL,
            method          TEXT NOT NULL CHECK (method IN ('on_site', 'phone', 'meeting', 'questionnaire')),
            feedback        TEXT NOT NULL DEFAULT '',
            unit_id         INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            complaint_id    INTEGER REFERENCES complaints(id) ON DELETE SET NULL,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL))"),
             // Problems found, until the rectification ledger takes them over: problem_id is
             // where the ledger records the problem it made of one (no foreign key yet: the
             // problems table comes with the ledger).
             QStringLiteral(R"(CREATE TABLE complaint_findings (
            id           INTEGER PRIMARY KEY,
            campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            complaint_id INTEGER REFERENCES complaints(id) ON DELETE RESTRICT,
            callback_id  INTEGER REFERENCES callbacks(id) ON DELETE RESTRICT,
            unit_id      INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            source       TEXT NOT NULL CHECK (source IN ('supervision', 'complaint', 'callback')),
            area         INTEGER NOT NULL CHECK (area BETWEEN 1 AND 10),
            description  TEXT NOT NULL CHECK (length(trim(description)) > 0),
            measure      TEXT NOT NULL DEFAULT '',
            problem_id   INTEGER,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL,
            CHECK (complaint_id IS NOT NULL OR callback_id IS NOT NULL)))"),
             QStringLiteral(R"(CREATE TABLE complaint_attachments (
            id           INTEGER PRIMARY KEY,
            complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE RESTRICT,
            sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
            file_name    TEXT NOT NULL,
            size         INTEGER NOT NULL,
            added_at     TEXT NOT NULL,
            UNIQUE (complaint_id, sha256)))"),
         }});

    // units_by_campaign indexed what UNIQUE (campaign_id, name) already indexes: every write to the
    // register updated two identical b-trees.
    steps.push_back(
        {4, "drop the duplicate index on units", {QStringLiteral("DROP INDEX IF EXISTS units_by_campaign")}});

    // Forms and written reports handed in by units (issue 4). A unit × item has a row once something was
    // received; "missing" is the absence of a row. The content is the form's data as JSON.
    steps.push_back(
        {5,
         "submissions of forms and written reports, with their history",
         {
             QStringLiteral(R"(CREATE TABLE submissions (
            id                INTEGER PRIMARY KEY,
            campaign_id       INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id           INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            item              TEXT NOT NULL CHECK (length(trim(item)) > 0),
            status            TEXT NOT NULL CHECK (status IN ('received', 'returned', 'accepted')),
            first_received_on TEXT NOT NULL,
            received_on       TEXT NOT NULL,
            filled_by         TEXT NOT NULL DEFAULT '',
            phone             TEXT NOT NULL DEFAULT '',
            filled_on         TEXT,
            note              TEXT NOT NULL DEFAULT '',
            content           TEXT NOT NULL DEFAULT '{}',
            evidence_sha256   TEXT CHECK (evidence_sha256 IS NULL OR length(evidence_sha256) = 64),
            evidence_name     TEXT NOT NULL DEFAULT '',
            created_at        TEXT NOT NULL,
            updated_at        TEXT NOT NULL,
            UNIQUE (campaign_id, unit_id, item)))"),
             QStringLiteral("CREATE INDEX submissions_by_unit ON submissions(unit_id)"),
             QStringLiteral(R"(CREATE TABLE submission_events (
            id            INTEGER PRIMARY KEY,
            submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
            at            TEXT NOT NULL,
            actor         TEXT NOT NULL,
            action        TEXT NOT NULL,
            from_status   TEXT NOT NULL,
            to_status     TEXT NOT NULL,
            on_date       TEXT,
            note          TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral(
                 "CREATE INDEX submission_events_by_submission ON submission_events(submission_id, id)"),
         }});

    // Case-file review (issue 5): the units' catalogues of last year's case files, the explicit "no cases"
    // declaration, the reviewer pool, the spot-check draws (frozen once stored, so a record can be verified)
    // with the files they drew, and one scoring sheet per drawn file. A finding's problem_id is where the
    // rectification ledger records the problem it made of it (no foreign key yet: the ledger comes later).
    // case_files has no index but its UNIQUE (unit_id, number): a catalogue is read unit by unit through it,
    // and an import of 100,000 files writes one b-tree less.
    steps.push_back(
        {6,
         "case catalogues, reviewers, spot-check draws, scoring sheets",
         {
             QStringLiteral(R"(CREATE TABLE case_files (
            id               INTEGER PRIMARY KEY,
            campaign_id      INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id          INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            number           TEXT NOT NULL CHECK (length(trim(number)) > 0),
            title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
            case_type        TEXT NOT NULL DEFAULT '',
            party            TEXT NOT NULL DEFAULT '',
            closed_on        TEXT,
            self_checked     INTEGER NOT NULL DEFAULT 0 CHECK (self_checked IN (0, 1)),
            self_check_grade TEXT NOT NULL DEFAULT '',
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL,
            UNIQUE (unit_id, number)))"),
             QStringLiteral(R"(CREATE TABLE case_catalogue_none (
            unit_id     INTEGER PRIMARY KEY REFERENCES units(id) ON DELETE RESTRICT,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            declared_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE reviewers (
            id            INTEGER PRIMARY KEY,
            campaign_id   INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
            affiliation   TEXT NOT NULL CHECK (length(trim(affiliation)) > 0),
            qualification TEXT NOT NULL DEFAULT '',
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            UNIQUE (campaign_id, name, affiliation)))"),
             QStringLiteral(R"(CREATE TABLE draws (
            id                   INTEGER PRIMARY KEY,
            campaign_id          INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            task                 TEXT NOT NULL,
            drawn_at             TEXT NOT NULL,
            operator             TEXT NOT NULL,
            algorithm            TEXT NOT NULL,
            algorithm_version    INTEGER NOT NULL,
            seed                 TEXT NOT NULL,
            requested            INTEGER NOT NULL CHECK (requested > 0),
            warning              TEXT NOT NULL DEFAULT '',
            pool                 TEXT NOT NULL,
            pool_sha256          TEXT NOT NULL CHECK (length(pool_sha256) = 64),
            quotas               TEXT NOT NULL,
            result               TEXT NOT NULL,
            reviewer_seed        TEXT,
            reviewer_pool        TEXT,
            reviewer_pool_sha256 TEXT,
            reviewer_result      TEXT,
            reviewers_drawn_at   TEXT,
            void_reason          TEXT))"),
             QStringLiteral(R"(CREATE TRIGGER draws_frozen BEFORE UPDATE ON draws
            WHEN NEW.pool IS NOT OLD.pool OR NEW.pool_sha256 IS NOT OLD.pool_sha256 OR NEW.seed IS NOT OLD.seed
                OR NEW.quotas IS NOT OLD.quotas OR NEW.result IS NOT OLD.result
                OR NEW.algorithm IS NOT OLD.algorithm OR NEW.drawn_at IS NOT OLD.drawn_at
                OR (OLD.reviewer_result IS NOT NULL AND (NEW.reviewer_result IS NOT OLD.reviewer_result
                    OR NEW.reviewer_seed IS NOT OLD.reviewer_seed OR NEW.reviewer_pool IS NOT OLD.reviewer_pool))
            BEGIN SELECT RAISE(ABORT, 'a stored draw is frozen'); END)"),
             QStringLiteral(R"(CREATE TRIGGER draws_kept BEFORE DELETE ON draws
            BEGIN SELECT RAISE(ABORT, 'a stored draw is kept'); END)"),
             QStringLiteral(R"(CREATE TABLE drawn_files (
            id           INTEGER PRIMARY KEY,
            draw_id      INTEGER NOT NULL REFERENCES draws(id) ON DELETE RESTRICT,
            position     INTEGER NOT NULL,
            case_file_id INTEGER NOT NULL REFERENCES case_files(id) ON DELETE RESTRICT,
            unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            reviewer1    TEXT NOT NULL DEFAULT '',
            reviewer2    TEXT NOT NULL DEFAULT '',
            uploaded     INTEGER NOT NULL DEFAULT 0 CHECK (uploaded IN (0, 1)),
            uploaded_on  TEXT,
            UNIQUE (draw_id, position),
            UNIQUE (draw_id, case_file_id)))"),
             QStringLiteral(R"(CREATE TABLE review_sheets (
            id              INTEGER PRIMARY KEY,
            drawn_file_id   INTEGER NOT NULL UNIQUE REFERENCES drawn_files(id) ON DELETE RESTRICT,
            reviewers       TEXT NOT NULL CHECK (length(trim(reviewers)) > 0),
            reviewed_on     TEXT NOT NULL,
            no_legal_review INTEGER NOT NULL DEFAULT 0 CHECK (no_legal_review IN (0, 1)),
            conclusion      TEXT NOT NULL DEFAULT '',
            score_halves    INTEGER NOT NULL CHECK (score_halves BETWEEN 0 AND 200),
            grade           TEXT NOT NULL CHECK (grade IN ('优秀', '良好', '合格', '不合格')),
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE review_findings (
            id          INTEGER PRIMARY KEY,
            sheet_id    INTEGER NOT NULL REFERENCES review_sheets(id) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('veto', 'deduction')),
            item_key    TEXT NOT NULL,
            half_points INTEGER NOT NULL CHECK (half_points >= 0),
            note        TEXT NOT NULL DEFAULT '',
            problem_id  INTEGER))"),
             QStringLiteral("CREATE INDEX review_findings_by_sheet ON review_findings(sheet_id, position)"),
         }});

    // The rectification ledger (issue 6): problems with their workflow, history and evidence, a keyword index
    // kept in step by triggers (FTS5 trigram for three characters or more; one token per character for one-
    // and two-character keywords, searched as phrases), and the supervision room's findings carried over.
    steps.push_back(
        {7,
         "rectification ledger: problems, history, evidence, keyword index; findings carried over",
         {
             QStringLiteral(R"(CREATE TABLE problems (
            id                INTEGER PRIMARY KEY,
            campaign_id       INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id           INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            area              INTEGER NOT NULL CHECK (area BETWEEN 1 AND 10),
            source            TEXT NOT NULL CHECK (source IN ('self_check', 'spot_check', 'supervision',
                                                              'complaint', 'callback')),
            description       TEXT NOT NULL CHECK (length(trim(description)) > 0),
            measure           TEXT NOT NULL DEFAULT '',
            owner             TEXT NOT NULL DEFAULT '',
            deadline          TEXT NOT NULL,
            status            TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'awaiting_verification',
                                                              'closed')),
            progress          TEXT NOT NULL DEFAULT '',
            verification_note TEXT NOT NULL DEFAULT '',
            closed_on         TEXT,
            origin_kind       TEXT,
            origin_id         INTEGER,
            created_at        TEXT NOT NULL,
            updated_at        TEXT NOT NULL,
            CHECK ((origin_kind IS NULL) = (origin_id IS NULL)),
            CHECK (status <> 'closed' OR (closed_on IS NOT NULL AND length(trim(verification_note)) > 0))))"),
             problemsByUnit,
             problemsByOrigin,
             QStringLiteral(R"(CREATE TABLE problem_events (
            id           INTEGER PRIMARY KEY,
            problem_id   INTEGER NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
            at           TEXT NOT NULL,
            actor        TEXT NOT NULL,
            action       TEXT NOT NULL,
            from_status  TEXT,
            to_status    TEXT,
            old_deadline TEXT,
            new_deadline TEXT,
            note         TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX problem_events_by_problem ON problem_events(problem_id, id)"),
             QStringLiteral(R"(CREATE TABLE problem_evidence (
            id         INTEGER PRIMARY KEY,
            problem_id INTEGER NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
            kind       TEXT NOT NULL CHECK (kind IN ('file', 'statement')),
            sha256     TEXT CHECK (sha256 IS NULL OR length(sha256) = 64),
            file_name  TEXT NOT NULL DEFAULT '',
            size       INTEGER NOT NULL DEFAULT 0,
            statement  TEXT NOT NULL DEFAULT '',
            added_at   TEXT NOT NULL,
            CHECK ((kind = 'file') = (sha256 IS NOT NULL)),
            CHECK (kind = 'file' OR length(trim(statement)) > 0),
            UNIQUE (problem_id, sha256)))"),
             QStringLiteral("CREATE INDEX problem_evidence_by_problem ON problem_evidence(problem_id)"),
             problemsCloseNeedsEvidence,
             // Keyword search. problem_text: trigrams of the description and measure (external content).
             // problem_chars: the same texts one character a token, so that a one- or two-character keyword
             // is a phrase query. search_positions numbers the characters for the triggers (which may not
             // use a WITH clause); text beyond its last position is not indexed for short keywords.
             QStringLiteral("CREATE VIRTUAL TABLE problem_text USING fts5(description, measure, "
                            "content='problems', content_rowid='id', tokenize='trigram')"),
             QStringLiteral("CREATE VIRTUAL TABLE problem_chars USING fts5(description, measure, "
                            "tokenize='unicode61')"),
             QStringLiteral("CREATE TABLE search_positions (n INTEGER PRIMARY KEY)"),
             QStringLiteral("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 20000) "
                            "INSERT INTO search_positions SELECT n FROM c"),
             problemsSearchInsert,
             problemsSearchUpdate,
             problemsSearchDelete,
             // The supervision room's findings become problems of their unit (a finding on a call-back that
             // names no unit stays where it is), due by the campaign's rectification end.
             QStringLiteral(R"(INSERT INTO problems (campaign_id, unit_id, area, source, description, measure,
                                 deadline, status, origin_kind, origin_id, created_at, updated_at)
            SELECT f.campaign_id, f.unit_id, f.area, f.source, f.description, f.measure,
                   coalesce(json_extract(c.definition, '$.rules.rectification_deadline'),
                            c.year || '-12-31'),
                   'open', 'complaint_finding', f.id, f.created_at, f.created_at
              FROM complaint_findings f JOIN campaigns c ON c.id = f.campaign_id
             WHERE f.unit_id IS NOT NULL AND f.problem_id IS NULL
             ORDER BY f.id)"),
             QStringLiteral(R"(UPDATE complaint_findings SET problem_id =
                (SELECT p.id FROM problems p WHERE p.origin_kind = 'complaint_finding'
                                               AND p.origin_id = complaint_findings.id)
             WHERE problem_id IS NULL AND unit_id IS NOT NULL)"),
             QStringLiteral(R"(INSERT INTO problem_events (problem_id, at, actor, action, to_status, note)
            SELECT id, created_at, 'migration', 'carry_over', 'open', '' FROM problems
             WHERE origin_kind = 'complaint_finding')"),
         }});

    // Normative-document filing supervision (issue 12). A document without filed_on is one the clerk knows
    // of but the unit never filed (有件不备). problem_id is where the rectification ledger records the
    // problem a correction raised (no foreign key yet: the problems table comes with the ledger).
    steps.push_back(
        {8,
         "normative documents: filings, reviews, zero reports, clean-up rounds",
         {
             QStringLiteral(R"(CREATE TABLE normative_documents (
            id                 INTEGER PRIMARY KEY,
            campaign_id        INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id            INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
            number             TEXT NOT NULL CHECK (length(trim(number)) > 0),
            issued_on          TEXT NOT NULL,
            filed_on           TEXT,
            materials          INTEGER NOT NULL DEFAULT 0 CHECK (materials BETWEEN 0 AND 31),
            seen_at            TEXT NOT NULL DEFAULT '',
            review_result      TEXT CHECK (review_result IN ('lawful', 'amend', 'unlawful')),
            reviewer           TEXT NOT NULL DEFAULT '',
            reviewed_on        TEXT,
            review_opinion     TEXT NOT NULL DEFAULT '',
            correct_by         TEXT,
            correction_outcome TEXT CHECK (correction_outcome IN ('corrected', 'repealed', 'refused')),
            corrected_on       TEXT,
            correction_note    TEXT NOT NULL DEFAULT '',
            problem_id         INTEGER,
            created_at         TEXT NOT NULL,
            updated_at         TEXT NOT NULL,
            UNIQUE (campaign_id, unit_id, number)))"),
             QStringLiteral("CREATE INDEX normative_documents_by_unit ON normative_documents(unit_id)"),
             QStringLiteral(R"(CREATE TABLE normative_zero_reports (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            period      TEXT NOT NULL,
            received_on TEXT NOT NULL,
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            UNIQUE (campaign_id, unit_id, period)))"),
             QStringLiteral("CREATE INDEX normative_zero_reports_by_unit ON normative_zero_reports(unit_id)"),
             QStringLiteral(R"(CREATE TABLE cleanup_rounds (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
            scope       TEXT NOT NULL DEFAULT '',
            deadline    TEXT,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            UNIQUE (campaign_id, name)))"),
             QStringLiteral(R"(CREATE TABLE cleanup_items (
            id          INTEGER PRIMARY KEY,
            round_id    INTEGER NOT NULL REFERENCES cleanup_rounds(id) ON DELETE RESTRICT,
            unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            document_id INTEGER REFERENCES normative_documents(id) ON DELETE SET NULL,
            title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
            number      TEXT NOT NULL DEFAULT '',
            issued_on   TEXT,
            decision    TEXT CHECK (decision IN ('keep', 'amend', 'repeal', 'invalidate')),
            decided_on  TEXT,
            note        TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            CHECK ((decision IS NULL) = (decided_on IS NULL))))"),
             QStringLiteral("CREATE INDEX cleanup_items_by_round ON cleanup_items(round_id)"),
             QStringLiteral("CREATE INDEX cleanup_items_by_unit ON cleanup_items(unit_id)"),
         }});

    // The audit chain hashed anew with each entry's id in its content (issue 19): a renumbered entry then
    // breaks its own hash. Done once, and recorded in the log.
    steps.push_back({AuditLog::idsHashedFromSchema,
                     "audit log entries hashed with their ids",
                     {},
                     &AuditLog::rehashWithIds});

    // The body's full official name a document's 主送 addresses (东明镇人民政府); '' means the register name.
    steps.push_back(
        {10,
         "units: full official name for documents",
         {
             QStringLiteral("ALTER TABLE units ADD COLUMN official_name TEXT NOT NULL DEFAULT ''"),
         }});

    // Audit anchors in issued documents (issue 19): the chain's head when a document was issued, kept with
    // it (and stamped into its PDF), frozen like the rest of an issued document.
    steps.push_back({11,
                     "documents: the audit chain's head when issued",
                     {
                         QStringLiteral("ALTER TABLE documents ADD COLUMN audit_entries INTEGER"),
                         QStringLiteral("ALTER TABLE documents ADD COLUMN audit_hash TEXT"),
                         documentsAnchorFrozen,
                     }});
    steps.push_back(
        {12, "campaigns: the notices' keys filled from the embedded plan", {}, &fillCampaignKeys});

    // The day each unit's campaign contact reached the bureau (phase 1, due 04-02; issue 23): NULL is not
    // received or not recorded (the contacts named before this schema).
    steps.push_back({13,
                     "units: the day the campaign contact was received",
                     {
                         QStringLiteral("ALTER TABLE units ADD COLUMN contact_received_on TEXT"),
                     }});
    // The ledger's source 上级抽查 (spot checks by the region and the city, issue 23) with the inspecting
    // body. problems.source has a CHECK constraint, so the table is rebuilt as SQLite's 12-step ALTER TABLE
    // procedure says: new table, copy (ids kept, so history, evidence and the keyword index still match),
    // drop, rename, then its indexes and triggers again. Foreign keys are off meanwhile (rebuildsTables):
    // dropping the old table must not cascade into problem_events and problem_evidence.
    steps.push_back(
        {14, "ledger: source 上级抽查 with the inspecting body",
         rebuildTable(
             QStringLiteral("problems"), QStringLiteral(R"(CREATE TABLE problems_new (
            id                INTEGER PRIMARY KEY,
            campaign_id       INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id           INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            area              INTEGER NOT NULL CHECK (area BETWEEN 1 AND 10),
            source            TEXT NOT NULL CHECK (source IN ('self_check', 'spot_check', 'supervision',
                                                              'complaint', 'callback', 'upper_check')),
            description       TEXT NOT NULL CHECK (length(trim(description)) > 0),
            measure           TEXT NOT NULL DEFAULT '',
            owner             TEXT NOT NULL DEFAULT '',
            deadline          TEXT NOT NULL,
            status            TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'awaiting_verification',
                                                              'closed')),
            progress          TEXT NOT NULL DEFAULT '',
            verification_note TEXT NOT NULL DEFAULT '',
            closed_on         TEXT,
            origin_kind       TEXT,
            origin_id         INTEGER,
            created_at        TEXT NOT NULL,
            updated_at        TEXT NOT NULL,
            inspecting_body   TEXT NOT NULL DEFAULT '',
            CHECK ((origin_kind IS NULL) = (origin_id IS NULL)),
            CHECK (status <> 'closed' OR (closed_on IS NOT NULL AND length(trim(verification_note)) > 0)),
            CHECK (source = 'upper_check' OR inspecting_body = '')))"),
             QStringLiteral(R"(INSERT INTO problems_new (id, campaign_id, unit_id, area, source, description,
                measure, owner, deadline, status, progress, verification_note, closed_on, origin_kind,
                origin_id, created_at, updated_at)
            SELECT id, campaign_id, unit_id, area, source, description, measure, owner, deadline, status,
                   progress, verification_note, closed_on, origin_kind, origin_id, created_at, updated_at
              FROM problems)"),
             {problemsByUnit, problemsByOrigin, problemsCloseNeedsEvidence, problemsSearchInsert,
              problemsSearchUpdate, problemsSearchDelete}),
         nullptr, true});

    // Acceptance (总结验收, issue 23): the bureau's conclusion on each unit, with its reasons; and the two
    // documents of the phase (工作总结, 验收情况通报) as kinds of documents, whose CHECK lists its kinds: the
    // table is rebuilt as in step 14 (nothing references documents; its rows keep their ids, and the audit
    // anchors of step 11 with their trigger).
    steps.push_back(
        {15, "acceptance conclusions per unit; documents of kinds summary and acceptance",
         rebuildTable(QStringLiteral("documents"), QStringLiteral(R"(CREATE TABLE documents_new (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            kind        TEXT NOT NULL CHECK (kind IN ('spotcheck', 'criticism', 'reminder', 'supervision',
                                                      'summary', 'acceptance')),
            status      TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'voided')),
            title       TEXT NOT NULL,
            content     TEXT NOT NULL,
            series      TEXT,
            year        INTEGER,
            number      INTEGER CHECK (number IS NULL OR number > 0),
            issued_at   TEXT,
            pdf         BLOB,
            pdf_sha256  TEXT,
            void_reason TEXT,
            voided_at   TEXT,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            audit_entries INTEGER,
            audit_hash  TEXT,
            UNIQUE (series, year, number),
            CHECK ((status = 'draft') = (number IS NULL)),
            CHECK (status = 'draft' OR (series IS NOT NULL AND year IS NOT NULL AND pdf IS NOT NULL
                                        AND pdf_sha256 IS NOT NULL AND issued_at IS NOT NULL)),
            CHECK (status <> 'voided' OR length(trim(coalesce(void_reason, ''))) > 0)))"),
                      QStringLiteral("INSERT INTO documents_new SELECT * FROM documents"),
                      {documentsByCampaign, documentsFrozen, documentsNumbersStay, documentsAnchorFrozen})
             << QStringLiteral(R"(CREATE TABLE unit_acceptance (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
            conclusion  TEXT NOT NULL CHECK (conclusion IN ('pass', 'basic_pass', 'fail')),
            reasons     TEXT NOT NULL DEFAULT '',
            decided_on  TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            UNIQUE (campaign_id, unit_id),
            CHECK (conclusion = 'pass' OR length(trim(reasons)) > 0)))"),
         nullptr, true});
    // Area 7 (队伍建设) and area 10 (体制改革) records (issue 23): training sessions and exams (凡考试必培训
    // is derived, not stored), the coordination group's meetings, 重大行政处罚备案 entries and guiding cases.
    steps.push_back(
        {16,
         "area records: training, exams, coordination meetings, major-penalty filings, guiding cases",
         {
             QStringLiteral(R"(CREATE TABLE training_sessions (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            held_on     TEXT NOT NULL,
            title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
            hours       REAL NOT NULL CHECK (hours > 0),
            attendees   INTEGER NOT NULL CHECK (attendees > 0),
            organiser   TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX training_sessions_by_unit ON training_sessions(unit_id, held_on)"),
             QStringLiteral(R"(CREATE TABLE exams (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            held_on     TEXT NOT NULL,
            subject     TEXT NOT NULL CHECK (length(trim(subject)) > 0),
            sat         INTEGER NOT NULL CHECK (sat > 0),
            passed      INTEGER NOT NULL CHECK (passed BETWEEN 0 AND sat),
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX exams_by_unit ON exams(unit_id, held_on)"),
             QStringLiteral(R"(CREATE TABLE coordination_meetings (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            held_on     TEXT NOT NULL,
            topic       TEXT NOT NULL CHECK (length(trim(topic)) > 0),
            attendees   TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE major_penalty_filings (
            id          INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id     INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            case_number TEXT NOT NULL CHECK (length(trim(case_number)) > 0),
            decided_on  TEXT NOT NULL,
            filed_on    TEXT NOT NULL CHECK (filed_on >= decided_on),
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            UNIQUE (campaign_id, unit_id, case_number)))"),
             QStringLiteral("CREATE INDEX major_penalty_filings_by_unit ON major_penalty_filings(unit_id)"),
             QStringLiteral(R"(CREATE TABLE guiding_cases (
            id           INTEGER PRIMARY KEY,
            campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
            unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
            title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
            published_on TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL))"),
         }});

    return steps;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = build();
    return steps;
}

} // namespace oversight
