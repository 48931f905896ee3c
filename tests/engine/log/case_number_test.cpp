#include "engine/log/case_number.hpp"

#include <doctest/doctest.h>

#include "engine/support/error.hpp"
#include "tests/support/error_of.hpp"

namespace cycle {
namespace {

TEST_CASE("case numbers: accepted forms render as N/YY") {
    struct Row {
        const char* text;
        int year;
        int sequence;
        const char* rendered;
    };
    const Row rows[] = {
        {"58/20", 2020, 58, "58/20"},
        {"58/2020", 2020, 58, "58/20"},
        {"1/21", 2021, 1, "1/21"},
        {"7/05", 2005, 7, "7/05"},
        {"123456/99", 2099, 123456, "123456/99"},
        {"3/1999", 1999, 3, "3/1999"},
        {"4/2100", 2100, 4, "4/2100"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        const auto parsed = parse_case_number(row.text, "board");
        REQUIRE(parsed);
        CHECK(parsed->body == "board");
        CHECK(parsed->year == row.year);
        CHECK(parsed->sequence == row.sequence);
        CHECK(parsed->render() == row.rendered);
    }
}

TEST_CASE("case numbers: everything else is refused with the accepted forms") {
    for (const char* text : {"58", "58/", "/20", "58/2", "58/202", "0/20", "058/20", "58-20",
                             "58/20x", "a/20", "58/20/1", "1234567/20", "5/1899", " 58/20", ""}) {
        INFO(text);
        CHECK_FALSE(parse_case_number(text, "board"));
    }
    CHECK(testing::error_of([&] { parse_case_option("--case", "58-20", "board"); }) ==
          "exit 2: --case: \"58-20\" is not a case number; expected N/YY or N/YYYY, e.g. 58/20 or "
          "58/2020");
}

}  // namespace
}  // namespace cycle
