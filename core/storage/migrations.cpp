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

    return steps;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = build();
    return steps;
}

} // namespace oversight
