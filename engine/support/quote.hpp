// Keeping user input on one line: in messages (quote, one_line) and in what is stored
// (is_one_line_text). Besides ASCII control characters this covers the Unicode ones that
// break or reorder a line on a terminal: C1 controls, line and paragraph separators, and the
// bidirectional formatting characters.
#pragma once

#include <string>
#include <string_view>

namespace cycle {

// `text` in double quotes, with quotes, backslashes and line-breaking or reordering
// characters escaped as in JSON (\n, \u2028); invalid UTF-8 bytes become U+FFFD.
std::string quote(std::string_view text);

// `text` with line-breaking or reordering characters escaped, not quoted: for whole
// messages that may carry input from elsewhere (CLI11, yaml-cpp, SQLite).
std::string one_line(std::string_view text);

// Whether `text` is valid UTF-8 without any of the characters above; it may be empty or blank.
bool is_single_line(std::string_view text);
// The same escaping, except for the ASCII controls in `kept` (a format's own line structure,
// such as "\n", or "\t\n\r" in XML): the one form in which stored text reaches a reader.
std::string visible_text(std::string_view text, std::string_view kept);

// Whether `text` is a single line of real text: valid UTF-8, none of the characters above,
// and not only white space. For free-text options that are stored and shown in tables.
bool is_one_line_text(std::string_view text);

}  // namespace cycle
