// Fuzz target for reading rows back from the database (storage/case_log's row decoder), as every
// reader and `verify` do: the input is split at its first two NUL bytes into the details text,
// the actor and the reason of event #2, stored behind cycle's back after a registration (#1).
// Contract: reading the organisation's events either returns both events with the stored text
// unchanged, or throws Error(storage) "case log #2 cannot be read (...)"; verify then reports the
// row as broken at #2 (its hash is never the matching one), and neither
// ever throws anything else, crashes, or overflows the stack, whatever the bytes.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/VariadicBind.h>

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <typeinfo>

#include "engine/log/hash_chain.hpp"
#include "engine/support/error.hpp"
#include "storage/case_log.hpp"
#include "storage/database.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

// The part of `input` before the `index`-th NUL (the rest for the last), for three fields.
std::string field(const std::string& input, int index) {
    std::size_t begin = 0;
    for (int skipped = 0; skipped < index; ++skipped) {
        begin = input.find('\0', begin);
        if (begin == std::string::npos) return "";
        ++begin;
    }
    const std::size_t end = index == 2 ? std::string::npos : input.find('\0', begin);
    return input.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

SQLite::Database& database() {
    // One schema for every input; each input's rows are rolled back after it.
    static SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    static const bool created = [] {
        for (int version = 1; version <= cycle::current_schema_version; ++version) {
            for (const std::string& statement : cycle::schema_additions(version))
                db.exec(statement);
        }
        return true;
    }();
    (void)created;
    return db;
}

// Event #2 with the fuzzed text, chained to `prev_hash` with a hash of 64 'b's.
void insert_second(SQLite::Database& db, const std::string& prev_hash, const std::string& actor,
                   const std::string& details, const std::string& reason) {
    SQLite::Statement row(
        db,
        "INSERT INTO case_log (seq, org, recorded_at, effective_date, actor, kind, budget_year, "
        "body, details, irregular, reason, prev_hash, hash) VALUES (2, 'fuzz', "
        "'2021-02-05T12:00:00Z', '2021-02-05', ?, 'case-opened', NULL, '', ?, 0, ?, ?, ?)");
    SQLite::bind(row, actor, details, reason, prev_hash, std::string(64, 'b'));
    row.exec();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    SQLite::Database& db = database();
    db.exec("BEGIN");
    cycle::CaseLog log(db);
    cycle::Event first;
    first.org = "fuzz";
    first.recorded_at = "2021-02-05T12:00:00Z";
    first.effective_date = boost::gregorian::date(2021, 2, 5);
    first.actor = "fuzz";
    first.kind = cycle::kind_organisation_registered;
    log.append(first);  // chained correctly, so that verify reaches #2
    insert_second(db, first.hash, field(input, 1), field(input, 0), field(input, 2));
    try {
        const std::vector<cycle::Event> events = log.events("fuzz");
        FUZZ_CHECK(events.size() == 2, "events read: " + std::to_string(events.size()));
        FUZZ_CHECK(events[1].details.dump() == field(input, 0), "details read back changed");
        FUZZ_CHECK(events[1].actor == field(input, 1), "actor read back changed");
    } catch (const cycle::Error& error) {
        FUZZ_CHECK(error.code() == cycle::ExitCode::storage, "exit code");
        FUZZ_CHECK(std::string(error.what()).rfind("case log #2 cannot be read (", 0) == 0,
                   std::string("events() threw ") + error.what());
    } catch (const std::exception& error) {
        FUZZ_FAIL(std::string("events() threw ") + typeid(error).name() + ": " + error.what());
    }
    try {
        const cycle::VerifyResult result = log.verify();
        FUZZ_CHECK(!result.intact && result.first_broken_seq == 2, "verify: " + result.problem);
    } catch (const std::exception& error) {
        FUZZ_FAIL(std::string("verify() threw ") + typeid(error).name() + ": " + error.what());
    }
    db.exec("ROLLBACK");
    return 0;
}
