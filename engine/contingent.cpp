#include "engine/contingent.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <limits>

#include "engine/checked_money.hpp"
#include "engine/decimal.hpp"

namespace cycle {

namespace {

using Wide = boost::multiprecision::int128_t;

Wide divide_rounded_wide(const Wide& numerator, const Wide& denominator,
                         ContingentRounding rounding) {
    const Wide whole = numerator / denominator;
    const Wide rest = numerator % denominator;
    switch (rounding) {
        case ContingentRounding::down:
            return whole;
        case ContingentRounding::half_up:
            return whole + (2 * rest >= denominator ? 1 : 0);
        case ContingentRounding::half_even:
            if (2 * rest > denominator) return whole + 1;
            if (2 * rest < denominator) return whole;
            return whole + (whole % 2);  // a half: to the even neighbour
    }
    return whole;
}

}  // namespace

std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator,
                            ContingentRounding rounding) {
    return static_cast<std::int64_t>(divide_rounded_wide(numerator, denominator, rounding));
}

std::string_view rounding_name(ContingentRounding rounding) {
    switch (rounding) {
        case ContingentRounding::half_up:
            return "half-up";
        case ContingentRounding::half_even:
            return "half-even";
        case ContingentRounding::down:
            return "down";
    }
    return "?";
}

ContingentTable compute_contingent(const std::vector<Member>& members, std::int64_t rate_ore,
                                   ContingentRounding rounding) {
    ContingentTable table;
    table.rate_ore = rate_ore;
    table.rounding = rounding;
    for (const Member& member : members) {
        // øre x thousandths: 100 x 1000 of them make a krone. In 128 bits, since population x
        // rate x weight can pass 63 bits for large rates and weights.
        const Wide scaled = Wide(member.population) * rate_ore * member.weight_thousandths;
        const Wide rounded = divide_rounded_wide(scaled, 100 * 1000, rounding);
        const auto describe = [&member, rate_ore] {
            return "contingent: " + member.name + "'s population " +
                   std::to_string(member.population) + " x weight " +
                   format_decimal(member.weight_thousandths, 3) + " x NOK " +
                   format_decimal(rate_ore, 2) + " per inhabitant";
        };
        if (rounded > std::numeric_limits<std::int64_t>::max()) throw_amount_overflow(describe());
        const auto nok = static_cast<std::int64_t>(rounded);
        table.rows.push_back({member, nok});
        table.total_population = checked_add(table.total_population, member.population, [] {
            return std::string("contingent: the total population");
        });
        table.total_nok = checked_add(table.total_nok, nok,
                                      [] { return std::string("contingent: the total in NOK"); });
    }
    return table;
}

}  // namespace cycle
