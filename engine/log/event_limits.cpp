#include "engine/log/event_limits.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "engine/log/step.hpp"
#include "engine/support/quote.hpp"
#include "engine/time/clock.hpp"

namespace cycle {

void fail_field(const std::string& field, const std::string& what) {
    throw EventFormatError(field + ": " + what);
}

namespace {

// A step's kind is its id in the config (checked on replay against the config in force);
// every other kind is cycle's own.
bool known_kind(const std::string& kind) {
    if (is_identifier(kind) && kind.size() <= max_step_id_length) return true;
    return std::any_of(other_event_kinds.begin(), other_event_kinds.end(),
                       [&kind](const char* other) { return kind == other; });
}

// Where details may hold text of several lines: the YAML of a config, stored whole.
bool multi_line_field(const Event& event, const std::string& key) {
    return key == "config" &&
           (event.kind == kind_organisation_registered || event.kind == kind_config_changed);
}

// The first key or string below `value` that is not a single line: where it is, relative to
// `value` (".title", "[0].note"), what is wrong, and nothing when there is none. The path is
// built only on the way back from a failure, so a wide value costs no copies.
struct MultiLine {
    std::string path;
    std::string problem;
};

std::optional<MultiLine> first_multi_line(const nlohmann::json& value);

std::optional<MultiLine> first_multi_line_item(const std::string& key,
                                               const nlohmann::json& value) {
    if (!is_one_line_text(key)) return MultiLine{"." + one_line(key), "expected a key on one line"};
    auto found = first_multi_line(value);
    if (found) found->path.insert(0, "." + key);
    return found;
}

std::optional<MultiLine> first_multi_line(const nlohmann::json& value) {
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        if (is_single_line(text)) return std::nullopt;
        return MultiLine{"", "expected one line of text, got " + quote(text)};
    }
    if (value.is_object()) {
        for (const auto& item : value.items()) {
            if (auto found = first_multi_line_item(item.key(), item.value())) return found;
        }
    } else if (value.is_array()) {
        std::size_t index = 0;
        for (const nlohmann::json& element : value) {
            if (auto found = first_multi_line(element)) {
                found->path.insert(0, "[" + std::to_string(index) + "]");
                return found;
            }
            ++index;
        }
    }
    return std::nullopt;
}

}  // namespace

bool is_hex_hash(const std::string& text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

bool json_text_nested_deeper_than(std::string_view text, int levels) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if (in_string) {
            if (c == '\\') {
                ++at;  // the escaped character, a quote included
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > levels) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
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
        if (multi_line_field(event, item.key())) continue;
        if (const auto found = first_multi_line_item(item.key(), item.value())) {
            fail_field("details" + found->path, found->problem);
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
