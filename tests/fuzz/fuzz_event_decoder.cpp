// Fuzz target for engine/log/event_json's event_from_json, as `cycle import` runs it on each line:
// nlohmann::json::parse, then event_from_json.
// Contract: parse throws only json::parse_error, or out_of_range 406 for a number beyond a
// double, both of which import reports as bad input;
// event_from_json throws only EventFormatError, never anything else, for any JSON value. A
// decoded event, written as `cycle export` writes it (event_to_json, dump) and read back the
// way import reads it, is decoded again without error, equal field by field, with the same
// canonical bytes (what the hash chain hashes), and chained exactly when the first one was.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <nlohmann/json.hpp>
#include <string>
#include <typeinfo>

#include "engine/log/event_json.hpp"
#include "engine/log/hash_chain.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

void check_equal(const cycle::Event& a, const cycle::Event& b) {
    FUZZ_CHECK(a.seq == b.seq, "seq");
    FUZZ_CHECK(a.org == b.org, "org");
    FUZZ_CHECK(a.recorded_at == b.recorded_at, "recorded_at");
    FUZZ_CHECK(a.effective_date == b.effective_date, "date");
    FUZZ_CHECK(a.actor == b.actor, "actor");
    FUZZ_CHECK(a.kind == b.kind, "kind");
    FUZZ_CHECK(a.budget_year == b.budget_year, "budget_year");
    FUZZ_CHECK(a.body == b.body, "body");
    FUZZ_CHECK(a.case_number == b.case_number, "case");
    FUZZ_CHECK(a.details == b.details, "details: " + a.details.dump() + " vs " + b.details.dump());
    FUZZ_CHECK(a.irregular == b.irregular, "irregular");
    FUZZ_CHECK(a.reason == b.reason, "reason");
    FUZZ_CHECK(a.prev_hash == b.prev_hash, "prev_hash");
    FUZZ_CHECK(a.hash == b.hash, "hash");
    FUZZ_CHECK(cycle::canonical_bytes(a) == cycle::canonical_bytes(b), "canonical bytes");
}

// Decodes `json`: true, or false for EventFormatError; any other exception breaks the contract.
bool decode(const nlohmann::json& json, cycle::DecodedEvent& decoded) {
    try {
        decoded = cycle::event_from_json(json);
        return true;
    } catch (const cycle::EventFormatError&) {
        return false;
    } catch (const std::exception& error) {
        FUZZ_FAIL(std::string("event_from_json threw ") + typeid(error).name() + ": " +
                  error.what());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string line(reinterpret_cast<const char*>(data), size);
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error&) {
        return 0;  // import reports it as a syntax error
    } catch (const nlohmann::json::out_of_range& error) {
        // A number beyond a double (1e400): import reports it as bad input too
        // (regressions/event_decoder/number-overflow.json); no other out_of_range is expected.
        FUZZ_CHECK(error.id == 406, std::string("json::parse threw ") + error.what());
        return 0;
    } catch (const std::exception& error) {
        FUZZ_FAIL(std::string("json::parse threw ") + typeid(error).name() + ": " + error.what());
    }
    cycle::DecodedEvent first;
    if (!decode(json, first)) return 0;

    // What export writes for it; a new (unchained) event is written without its chain fields,
    // as a hand-made import file would be.
    nlohmann::json written = cycle::event_to_json(first.event);
    if (!first.chained) {
        written.erase("seq");
        written.erase("prev_hash");
        written.erase("hash");
    }
    nlohmann::json read_back;
    try {
        read_back = nlohmann::json::parse(written.dump());
    } catch (const std::exception& error) {
        FUZZ_FAIL(std::string("export's line does not parse: ") + error.what());
    }
    cycle::DecodedEvent second;
    FUZZ_CHECK(decode(read_back, second), "the exported event is refused: " + written.dump());
    FUZZ_CHECK(second.chained == first.chained, "chained");
    check_equal(first.event, second.event);
    return 0;
}
