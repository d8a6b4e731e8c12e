#include "migrations.h"

namespace oversight {

namespace {

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
    steps.push_back(
        {2,
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
             QStringLiteral("CREATE INDEX documents_by_campaign ON documents(campaign_id, status)"),
             QStringLiteral(R"(CREATE TRIGGER documents_frozen BEFORE UPDATE ON documents
            WHEN OLD.status <> 'draft' AND (NEW.content IS NOT OLD.content OR NEW.pdf IS NOT OLD.pdf
                OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256 OR NEW.series IS NOT OLD.series
                OR NEW.year IS NOT OLD.year OR NEW.number IS NOT OLD.number OR NEW.kind IS NOT OLD.kind
                OR NEW.status = 'draft' OR (OLD.status = 'voided' AND NEW.status <> 'voided'))
            BEGIN SELECT RAISE(ABORT, 'an issued document is frozen'); END)"),
             QStringLiteral(R"(CREATE TRIGGER documents_numbers_stay BEFORE DELETE ON documents
            WHEN OLD.status <> 'draft'
            BEGIN SELECT RAISE(ABORT, 'an issued document keeps its number'); END)"),
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

    return steps;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = build();
    return steps;
}

} // namespace oversight
