// The limits every event is held to wherever it comes from, an import line or a row read back
// from the database, so that no stored row can do what an import line may not: the sizes and
// nesting a reader can afford, and text that stays on one line on a terminal.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

#include "engine/log/event.hpp"

namespace cycle {

// What is wrong with one event; what() names the field, e.g. "actor: expected ...".
class EventFormatError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Throws EventFormatError("FIELD: WHAT").
[[noreturn]] void fail_field(const std::string& field, const std::string& what);

// The most bytes one event may take: an import line, or a stored row's text columns. A
// config of the largest size a config file may have still fits after JSON escaping.
inline constexpr std::size_t max_event_bytes = 8 * 1024 * 1024;
// How deep details may nest arrays and objects: cycle writes at most 4 levels (a budget's
// lines and their figures); nlohmann copies and writes JSON recursively.
inline constexpr int max_details_depth = 64;

// Whether JSON `text` opens arrays and objects more than `levels` deep, read as text (brackets
// inside strings do not count): checked before parsing, which builds every level it reads.
bool json_text_nested_deeper_than(std::string_view text, int levels);

// Whether `value` nests arrays and objects more than `levels` deep. Its recursion stops at
// `levels`, unlike nlohmann's copy, dump and comparison, which recurse once per level.
bool nested_deeper_than(const nlohmann::json& value, int levels);

// Whether `text` is a hash as the chain writes it: 64 lower-case hex digits.
bool is_hex_hash(const std::string& text);

// Throws EventFormatError unless the decoded `event` keeps the limits: org and actor one line
// of text, recorded_at "YYYY-MM-DDTHH:MM:SSZ", a known kind, body and case body single lines,
// details an object at most max_details_depth deep whose keys and strings are single lines
// (valid UTF-8 without line-breaking or reordering characters; only a registration's or
// config change's `config` text is multi-line YAML), a reason that is empty or one line, and
// hashes that are empty (not chained yet) or 64 lower-case hex digits.
void check_event_limits(const Event& event);

}  // namespace cycle
