#include "engine/log/event_json.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

#include "engine/log/hash_chain.hpp"
#include "engine/support/quote.hpp"

namespace cycle {

namespace {

const nlohmann::json& member(const nlohmann::json& object, const char* field) {
    const auto found = object.find(field);
    if (found == object.end()) fail_field(field, "missing");
    return *found;
}

std::string text(const nlohmann::json& object, const char* field) {
    const nlohmann::json& value = member(object, field);
    if (!value.is_string())
        fail_field(field, "expected a string, got " + std::string(value.type_name()));
    return value.get<std::string>();
}

std::int64_t integer(const nlohmann::json& object, const char* field, std::int64_t min,
                     std::int64_t max) {
    const nlohmann::json& value = member(object, field);
    // A float such as 2021.0 is refused: it would be written back as another number.
    if (!value.is_number_integer()) {
        fail_field(field, "expected an integer, got " + std::string(value.type_name()));
    }
    // A value above INT64_MAX is held unsigned; it is out of every range here.
    const bool fits = !value.is_number_unsigned() ||
                      value.get<std::uint64_t>() <=
                          static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (!fits || value.get<std::int64_t>() < min || value.get<std::int64_t>() > max) {
        fail_field(field, "expected an integer from " + std::to_string(min) + " to " +
                              std::to_string(max) + ", got " + value.dump());
    }
    return value.get<std::int64_t>();
}

std::string hex_hash(const nlohmann::json& object, const char* field) {
    std::string value = text(object, field);
    if (!is_hex_hash(value))
        fail_field(field, "expected 64 lower-case hex digits, got " + quote(value));
    return value;
}

CaseNumber case_of(const nlohmann::json& value) {
    if (!value.is_object()) fail_field("case", "expected an object or null");
    for (const auto& [key, unused] : value.items()) {
        if (key != "number" && key != "body" && key != "year" && key != "sequence") {
            fail_field("case." + key, "unknown field");
        }
    }
    CaseNumber number;
    number.body = text(value, "body");
    if (number.body.empty()) fail_field("case.body", "expected a body id, got \"\"");
    number.year = static_cast<int>(integer(value, "year", 1900, 2199));
    number.sequence = static_cast<int>(integer(value, "sequence", 1, 999'999));
    const std::string rendered = text(value, "number");
    if (rendered != number.render()) {
        fail_field("case.number", "expected " + quote(number.render()) + " for sequence " +
                                      std::to_string(number.sequence) + " of " +
                                      std::to_string(number.year) + ", got " + quote(rendered));
    }
    return number;
}

const std::array<const char*, 14> known_fields = {
    "seq",  "org",  "recorded_at", "date",      "actor",  "kind",      "budget_year",
    "body", "case", "details",     "irregular", "reason", "prev_hash", "hash"};

}  // namespace

DecodedEvent event_from_json(const nlohmann::json& json) {
    if (!json.is_object())
        fail_field("event", "expected a JSON object, got " + std::string(json.type_name()));
    for (const auto& item : json.items()) {
        // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
        const std::string& key = item.key();
        if (std::find_if(known_fields.begin(), known_fields.end(), [&key](const char* field) {
                return key == field;
            }) == known_fields.end()) {
            fail_field(key, "unknown field");
        }
    }
    DecodedEvent decoded;
    Event& event = decoded.event;
    const int chain_fields = static_cast<int>(json.contains("seq")) +
                             static_cast<int>(json.contains("prev_hash")) +
                             static_cast<int>(json.contains("hash"));
    if (chain_fields != 0 && chain_fields != 3) {
        fail_field("seq, prev_hash, hash",
                   "give all three (the event's place in the chain) or none");
    }
    decoded.chained = chain_fields == 3;

    event.org = text(json, "org");
    event.recorded_at = text(json, "recorded_at");
    const DateParse date = parse_iso_date(text(json, "date"));
    if (!date.date) fail_field("date", date.problem);
    event.effective_date = *date.date;
    event.actor = text(json, "actor");
    event.kind = text(json, "kind");
    if (!member(json, "budget_year").is_null()) {
        event.budget_year = static_cast<int>(integer(json, "budget_year", 1900, 2200));
    }
    event.body = text(json, "body");
    if (const nlohmann::json& number = member(json, "case"); !number.is_null()) {
        event.case_number = case_of(number);
    }
    const nlohmann::json& given_details = member(json, "details");
    if (!given_details.is_object()) {
        fail_field("details", "expected an object, got " + std::string(given_details.type_name()));
    }
    // Checked before the copy: a value nested some hundred thousand deep overflowed the stack
    // in nlohmann's recursive copy and dump (a hand-made input, tests/fuzz).
    if (nested_deeper_than(given_details, max_details_depth)) {
        fail_field("details",
                   "nested more than " + std::to_string(max_details_depth) + " levels deep");
    }
    event.details = given_details;
    const nlohmann::json& irregular = member(json, "irregular");
    if (!irregular.is_boolean()) {
        fail_field("irregular",
                   "expected true or false, got " + std::string(irregular.type_name()));
    }
    event.irregular = irregular.get<bool>();
    event.reason = text(json, "reason");
    if (decoded.chained) {
        event.seq = integer(json, "seq", 1, std::numeric_limits<std::int64_t>::max());
        event.prev_hash = hex_hash(json, "prev_hash");
        event.hash = hex_hash(json, "hash");
    }
    check_event_limits(event);
    // The canonical bytes are what is hashed and stored; a value they cannot hold (a float
    // that does not read back, invalid UTF-8) is refused here rather than stored changed.
    try {
        const std::string details = event.details.dump();
        if (nlohmann::json::parse(details) != event.details) {
            fail_field("details", "a value does not read back as written");
        }
        (void)canonical_bytes(event);
    } catch (const nlohmann::json::exception& error) {
        fail_field("event", std::string("cannot be stored: ") + error.what());
    }
    return decoded;
}

std::string json_error_text(const nlohmann::json::exception& error) {
    const std::string what = error.what();
    const auto end = what.find("] ");
    return end == std::string::npos ? what : what.substr(end + 2);
}

}  // namespace cycle
