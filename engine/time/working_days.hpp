// The Norwegian working-day calendar and the deadline arithmetic of domstolloven:
//   § 148: a period of months ends on the same-numbered day, or on the month's last day if
//          it has none (31 January + 1 month = 28/29 February);
//   § 149: a deadline that falls on a Saturday, Sunday or public holiday moves to the next
//          working day. A date that must come at least N days *before* an event moves earlier.
// Closed days are weekends, public holidays and an organisation's own extra closed days, given
// as dates or as days closed every year (24 December), and as ranges of either (format 2:
// 2021-07-05..2021-07-30 once, 12-27..01-02 every year, across the new year).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/time/calendar_date.hpp"

namespace cycle {

// A day of the year, closed every year ("12-24").
struct MonthDay {
    int month = 1;
    int day = 1;
    bool operator==(const MonthDay&) const = default;
    auto operator<=>(const MonthDay&) const = default;
};

// Days closed every year from `from` to `to`, both included; when `to` comes before `from` in
// the year, the range runs across the new year (12-27..01-02).
struct MonthDayRange {
    MonthDay from;
    MonthDay to;
    bool contains(const MonthDay& day) const {
        return from <= to ? from <= day && day <= to : from <= day || day <= to;
    }
};

// Days closed once, from `from` to `to`, both included (`to` not before `from`).
struct DateRange {
    Date from;
    Date to;
    bool contains(const Date& day) const { return from <= day && day <= to; }
};

// An organisation's own closed days, besides weekends and holidays.
struct ClosedDays {
    std::vector<Date> dates;                       // 2021-05-14
    std::vector<MonthDay> every_year;              // 12-24
    std::vector<DateRange> date_ranges;            // 2021-07-05..2021-07-30
    std::vector<MonthDayRange> ranges_every_year;  // 12-27..01-02
};

// Why a day is closed: kept as a kind, so that each language words it (config/model/schedule in
// English, cli/presentation/wording in bokmål).
struct ClosedReason {
    enum class Kind { holiday, saturday, sunday, organisation };  // organisation: its own
    Kind kind = Kind::organisation;
    std::string_view holiday_nb;  // for a holiday: "Andre påskedag"
    std::string_view holiday_en;  // "Easter Monday"

    std::string english() const;  // "Easter Monday", "Saturday", "Sunday", "closed day"
};

class WorkingDayCalendar {
  public:
    // The organisation's own closed days, besides weekends and holidays: single dates, and
    // days closed every year.
    explicit WorkingDayCalendar(std::vector<Date> extra_closed = {},
                                std::vector<MonthDay> closed_every_year = {});
    explicit WorkingDayCalendar(ClosedDays closed);

    bool is_working_day(const Date& day) const;
    // Why a day is closed, or nothing for a working day.
    std::optional<ClosedReason> why_closed(const Date& day) const;

    // § 149: the day itself if it is a working day, else the next working day.
    Date on_or_after(const Date& day) const;
    // For "at least N days before": the day itself if a working day, else the one before.
    Date on_or_before(const Date& day) const;
    // `count` working days after `day` (before it, for a negative count), counting over
    // working days only; 0: `day` itself if a working day, else the next.
    Date working_days_from(const Date& day, int count) const;
    // The `count`-th working day before `day`; for 0, on_or_before(day). A notice "at least
    // 10 working days before" a meeting, a deadline "at least 10 working days before" a step.
    Date working_days_before(const Date& day, int count) const;

  private:
    ClosedDays closed_;
};

// § 148: `day` plus `months` (may be negative), clamped to the last day of the month.
Date add_months(const Date& day, int months);

}  // namespace cycle
