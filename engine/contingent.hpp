// The membership contingent of a budget year (seed section 4.2.3): each member or group pays
// population x weight x rate, the population as of 1 January of the year before, rounded to
// whole NOK per row; the total is the sum of the rounded rows. Exact integer arithmetic in
// øre and thousandths: never floating point. Pure.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/organisation.hpp"

namespace cycle {

struct ContingentRow {
    Member member;
    std::int64_t nok = 0;  // rounded
};

struct ContingentTable {
    std::int64_t rate_ore = 0;  // per inhabitant
    ContingentRounding rounding = ContingentRounding::half_up;
    std::vector<ContingentRow> rows;  // in config order
    std::int64_t total_population = 0;
    std::int64_t total_nok = 0;
};

ContingentTable compute_contingent(const std::vector<Member>& members, std::int64_t rate_ore,
                                   ContingentRounding rounding);

// numerator / denominator (both >= 0, denominator > 0) rounded to a whole number.
std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator,
                            ContingentRounding rounding);

std::string_view rounding_name(ContingentRounding rounding);  // "half-up", ...

}  // namespace cycle
