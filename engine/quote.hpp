// Quoting user input inside messages: double quotes, with control characters and quotes
// escaped as in JSON, so that every error stays on one line whatever was typed.
#pragma once

#include <string>
#include <string_view>

namespace cycle {

// "58-20" -> "\"58-20\""; "a\nb" -> "\"a\\nb\""; invalid UTF-8 bytes become U+FFFD.
std::string quote(std::string_view text);

// Whether `text` is a single line of real text: valid UTF-8, no control characters, and not
// only white space. For free-text options that are stored and shown in tables.
bool is_one_line_text(std::string_view text);

}  // namespace cycle
