// Whether a database file is the one cycle made: its schema objects (tables, indexes, triggers,
// views) exactly those cycle creates for the schema version the file declares, and the file
// itself sound as SQLite's integrity check sees it. Readers go through the indexes and the
// triggers keep the log append-only, so any other object changes what cycle reads or allows.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

namespace cycle {

struct SchemaDifference {
    std::string object;   // e.g. "the index case_log_by_org"
    std::string problem;  // "is missing", "has been altered", "is not part of cycle's schema 3"
    bool append_only_trigger = false;  // the object is one of append_only_triggers
    std::string text() const { return object + " " + problem; }
};

// The differences between the file's schema objects and those schema_additions(1 ... version)
// create, compared by type, name, table and SQL text; empty when there are none. Missing and
// altered objects come in the order cycle creates them, then extra ones by name.
std::vector<SchemaDifference> schema_differences(SQLite::Database& db, int version);

// The first problem `PRAGMA integrity_check` reports (an index that disagrees with its table,
// a damaged page, a row breaking a NOT NULL or CHECK constraint), or nothing when it says ok.
// It reads the whole file: verify and writers run it, readers do not (README, Reliability).
std::optional<std::string> integrity_problem(SQLite::Database& db);

}  // namespace cycle
