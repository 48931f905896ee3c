#include "storage/database.hpp"

#include <SQLiteCpp/Transaction.h>
#include <unistd.h>

#include <filesystem>

#include "engine/error.hpp"

namespace cycle {

namespace {

// Schema version 1. The case log is append-only: triggers refuse UPDATE and DELETE, and the
// hash chain (engine/hash_chain.hpp) exposes changes made with the triggers dropped.
// Column names are a file format: DO NOT CHANGE without a migration.
const char* const schema_v1 = R"sql(
CREATE TABLE case_log (
    seq            INTEGER PRIMARY KEY,
    org            TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL,
    effective_date TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    budget_year    INTEGER,
    body           TEXT    NOT NULL,
    case_body      TEXT,
    case_year      INTEGER,
    case_sequence  INTEGER,
    details        TEXT    NOT NULL,
    irregular      INTEGER NOT NULL CHECK (irregular IN (0, 1)),
    reason         TEXT    NOT NULL,
    prev_hash      TEXT    NOT NULL,
    hash           TEXT    NOT NULL UNIQUE
);
CREATE INDEX case_log_by_org ON case_log (org, seq);
CREATE TABLE case_number (
    org       TEXT    NOT NULL,
    body      TEXT    NOT NULL,
    year      INTEGER NOT NULL,
    sequence  INTEGER NOT NULL CHECK (sequence > 0),
    first_seq INTEGER NOT NULL REFERENCES case_log (seq),
    PRIMARY KEY (org, body, year, sequence)
);
CREATE TRIGGER case_log_no_update BEFORE UPDATE ON case_log
BEGIN SELECT RAISE(ABORT, 'case_log is append-only: UPDATE refused'); END;
CREATE TRIGGER case_log_no_delete BEFORE DELETE ON case_log
BEGIN SELECT RAISE(ABORT, 'case_log is append-only: DELETE refused'); END;
CREATE TRIGGER case_number_no_update BEFORE UPDATE ON case_number
BEGIN SELECT RAISE(ABORT, 'case_number is append-only: UPDATE refused'); END;
CREATE TRIGGER case_number_no_delete BEFORE DELETE ON case_number
BEGIN SELECT RAISE(ABORT, 'case_number is append-only: DELETE refused'); END;
)sql";

}  // namespace

Database::Database(const std::string& path, OpenMode mode) : path_(path) {
    const bool exists = std::filesystem::exists(path);
    if (!exists && mode != OpenMode::create) {
        throw_storage("--db: no database at \"" + path +
                      "\"; create one with: cycle init --config FILE");
    }
    try {
        // Readers of a WAL database that open it SQLITE_OPEN_READONLY leave empty -wal and
        // -shm files behind, since only a writer may remove them on close. So a reader opens
        // read-write where the file allows it, with query_only set so that no statement can
        // write, and falls back to a true read-only open on a read-only file.
        const bool writable = exists && access(path.c_str(), W_OK) == 0;
        int flags = SQLite::OPEN_READWRITE | (exists ? 0 : SQLite::OPEN_CREATE);
        if (mode == OpenMode::read_only && !writable) flags = SQLite::OPEN_READONLY;
        sql_ = std::make_unique<SQLite::Database>(path, flags, busy_timeout_ms);
        if (mode == OpenMode::read_only) sql_->exec("PRAGMA query_only = ON");
        if (!exists) {
            create_schema();
        } else {
            check_schema();
        }
    } catch (const SQLite::Exception& error) {
        throw_storage("--db \"" + path + "\": " + error.what());
    }
}

void Database::create_schema() {
    sql_->exec("PRAGMA journal_mode = WAL");
    SQLite::Transaction transaction(*sql_, SQLite::TransactionBehavior::IMMEDIATE);
    sql_->exec(schema_v1);
    sql_->exec("PRAGMA application_id = " + std::to_string(cycle_application_id));
    sql_->exec("PRAGMA user_version = " + std::to_string(current_schema_version));
    transaction.commit();
}

void Database::check_schema() {
    const int application_id = sql_->execAndGet("PRAGMA application_id").getInt();
    if (application_id != cycle_application_id) {
        throw_storage("--db \"" + path_ + "\" is not a cycle database");
    }
    const int version = sql_->execAndGet("PRAGMA user_version").getInt();
    if (version > current_schema_version) {
        throw_storage("--db \"" + path_ + "\" has schema version " + std::to_string(version) +
                      ", newer than this cycle understands (" +
                      std::to_string(current_schema_version) + "); upgrade cycle");
    }
    if (version < 1) {
        throw_storage("--db \"" + path_ + "\" has no schema version; it is not a cycle database");
    }
}

}  // namespace cycle
