// The membership contingent of a budget year (seed section 4.2.3): each member or group pays
// base amount x count + population x weight x rate (the base amount and count are format 2;
// without them, population x weight x rate), the population as the config counts it (format 1:
// 1 January of the year before), rounded to whole NOK per row; the total is the sum of the rounded
// rows. Exact integer arithmetic in øre and thousandths: never floating point. Pure.
//
// A member with `joined` pays for budget year Y when it joined on or before 1 January of Y;
// with `left`, when it left after 1 January of Y. A member that does not pay for Y is listed
// with 0, and left out of the total population.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/model/organisation.hpp"

namespace cycle {

struct ContingentRow {
    // Whether the member pays for the budget year: joined/left.
    enum class Membership { member, not_yet_joined, has_left };
    Member member;
    Membership membership = Membership::member;
    std::int64_t base_nok = 0;  // base amount x count, for a member of the year
    std::int64_t nok = 0;       // rounded: base_nok + population x weight x rate
    // The first budget year it pays for (not_yet_joined) or the last (has_left).
    int paying_year = 0;
    // "joined 2022-07-01: pays from 2023", "left 2022-07-01: last paid for 2022"; "" for a
    // member of the year.
    std::string note() const;
};

// The first budget year a member who joined on `joined` pays for; the last one a member who
// left on `left` pays for.
int first_paying_year(const Date& joined);
int last_paying_year(const Date& left);

struct ContingentTable {
    std::int64_t rate_ore = 0;  // per inhabitant
    std::int64_t base_nok = 0;  // per member (format 2), 0 when the config sets none
    ContingentRounding rounding = ContingentRounding::half_up;
    std::vector<ContingentRow> rows;  // in config order
    std::int64_t total_population = 0;
    std::int64_t total_nok = 0;
};

// `budget_year`: members who did not pay for it (joined/left) get 0; without it every member
// pays. `base_nok`: the config's contingent.base-amount.
ContingentTable compute_contingent(const std::vector<Member>& members, std::int64_t rate_ore,
                                   ContingentRounding rounding,
                                   std::optional<int> budget_year = std::nullopt,
                                   std::int64_t base_nok = 0);

// numerator / denominator (both >= 0, denominator > 0) rounded to a whole number.
std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator,
                            ContingentRounding rounding);

std::string_view rounding_name(ContingentRounding rounding);  // "half-up", ...

}  // namespace cycle
