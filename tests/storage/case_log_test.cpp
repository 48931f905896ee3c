// The case log: append-only by trigger, tamper-evident by hash chain, case numbers unique.
#include "storage/case_log.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <SQLiteCpp/VariadicBind.h>
#include <doctest/doctest.h>

#include "engine/log/event_limits.hpp"
#include "engine/log/hash_chain.hpp"
#include "engine/support/error.hpp"
#include "storage/database.hpp"
#include "tests/support/event_builder.hpp"
#include "tests/support/temp_file.hpp"

namespace cycle {
namespace {

// A database holding the 2021 example, events #1-#5.
struct ExampleLog {
    testing::TempFile file{"cycle.db"};
    Database db{file.path(), OpenMode::create};
    CaseLog log{db.sql()};

    ExampleLog() {
        for (Event event : testing::example_2021()) log.append(event);
    }
    void drop_triggers() {
        db.sql().exec("DROP TRIGGER case_log_no_update; DROP TRIGGER case_log_no_delete;");
    }
};

std::string sqlite_error(SQLite::Database& db, const std::string& statement) {
    try {
        db.exec(statement);
    } catch (const SQLite::Exception& error) {
        return error.what();
    }
    return "no error";
}

TEST_CASE("case log: appended events read back exactly, chained") {
    ExampleLog example;
    const std::vector<Event> events = example.log.events("osloregionen");
    REQUIRE(events.size() == 5);
    CHECK(events[0].prev_hash == genesis_hash);
    for (std::size_t i = 0; i < events.size(); ++i) {
        CAPTURE(i);
        CHECK(events[i].seq == static_cast<std::int64_t>(i + 1));
        CHECK(events[i].hash == chain_hash(events[i].prev_hash, canonical_bytes(events[i])));
        if (i > 0) CHECK(events[i].prev_hash == events[i - 1].hash);
    }
    CHECK(events[1].details.at("rate_nok_per_inhabitant") == "2.70");
    CHECK(iso(events[4].effective_date) == "2021-02-05");
    CHECK(example.log.organisations() == std::vector<std::string>{"osloregionen"});
    const VerifyResult result = example.log.verify();
    CHECK(result.intact);
    CHECK(result.event_count == 5);
    CHECK(result.head_hash == events[4].hash);
}

TEST_CASE("case log: triggers refuse UPDATE and DELETE") {
    ExampleLog example;
    Event cited = testing::step_event(0, "status-report", "2021-09-01", 2021);
    cited.case_number = CaseNumber{"board", 2021, 40};
    example.log.append(cited);
    CHECK(sqlite_error(example.db.sql(), "UPDATE case_log SET actor = 'mallory' WHERE seq = 2") ==
          "case_log is append-only: UPDATE refused");
    CHECK(sqlite_error(example.db.sql(), "DELETE FROM case_log WHERE seq = 5") ==
          "case_log is append-only: DELETE refused");
    CHECK(sqlite_error(example.db.sql(), "DELETE FROM case_number") ==
          "case_number is append-only: DELETE refused");
    CHECK(sqlite_error(example.db.sql(), "UPDATE case_number SET sequence = 41") ==
          "case_number is append-only: UPDATE refused");
    CHECK(example.log.verify().intact);
}

TEST_CASE("case log: changes behind the tool's back are caught at the right sequence number") {
    struct Row {
        const char* name;
        std::string tamper;
        std::int64_t first_broken;
        const char* problem;
    };
    const Row rows[] = {
        {"actor changed", "UPDATE case_log SET actor = 'mallory' WHERE seq = 3", 3,
         "stored hash does not match its contents"},
        {"date changed", "UPDATE case_log SET effective_date = '2020-12-20' WHERE seq = 5", 5,
         "stored hash does not match its contents"},
        {"irregular flag cleared", "UPDATE case_log SET irregular = 0, reason = '' WHERE seq = 2",
         2, "stored hash does not match its contents"},
        {"details reformatted",
         "UPDATE case_log SET details = replace(details, ':', ': ') WHERE seq = 2", 2,
         "details are not in canonical form"},
        {"date made unreadable", "UPDATE case_log SET effective_date = '5.2.2021' WHERE seq = 5", 5,
         "effective_date: expected a date as YYYY-MM-DD, got \"5.2.2021\""},
        {"budget year made fractional", "UPDATE case_log SET budget_year = 2021.5 WHERE seq = 2", 2,
         "budget_year is not an integer from 1900 to 2200"},
        {"budget year made text", "UPDATE case_log SET budget_year = '2021abc' WHERE seq = 4", 4,
         "budget_year is not an integer from 1900 to 2200"},
        {"budget year overflowing an int",
         "UPDATE case_log SET budget_year = 4294969317 WHERE seq = 4", 4,
         "budget_year is not an integer from 1900 to 2200"},
        {"actor made a blob", "UPDATE case_log SET actor = x'74657374' WHERE seq = 3", 3,
         "actor is not text"},
        {"row deleted", "DELETE FROM case_log WHERE seq = 2", 2,
         "missing (the next stored event is #3)"},
        {"hash overwritten", "UPDATE case_log SET actor = 'mallory', hash = 'x' WHERE seq = 4", 4,
         "hash: expected 64 lower-case hex digits, got \"x\""},
        {"hash rewritten in hex",
         "UPDATE case_log SET actor = 'mallory', hash = '" + std::string(64, 'a') +
             "' WHERE seq = 4",
         4, "stored hash does not match its contents"},
        {"rows swapped",
         "UPDATE case_log SET seq = -1 WHERE seq = 3; UPDATE case_log SET seq = 3 WHERE seq = 4; "
         "UPDATE case_log SET seq = 4 WHERE seq = -1",
         3, "prev_hash does not match the hash of the event before it"},
        // The case_number table, which `record` consults, must agree with the log (#6 cites
        // the board's case 40/21).
        {"a case number inserted",
         "INSERT INTO case_number VALUES ('osloregionen', 'board', 2021, 7, 5)", 5,
         "the case_number table names it as the first to cite the board's case 7/21, which the log "
         "does not"},
        {"a case number deleted", "DROP TRIGGER case_number_no_delete; DELETE FROM case_number", 6,
         "cites the board's case 40/21, which the case_number table does not hold"},
        {"case columns half cleared", "UPDATE case_log SET case_body = NULL WHERE seq = 6", 6,
         "case columns are incomplete"},
        // A row moved below #1 is the first stored row, and it is the one named.
        {"seq made negative", "UPDATE case_log SET seq = -1 WHERE seq = 3", -1,
         "seq is not an integer from 1 to 9223372036854775807"},
        // Values of another type that read as the right ones, but that record's queries would
        // not find (the number would be given again): named by the event citing the number.
        {"a case number's year made fractional",
         "DROP TRIGGER case_number_no_update; UPDATE case_number SET year = 2021.5", 6,
         "the case_number table's row for the board's case 40/21 is malformed (a value of another "
         "type, or first_seq below 1)"},
        {"a case number's body made a blob",
         "DROP TRIGGER case_number_no_update; UPDATE case_number SET body = CAST(body AS BLOB)", 6,
         "the case_number table's row for the board's case 40/21 is malformed (a value of another "
         "type, or first_seq below 1)"},
        {"a case number's first_seq made text",
         "DROP TRIGGER case_number_no_update; UPDATE case_number SET first_seq = '6x'", 6,
         "the case_number table's row for the board's case 40/21 is malformed (a value of another "
         "type, or first_seq below 1)"},
        // Cut off the end: the case_number table still names the event, so the chain alone
        // shows the cut, at the first event missing.
        {"the last event, first to cite a case, cut off", "DELETE FROM case_log WHERE seq = 6", 6,
         "missing: the case_number table names #6 as the first to cite the board's case 40/21, "
         "and the log ends at #5"},
    };
    for (const Row& row : rows) {
        const std::string case_name = row.name;
        CAPTURE(case_name);
        ExampleLog example;
        Event cited = testing::step_event(0, "status-report", "2021-09-01", 2021);
        cited.case_number = CaseNumber{"board", 2021, 40};
        example.log.append(cited);
        REQUIRE(example.log.verify().intact);
        example.drop_triggers();
        example.db.sql().exec(row.tamper);
        const VerifyResult result = example.log.verify();
        CHECK_FALSE(result.intact);
        CHECK(result.first_broken_seq == row.first_broken);
        CHECK(result.problem == row.problem);
    }
}

TEST_CASE("case log: a forged hash breaks the next link") {
    ExampleLog example;
    example.drop_triggers();
    // Rewrite #3 and recompute its own hash: #4 still points at the old one.
    std::vector<Event> events = example.log.events("osloregionen");
    Event forged = events[2];
    forged.actor = "mallory";
    forged.hash = chain_hash(forged.prev_hash, canonical_bytes(forged));
    SQLite::Statement update(example.db.sql(),
                             "UPDATE case_log SET actor = ?, hash = ? WHERE seq = 3");
    update.bind(1, forged.actor);
    update.bind(2, forged.hash);
    update.exec();
    // #4 still matches its own hash, so #3 was rewritten with a new one: #3 is named.
    const VerifyResult result = example.log.verify();
    CHECK(result.first_broken_seq == 3);
    CHECK(result.problem == "rewritten with a new hash: #4 was chained to a different hash");
}

TEST_CASE("case log: an event appended with a stale link is named, not its intact predecessor") {
    ExampleLog example;
    // A copy of #3 at #6, chained to #3's predecessor and hashed to match itself: its
    // prev_hash is that of a stored event (#2), so #5 was not rewritten.
    Event forged = example.log.events("osloregionen")[2];
    forged.seq = 6;
    forged.actor = "mallory";
    forged.hash = chain_hash(forged.prev_hash, canonical_bytes(forged));
    SQLite::Statement insert(
        example.db.sql(),
        "INSERT INTO case_log SELECT 6, org, recorded_at, effective_date, ?, "
        "kind, budget_year, body, case_body, case_year, case_sequence, "
        "details, irregular, reason, prev_hash, ? FROM case_log WHERE seq = 3");
    insert.bind(1, forged.actor);
    insert.bind(2, forged.hash);
    insert.exec();
    const VerifyResult result = example.log.verify();
    CHECK(result.first_broken_seq == 6);
    CHECK(result.problem == "prev_hash does not match the hash of the event before it");
}

TEST_CASE("case log: organisations in registration order, read through the index") {
    ExampleLog example;
    // Registered after osloregionen, though its id sorts first: the order is the log's.
    Event second = testing::registration();
    second.org = "akershus";
    second.seq = 6;
    second.recorded_at = "2021-02-05T12:00:00Z";  // not before the example's last event
    example.log.append(second);
    Event step = testing::step_event(7, "contingent-set", "2020-05-01", 2021);
    step.org = "akershus";
    example.log.append(step);
    CHECK(example.log.organisations() == std::vector<std::string>{"osloregionen", "akershus"});

    // Rows forged behind cycle's back (verify reports them): a blob for an org is stepped
    // over, not looped on; an org without a registration is not listed; a number is stored
    // as text by the column's affinity, and its forged registration is listed like any.
    example.drop_triggers();
    example.db.sql().exec(
        "INSERT INTO case_log SELECT 8, 42, recorded_at, effective_date, actor, kind, "
        "budget_year, body, case_body, case_year, case_sequence, details, irregular, reason, "
        "prev_hash, hash || '-8' FROM case_log WHERE seq = 1;"
        "INSERT INTO case_log SELECT 9, x'00ff', recorded_at, effective_date, actor, kind, "
        "budget_year, body, case_body, case_year, case_sequence, details, irregular, reason, "
        "prev_hash, hash || '-9' FROM case_log WHERE seq = 1;"
        "INSERT INTO case_log SELECT 10, 'unregistered', recorded_at, effective_date, actor, "
        "kind, budget_year, body, case_body, case_year, case_sequence, details, irregular, "
        "reason, prev_hash, hash || '-10' FROM case_log WHERE seq = 2;");
    CHECK(example.log.organisations() ==
          std::vector<std::string>{"osloregionen", "akershus", "42"});
    // The one-lookup check agrees with the list.
    CHECK(example.log.is_registered("akershus"));
    CHECK(example.log.is_registered("42"));
    CHECK_FALSE(example.log.is_registered("unregistered"));
    CHECK_FALSE(example.log.is_registered("nobody"));
}

TEST_CASE("case log: case numbers are unique per organisation, body and year") {
    ExampleLog example;
    Event first = testing::step_event(0, "status-report", "2021-09-01", 2021);
    first.case_number = CaseNumber{"board", 2021, 40};
    example.log.append(first);
    Event second = testing::step_event(0, "accounts-approved", "2022-05-01", 2021);
    second.case_number = CaseNumber{"board", 2021, 40};  // cited again: still one case
    example.log.append(second);
    CHECK(example.db.sql().execAndGet("SELECT COUNT(*) FROM case_number").getInt() == 1);
    CHECK(example.db.sql().execAndGet("SELECT first_seq FROM case_number").getInt() == 6);
    CHECK(sqlite_error(example.db.sql(),
                       "INSERT INTO case_number VALUES ('osloregionen', 'board', 2021, 40, 7)") ==
          "UNIQUE constraint failed: case_number.org, case_number.body, case_number.year, "
          "case_number.sequence");
    CHECK(example.log.verify().intact);
}

namespace cycle {
namespace {

Event case_event(const char* kind, const char* body, int year, int sequence) {
    Event event = testing::step_event(0, kind, "2021-03-01", 0);
    event.body = body;
    event.case_number = CaseNumber{body, year, sequence};
    return event;
}

TEST_CASE("case log: case numbers per body and year, decisions and lookups") {
    ExampleLog example;
    CaseLog& log = example.log;
    CHECK(log.next_case_sequence("osloregionen", "board", 2021) == 1);
    Event opened = case_event(kind_case_opened, "board", 2021, 1);
    log.append(opened);
    // A number given elsewhere: allocation continues after the highest in use.
    Event elsewhere = case_event(kind_case_opened, "board", 2021, 41);
    log.append(elsewhere);
    CHECK(log.next_case_sequence("osloregionen", "board", 2021) == 42);
    CHECK(log.next_case_sequence("osloregionen", "board", 2022) == 1);
    CHECK(log.next_case_sequence("osloregionen", "assembly", 2021) == 1);
    // An opened case is no decision; a step under it is.
    CHECK_FALSE(log.decision_under("osloregionen", CaseNumber{"board", 2021, 1}));
    Event decided = case_event("status-report", "board", 2021, 1);
    decided.budget_year = 2021;
    log.append(decided);
    CHECK(log.decision_under("osloregionen", CaseNumber{"board", 2021, 1}) == decided.seq);
    CHECK_FALSE(log.decision_under("osloregionen", CaseNumber{"assembly", 2021, 1}));
    Event assembly = case_event(kind_case_opened, "assembly", 2021, 1);
    log.append(assembly);
    CHECK(log.bodies_with_case("osloregionen", 2021, 1) ==
          std::vector<std::string>{"assembly", "board"});
    CHECK(log.bodies_with_case("osloregionen", 2021, 2).empty());
    REQUIRE(log.event("osloregionen", 7).has_value());
    CHECK(log.event("osloregionen", 7)->kind == "case-opened");
    CHECK_FALSE(log.event("osloregionen", 99));
    CHECK_FALSE(log.event("another-org", 7));
    CHECK(log.hash_of(7) == elsewhere.hash);
    CHECK_FALSE(log.hash_of(99));
    CHECK(log.verify().intact);
}

TEST_CASE("case log: workflow events leave out opened cases and corrections, by the index") {
    ExampleLog example;
    CaseLog& log = example.log;
    Event opened = case_event(kind_case_opened, "board", 2021, 1);
    log.append(opened);  // #6
    Event correction = testing::step_event(0, kind_correction, "2021-03-02", 0);
    correction.details = {{"corrects", 5}, {"note", "SYNTHETIC"}};
    log.append(correction);  // #7
    Event report = case_event("status-report", "board", 2021, 1);
    report.budget_year = 2021;
    log.append(report);  // #8
    const auto seqs = [](const std::vector<Event>& events) {
        std::vector<std::int64_t> result;
        for (const Event& event : events) result.push_back(event.seq);
        return result;
    };
    CHECK(seqs(log.events("osloregionen")) == std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8});
    CHECK(seqs(log.workflow_events("osloregionen")) == std::vector<std::int64_t>{1, 2, 3, 4, 5, 8});
    CHECK(log.workflow_events("another-org").empty());
    // The partial index names the kinds replay accepts without a move; the query repeats its
    // condition, so SQLite reads the index and never visits an opened case's row.
    CHECK(std::string(workflow_kinds_condition) ==
          std::string("kind NOT IN ('") + kind_case_opened + "', '" + kind_correction + "')");
    SQLite::Statement plan(example.db.sql(),
                           std::string("EXPLAIN QUERY PLAN SELECT seq FROM case_log WHERE org = "
                                       "'osloregionen' AND ") +
                               workflow_kinds_condition + " ORDER BY seq");
    REQUIRE(plan.executeStep());
    CHECK(plan.getColumn(3).getString() ==
          "SEARCH case_log USING INDEX case_log_workflow_by_org (org=?)");
    CHECK_FALSE(plan.executeStep());

