// Exact decimal amounts as integers in a fixed number of decimal places (e.g. NOK 2.70 is
// 270 øre). Money is never floating point.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cycle {

// "2.70" with places 2 -> 270; "2.7" -> 270; "2" -> 200; "2.705" -> nothing (too precise).
// Accepts a comma as the decimal separator too ("2,70"), as Norwegians write it.
// Negative values and anything else are rejected.
std::optional<std::int64_t> parse_decimal(std::string_view text, int places);

// 270, 2 -> "2.70"
std::string format_decimal(std::int64_t scaled, int places);

}  // namespace cycle
