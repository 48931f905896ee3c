// Parses the config's relative dates: "Y-1-04-01" is 1 April of the year before budget
// year Y, "Y-09-30" 30 September of Y, "Y+1-06-30" 30 June of the year after.
#pragma once

#include <optional>
#include <string_view>

#include "config/model/organisation.hpp"

namespace cycle {

// Nothing when the text is not of that shape, or names a day that does not exist in every
// year (29 February), since the rule must resolve in every budget year.
std::optional<RelativeDate> parse_relative_date(std::string_view text);

inline constexpr const char* relative_date_form = "Y[+N|-N]-MM-DD, e.g. Y-1-04-01";

}  // namespace cycle