    // A row forged to another kind behind cycle's back is read, and refused if unreadable.
    example.drop_triggers();
    example.db.sql().exec(
        "INSERT INTO case_log SELECT 9, org, recorded_at, effective_date, actor, x'00', "
        "budget_year, body, case_body, case_year, case_sequence, details, irregular, reason, "
        "prev_hash, hash || '-9' FROM case_log WHERE seq = 8");
    CHECK_THROWS_WITH(log.workflow_events("osloregionen"),
                      "case log #9 cannot be read (kind is not text); run cycle verify");
}

}  // namespace
}  // namespace cycle

// Writes `event` as row `event.seq` with plain SQL, as a file changed behind cycle's back
// would hold it: nothing is checked. `details` is the stored text (compact JSON as a rule).
void insert_raw(SQLite::Database& db, const Event& event, const std::string& details) {
    SQLite::Statement insert(
        db,
        "INSERT INTO case_log (seq, org, recorded_at, effective_date, actor, kind, budget_year, "
        "body, case_body, case_year, case_sequence, details, irregular, reason, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?, ?)");
    SQLite::bind(insert, event.seq, event.org, event.recorded_at, iso(event.effective_date),
                 event.actor, event.kind, event.budget_year.value_or(2021), event.body, details,
                 event.irregular ? 1 : 0, event.reason, event.prev_hash, event.hash);
    insert.exec();
}

// Event #6 of the example, chained to #5 with its hash computed over `details`.
Event chained_sixth(const ExampleLog& example, const std::string& details) {
    Event event = testing::step_event(6, "status-report", "2021-09-01", 2021);
    event.prev_hash = *example.log.hash_of(5);
    event.hash = chain_hash(event.prev_hash, canonical_bytes(event, details));
    return event;
}

TEST_CASE("case log: a write that did not land as written is refused") {
    struct Row {
        const char* name;
        const char* tamper;
        const char* problem;
    };
    const Row rows[] = {
        {"a trigger swallows the row",
         "CREATE TRIGGER swallow BEFORE INSERT ON case_log BEGIN SELECT RAISE(IGNORE); END",
         "no row was stored"},
        {"a trigger rewrites the row",
         "DROP TRIGGER case_log_no_update; CREATE TRIGGER rewrite AFTER INSERT ON case_log "
         "BEGIN UPDATE case_log SET actor = 'mallory' WHERE seq = NEW.seq; END",
         "it reads back other than it was written"},
        {"a column's type changed",
         "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, "
         "'budget_year    INTEGER', 'budget_year    TEXT') WHERE name = 'case_log'",
         "it reads back malformed (budget_year is not an integer from 1900 to 2200)"},
        {"a trigger swallows the case number",
         "CREATE TRIGGER swallow BEFORE INSERT ON case_number BEGIN SELECT RAISE(IGNORE); END",
         "its case number 40/21 was not registered in the case_number table"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.name);
        ExampleLog example;
        example.db.sql().exec(row.tamper);
        // A connection of its own, so that the altered schema is the one it reads.
        SQLite::Database db(example.file.path(), SQLite::OPEN_READWRITE);
        CaseLog log(db);
        Event cited = testing::step_event(0, "status-report", "2021-09-01", 2021);
        cited.case_number = CaseNumber{"board", 2021, 40};
        SQLite::Transaction transaction(db);
        try {
            log.append(cited);
            FAIL("appended");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::storage);
            CHECK(std::string(error.what()) ==
                  std::string("case log #6 was not stored as written: ") + row.problem +
                      "; nothing was written; run cycle verify");
        }
    }
}

