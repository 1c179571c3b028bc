#include "migrations.h"

#include "database.h"

#include <QByteArray>

#include <array>

namespace lathe::Migrations {
namespace {

// Schema v1. docs/ARCHITECTURE.md describes every table; keep both in step.
// Conventions: timestamps are ISO-8601 UTC text; structured values are JSON text;
// nothing here ever holds a secret (provider rows keep only a reference to a key).
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE project (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    name          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_with  TEXT NOT NULL
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL                      -- JSON
) WITHOUT ROWID;

CREATE TABLE activity (                       -- what was done to the project, newest last
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    kind     TEXT NOT NULL,                   -- e.g. 'dataset.dedup', 'prompt.commit'
    summary  TEXT NOT NULL,
    details  TEXT NOT NULL DEFAULT '{}'       -- JSON
);

-- Datasets ---------------------------------------------------------------------------------
CREATE TABLE datasets (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    description     TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',  -- file name it was imported from
    default_scorers TEXT NOT NULL DEFAULT '[]',-- JSON, promptfoo assert syntax
    created_at      TEXT NOT NULL
);

-- A version is frozen once a run references it; edits then go to a new version that shares
-- every unchanged row (copy-on-write through dataset_version_rows).
CREATE TABLE dataset_versions (
    id          INTEGER PRIMARY KEY,
    dataset_id  INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    parent_id   INTEGER REFERENCES dataset_versions(id),
    message     TEXT NOT NULL DEFAULT '',
    frozen      INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    UNIQUE (dataset_id, number)
);

CREATE TABLE dataset_columns (
    version_id  INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    key         TEXT NOT NULL,                -- stable key used inside dataset_rows.data
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('variable', 'expected', 'metadata', 'ignored')),
    type        TEXT NOT NULL DEFAULT 'text', -- text | number | json
    PRIMARY KEY (version_id, position),
    UNIQUE (version_id, key),
    UNIQUE (version_id, name)
) WITHOUT ROWID;

CREATE TABLE dataset_rows (                   -- immutable once a frozen version holds it
    id        INTEGER PRIMARY KEY,
    data      TEXT NOT NULL,                  -- JSON object: column key -> value
    tags      TEXT NOT NULL DEFAULT '[]',     -- JSON array of split/tag names
    scorers   TEXT NOT NULL DEFAULT '[]'      -- JSON, per-row asserts
);

CREATE TABLE dataset_version_rows (
    version_id  INTEGER NOT NULL REFERENCES dataset_versions(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    row_id      INTEGER NOT NULL REFERENCES dataset_rows(id),
    PRIMARY KEY (version_id, position)
) WITHOUT ROWID;
CREATE INDEX dataset_version_rows_row ON dataset_version_rows(row_id);

-- Prompts ----------------------------------------------------------------------------------
CREATE TABLE prompts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    description   TEXT NOT NULL DEFAULT '',
    draft         TEXT NOT NULL DEFAULT '{}', -- JSON: the editable content and parameters
    dataset_id    INTEGER REFERENCES datasets(id) ON DELETE SET NULL,
    forked_from   INTEGER REFERENCES prompt_versions(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE prompt_versions (                -- immutable: see the triggers below
    id            INTEGER PRIMARY KEY,
    prompt_id     INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    parent_id     INTEGER REFERENCES prompt_versions(id),
    kind          TEXT NOT NULL CHECK (kind IN ('text', 'chat')),
    template      TEXT NOT NULL DEFAULT '',   -- kind = 'text'
    messages      TEXT NOT NULL DEFAULT '[]', -- kind = 'chat': JSON [{role, content}]
    params        TEXT NOT NULL DEFAULT '{}', -- JSON: model, temperature, top_p, max_tokens,
                                              -- stop, seed, response_format, json_schema
    message       TEXT NOT NULL,
    content_hash  TEXT NOT NULL,              -- SHA-256 of the canonical content
    created_at    TEXT NOT NULL,
    UNIQUE (prompt_id, number)
);
CREATE TRIGGER prompt_versions_immutable BEFORE UPDATE ON prompt_versions
BEGIN
    SELECT RAISE(ABORT, 'prompt versions are immutable');
END;

CREATE TABLE prompt_labels (                  -- movable pointers such as 'production'
    prompt_id   INTEGER NOT NULL REFERENCES prompts(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    version_id  INTEGER NOT NULL REFERENCES prompt_versions(id) ON DELETE CASCADE,
    moved_at    TEXT NOT NULL,
    PRIMARY KEY (prompt_id, name)
) WITHOUT ROWID;

-- Providers and pricing ----------------------------------------------------------------------
CREATE TABLE providers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,                -- openai | azure | anthropic | ollama
    base_url    TEXT NOT NULL,
    key_ref     TEXT NOT NULL DEFAULT '',     -- 'env:NAME' or 'keychain:ID'; never the key
    config      TEXT NOT NULL DEFAULT '{}',   -- JSON: headers, api_version, limits, timeouts
    created_at  TEXT NOT NULL
);

CREATE TABLE pricing (
    model           TEXT PRIMARY KEY,         -- exact model name or a glob
    input_per_mtok  REAL NOT NULL,
    output_per_mtok REAL NOT NULL,
    currency        TEXT NOT NULL DEFAULT 'USD'
) WITHOUT ROWID;

-- Runs ---------------------------------------------------------------------------------------
CREATE TABLE runs (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL CHECK (status IN
                          ('planned', 'running', 'cancelled', 'completed', 'failed')),
    dataset_version_id  INTEGER REFERENCES dataset_versions(id),
    config              TEXT NOT NULL DEFAULT '{}', -- JSON: tags filter, repeats, scorers, cache
    created_at          TEXT NOT NULL,
    started_at          TEXT,
    finished_at         TEXT
);

CREATE TABLE run_columns (                    -- one prompt version x provider/model config
    id                 INTEGER PRIMARY KEY,
    run_id             INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    prompt_version_id  INTEGER NOT NULL REFERENCES prompt_versions(id),
    provider_id        INTEGER REFERENCES providers(id) ON DELETE SET NULL,
    provider_snapshot  TEXT NOT NULL DEFAULT '{}', -- JSON copy of the config used (no secrets)
    model              TEXT NOT NULL,
    params             TEXT NOT NULL DEFAULT '{}',
    UNIQUE (run_id, position)
);

CREATE TABLE run_cases (                      -- the plan, stored before any request is sent
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    column_id   INTEGER NOT NULL REFERENCES run_columns(id) ON DELETE CASCADE,
    row_id      INTEGER NOT NULL REFERENCES dataset_rows(id),
    row_position INTEGER NOT NULL,
    repeat      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (column_id, row_id, repeat)
);
CREATE INDEX run_cases_run ON run_cases(run_id, row_position);

CREATE TABLE results (                        -- at most one per case; retries replace it
    case_id            INTEGER PRIMARY KEY REFERENCES run_cases(id) ON DELETE CASCADE,
    status             TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    output             TEXT,
    error              TEXT,
    http_status        INTEGER,
    finish_reason      TEXT,
    latency_ms         REAL,
    ttft_ms            REAL,
    prompt_tokens      INTEGER,
    completion_tokens  INTEGER,
    cost               REAL,
    cached             INTEGER NOT NULL DEFAULT 0,
    attempts           INTEGER NOT NULL DEFAULT 1,
    request_hash       TEXT,
    request            TEXT,                  -- JSON body sent (headers and keys never stored)
    response           TEXT,                  -- raw response body
    created_at         TEXT NOT NULL
);

CREATE TABLE scores (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES run_cases(id) ON DELETE CASCADE,
    scorer     TEXT NOT NULL,                 -- metric name
    value      REAL,
    pass       INTEGER,                       -- 1, 0 or NULL when not a pass/fail scorer
    reason     TEXT NOT NULL DEFAULT '',
    details    TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    UNIQUE (case_id, scorer)
);

CREATE TABLE judgements (                     -- human review
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('preference', 'rating')),
    case_a      INTEGER NOT NULL REFERENCES run_cases(id) ON DELETE CASCADE,
    case_b      INTEGER REFERENCES run_cases(id) ON DELETE CASCADE,
    choice      TEXT CHECK (choice IN ('a', 'b', 'tie', 'both_bad')),
    rating      INTEGER CHECK (rating BETWEEN 1 AND 5),
    comment     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX judgements_run ON judgements(run_id);

CREATE TABLE response_cache (
    key         TEXT PRIMARY KEY,             -- SHA-256 of provider kind, endpoint and body
    response    TEXT NOT NULL,                -- JSON: output, usage, finish reason, raw body
    created_at  TEXT NOT NULL,
    hits        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)sql";

constexpr std::array kMigrations{kSchemaV1};

} // namespace

int latestVersion()
{
    return int(kMigrations.size());
}

void upgrade(Database &db, int fromVersion)
{
    for (int v = fromVersion + 1; v <= latestVersion(); ++v)
        db.exec(kMigrations[size_t(v - 1)]);
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(latestVersion());
    db.exec(pragma.constData());
}

} // namespace lathe::Migrations
