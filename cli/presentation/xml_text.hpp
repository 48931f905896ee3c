// Text and attribute values for XML and HTML: the five characters with a meaning there are
// written as entities; tab, newline and carriage return as they are; every other control,
// DEL, C1 code and bidirectional formatting character visibly escaped (`\u001B`, `\u202E`,
// engine/support/quote's visible_text), and invalid UTF-8 as U+FFFD. So stored text can neither
// break the page (XML 1.0 forbids most C0 controls) nor reorder or hide what the reader sees.
#pragma once

#include <string>
#include <string_view>

namespace cycle {

std::string xml_escape(std::string_view text);

}  // namespace cycle
