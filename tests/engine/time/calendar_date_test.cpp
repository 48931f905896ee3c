#include "engine/time/calendar_date.hpp"

#include <doctest/doctest.h>

#include "engine/support/error.hpp"
#include "tests/support/error_of.hpp"

namespace cycle {
namespace {

TEST_CASE("dates: strict ISO 8601") {
    CHECK(iso(*parse_iso_date("2021-02-05").date) == "2021-02-05");
    CHECK(iso(*parse_iso_date("2024-02-29").date) == "2024-02-29");
    struct Row {
        const char* text;
        const char* problem;
    };
    const Row rows[] = {
        {"2021-02-29", "\"2021-02-29\" is not a day of the calendar"},
        {"2021-13-01", "\"2021-13-01\" is not a day of the calendar"},
        {"2021-04-31", "\"2021-04-31\" is not a day of the calendar"},
        {"2021-4-1", "expected a date as YYYY-MM-DD, got \"2021-4-1\""},
        {"05.02.2021", "expected a date as YYYY-MM-DD, got \"05.02.2021\""},
        {"2021-02-05T00", "expected a date as YYYY-MM-DD, got \"2021-02-05T00\""},
        {"1899-12-31", "year of \"1899-12-31\" is outside 1900-2199"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const DateParse parsed = parse_iso_date(row.text);
        CHECK_FALSE(parsed.date);
        CHECK(parsed.problem == row.problem);
    }
}

TEST_CASE("dates: an option's error names the option") {
    CHECK(testing::error_of([] { parse_date_option("--today", "2021-02-29"); }) ==
          "exit 2: --today: \"2021-02-29\" is not a day of the calendar");
}

TEST_CASE("dates: days between") {
    CHECK(days_between(*parse_iso_date("2020-12-31").date, *parse_iso_date("2021-02-05").date) ==
          36);
    CHECK(days_between(*parse_iso_date("2021-02-05").date, *parse_iso_date("2020-12-31").date) ==
          -36);
}

}  // namespace
}  // namespace cycle
