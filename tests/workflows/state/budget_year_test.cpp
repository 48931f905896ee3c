// Which budget year a step belongs to when no --year is given.
#include "workflows/state/budget_year.hpp"

#include <doctest/doctest.h>

#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

TEST_CASE("budget year inference") {
    OrganisationState state = replay({testing::registration()});
    struct Row {
        Step step;
        const char* date;
        std::optional<int> year;
    };
    const Row rows[] = {
        {testing::steps::contingent_set, "2021-05-01", 2022},     // inside 2022's window
        {testing::steps::contingent_set, "2020-10-28", 2021},     // after 2021's window: late
        {testing::steps::budget_adopted, "2021-02-05", 2021},     // late adoption, as in the seed
        {testing::steps::budget_adopted, "2021-11-15", 2022},     // inside 2022's window
        {testing::steps::status_report, "2021-12-01", 2021},      // late report
        {testing::steps::accounts_approved, "2022-05-01", 2021},  // inside 2021's accounts window
        {testing::steps::draft_submitted, "2021-03-01", 2021},  // 2021's draft is unrecorded: late
        {testing::steps::contingent_set, "2020-01-10", 2021},   // before 2021's window: early
        {testing::steps::accounts_approved, "2020-06-01",
         2021},  // early: the machine will refuse it
        {testing::steps::contingent_set, "2019-05-01", std::nullopt},  // 2018-2020 are not tracked
    };
    for (const Row& row : rows) {
        INFO(step_name(row.step));
        INFO(row.date);
        CHECK(infer_budget_year(state, row.step, day(row.date)) == row.year);
    }
}

TEST_CASE("budget year inference: a recorded step is not late any more") {
    OrganisationState state = replay(
        {testing::registration(), testing::step_event(2, "draft-submitted", "2020-11-01", 2021)});
    // 2021's draft is done, 2022's window opens on 2021-09-01: early for 2022.
    CHECK(infer_budget_year(state, testing::steps::draft_submitted, day("2021-03-01")) == 2022);
}

}  // namespace
}  // namespace cycle
