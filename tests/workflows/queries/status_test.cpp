// Status as data: live cycles, step states with day counts, phases.
#include "workflows/queries/status.hpp"

#include <doctest/doctest.h>

#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

std::string describe(const CycleStatus& cycle) {
    std::string text = std::to_string(cycle.budget_year) + " " + cycle.phase + ":";
    for (const StepStatus& step : cycle.steps) {
        text += " " + std::string(step_state_name(step.state));
        if (step.state != StepState::done) text += "(" + std::to_string(step.days) + ")";
    }
    return text;
}

TEST_CASE("status: live cycles of the 2021 example") {
    struct Row {
        const char* today;
        std::vector<std::string> cycles;
    };
    const Row rows[] = {
        {"2020-09-01",
         {"2021 preparation: overdue(63) due(90) upcoming(61) upcoming(303) upcoming(577)"}},
        {"2021-01-15",
         {"2021 preparation: done done overdue(15) upcoming(167) upcoming(441)",
          "2022 preparation: upcoming(76) upcoming(229) upcoming(290) upcoming(532) "
          "upcoming(806)"}},
        {"2021-09-30",
         {"2021 execution: done done done due(0) upcoming(183)",
          "2022 preparation: overdue(92) due(61) upcoming(32) upcoming(274) upcoming(548)"}},
        {"2022-07-01",
         {"2021 accounts: done done done overdue(274) overdue(1)",
          "2022 preparation: overdue(366) overdue(213) overdue(182) due(91) upcoming(274)",
          "2023 preparation: overdue(1) upcoming(62) upcoming(123) upcoming(365) upcoming(640)"}},
    };
    for (const Row& row : rows) {
        INFO(row.today);
        OrganisationState state = replay(testing::example_2021(), day(row.today));
        const StatusReport report = compute_status(state, day(row.today), std::nullopt);
        std::vector<std::string> cycles;
        for (const CycleStatus& cycle : report.cycles) cycles.push_back(describe(cycle));
        CHECK(cycles == row.cycles);
    }
}

TEST_CASE("status: one year, with its irregularities and the strategy in force") {
    OrganisationState state = replay(testing::example_2021(), day("2021-03-01"));
    const StatusReport report = compute_status(state, day("2021-03-01"), 2021);
    REQUIRE(report.cycles.size() == 1);
    const CycleStatus& cycle = report.cycles[0];
    CHECK(cycle.phase == "execution");
    REQUIRE(cycle.irregularities.size() == 2);
    CHECK(cycle.irregularities[1].seq == 5);
    CHECK(cycle.irregularities[1].reason ==
          "late, 36 days after the deadline 2020-12-31: reorganisation");
    CHECK(iso(cycle.steps[2].record->date) == "2021-02-05");
    REQUIRE(report.strategy);
    CHECK(report.strategy_in_force);
    CHECK(report.strategy->first_year == 2021);
    CHECK(iso(report.strategy->date) == "2020-10-28");
}

TEST_CASE("status: guidelines whose period has ended are not in force") {
    OrganisationState state = replay(testing::example_2021(), day("2025-01-02"));
    const StatusReport report = compute_status(state, day("2025-01-02"), 2025);
    REQUIRE(report.strategy);
    CHECK_FALSE(report.strategy_in_force);
    CHECK(report.strategy->last_year == 2024);
    OrganisationState before = replay(testing::example_2021(), day("2020-10-27"));
    CHECK_FALSE(compute_status(before, day("2020-10-27"), std::nullopt).strategy);
}

}  // namespace
}  // namespace cycle
