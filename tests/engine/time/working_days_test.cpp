// Norway's public holidays against a table written out independently (Easter dates checked
// against a second implementation of the computus), and the deadline arithmetic of
// domstolloven §§ 148-149.
#include "engine/time/working_days.hpp"

#include <doctest/doctest.h>

#include "engine/time/norwegian_holidays.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

TEST_CASE("holidays: every public holiday of 2019-2030") {
    const std::vector<std::pair<int, std::vector<std::string>>> table = {
        {2019,
         {"2019-01-01", "2019-04-18", "2019-04-19", "2019-04-21", "2019-04-22", "2019-05-01",
          "2019-05-17", "2019-05-30", "2019-06-09", "2019-06-10", "2019-12-25", "2019-12-26"}},
        {2020,
         {"2020-01-01", "2020-04-09", "2020-04-10", "2020-04-12", "2020-04-13", "2020-05-01",
          "2020-05-17", "2020-05-21", "2020-05-31", "2020-06-01", "2020-12-25", "2020-12-26"}},
        {2021,
         {"2021-01-01", "2021-04-01", "2021-04-02", "2021-04-04", "2021-04-05", "2021-05-01",
          "2021-05-13", "2021-05-17", "2021-05-23", "2021-05-24", "2021-12-25", "2021-12-26"}},
        {2022,
         {"2022-01-01", "2022-04-14", "2022-04-15", "2022-04-17", "2022-04-18", "2022-05-01",
          "2022-05-17", "2022-05-26", "2022-06-05", "2022-06-06", "2022-12-25", "2022-12-26"}},
        {2023,
         {"2023-01-01", "2023-04-06", "2023-04-07", "2023-04-09", "2023-04-10", "2023-05-01",
          "2023-05-17", "2023-05-18", "2023-05-28", "2023-05-29", "2023-12-25", "2023-12-26"}},
        {2024,
         {"2024-01-01", "2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-01",
          "2024-05-09", "2024-05-17", "2024-05-19", "2024-05-20", "2024-12-25", "2024-12-26"}},
        {2025,
         {"2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01",
          "2025-05-17", "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26"}},
        {2026,
         {"2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-01",
          "2026-05-14", "2026-05-17", "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26"}},
        {2027,
         {"2027-01-01", "2027-03-25", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-01",
          "2027-05-06", "2027-05-16", "2027-05-17", "2027-05-17", "2027-12-25", "2027-12-26"}},
        {2028,
         {"2028-01-01", "2028-04-13", "2028-04-14", "2028-04-16", "2028-04-17", "2028-05-01",
          "2028-05-17", "2028-05-25", "2028-06-04", "2028-06-05", "2028-12-25", "2028-12-26"}},
        {2029,
         {"2029-01-01", "2029-03-29", "2029-03-30", "2029-04-01", "2029-04-02", "2029-05-01",
          "2029-05-10", "2029-05-17", "2029-05-20", "2029-05-21", "2029-12-25", "2029-12-26"}},
        {2030,
         {"2030-01-01", "2030-04-18", "2030-04-19", "2030-04-21", "2030-04-22", "2030-05-01",
          "2030-05-17", "2030-05-30", "2030-06-09", "2030-06-10", "2030-12-25", "2030-12-26"}},
    };
    for (const auto& [year, expected] : table) {
        const int shown_year = year;  // INFO captures; clang 14 cannot capture a binding
        INFO(shown_year);
        std::vector<std::string> dates;
        for (const Holiday& holiday : norwegian_public_holidays(year))
            dates.push_back(iso(holiday.date));
        CHECK(dates == expected);
    }
}

TEST_CASE("holidays: names in Norwegian and English") {
    std::vector<std::string> names;
    for (const Holiday& holiday : norwegian_public_holidays(2021)) {
        names.push_back(iso(holiday.date) + " " + std::string(holiday.name_nb) + " / " +
                        std::string(holiday.name_en));
    }
    CHECK(names == std::vector<std::string>{
                       "2021-01-01 Første nyttårsdag / New Year's Day",
                       "2021-04-01 Skjærtorsdag / Maundy Thursday",
                       "2021-04-02 Langfredag / Good Friday",
                       "2021-04-04 Første påskedag / Easter Sunday",
                       "2021-04-05 Andre påskedag / Easter Monday",
                       "2021-05-01 Offentlig høytidsdag (1. mai) / Labour Day",
                       "2021-05-13 Kristi himmelfartsdag / Ascension Day",
                       "2021-05-17 Grunnlovsdag / Constitution Day",
                       "2021-05-23 Første pinsedag / Whit Sunday",
                       "2021-05-24 Andre pinsedag / Whit Monday",
                       "2021-12-25 Første juledag / Christmas Day",
                       "2021-12-26 Andre juledag / St Stephen's Day",
                   });
}

