// Events as the auditor reads them, shared by `cycle log` and `cycle case show`: a text
// table, RFC 4180 CSV (header row, CRLF, UTF-8, details as JSON), or JSON Lines in the
// shape of engine/log/event.hpp.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "engine/log/event.hpp"

namespace cycle {

// `format`: "text", "csv" or "json".
void print_events(std::ostream& out, const std::vector<Event>& events, const std::string& format);

}  // namespace cycle
