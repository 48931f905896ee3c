#include "engine/money/decimal.hpp"

#include <doctest/doctest.h>

namespace cycle {
namespace {

TEST_CASE("decimals: exact parsing into fixed places") {
    CHECK(parse_decimal("2.70", 2) == 270);
    CHECK(parse_decimal("2.7", 2) == 270);
    CHECK(parse_decimal("2,70", 2) == 270);
    CHECK(parse_decimal("2", 2) == 200);
    CHECK(parse_decimal("0.5", 3) == 500);
    CHECK(parse_decimal("2", 3) == 2000);
    for (const char* bad : {"2.705", "-2.70", "2.", ".5", "", "2.7.0", "2,7,0", "1e3", "two"}) {
        INFO(bad);
        CHECK_FALSE(parse_decimal(bad, 2));
    }
    CHECK(format_decimal(270, 2) == "2.70");
    CHECK(format_decimal(5, 2) == "0.05");
    CHECK(format_decimal(2000, 3) == "2.000");
}

}  // namespace
}  // namespace cycle
