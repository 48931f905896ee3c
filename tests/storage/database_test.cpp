// Opening databases: creation, schema version, refusing what is not ours.
#include "storage/database.hpp"

#include <SQLiteCpp/Transaction.h>
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "engine/support/error.hpp"
#include "tests/support/open_error.hpp"
#include "tests/support/temp_file.hpp"

namespace cycle {
namespace {

using testing::open_error;

TEST_CASE("database: created with WAL, application id and schema version") {
    testing::TempFile file("cycle.db");
    {
        Database db(file.path(), OpenMode::create);
        CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
        CHECK(db.sql().execAndGet("PRAGMA user_version").getInt() == current_schema_version);
        CHECK(db.sql().execAndGet("PRAGMA application_id").getInt() == cycle_application_id);
    }
    Database reopened(file.path(), OpenMode::read_only);
    CHECK(reopened.sql().execAndGet("SELECT COUNT(*) FROM case_log").getInt() == 0);
}

TEST_CASE("database: missing, foreign and newer files are refused") {
    testing::TempFile file("cycle.db");
    CHECK(open_error(file.path(), OpenMode::read_only) ==
          "--db: no database at \"" + file.path() +
              "\"; create one with: cycle init --config FILE");
    {
        std::ofstream text(file.path());
        text << "not a database, just text\n";
    }
    CHECK(open_error(file.path(), OpenMode::read_only) ==
          "--db \"" + file.path() + "\": file is not a database");

    testing::TempFile other("other.db");
    {
        SQLite::Database foreign(other.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        foreign.exec("CREATE TABLE t (x)");
    }
    CHECK(open_error(other.path(), OpenMode::read_write) ==
          "--db \"" + other.path() + "\" is not a cycle database");

    testing::TempFile newer("newer.db");
    {
        Database db(newer.path(), OpenMode::create);
        db.sql().exec("PRAGMA user_version = 99");
    }
    CHECK(open_error(newer.path(), OpenMode::read_only) ==
          "--db \"" + newer.path() +
              "\" has schema version 99, newer than this cycle understands (3); upgrade cycle");
}

TEST_CASE("database: a version 1 file is read as it is, and upgraded only on request") {
    // Version 1 is version 3 without the reminder_shown table (2) and the workflow index (3).
    testing::TempFile old("old.db");
    {
        Database db(old.path(), OpenMode::create);
        db.sql().exec("DROP TABLE reminder_shown; DROP INDEX case_log_workflow_by_org");
        db.sql().exec("PRAGMA user_version = 1");
    }
    const auto has = [](Database& db, const char* name) {
        return db.sql()
                   .execAndGet(std::string("SELECT COUNT(*) FROM sqlite_master WHERE name = '") +
                               name + "'")
                   .getInt() == 1;
    };
    {
        Database reader(old.path(), OpenMode::read_only);
        CHECK(reader.sql().execAndGet("PRAGMA user_version").getInt() == 1);
        CHECK_FALSE(has(reader, "reminder_shown"));
    }
    {
        // Opening to write changes nothing by itself; an upgrade rolled back leaves version 1.
        Database writer(old.path(), OpenMode::read_write);
        CHECK(writer.sql().execAndGet("PRAGMA user_version").getInt() == 1);
        {
            SQLite::Transaction transaction(writer.sql(), SQLite::TransactionBehavior::IMMEDIATE);
            writer.upgrade_schema();
        }
        CHECK(writer.sql().execAndGet("PRAGMA user_version").getInt() == 1);
        CHECK_FALSE(has(writer, "reminder_shown"));
        CHECK_FALSE(has(writer, "case_log_workflow_by_org"));
        writer.upgrade_schema();
        CHECK(writer.sql().execAndGet("PRAGMA user_version").getInt() == 3);
        CHECK(has(writer, "reminder_shown"));
        CHECK(has(writer, "case_log_workflow_by_org"));
    }
}

TEST_CASE("database: a version 2 file gets the workflow index, and only it") {
    testing::TempFile old("old.db");
    {
        Database db(old.path(), OpenMode::create);
        db.sql().exec("DROP INDEX case_log_workflow_by_org; PRAGMA user_version = 2");
    }
    Database writer(old.path(), OpenMode::read_write);
    writer.upgrade_schema();
    CHECK(writer.sql().execAndGet("PRAGMA user_version").getInt() == 3);
    CHECK(writer.sql()
              .execAndGet("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
                          "WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' "
                          "ORDER BY name)")
              .getString() ==
          "case_log case_log_by_org case_log_workflow_by_org case_number reminder_shown");
}

std::string bytes_of(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

TEST_CASE("database: a rollback-journal file turns WAL only when a write is committed") {
    // cycle makes every file in WAL mode; another tool may have set it back.
    testing::TempFile file("cycle.db");
    { Database db(file.path(), OpenMode::create); }
    {
        SQLite::Database other(file.path(), SQLite::OPEN_READWRITE);
        other.exec("PRAGMA journal_mode = DELETE");
    }
    const std::string before = bytes_of(file.path());
    {
        // A command refused after the file opened: its transaction rolls back.
        Database writer(file.path(), OpenMode::read_write);
        SQLite::Transaction transaction(writer.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        writer.upgrade_schema();
        CHECK(writer.sql().execAndGet("PRAGMA journal_mode").getString() == "delete");
    }
    CHECK(bytes_of(file.path()) == before);
    {
        Database writer(file.path(), OpenMode::read_write);
        SQLite::Transaction transaction(writer.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        writer.commit(transaction);
        CHECK(writer.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    }
}

}  // namespace
}  // namespace cycle

namespace cycle {
namespace {

TEST_CASE("database: a link to a missing file is refused, and nothing made where it points") {
    testing::TempFile link("cycle.db");
    testing::TempFile target("elsewhere.db");
    std::filesystem::create_symlink(target.path(), link.path());
    CHECK(open_error(link.path(), OpenMode::create) ==
          "--db \"" + link.path() +
              "\" is a symbolic link to a missing file; give the database's own path");
    CHECK_FALSE(std::filesystem::exists(target.path()));
}

}  // namespace
}  // namespace cycle
