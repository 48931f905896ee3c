#include "config/yaml/relative_date.hpp"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <regex>
#include <string>

namespace cycle {

std::optional<RelativeDate> parse_relative_date(std::string_view text) {
    static const std::regex shape(R"(Y(?:([+-])([0-9]))?-([0-9]{2})-([0-9]{2}))");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(text.begin(), text.end(), match, shape)) return std::nullopt;
    RelativeDate date;
    if (match[1].matched) {
        const int offset = std::stoi(match[2].str());
        date.year_offset = match[1].str() == "-" ? -offset : offset;
    }
    date.month = std::stoi(match[3].str());
    date.day = std::stoi(match[4].str());
    if (date.month < 1 || date.month > 12 || date.day < 1) return std::nullopt;
    // 2001 is a common year: a day valid there is valid in every year (no 29 February).
    if (date.day > boost::gregorian::gregorian_calendar::end_of_month_day(
                       2001, static_cast<unsigned short>(date.month))) {
        return std::nullopt;
    }
    return date;
}

}  // namespace cycle