TEST_CASE("holidays: Easter across 1900-2199") {
    const std::pair<int, const char*> samples[] = {
        {1900, "1900-04-15"}, {1913, "1913-03-23"}, {1943, "1943-04-25"}, {1954, "1954-04-18"},
        {2000, "2000-04-23"}, {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"},
        {2020, "2020-04-12"}, {2021, "2021-04-04"}, {2024, "2024-03-31"}, {2038, "2038-04-25"},
        {2076, "2076-04-19"}, {2100, "2100-03-28"}, {2150, "2150-04-12"}, {2199, "2199-04-14"},
    };
    for (const auto& [year, easter] : samples) {
        const int shown_year = year;  // INFO captures; clang 14 cannot capture a binding
        INFO(shown_year);
        CHECK(iso(easter_sunday(year)) == easter);
    }
}

TEST_CASE("holidays: 1 and 17 May only from 1947, when the law made them holidays") {
    CHECK(norwegian_public_holidays(1946).size() == 10);
    CHECK(norwegian_public_holidays(1947).size() == 12);
    // 2008: Ascension Day fell on 1 May; both are listed.
    std::vector<std::string> may_first;
    for (const Holiday& holiday : norwegian_public_holidays(2008)) {
        if (iso(holiday.date) == "2008-05-01") may_first.emplace_back(holiday.name_en);
    }
    CHECK(may_first == std::vector<std::string>{"Ascension Day", "Labour Day"});
}

TEST_CASE("working days: a deadline on a closed day moves to the next working day (§ 149)") {
    const WorkingDayCalendar calendar({day("2021-12-24")});
    struct Row {
        const char* deadline;
        const char* why;
        const char* moved_to;
    };
    const Row rows[] = {
        {"2024-06-29", "Saturday", "2024-07-01"},
        {"2024-06-30", "Sunday", "2024-07-01"},
        {"2021-04-05", "Easter Monday", "2021-04-06"},
        {"2021-04-01", "Maundy Thursday", "2021-04-06"},
        {"2021-05-17", "Constitution Day", "2021-05-18"},
        {"2020-12-25", "Christmas Day", "2020-12-28"},
        {"2023-12-26", "St Stephen's Day", "2023-12-27"},
        {"2021-12-24", "closed day", "2021-12-27"},
    };
    for (const Row& row : rows) {
        INFO(row.deadline);
        const auto why = calendar.why_closed(day(row.deadline));
        REQUIRE(why);
        CHECK(why->english() == row.why);
        CHECK(iso(calendar.on_or_after(day(row.deadline))) == row.moved_to);
    }
    CHECK(calendar.is_working_day(day("2024-07-01")));
    CHECK(iso(calendar.on_or_after(day("2024-07-01"))) == "2024-07-01");
    // A holiday carries both its names; the others only their kind.
    const auto easter_monday = calendar.why_closed(day("2021-04-05"));
    REQUIRE(easter_monday);
    CHECK(easter_monday->kind == ClosedReason::Kind::holiday);
    CHECK(easter_monday->holiday_nb == "Andre påskedag");
    CHECK(calendar.why_closed(day("2021-12-24"))->kind == ClosedReason::Kind::organisation);
    CHECK(calendar.why_closed(day("2024-06-29"))->kind == ClosedReason::Kind::saturday);
}

TEST_CASE("working days: 'at least N days before' moves earlier") {
    const WorkingDayCalendar calendar;
    CHECK(iso(calendar.on_or_before(day("2024-06-30"))) == "2024-06-28");
    CHECK(iso(calendar.on_or_before(day("2021-04-05"))) == "2021-03-31");
    CHECK(iso(calendar.on_or_before(day("2021-12-26"))) == "2021-12-24");
    CHECK(iso(calendar.on_or_before(day("2021-06-01"))) == "2021-06-01");
}

TEST_CASE("working days: closed ranges, every year across the new year and once") {
    ClosedDays closed;
    closed.ranges_every_year.push_back(MonthDayRange{MonthDay{12, 27}, MonthDay{1, 2}});
    closed.date_ranges.push_back(DateRange{day("2021-07-05"), day("2021-07-30")});
    const WorkingDayCalendar calendar(closed);
    // Every weekday of 27 Dec 2021 - 2 Jan 2022 is closed, and only those around it.
    std::vector<std::string> closed_days;
    for (Date at = day("2021-12-20"); at <= day("2022-01-07"); at += boost::gregorian::days(1)) {
        if (const auto why = calendar.why_closed(at);
            why && why->kind == ClosedReason::Kind::organisation) {
            closed_days.push_back(iso(at));
        }
    }
    // 1 January is a holiday, 2 January 2022 a Sunday: said before the organisation's own day.
    CHECK(closed_days == std::vector<std::string>{"2021-12-27", "2021-12-28", "2021-12-29",
                                                  "2021-12-30", "2021-12-31"});
    CHECK(calendar.why_closed(day("2022-01-02"))->kind == ClosedReason::Kind::sunday);
    CHECK(calendar.is_working_day(day("2021-12-24")));
    CHECK(calendar.is_working_day(day("2022-01-03")));
    CHECK(iso(calendar.on_or_after(day("2021-12-27"))) == "2022-01-03");
    CHECK(iso(calendar.on_or_before(day("2022-01-02"))) == "2021-12-24");
    // The same days every year, the wrap in a leap year too.
    CHECK(!calendar.is_working_day(day("2024-12-30")));
    CHECK(!calendar.is_working_day(day("2025-01-02")));
    CHECK(calendar.is_working_day(day("2025-01-03")));
    // The dated range: 5-30 July 2021 only.
    CHECK(calendar.is_working_day(day("2021-07-02")));
    CHECK(!calendar.is_working_day(day("2021-07-05")));
    CHECK(!calendar.is_working_day(day("2021-07-30")));
    CHECK(iso(calendar.on_or_after(day("2021-07-05"))) == "2021-08-02");
    CHECK(calendar.is_working_day(day("2022-07-05")));
    // A range within the year does not wrap.
    const MonthDayRange summer{MonthDay{7, 1}, MonthDay{7, 31}};
    CHECK(summer.contains(MonthDay{7, 15}));
    CHECK(!summer.contains(MonthDay{8, 1}));
    CHECK(!summer.contains(MonthDay{1, 1}));
}

TEST_CASE("working days: N working days before a day, counted back over working days only") {
    const WorkingDayCalendar calendar;
    // Mon 31 May 2021: back over Whit Monday (24), 17 May and Ascension Day (13 May).
    CHECK(iso(calendar.working_days_before(day("2021-05-31"), 10)) == "2021-05-12");
    CHECK(iso(calendar.working_days_before(day("2021-05-31"), 1)) == "2021-05-28");
    // 0: the day itself, or the working day before it.
    CHECK(iso(calendar.working_days_before(day("2021-05-31"), 0)) == "2021-05-31");
    CHECK(iso(calendar.working_days_before(day("2021-05-30"), 0)) == "2021-05-28");
    // From a Sunday the count starts with the Friday before.
    CHECK(iso(calendar.working_days_before(day("2021-05-30"), 1)) == "2021-05-28");
}

TEST_CASE("months: the same-numbered day, or the month's last (§ 148)") {
    const std::tuple<const char*, int, const char*> rows[] = {
        {"2021-01-31", 1, "2021-02-28"},   {"2024-01-31", 1, "2024-02-29"},
        {"2100-01-31", 1, "2100-02-28"},   {"2000-01-31", 1, "2000-02-29"},
        {"2021-03-31", -1, "2021-02-28"},  {"2020-04-30", 1, "2020-05-30"},
        {"2021-12-15", 1, "2022-01-15"},   {"2021-08-31", 6, "2022-02-28"},
        {"2022-01-15", -13, "2020-12-15"},
    };
    for (const auto& [from, months, expected] : rows) {
        const std::string shown_from = from;  // INFO captures; clang 14 cannot capture a binding
        INFO(shown_from);
        CHECK(iso(add_months(day(from), months)) == expected);
    }
}

}  // namespace
}  // namespace cycle
