// The SQLite baseline for `cycle import` (bench/README.md, target 3): reads the JSON lines of
// a `cycle export` (chained events: seq, prev_hash and hash included) and inserts them into a
// new database file with the case_log table and index as cycle creates them, with one
// prepared statement in one transaction. It judges nothing, computes no hash and keeps no
// case_number table: it is the floor that storing the same rows costs.
//
//   minimal_insert EXPORT.jsonl NEW.db
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

namespace {

// The case_log table and its index exactly as storage/database.cpp creates them.
const char* const schema = R"sql(
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
)sql";

void check(int rc, sqlite3* db, const char* what) {
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::cerr << "minimal_insert: " << what << ": " << sqlite3_errmsg(db) << "\n";
        std::exit(1);
    }
}

void bind_text(sqlite3_stmt* statement, int index, const std::string& text) {
    sqlite3_bind_text(statement, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: minimal_insert EXPORT.jsonl NEW.db\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "minimal_insert: cannot read " << argv[1] << "\n";
        return 2;
    }
    std::filesystem::remove(argv[2]);
    sqlite3* db = nullptr;
    check(sqlite3_open(argv[2], &db), db, "open");
    // As cycle: a write-ahead log, SQLite's default synchronous setting.
    check(sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr), db, "WAL");
    check(sqlite3_exec(db, schema, nullptr, nullptr, nullptr), db, "schema");
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO case_log (seq, org, recorded_at, effective_date, actor, "
                             "kind, budget_year, body, case_body, case_year, case_sequence, "
                             "details, irregular, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             -1, &insert, nullptr),
          db, "prepare");
    std::string line;
    long rows = 0;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const nlohmann::json event = nlohmann::json::parse(line);
        sqlite3_reset(insert);
        sqlite3_clear_bindings(insert);
        sqlite3_bind_int64(insert, 1, event.at("seq").get<std::int64_t>());
        bind_text(insert, 2, event.at("org").get<std::string>());
        bind_text(insert, 3, event.at("recorded_at").get<std::string>());
        bind_text(insert, 4, event.at("date").get<std::string>());
        bind_text(insert, 5, event.at("actor").get<std::string>());
        bind_text(insert, 6, event.at("kind").get<std::string>());
        if (!event.at("budget_year").is_null())
            sqlite3_bind_int(insert, 7, event.at("budget_year").get<int>());
        bind_text(insert, 8, event.at("body").get<std::string>());
        const nlohmann::json& number = event.at("case");
        if (!number.is_null()) {
            bind_text(insert, 9, number.at("body").get<std::string>());
            sqlite3_bind_int(insert, 10, number.at("year").get<int>());
            sqlite3_bind_int(insert, 11, number.at("sequence").get<int>());
        }
        bind_text(insert, 12, event.at("details").dump());
        sqlite3_bind_int(insert, 13, event.at("irregular").get<bool>() ? 1 : 0);
        bind_text(insert, 14, event.at("reason").get<std::string>());
        bind_text(insert, 15, event.at("prev_hash").get<std::string>());
        bind_text(insert, 16, event.at("hash").get<std::string>());
        check(sqlite3_step(insert), db, "insert");
        ++rows;
    }
    sqlite3_finalize(insert);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    check(sqlite3_close(db), db, "close");
    std::cout << "inserted " << rows << " rows into " << argv[2] << "\n";
    return 0;
}
