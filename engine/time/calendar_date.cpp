#include "engine/time/calendar_date.hpp"

#include <cstdio>

#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"

namespace cycle {

namespace {

bool all_digits(std::string_view text) {
    for (char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return !text.empty();
}

int to_int(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

}  // namespace

DateParse parse_iso_date(std::string_view text) {
    const std::string quoted = quote(text);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
        !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) {
        return {std::nullopt, "expected a date as YYYY-MM-DD, got " + quoted};
    }
    const int year = to_int(text.substr(0, 4));
    const int month = to_int(text.substr(5, 2));
    const int day = to_int(text.substr(8, 2));
    // Boost.Date_Time covers 1400-9999; the council's records need far less.
    if (year < 1900 || year > 2199) {
        return {std::nullopt, "year of " + quoted + " is outside 1900-2199"};
    }
    if (month < 1 || month > 12 || day < 1 ||
        day > boost::gregorian::gregorian_calendar::end_of_month_day(
                  static_cast<unsigned short>(year), static_cast<unsigned short>(month))) {
        return {std::nullopt, quoted + " is not a day of the calendar"};
    }
    return {Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                 static_cast<unsigned short>(day)),
            ""};
}

Date parse_date_option(std::string_view option, std::string_view text) {
    DateParse parsed = parse_iso_date(text);
    if (!parsed.date) throw_bad_input(std::string(option) + ": " + parsed.problem);
    return *parsed.date;
}

std::string iso(const Date& date) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(date.year()),
                  static_cast<int>(date.month()), static_cast<int>(date.day()));
    return buffer;
}

long days_between(const Date& from, const Date& to) {
    return (to - from).days();
}

}  // namespace cycle
