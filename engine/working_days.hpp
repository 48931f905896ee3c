// The Norwegian working-day calendar and the deadline arithmetic of domstolloven:
//   § 148: a period of months ends on the same-numbered day, or on the month's last day if
//          it has none (31 January + 1 month = 28/29 February);
//   § 149: a deadline that falls on a Saturday, Sunday or public holiday moves to the next
//          working day. A date that must come at least N days *before* an event moves earlier.
// Closed days are weekends, public holidays and an organisation's own extra closed days, given
// as dates or as days closed every year (24 December).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/calendar_date.hpp"

namespace cycle {

// A day of the year, closed every year ("12-24").
struct MonthDay {
    int month = 1;
    int day = 1;
    bool operator==(const MonthDay&) const = default;
};

// Why a day is closed: kept as a kind, so that each language words it (engine/schedule in
// English, engine/wording in bokmål).
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

    bool is_working_day(const Date& day) const;
    // Why a day is closed, or nothing for a working day.
    std::optional<ClosedReason> why_closed(const Date& day) const;

    // § 149: the day itself if it is a working day, else the next working day.
    Date on_or_after(const Date& day) const;
    // For "at least N days before": the day itself if a working day, else the one before.
    Date on_or_before(const Date& day) const;
    // `count` working days after `day` (before it, for a negative count); 0: `day` itself if a
    // working day, else the next. The day counted is always a working day.
    Date working_days_from(const Date& day, int count) const;

  private:
    std::vector<Date> extra_closed_;
    std::vector<MonthDay> closed_every_year_;
};

// § 148: `day` plus `months` (may be negative), clamped to the last day of the month.
Date add_months(const Date& day, int months);

}  // namespace cycle
