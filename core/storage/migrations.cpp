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

    return steps;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = build();
    return steps;
}

} // namespace oversight
