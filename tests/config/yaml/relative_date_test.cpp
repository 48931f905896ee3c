#include "config/yaml/relative_date.hpp"

#include <doctest/doctest.h>

namespace cycle {
namespace {

TEST_CASE("relative dates resolve against the budget year") {
    struct Row {
        const char* text;
        int budget_year;
        const char* date;
    };
    const Row rows[] = {
        {"Y-1-04-01", 2021, "2020-04-01"}, {"Y-09-30", 2021, "2021-09-30"},
        {"Y+1-06-30", 2021, "2022-06-30"}, {"Y-2-12-31", 2024, "2022-12-31"},
        {"Y+0-01-01", 2021, "2021-01-01"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const auto parsed = parse_relative_date(row.text);
        REQUIRE(parsed);
        CHECK(iso(parsed->in_budget_year(row.budget_year)) == row.date);
    }
    CHECK(parse_relative_date("Y-1-04-01")->text() == "Y-1-04-01");
    CHECK(parse_relative_date("Y-09-30")->text() == "Y-09-30");
    CHECK(parse_relative_date("Y+1-06-30")->text() == "Y+1-06-30");
}

TEST_CASE("relative dates: malformed or not valid in every year") {
    for (const char* bad : {"Y-02-29", "Y-1-02-30", "Y-13-01", "Y-00-10", "Y-04-00", "2021-04-01",
                            "Y-1-4-1", "Y-10-04-01", "y-1-04-01", "Y*1-04-01", "Y-1-04-01 ", ""}) {
        INFO(bad);
        CHECK_FALSE(parse_relative_date(bad));
    }
}

}  // namespace
}  // namespace cycle
