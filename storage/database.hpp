// Opening a cycle database (SQLite via SQLiteCpp): creation with the schema, the schema
// version check (PRAGMA user_version), WAL and the busy timeout. Every failure is an
// Error(storage) naming the file (Error(bad_input) for a --db that is no file path, such as
// ":memory:"); a file that is not a cycle database is never modified.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

#include <array>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace cycle {

// DO NOT CHANGE: identifies a cycle database (PRAGMA application_id, "Cycl").
inline constexpr int cycle_application_id = 0x4379636c;
// The schema this build writes and reads; older ones are read as they are and upgraded by the
// command that needs the newer tables, newer ones refused.
// 1: case_log, case_number. 2: reminder_shown (what `cycle remind --new` showed).
// 3: case_log_workflow_by_org, a partial index of the events the workflow machines read.
inline constexpr int current_schema_version = 3;
// The condition of that partial index, as a query must repeat it for SQLite to use the index.
extern const char* const workflow_kinds_condition;
// How long a writer waits for another writer before giving up (exit 4), on the wall clock; it
// tries again every millisecond meanwhile (database.cpp, wait_for_lock).
inline constexpr int busy_timeout_ms = 10'000;

// The triggers that make case_log and case_number append-only, as schema version 1 creates
// them; `verify` checks that each is still there with exactly this text.
struct SchemaTrigger {
    const char* name;
    const char* sql;  // as sqlite_master holds it
};
extern const std::array<SchemaTrigger, 4> append_only_triggers;
// The SQL text an earlier cycle wrote for a schema object that this build writes otherwise, with
// the same meaning: a file holding it is cycle's own. DO NOT CHANGE: files hold these texts.
struct EarlierSchemaText {
    const char* name;
    const char* sql;  // as sqlite_master holds it
};
extern const std::array<EarlierSchemaText, 1> earlier_schema_texts;

// The statements that take a database from schema `version` - 1 to `version` (1: from an
// empty file), exactly as cycle runs them: storage/schema_check compares a file's schema
// objects with what these create. DO NOT CHANGE their text: stored files hold it.
std::vector<std::string> schema_additions(int version);

// Every mode refuses (Error(storage)) a file whose schema objects are not exactly cycle's for
// its version (storage/schema_check), but audit, which leaves that to `verify` to report;
// the writing modes also refuse a file PRAGMA integrity_check finds damaged.
enum class OpenMode {
    read_only,   // status, log: the file must exist; nothing is written, not even WAL files
                 // beside it, and a read-only file in a read-only folder is read
    audit,       // verify, checkpoint: read_only, with the schema judged by the caller
    read_write,  // record, remind --new: the file must exist
    create,      // init: created with the schema if missing
};

// Error(bad_input) unless `path` names a database file: not empty, not ":memory:", no URI.
void check_database_path(const std::string& path);

class Database {
  public:
    Database(const std::string& path, OpenMode mode);

    SQLite::Database& sql() { return *sql_; }
    // Brings an older schema up to this build's. Call it inside the command's own write
    // transaction, so that a command that fails leaves the file byte for byte as it was.
    void upgrade_schema();
    // Commits the command's write transaction, then puts a file left in rollback-journal mode
    // (by another tool) into WAL mode. Only after a write succeeded: a command refused after
    // the file opened leaves it byte for byte as it was.
    void commit(SQLite::Transaction& transaction);
    const std::string& path() const { return path_; }

  private:
    void open_for_reading();
    bool create_schema_if_empty();  // true when it created the schema
    void use_wal();
    void check_schema();
    // Refuses a file whose schema objects differ from cycle's; a writer also a damaged file.
    void require_cycle_schema(bool writer);
    // Installs the busy handler: a writer kept waiting retries every millisecond until
    // busy_timeout_ms have passed.
    void wait_when_busy();

    std::string path_;
    // When the current wait for a lock began (the busy handler's state); on the heap, so that
    // it stays where the handler points when a Database is moved, and declared before sql_, so
    // that it outlives the connection.
    std::unique_ptr<std::chrono::steady_clock::time_point> busy_since_ =
        std::make_unique<std::chrono::steady_clock::time_point>();
    std::unique_ptr<SQLite::Database> sql_;
};

}  // namespace cycle
