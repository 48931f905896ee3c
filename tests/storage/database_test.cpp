// Opening databases: creation, schema version, refusing what is not ours.
#include "storage/database.hpp"

#include <SQLiteCpp/Transaction.h>
#include <doctest/doctest.h>

#include <fstream>

#include "engine/error.hpp"
#include "tests/support/temp_file.hpp"

namespace cycle {
namespace {

std::string open_error(const std::string& path, OpenMode mode) {
    try {
        Database db(path, mode);
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::storage);
        return error.what();
    }
    return "no error";
}

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
              "\" has schema version 99, newer than this cycle understands (2); upgrade cycle");
}

TEST_CASE("database: a version 1 file is read as it is, and upgraded only on request") {
    // Version 1 is version 2 without the reminder_shown table.
    testing::TempFile old("old.db");
    {
        Database db(old.path(), OpenMode::create);
        db.sql().exec("DROP TABLE reminder_shown");
        db.sql().exec("PRAGMA user_version = 1");
    }
    const auto has_reminder_table = [](Database& db) {
        return db.sql()
                   .execAndGet("SELECT COUNT(*) FROM sqlite_master WHERE name = 'reminder_shown'")
                   .getInt() == 1;
    };
    {
        Database reader(old.path(), OpenMode::read_only);
        CHECK(reader.sql().execAndGet("PRAGMA user_version").getInt() == 1);
        CHECK_FALSE(has_reminder_table(reader));
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
        CHECK_FALSE(has_reminder_table(writer));
        writer.upgrade_schema();
        CHECK(writer.sql().execAndGet("PRAGMA user_version").getInt() == 2);
        CHECK(has_reminder_table(writer));
    }
}

}  // namespace
}  // namespace cycle
