// Calendar dates: Boost.Date_Time's gregorian::date, read and written strictly as ISO 8601
// (YYYY-MM-DD). Boost's own parsers accept more shapes than a user should be allowed to type.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace cycle {

using Date = boost::gregorian::date;

// Why a text is not a date, or nothing if it is one.
struct DateParse {
    std::optional<Date> date;
    std::string problem;  // e.g. "2021-02-29 is not a day of the calendar"
};

DateParse parse_iso_date(std::string_view text);

// Parses the value of a command-line option; throws Error(bad_input) naming the option.
Date parse_date_option(std::string_view option, std::string_view text);

std::string iso(const Date& date);

// Whole days from `from` to `to` (negative when `to` is earlier).
long days_between(const Date& from, const Date& to);

}  // namespace cycle
