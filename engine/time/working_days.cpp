#include "engine/time/working_days.hpp"

#include <algorithm>
#include <map>

#include "engine/time/norwegian_holidays.hpp"

namespace cycle {

WorkingDayCalendar::WorkingDayCalendar(std::vector<Date> extra_closed,
                                       std::vector<MonthDay> closed_every_year)
    : closed_{std::move(extra_closed), std::move(closed_every_year), {}, {}} {}

WorkingDayCalendar::WorkingDayCalendar(ClosedDays closed) : closed_(std::move(closed)) {}

namespace {

// A year's holidays, worked out once per thread: every deadline search asks for each day it
// steps over, and replaying a long log asks thousands of times (bench/: 10 % of a replay).
const std::vector<Holiday>& holidays_of(int year) {
    thread_local std::map<int, std::vector<Holiday>> known;  // at most the years 1900-2199
    auto found = known.find(year);
    if (found == known.end()) found = known.emplace(year, norwegian_public_holidays(year)).first;
    return found->second;
}

}  // namespace

std::string ClosedReason::english() const {
    switch (kind) {
        case Kind::holiday:
            return std::string(holiday_en);
        case Kind::saturday:
            return "Saturday";
        case Kind::sunday:
            return "Sunday";
        case Kind::organisation:
            break;
    }
    return "closed day";
}

std::optional<ClosedReason> WorkingDayCalendar::why_closed(const Date& day) const {
    using Kind = ClosedReason::Kind;
    for (const Holiday& holiday : holidays_of(day.year())) {
        if (holiday.date == day)
            return ClosedReason{Kind::holiday, holiday.name_nb, holiday.name_en};
    }
    if (day.day_of_week() == boost::date_time::Saturday)
        return ClosedReason{Kind::saturday, {}, {}};
    if (day.day_of_week() == boost::date_time::Sunday) return ClosedReason{Kind::sunday, {}, {}};
    const MonthDay month_day{day.month(), day.day()};
    if (std::find(closed_.dates.begin(), closed_.dates.end(), day) != closed_.dates.end() ||
        std::find(closed_.every_year.begin(), closed_.every_year.end(), month_day) !=
            closed_.every_year.end() ||
        std::any_of(closed_.date_ranges.begin(), closed_.date_ranges.end(),
                    [&day](const DateRange& range) { return range.contains(day); }) ||
        std::any_of(
            closed_.ranges_every_year.begin(), closed_.ranges_every_year.end(),
            [&month_day](const MonthDayRange& range) { return range.contains(month_day); })) {
        return ClosedReason{Kind::organisation, {}, {}};
    }
    return std::nullopt;
}

bool WorkingDayCalendar::is_working_day(const Date& day) const {
    return !why_closed(day);
}

Date WorkingDayCalendar::on_or_after(const Date& day) const {
    Date result = day;
    while (!is_working_day(result)) result += boost::gregorian::days(1);
    return result;
}

Date WorkingDayCalendar::on_or_before(const Date& day) const {
    Date result = day;
    while (!is_working_day(result)) result -= boost::gregorian::days(1);
    return result;
}

Date WorkingDayCalendar::working_days_from(const Date& day, int count) const {
    if (count == 0) return on_or_after(day);
    const boost::gregorian::days step(count > 0 ? 1 : -1);
    Date result = day;
    for (int left = count > 0 ? count : -count; left > 0;) {
        result += step;
        if (is_working_day(result)) --left;
    }
    return result;
}

Date WorkingDayCalendar::working_days_before(const Date& day, int count) const {
    if (count <= 0) return on_or_before(day);
    return working_days_from(day, -count);
}

Date add_months(const Date& day, int months) {
    const int index = day.year() * 12 + (day.month() - 1) + months;
    const auto year = static_cast<unsigned short>(index / 12);
    const auto month = static_cast<unsigned short>(index % 12 + 1);
    const unsigned short last = boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
    return Date(year, month, std::min<unsigned short>(day.day(), last));
}

}  // namespace cycle