TEST_CASE("case log: a case number is not handed out again when the table lost it") {
    ExampleLog example;
    Event cited = testing::step_event(0, "status-report", "2021-09-01", 2021);
    cited.case_number = CaseNumber{"board", 2021, 40};
    example.log.append(cited);
    CHECK(example.log.next_case_sequence("osloregionen", "board", 2021) == 41);
    example.db.sql().exec("DROP TRIGGER case_number_no_delete; DELETE FROM case_number");
    // The log still cites 40/21: the next number is 41, not 1.
    CHECK(example.log.next_case_sequence("osloregionen", "board", 2021) == 41);
    CHECK(example.log.next_case_sequence("osloregionen", "board", 2022) == 1);
}

TEST_CASE("case log: recorded-at never moves backwards") {
    ExampleLog example;  // #5 recorded at 2021-02-05T12:00:00Z
    Event early = testing::step_event(0, "status-report", "2021-09-01", 2021);
    early.recorded_at = "2021-02-05T11:59:59Z";
    try {
        example.log.append(early);
        FAIL("appended");
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::storage);
        CHECK(std::string(error.what()) ==
              "the clock says 2021-02-05T11:59:59Z, before #5 was recorded "
              "(2021-02-05T12:00:00Z); the log's time may not move backwards, so nothing was "
              "written; check the system clock");
    }
    CHECK(example.log.verify().intact);
    // Written behind cycle's back with a hash that matches: verify names it by its time.
    Event sixth = chained_sixth(example, "{}");
    sixth.recorded_at = "2021-02-05T11:59:59Z";
    sixth.hash = chain_hash(sixth.prev_hash, canonical_bytes(sixth, "{}"));
    insert_raw(example.db.sql(), sixth, "{}");
    const VerifyResult result = example.log.verify();
    CHECK(result.first_broken_seq == 6);
    CHECK(result.problem ==
          "recorded_at 2021-02-05T11:59:59Z is before 2021-02-05T12:00:00Z, when #5 was "
          "recorded: the log's time moved backwards");
}

