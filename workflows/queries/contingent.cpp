#include "workflows/queries/contingent.hpp"

#include <boost/multiprecision/cpp_int.hpp>
#include <limits>

#include "engine/money/checked_money.hpp"
#include "engine/money/decimal.hpp"

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

int first_paying_year(const Date& joined) {
    const int year = joined.year();
    return joined.month() == 1 && joined.day() == 1 ? year : year + 1;
}

int last_paying_year(const Date& left) {
    const int year = left.year();
    return left.month() == 1 && left.day() == 1 ? year - 1 : year;
}

std::string ContingentRow::note() const {
    switch (membership) {
        case Membership::member:
            return "";
        case Membership::not_yet_joined:
            return "joined " + iso(*member.joined) + ": pays from " + std::to_string(paying_year);
        case Membership::has_left:
            return "left " + iso(*member.left) + ": last paid for " + std::to_string(paying_year);
    }
    return "";
}

ContingentTable compute_contingent(const std::vector<Member>& members, std::int64_t rate_ore,
                                   ContingentRounding rounding, std::optional<int> budget_year,
                                   std::int64_t base_nok) {
    ContingentTable table;
    table.rate_ore = rate_ore;
    table.base_nok = base_nok;
    table.rounding = rounding;
    for (const Member& member : members) {
        ContingentRow row{member};
        if (budget_year && member.joined && first_paying_year(*member.joined) > *budget_year) {
            row.membership = ContingentRow::Membership::not_yet_joined;
            row.paying_year = first_paying_year(*member.joined);
        } else if (budget_year && member.left && last_paying_year(*member.left) < *budget_year) {
            row.membership = ContingentRow::Membership::has_left;
            row.paying_year = last_paying_year(*member.left);
        }
        if (row.membership != ContingentRow::Membership::member) {
            table.rows.push_back(row);  // listed, with 0
            continue;
        }
        const auto describe = [&member, rate_ore, base_nok] {
            return "contingent: " + member.name + "'s base amount NOK " + std::to_string(base_nok) +
                   " x count " + std::to_string(member.count) + " + population " +
                   std::to_string(member.population) + " x weight " +
                   format_decimal(member.weight_thousandths, 3) + " x NOK " +
                   format_decimal(rate_ore, 2) + " per inhabitant";
        };
        const auto describe_rate = [&member, rate_ore] {
            return "contingent: " + member.name + "'s population " +
                   std::to_string(member.population) + " x weight " +
                   format_decimal(member.weight_thousandths, 3) + " x NOK " +
                   format_decimal(rate_ore, 2) + " per inhabitant";
        };
        // øre x thousandths: 100 x 1000 of them make a krone. In 128 bits, since population x
        // rate x weight can pass 63 bits for large rates and weights.
        const Wide scaled = Wide(member.population) * rate_ore * member.weight_thousandths;
        const Wide rounded = divide_rounded_wide(scaled, 100 * 1000, rounding);
        if (rounded > std::numeric_limits<std::int64_t>::max()) {
            throw_amount_overflow(base_nok == 0 ? describe_rate() : describe());
        }
        row.base_nok = checked_multiply(base_nok, member.count, describe);
        row.nok = checked_add(row.base_nok, static_cast<std::int64_t>(rounded), describe);
        table.rows.push_back(row);
        table.total_population = checked_add(table.total_population, member.population, [] {
            return std::string("contingent: the total population");
        });
        table.total_nok = checked_add(table.total_nok, row.nok,
                                      [] { return std::string("contingent: the total in NOK"); });
    }
    return table;
}

}  // namespace cycle
