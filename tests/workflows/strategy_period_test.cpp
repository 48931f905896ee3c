// The strategic guidelines machine: a first adoption, later periods, and its refusals.
#include "workflows/strategy_period.hpp"

#include <doctest/doctest.h>

#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

StepFacts facts(std::int64_t seq, const char* date, const char* override_text = nullptr) {
    StepFacts result{seq, day(date), {}, {}, {}};
    if (override_text) result.override_reason = override_text;
    return result;
}

TEST_CASE("strategy period: adoptions of successive periods") {
    StrategyPeriod strategy;
    CHECK(strategy.offer(facts(1, "2020-10-28"), 2021, 2024).accepted);
    CHECK(strategy.offer(facts(2, "2024-10-20"), 2025, 2028).accepted);
    REQUIRE(strategy.adoptions().size() == 2);
    CHECK(strategy.adoptions().back().first_year == 2025);
    CHECK(strategy.adoptions().back().last_year == 2028);
    CHECK(iso(strategy.adoptions().back().date) == "2024-10-20");
}

TEST_CASE("strategy period: refusals") {
    StrategyPeriod strategy;
    REQUIRE(strategy.offer(facts(1, "2020-10-28"), 2021, 2024).accepted);
    CHECK(strategy.offer(facts(2, "2021-05-01"), 2021, 2024).refusal ==
          "strategy-adopted 2021-2024 refused: guidelines for 2021-2024 were adopted as #1 on "
          "2020-10-28; a new adoption must start after 2021 (record it anyway with --override "
          "REASON)");
    CHECK(strategy.offer(facts(2, "2020-10-01"), 2025, 2028).refusal ==
          "strategy-adopted 2025-2028 refused: 2020-10-01 is earlier than the previous adoption "
          "on 2020-10-28 (record it anyway with --override REASON)");
    CHECK(strategy.adoptions().size() == 1);
}

TEST_CASE("strategy period: an overridden revision is kept, irregular") {
    StrategyPeriod strategy;
    REQUIRE(strategy.offer(facts(1, "2020-10-28"), 2021, 2024).accepted);
    const Verdict verdict =
        strategy.offer(facts(2, "2022-06-01", "revised mid-period"), 2021, 2024);
    CHECK(verdict.accepted);
    CHECK(verdict.irregular_reason ==
          "override: revised mid-period (guidelines for 2021-2024 were adopted as #1 on "
          "2020-10-28; a new adoption must start after 2021)");
    CHECK(strategy.adoptions().back().irregular);
}

}  // namespace
}  // namespace cycle