TEST_CASE("case log: rows read back keep the limits import lines keep, and crash nothing") {
    const auto nested = [](std::size_t depth) {
        return "{\"x\":" + std::string(depth, '[') + std::string(depth, ']') + "}";
    };
    const std::string too_large = "{\"note\":\"" + std::string(max_event_bytes, 'a') + "\"}";
    struct Row {
        std::string name;
        std::string details;
        std::string actor;
        std::string problem;
    };
    const std::vector<Row> rows = {
        {"nested 65 deep", nested(64), "tester", "details: nested more than 64 levels deep"},
        // Deep enough to overflow the stack of a recursive dump or copy.
        {"nested 300000 deep", nested(300'000), "tester",
         "details: nested more than 64 levels deep"},
        {"an escape sequence in a title", "{\"title\":\"a\\u001b[2Jb\"}", "tester",
         "details.title: expected one line of text, got \"a\\u001B[2Jb\""},
        {"a C1 control in a nested note",
         "{\"plans\":[{\"note\":\"a\xc2\x9b"
         "b\"}]}",
         "tester", "details.plans[0].note: expected one line of text, got \"a\\u009Bb\""},
        {"a bidirectional override in a key",
         "{\"a\xe2\x80\xae"
         "b\":1}",
         "tester", "details.a\\u202Eb: expected a key on one line"},
        {"a line break in the actor", "{}", "mal\nlory",
         "actor: expected one line of text, got \"mal\\nlory\""},
        {"larger than an event may be", too_large, "tester",
         // Its details and the row's other text: one note too many for the limit.
         "it takes 8388808 bytes, more than the 8388608 an event may"},
    };
    for (const Row& row : rows) {
        CAPTURE(row.name);
        ExampleLog example;
        Event sixth = chained_sixth(example, "{}");
        sixth.actor = row.actor;
        insert_raw(example.db.sql(), sixth, row.details);
        const VerifyResult result = example.log.verify();
        CHECK(result.first_broken_seq == 6);
        CHECK(result.problem == row.problem);
        try {
            (void)example.log.events("osloregionen");
            FAIL("read");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::storage);
            CHECK(std::string(error.what()) ==
                  "case log #6 cannot be read (" + row.problem + "); run cycle verify");
        }
    }
}

}  // namespace
}  // namespace cycle

