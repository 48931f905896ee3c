#include "engine/event_limits.hpp"

#include <algorithm>
#include <utility>

#include "engine/clock.hpp"
#include "engine/quote.hpp"
#include "engine/step.hpp"

namespace cycle {

void fail_field(const std::string& field, const std::string& what) {
    throw EventFormatError(field + ": " + what);
}

namespace {

bool known_kind(const std::string& kind) {
    if (find_step(kind)) return true;
    return std::any_of(other_event_kinds.begin(), other_event_kinds.end(),
                       [&kind](const char* other) { return kind == other; });
}

// Where details may hold text of several lines: the YAML of a config, stored whole.
bool multi_line_field(const Event& event, const std::string& key) {
    return key == "config" &&
           (event.kind == kind_organisation_registered || event.kind == kind_config_changed);
}

void check_single_lines(const nlohmann::json& value, const std::string& path);

// A member of an object at `path`: its key and every string below it single lines.
void check_single_line_item(const std::string& key, const nlohmann::json& value,
                            const std::string& path) {
    if (!is_one_line_text(key))
        fail_field(path + "." + one_line(key), "expected a key on one line");
    check_single_lines(value, path + "." + key);
}

// Every key and string below `value` must be a single line; `path` names it in the error.
void check_single_lines(const nlohmann::json& value, const std::string& path) {
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        if (!is_single_line(text))
            fail_field(path, "expected one line of text, got " + quote(text));
    } else if (value.is_object()) {
        for (const auto& item : value.items())
            check_single_line_item(item.key(), item.value(), path);
    } else if (value.is_array()) {
        std::size_t index = 0;
        for (const nlohmann::json& element : value) {
            check_single_lines(element, path + "[" + std::to_string(index++) + "]");
        }
    }
}

}  // namespace

bool is_hex_hash(const std::string& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool nested_deeper_than(const nlohmann::json& value, int levels) {
    if (!value.is_structured()) return false;
    if (levels == 0) return true;
    return std::any_of(value.begin(), value.end(), [levels](const nlohmann::json& child) {
        return nested_deeper_than(child, levels - 1);
    });
}

void check_event_limits(const Event& event) {
    if (event.org.empty() || !is_one_line_text(event.org)) {
        fail_field("org", "expected an organisation id, got " + quote(event.org));
    }
    if (!is_utc_timestamp(event.recorded_at)) {
        fail_field("recorded_at", "expected YYYY-MM-DDTHH:MM:SSZ, got " + quote(event.recorded_at));
    }
    if (event.actor.empty() || !is_one_line_text(event.actor)) {
        fail_field("actor", "expected one line of text, got " + quote(event.actor));
    }
    if (!known_kind(event.kind)) fail_field("kind", "unknown kind " + quote(event.kind));
    if (!is_single_line(event.body))
        fail_field("body", "expected a body id, got " + quote(event.body));
    if (event.case_number && !is_one_line_text(event.case_number->body)) {
        fail_field("case.body", "expected a body id, got " + quote(event.case_number->body));
    }
    if (!event.details.is_object()) {
        fail_field("details", "expected an object, got " + std::string(event.details.type_name()));
    }
    if (nested_deeper_than(event.details, max_details_depth)) {
        fail_field("details",
                   "nested more than " + std::to_string(max_details_depth) + " levels deep");
    }
    for (const auto& item : event.details.items()) {
        if (!multi_line_field(event, item.key())) {
            check_single_line_item(item.key(), item.value(), "details");
        }
    }
    if (!event.reason.empty() && !is_one_line_text(event.reason)) {
        fail_field("reason", "expected one line of text, got " + quote(event.reason));
    }
    for (const auto& [field, hash] :
         {std::pair{"prev_hash", &event.prev_hash}, std::pair{"hash", &event.hash}}) {
        if (!hash->empty() && !is_hex_hash(*hash)) {
            fail_field(field, "expected 64 lower-case hex digits, got " + quote(*hash));
        }
    }
}

}  // namespace cycle
