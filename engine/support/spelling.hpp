// "Did you mean ...?" for unknown names (config keys, steps, bodies, commands).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cycle {

// The known name closest to `unknown` by edit distance, if it is close enough to be a typo
// (at most a third of the name's length, and at most 3 edits); empty otherwise.
std::string closest_name(std::string_view unknown, const std::vector<std::string>& known);

// "; did you mean \"window\"?" or "" - ready to append to a message.
std::string did_you_mean(std::string_view unknown, const std::vector<std::string>& known);

}  // namespace cycle
