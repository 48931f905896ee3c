// Text and attribute values for XML and HTML: the five characters with a meaning there are
// written as entities; everything else (UTF-8 included) as it is. Controls XML 1.0 forbids
// (below 0x20, except tab, newline and carriage return) become U+FFFD, so a note pasted from
// elsewhere never makes a page unreadable.
#pragma once

#include <string>
#include <string_view>

namespace cycle {

std::string xml_escape(std::string_view text);

}  // namespace cycle
