// The strategic guidelines machine: a first adoption, later periods, and its refusals.
#include "workflows/machines/strategy_period.hpp"

#include <doctest/doctest.h>

#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

StepFacts facts(std::int64_t seq, const char* date, const char* override_text = nullptr) {
    StepFacts result{seq, day(date), {}, {}, {}, {}};
    if (override_text) result.override_reason = override_text;
    return result;
}

TEST_CASE("strategy period: adoptions of successive periods") {
    StrategyPeriod strategy;
    CHECK(strategy.offer(facts(1, "2020-10-28"), 2021, 2024, 4).accepted);
    CHECK(strategy.offer(facts(2, "2024-10-20"), 2025, 2028, 4).accepted);
    REQUIRE(strategy.adoptions().size() == 2);
    CHECK(strategy.adoptions().back().first_year == 2025);
    CHECK(strategy.adoptions().back().last_year == 2028);
    CHECK(iso(strategy.adoptions().back().date) == "2024-10-20");
}

TEST_CASE("strategy period: refusals") {
    StrategyPeriod strategy;
    REQUIRE(strategy.offer(facts(1, "2020-10-28"), 2021, 2024, 4).accepted);
    CHECK(strategy.offer(facts(2, "2021-05-01"), 2021, 2024, 4).refusal ==
          "strategy-adopted 2021-2024 refused: guidelines for 2021-2024 were adopted as #1 on "
          "2020-10-28; a new adoption must start after 2021 (record it anyway with --override "
          "REASON)");
    CHECK(strategy.offer(facts(2, "2020-10-01"), 2025, 2028, 4).refusal ==
          "strategy-adopted 2025-2028 refused: 2020-10-01 is earlier than the previous adoption "
          "on 2020-10-28 (record it anyway with --override REASON)");
    CHECK(strategy.adoptions().size() == 1);
}

TEST_CASE("strategy period: a period longer than the config allows") {
    StrategyPeriod strategy;
    CHECK(strategy.offer(facts(1, "2020-10-28"), 2022, 2199, 4).refusal ==
          "strategy-adopted 2022-2199 refused: the period is 178 years; guidelines are treated at "
          "least every 4 years (strategy.every-years) (record it anyway with --override REASON)");
    CHECK(strategy.adoptions().empty());
}

TEST_CASE("strategy period: the guidelines in force in a year") {
    StrategyPeriod strategy;
    REQUIRE(strategy.offer(facts(1, "2020-10-28"), 2021, 2024, 4).accepted);
    REQUIRE(strategy.offer(facts(2, "2024-10-20"), 2025, 2028, 4).accepted);
    CHECK(strategy.in_force(2020) == nullptr);
    CHECK(strategy.in_force(2024)->seq == 1);
    CHECK(strategy.in_force(2025)->seq == 2);
    CHECK(strategy.in_force(2029) == nullptr);
}

TEST_CASE("strategy period: an overridden revision is kept, irregular") {
    StrategyPeriod strategy;
    REQUIRE(strategy.offer(facts(1, "2020-10-28"), 2021, 2024, 4).accepted);
    const Verdict verdict =
        strategy.offer(facts(2, "2022-06-01", "revised mid-period"), 2021, 2024, 4);
    CHECK(verdict.accepted);
    CHECK(verdict.irregular_reason ==
          "override: revised mid-period (guidelines for 2021-2024 were adopted as #1 on "
          "2020-10-28; a new adoption must start after 2021)");
    CHECK(strategy.adoptions().back().irregular);
}

}  // namespace
}  // namespace cycle