namespace cycle {
namespace {

TEST_CASE("case log: a case number no series can hold is refused, not wrapped round") {
    // 4294967296 read as an int is 0, which would hand out 1/21 again.
    for (const char* value : {"4294967296", "1000000", "'7x'"}) {
        CAPTURE(value);
        ExampleLog example;
        // INSERT is what the triggers allow; no event cites the row.
        example.db.sql().exec(
            std::string("INSERT INTO case_number VALUES ('osloregionen', 'board', 2021, ") + value +
            ", 5)");
        try {
            (void)example.log.next_case_sequence("osloregionen", "board", 2021);
            FAIL("allocated");
        } catch (const Error& error) {
            CHECK(error.code() == ExitCode::storage);
            CHECK(std::string(error.what()) ==
                  "the case_number table holds a case number for the board's series of 2021 "
                  "that no case number can have; nothing was written; run cycle verify");
        }
    }
}

TEST_CASE("case log: verify gives no verdict on a chain whose tables are gone") {
    ExampleLog example;
    example.db.sql().exec("DROP TABLE case_number");
    const VerifyResult result = example.log.verify();
    CHECK(result.unprotected == "the trigger case_number_no_update is missing");
    CHECK(result.schema_altered == "the table case_number is missing");
    CHECK(result.damaged == "the log cannot be read (no such table: case_number)");
    CHECK(result.event_count == 0);
}

TEST_CASE("case log: the one-line check of a wide value under a long key names the field") {
    // 200 000 elements under a 100 000-byte key: a path built for every element copied the key
    // each time (20 GB); it is built only for the one that fails.
    const std::string key(100'000, 'k');
    Event event = testing::step_event(6, "status-report", "2021-09-01", 2021);
    event.details[key] = nlohmann::json::array();
    for (int i = 0; i < 200'000; ++i) event.details[key].push_back(i);
    CHECK_NOTHROW(check_event_limits(event));
    event.details[key].push_back("a\nb");
    try {
        check_event_limits(event);
        FAIL("accepted");
    } catch (const EventFormatError& error) {
        CHECK(std::string(error.what()) ==
              "details." + key + "[200000]: expected one line of text, got \"a\\nb\"");
    }
}

}  // namespace
}  // namespace cycle
