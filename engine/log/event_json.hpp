// Reading an event back from the JSON object `cycle log --format json` and `cycle export`
// write (event_to_json): the decoder `cycle import` trusts nothing past. Strict, because an
// event that is read loosely would hash differently from the one that was written: every
// field must be present with its type, no other field may be, and nested values are checked
// the way the database columns are (dates, case numbers, years), and the event must keep the
// limits of engine/log/event_limits.hpp, which rows read back from the database keep too.
#pragma once

#include <stdexcept>
#include <string>

#include "engine/log/event_limits.hpp"

namespace cycle {

// An event read from `json`. `chained` is set when the object carries its place in the chain
// (seq, prev_hash and hash, all three); without them the event is new and is chained on
// append. Throws EventFormatError; never anything else for any input.
struct DecodedEvent {
    Event event;
    bool chained = false;
};
DecodedEvent event_from_json(const nlohmann::json& json);

// nlohmann's message without its "[json.exception.NAME.ID] " prefix, for a user to read.
std::string json_error_text(const nlohmann::json::exception& error);

}  // namespace cycle
