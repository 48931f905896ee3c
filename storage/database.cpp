#include "storage/database.hpp"

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "storage/file_mode.hpp"
#include "storage/schema_check.hpp"

namespace cycle {

const char* const workflow_kinds_condition = "kind NOT IN ('case-opened', 'correction')";

namespace {

// Schema version 1. The case log is append-only: triggers refuse UPDATE and DELETE, and the
// hash chain (engine/log/hash_chain.hpp) exposes changes made with the triggers dropped.
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
)sql";

// Schema version 2 adds what `cycle remind --new` has shown. It is kept outside the audit
// chain on purpose: it records what a reminder job printed, not a decision, and it may be
// cleared (DELETE) to have reminders shown again.
const char* const schema_v2_additions = R"sql(
CREATE TABLE reminder_shown (
    org         TEXT    NOT NULL,
    budget_year INTEGER NOT NULL,
    item        TEXT    NOT NULL,
    deadline    TEXT    NOT NULL,
    threshold   TEXT    NOT NULL,
    shown_on    TEXT    NOT NULL,
    PRIMARY KEY (org, budget_year, item, deadline, threshold)
) WITHOUT ROWID;
)sql";

// Schema version 3 indexes the events a workflow machine reads (every kind but an opened case
// and a correction, which replay accepts without a move), so that `status`, `remind` and the
// recording commands read an organisation's workflow without stepping over its case register,
// most of a council's log. Its WHERE term is workflow_kinds_condition, the text CaseLog queries
// with: SQLite uses a partial index only for a query that repeats its condition.
std::string schema_v3_additions() {
    return std::string("CREATE INDEX case_log_workflow_by_org ON case_log (org, seq) WHERE ") +
           workflow_kinds_condition;
}

}  // namespace

const std::array<SchemaTrigger, 4> append_only_triggers = {{
    {"case_log_no_update",
     "CREATE TRIGGER case_log_no_update BEFORE UPDATE ON case_log\n"
     "BEGIN SELECT RAISE(ABORT, 'case_log is append-only: UPDATE refused'); END"},
    {"case_log_no_delete",
     "CREATE TRIGGER case_log_no_delete BEFORE DELETE ON case_log\n"
     "BEGIN SELECT RAISE(ABORT, 'case_log is append-only: DELETE refused'); END"},
    {"case_number_no_update",
     "CREATE TRIGGER case_number_no_update BEFORE UPDATE ON case_number\n"
     "BEGIN SELECT RAISE(ABORT, 'case_number is append-only: UPDATE refused'); END"},
    {"case_number_no_delete",
     "CREATE TRIGGER case_number_no_delete BEFORE DELETE ON case_number\n"
     "BEGIN SELECT RAISE(ABORT, 'case_number is append-only: DELETE refused'); END"},
}};

const std::array<EarlierSchemaText, 1> earlier_schema_texts = {{
    // Schema 3 as commits 096f4c2 to 02260fb^ wrote it, before the text was built from
    // workflow_kinds_condition: the same index, on two lines.
    {"case_log_workflow_by_org",
     "CREATE INDEX case_log_workflow_by_org ON case_log (org, seq)\n"
     "    WHERE kind NOT IN ('case-opened', 'correction')"},
}};

std::vector<std::string> schema_additions(int version) {
    switch (version) {
        case 1: {
            std::vector<std::string> statements{schema_v1};
            for (const SchemaTrigger& trigger : append_only_triggers) {
                statements.emplace_back(trigger.sql);
            }
            return statements;
        }
        case 2:
            return {schema_v2_additions};
        case 3:
            return {schema_v3_additions()};
        default:
            return {};
    }
}

namespace {

// "file:" URI for a path: the characters a URI gives meaning to are percent-encoded, and an
// absolute path gets an empty authority ("file:///tmp/x"), so "//tmp/x" is not read as a host.
std::string file_uri(const std::string& path) {
    std::string uri = path.rfind('/', 0) == 0 ? "file://" : "file:";
    for (char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            static const char* const hex = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(c);
            uri += '%';
            uri += hex[byte >> 4];
            uri += hex[byte & 0x0f];
        } else {
            uri += c;
        }
    }
    return uri;
}

