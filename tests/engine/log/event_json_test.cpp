#include "engine/log/event_json.hpp"

#include <doctest/doctest.h>

#include <string>

#include "engine/log/hash_chain.hpp"
#include "tests/support/event_builder.hpp"

namespace cycle {
namespace {

// A logged event with a case number, chained after genesis, as export writes it.
Event chained_case_event() {
    Event event = testing::step_event(1, "contingent-set", "2020-10-28", 2021, {{"rate", "2.70"}});
    event.case_number = CaseNumber{"assembly", 2020, 12};
    event.prev_hash = genesis_hash;
    event.hash = chain_hash(event.prev_hash, canonical_bytes(event));
    return event;
}

// A new (unchained) event as `cycle export` writes one (test data), its details {"x": [[...]]}
// with arrays `depth` deep under "x". Parsed from text: nlohmann parses without recursion, but
// copies recursively, so a deep value must not be copied into an initializer list.
nlohmann::json event_nested(int depth) {
    return nlohmann::json::parse(
        R"({"org":"demo","recorded_at":"2021-02-05T12:00:00Z","date":"2021-02-05",)"
        R"("actor":"tester","kind":"case-opened","budget_year":null,"body":"board","case":null,)"
        R"("irregular":false,"reason":"","details":{"x":)" +
        std::string(depth, '[') + std::string(depth, ']') + "}}");
}

std::string problem_of(const nlohmann::json& json) {
    try {
        event_from_json(json);
    } catch (const EventFormatError& error) {
        return error.what();
    }
    return "(accepted)";
}

TEST_CASE("event_from_json: what event_to_json writes reads back field for field") {
    const Event event = chained_case_event();
    const DecodedEvent decoded = event_from_json(event_to_json(event));
    CHECK(decoded.chained);
    CHECK(decoded.event.seq == 1);
    CHECK(decoded.event.case_number == event.case_number);
    CHECK(decoded.event.budget_year == 2021);
    CHECK(iso(decoded.event.effective_date) == "2020-10-28");
    CHECK(decoded.event.details == event.details);
    // The same canonical bytes, so the same hash: nothing was read loosely.
    CHECK(chain_hash(decoded.event.prev_hash, canonical_bytes(decoded.event)) == event.hash);
}

TEST_CASE("event_from_json: without seq, prev_hash and hash the event is new") {
    nlohmann::json json = event_to_json(chained_case_event());
    for (const char* field : {"seq", "prev_hash", "hash"}) json.erase(field);
    const DecodedEvent decoded = event_from_json(json);
    CHECK_FALSE(decoded.chained);
    CHECK(decoded.event.seq == 0);
    CHECK(decoded.event.hash.empty());
}

TEST_CASE("event_from_json: each defect is named by its field") {
    const nlohmann::json good = event_to_json(chained_case_event());
    struct Row {
        const char* field;
        nlohmann::json value;  // null with erase = true removes the field
        bool erase;
        const char* problem;
    };
    const Row rows[] = {
        {"hash",
         {},
         true,
         "seq, prev_hash, hash: give all three (the event's place in the chain) or none"},
        {"actor", {}, true, "actor: missing"},
        {"colour", "red", false, "colour: unknown field"},
        {"seq", 0, false, "seq: expected an integer from 1 to 9223372036854775807, got 0"},
        {"seq", 1.0, false, "seq: expected an integer, got number"},
        {"budget_year", "2021", false, "budget_year: expected an integer, got string"},
        {"budget_year", 2201, false,
         "budget_year: expected an integer from 1900 to 2200, got 2201"},
        {"date", "2021-02-29", false, "date: \"2021-02-29\" is not a day of the calendar"},
        {"recorded_at", "2021-02-05 12:00", false,
         "recorded_at: expected YYYY-MM-DDTHH:MM:SSZ, got \"2021-02-05 12:00\""},
        // A step's kind is any id a config may give it (replay checks it against the config);
        // other text is no kind.
        {"kind", "Budget adopted", false, "kind: unknown kind \"Budget adopted\""},
        {"org", "", false, "org: expected an organisation id, got \"\""},
        {"details", nlohmann::json::array(), false, "details: expected an object, got array"},
        {"irregular", 0, false, "irregular: expected true or false, got number"},
        {"hash", "ABC", false, "hash: expected 64 lower-case hex digits, got \"ABC\""},
        {"case", "12/20", false, "case: expected an object or null"},
    };
    for (const Row& row : rows) {
        INFO(row.field);
        nlohmann::json json = good;
        if (row.erase) {
            json.erase(row.field);
        } else {
            json[row.field] = row.value;
        }
        CHECK(problem_of(json) == row.problem);
    }
    nlohmann::json mislabelled = good;
    mislabelled["case"]["number"] = "12/21";
    CHECK(problem_of(mislabelled) ==
          "case.number: expected \"12/20\" for sequence 12 of 2020, got \"12/21\"");
    CHECK(problem_of(nlohmann::json::array()) == "event: expected a JSON object, got array");
}

// Found while adding the fuzz targets (tests/fuzz), by a hand-made input: 300 000 levels of
// arrays in details overflowed the stack in nlohmann's recursive copy, crashing `cycle import`
// before any check.
TEST_CASE("event_from_json: details nest at most 64 levels deep") {
    CHECK(problem_of(event_nested(63)) == "(accepted)");  // the object is level 1
    CHECK(problem_of(event_nested(64)) == "details: nested more than 64 levels deep");
    CHECK(problem_of(event_nested(300'000)) == "details: nested more than 64 levels deep");
}

}  // namespace
}  // namespace cycle
