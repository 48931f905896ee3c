// The schema check: every object cycle did not create, or created otherwise, is named, and a
// file whose indexes disagree with their table is found by the integrity check; the modes of
// Database refuse such a file, all but audit.
#include "storage/schema_check.hpp"

#include <doctest/doctest.h>

#include "engine/support/error.hpp"
#include "storage/case_log.hpp"
#include "storage/database.hpp"
#include "tests/support/event_builder.hpp"
#include "tests/support/open_error.hpp"
#include "tests/support/temp_file.hpp"

namespace cycle {
namespace {

// The 2021 example's events #1-#5 in a new file, closed again.
void write_example(const std::string& path) {
    Database db(path, OpenMode::create);
    CaseLog log(db.sql());
    for (Event event : testing::example_2021()) log.append(event);
}

using testing::open_error;

TEST_CASE("schema check: a file cycle made, of each version, has no difference") {
    testing::TempFile file("cycle.db");
    write_example(file.path());
    SQLite::Database db(file.path(), SQLite::OPEN_READWRITE);
    CHECK(schema_differences(db, current_schema_version).empty());
    CHECK_FALSE(integrity_problem(db));
    // Version 1 and 2 files, as an older cycle made them (tests/golden/fixtures/schema-v1.sql).
    db.exec("DROP INDEX case_log_workflow_by_org");
    CHECK(schema_differences(db, 2).empty());
    db.exec("DROP TABLE reminder_shown");
    CHECK(schema_differences(db, 1).empty());
}

TEST_CASE("schema check: an index as an earlier cycle worded it is cycle's own") {
    testing::TempFile file("cycle.db");
    write_example(file.path());
    {
        // Schema 3 as commits 096f4c2 to 02260fb^ created it: the same index, on two lines.
        SQLite::Database raw(file.path(), SQLite::OPEN_READWRITE);
        raw.exec("DROP INDEX case_log_workflow_by_org");
        raw.exec(
            "CREATE INDEX case_log_workflow_by_org ON case_log (org, seq)\n"
            "    WHERE kind NOT IN ('case-opened', 'correction');");
    }
    CHECK(open_error(file.path(), OpenMode::read_write) == "no error");
    SQLite::Database db(file.path(), SQLite::OPEN_READONLY);
    CHECK(schema_differences(db, current_schema_version).empty());
}

TEST_CASE("schema check: every object added, removed or altered is named") {
    struct Row {
        const char* tamper;
        const char* first;  // the first difference
        bool trigger;       // one of the append-only triggers
    };
    const Row rows[] = {
        {"CREATE INDEX extra ON case_log (kind)", "the index extra is not part of cycle's schema 3",
         false},
        {"DROP INDEX case_log_by_org", "the index case_log_by_org is missing", false},
        {"DROP INDEX case_log_workflow_by_org", "the index case_log_workflow_by_org is missing",
         false},
        {"DROP TRIGGER case_log_no_update", "the trigger case_log_no_update is missing", true},
        {"DROP TABLE reminder_shown", "the table reminder_shown is missing", false},
        {"CREATE VIEW latest AS SELECT * FROM case_log",
         "the view latest is not part of cycle's schema 3", false},
        {"CREATE TABLE notes (text TEXT)", "the table notes is not part of cycle's schema 3",
         false},
        {"ANALYZE", "the table sqlite_stat1 is not part of cycle's schema 3", false},
        {"CREATE TRIGGER swallow BEFORE INSERT ON case_log BEGIN SELECT RAISE(IGNORE); END",
         "the trigger swallow is not part of cycle's schema 3", false},
        // The version the file declares decides what it must hold.
        {"PRAGMA user_version = 2",
         "the index case_log_workflow_by_org is not part of cycle's schema 2", false},
        // Recreated with other text, or with other columns under the same name.
        {"DROP TRIGGER case_log_no_delete; CREATE TRIGGER case_log_no_delete BEFORE DELETE ON "
         "case_log WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END",
         "the trigger case_log_no_delete has been altered", true},
        {"DROP INDEX case_log_by_org; CREATE INDEX case_log_by_org ON case_log (seq)",
         "the index case_log_by_org has been altered", false},
        {"PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'CHECK "
         "(irregular IN (0, 1))', '') WHERE name = 'case_log'",
         "the table case_log has been altered", false},
    };
    for (const Row& row : rows) {
        CAPTURE(row.tamper);
        testing::TempFile file("cycle.db");
        write_example(file.path());
        {
            SQLite::Database raw(file.path(), SQLite::OPEN_READWRITE);
            raw.exec(row.tamper);
        }
        Database db(file.path(), OpenMode::audit);
        const int version = db.sql().execAndGet("PRAGMA user_version").getInt();
        const std::vector<SchemaDifference> differences = schema_differences(db.sql(), version);
        REQUIRE_FALSE(differences.empty());
        CHECK(differences.front().text() == row.first);
        CHECK(differences.front().append_only_trigger == row.trigger);
        // Readers and writers refuse the file before they read or judge anything.
        CHECK(open_error(file.path(), OpenMode::read_only) ==
              "--db \"" + file.path() + "\": " + row.first +
                  ", so it is not the database cycle made; nothing was read; run cycle verify");
        CHECK(open_error(file.path(), OpenMode::read_write) ==
              "--db \"" + file.path() + "\": " + row.first +
                  ", so it is not the database cycle made; nothing was written; run cycle verify");
    }
}

TEST_CASE("schema check: an index altered and its text restored is found by the integrity check") {
    testing::TempFile file("cycle.db");
    write_example(file.path());
    {
        // The index rebuilt on other columns, then sqlite_master's text put back: the schema
        // reads as cycle's, the index's entries are not those of its declared columns.
        SQLite::Database raw(file.path(), SQLite::OPEN_READWRITE);
        raw.exec(
            "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE INDEX "
            "case_log_by_org ON case_log (kind, seq)' WHERE name = 'case_log_by_org'");
    }
    {
        SQLite::Database raw(file.path(), SQLite::OPEN_READWRITE);
        raw.exec("REINDEX case_log_by_org");
        raw.exec(
            "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = 'CREATE INDEX "
            "case_log_by_org ON case_log (org, seq)' WHERE name = 'case_log_by_org'");
    }
    Database db(file.path(), OpenMode::audit);
    CHECK(schema_differences(db.sql(), current_schema_version).empty());
    CHECK(integrity_problem(db.sql()) == "row 1 missing from index case_log_by_org");
    // A reader checks the schema only (cheap); a writer refuses the damaged file.
    CHECK(open_error(file.path(), OpenMode::read_only) == "no error");
    CHECK(open_error(file.path(), OpenMode::read_write) ==
          "--db \"" + file.path() +
              "\" is damaged (row 1 missing from index case_log_by_org); nothing was written; "
              "run cycle verify");
    const VerifyResult result = CaseLog(db.sql()).verify();
    CHECK(result.damaged == "row 1 missing from index case_log_by_org");
    CHECK(result.event_count == 0);
}

}  // namespace
}  // namespace cycle