// The busy handler of every connection. SQLite's default (sqlite3_busy_timeout) backs off to one
// attempt every 100 ms; a writer that has waited that long then loses nearly every race for the
// lock to writers that have just started, which try at once. With four busy writers such a
// writer waited out 7.5 s of the 10 s while the lock went free every few tenths of a second
// (reliability.concurrency), and under more load it would give up (exit 4) on a lock that was
// never held for long. Trying again every millisecond keeps it in the race until the timeout's
// end, measured on the wall clock, so that "gave up after 10 s" is what happened.
int wait_for_lock(void* since, int attempts) {
    auto& started = *static_cast<std::chrono::steady_clock::time_point*>(since);
    const auto now = std::chrono::steady_clock::now();
    if (attempts == 0) started = now;                                           // a new wait
    if (now - started >= std::chrono::milliseconds(busy_timeout_ms)) return 0;  // SQLITE_BUSY
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 1;
}

bool writable(const std::filesystem::path& path) {
    return access(path.c_str(), W_OK) == 0;
}

// The folder SQLite makes its -wal and -shm files in.
std::filesystem::path folder_of(const std::filesystem::path& file) {
    return file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
}

}  // namespace

void check_database_path(const std::string& path) {
    if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) {
        throw_bad_input("--db: expected the path of a database file, got " + quote(path));
    }
}

Database::Database(const std::string& path, OpenMode mode) : path_(path) {
    check_database_path(path);
    // The error_code form: a folder the user may not enter is a clear refusal, not a crash.
    std::error_code unreachable;
    const bool exists = std::filesystem::exists(path, unreachable);
    if (unreachable) {
        throw_storage("--db: cannot reach " + quote(path) + ": " + unreachable.message());
    }
    // A link to a missing file: SQLite would create the file where the link points, with its
    // own mode, wherever someone pointed it.
    if (!exists && std::filesystem::is_symlink(path, unreachable)) {
        throw_storage("--db " + quote(path) +
                      " is a symbolic link to a missing file; give the database's own path");
    }
    if (!exists && mode != OpenMode::create) {
        throw_storage("--db: no database at " + quote(path) +
                      "; create one with: cycle init --config FILE");
    }
    const bool writer = mode == OpenMode::read_write || mode == OpenMode::create;
    if (exists && writer && !(writable(path) && writable(folder_of(path)))) {
        throw_storage("--db " + quote(path) +
                      " is read-only here; writing needs write access to the file and its folder");
    }
    try {
        if (mode == OpenMode::read_only || mode == OpenMode::audit) {
            open_for_reading();
        } else {
            if (!exists) create_database_file(path);  // with its mode, before SQLite makes it
            sql_ = std::make_unique<SQLite::Database>(
                path, SQLite::OPEN_READWRITE | (exists ? 0 : SQLite::OPEN_CREATE), busy_timeout_ms);
            wait_when_busy();
            if (mode == OpenMode::create && create_schema_if_empty()) use_wal();
        }
        check_schema();
        if (mode != OpenMode::audit) require_cycle_schema(writer);
    } catch (const SQLite::Exception& error) {
        throw_storage("--db " + quote(path) + ": " + error.what());
    }
}

void Database::open_for_reading() {
    // A reader must change nothing, not even leave files beside the database. SQLite lets only
    // a connection that may write remove the -wal and -shm files it made, so:
    //  - where the file and its folder are writable: open read-write, with query_only set so
    //    that no statement can write; closing removes the WAL files it made. A WAL left by a
    //    writer that was killed is read but not checkpointed, so the file stays as it is;
    //  - else, with no WAL to read: open it immutable (SQLite then makes no files at all);
    //  - else (a read-only copy with a WAL): open read-only, which reads the WAL; SQLite needs
    //    the -shm file for that, and makes it if the folder lets it.
    const std::filesystem::path file(path_);
    const std::filesystem::path folder = folder_of(file);
    const std::filesystem::path wal(path_ + "-wal");
    const bool has_wal = std::filesystem::exists(wal) && std::filesystem::file_size(wal) > 0;
    if (writable(file) && writable(folder)) {
        sql_ = std::make_unique<SQLite::Database>(path_, SQLite::OPEN_READWRITE, busy_timeout_ms);
        if (has_wal) {
            sqlite3_db_config(sql_->getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
    } else if (!has_wal) {
        sql_ = std::make_unique<SQLite::Database>(file_uri(path_) + "?immutable=1",
                                                  SQLite::OPEN_READONLY | SQLite::OPEN_URI,
                                                  busy_timeout_ms);
    } else if (!writable(folder) && !std::filesystem::exists(path_ + "-shm")) {
        throw_storage("--db " + quote(path_) + " has a write-ahead log (" + quote(wal.string()) +
                      ") that cannot be read in a read-only folder without its -shm file; "
                      "copy the database with its -wal file to a writable folder");
    } else {
        sql_ = std::make_unique<SQLite::Database>(path_, SQLite::OPEN_READONLY, busy_timeout_ms);
    }
    wait_when_busy();
    sql_->exec("PRAGMA query_only = ON");
}

void Database::wait_when_busy() {
    // Replaces the handler sqlite3_busy_timeout installed; the timeout stays busy_timeout_ms.
    sqlite3_busy_handler(sql_->getHandle(), wait_for_lock, busy_since_.get());
}

bool Database::create_schema_if_empty() {
    // Under the write lock, so that two first `init`s on one new file create the schema once:
    // the second waits, then finds it.
    SQLite::Transaction transaction(*sql_, SQLite::TransactionBehavior::IMMEDIATE);
    const bool empty = sql_->execAndGet("SELECT COUNT(*) FROM sqlite_master").getInt() == 0 &&
                       sql_->execAndGet("PRAGMA application_id").getInt() == 0 &&
                       sql_->execAndGet("PRAGMA user_version").getInt() == 0;
    if (!empty) return false;  // the transaction rolls back: nothing was written
    for (int version = 1; version <= current_schema_version; ++version) {
        for (const std::string& statement : schema_additions(version)) sql_->exec(statement);
    }
    sql_->exec("PRAGMA application_id = " + std::to_string(cycle_application_id));
    sql_->exec("PRAGMA user_version = " + std::to_string(current_schema_version));
    transaction.commit();
    return true;
}

void Database::upgrade_schema() {
    const int version = sql_->execAndGet("PRAGMA user_version").getInt();
    if (version >= current_schema_version) return;
    for (int next = version + 1; next <= current_schema_version; ++next) {
        for (const std::string& statement : schema_additions(next)) sql_->exec(statement);
    }
    sql_->exec("PRAGMA user_version = " + std::to_string(current_schema_version));
}

void Database::use_wal() {
    // Set once, after the schema (the journal mode cannot change inside a transaction), and
    // again after a write that finds it unset: the creator stopped in between, or another tool
    // changed it.
    if (sql_->execAndGet("PRAGMA journal_mode").getString() != "wal") {
        sql_->exec("PRAGMA journal_mode = WAL");
    }
}

void Database::commit(SQLite::Transaction& transaction) {
    transaction.commit();
    try {
        use_wal();
    } catch (const SQLite::Exception&) {
        // The write is committed, so the command succeeded; a reader holding the file keeps it
        // in its old mode until the next write tries again.
    }
}

void Database::check_schema() {
    const int application_id = sql_->execAndGet("PRAGMA application_id").getInt();
    if (application_id != cycle_application_id) {
        throw_storage("--db " + quote(path_) + " is not a cycle database");
    }
    const int version = sql_->execAndGet("PRAGMA user_version").getInt();
    if (version > current_schema_version) {
        throw_storage("--db " + quote(path_) + " has schema version " + std::to_string(version) +
                      ", newer than this cycle understands (" +
                      std::to_string(current_schema_version) + "); upgrade cycle");
    }
    if (version < 1) {
        throw_storage("--db " + quote(path_) +
                      " has no schema version; it is not a cycle database");
    }
}

void Database::require_cycle_schema(bool writer) {
    // Readers check the schema objects only, a few rows; the integrity check reads the whole
    // file, which a writer can afford once per command and a reader of a large log cannot.
    const int version = sql_->execAndGet("PRAGMA user_version").getInt();
    const std::vector<SchemaDifference> differences = schema_differences(*sql_, version);
    if (!differences.empty()) {
        throw_storage("--db " + quote(path_) + ": " + differences.front().text() +
                      ", so it is not the database cycle made; nothing was " +
                      (writer ? "written" : "read") + "; run cycle verify");
    }
    if (!writer) return;
    if (const auto problem = integrity_problem(*sql_)) {
        throw_storage("--db " + quote(path_) + " is damaged (" + one_line(*problem) +
                      "); nothing was written; run cycle verify");
    }
}

}  // namespace cycle
