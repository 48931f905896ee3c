// Replay gives the state the live machines had; an event the machines refuse is reported.
#include "engine/replay.hpp"

#include <doctest/doctest.h>

#include "engine/error.hpp"
#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;
using testing::step_event;

// Everything status shows of one cycle, as text, to compare two states whole.
std::string describe(BudgetCycle& cycle) {
    std::string text = std::string(phase_name(cycle.phase()));
    for (const auto& [step, record] : cycle.records()) {
        text += " | " + std::string(step_name(step)) + " #" + std::to_string(record.seq) + " " +
                iso(record.date) + (record.irregular ? " irregular" : "");
    }
    for (const auto& irregular : cycle.irregularities()) {
        text += " | !" + std::to_string(irregular.seq) + " " + irregular.reason;
    }
    return text;
}

TEST_CASE("replay: the same state as the live machines") {
    const std::vector<Event> events = testing::example_2021();
    OrganisationState live(testing::osloregionen());
    for (const Event& event : events) REQUIRE(live.apply(event).accepted);

    OrganisationState replayed = replay(events);
    CHECK(describe(replayed.cycle(2021)) == describe(live.cycle(2021)));
    CHECK(describe(replayed.cycle(2021)) ==
          "execution | contingent-set #2 2020-10-28 irregular | draft-submitted #4 2020-11-20 | "
          "budget-adopted #5 2021-02-05 irregular | !2 late, 120 days after the deadline "
          "2020-06-30: reorganisation | !5 late, 36 days after the deadline 2020-12-31: "
          "reorganisation");
    REQUIRE(replayed.strategy().adoptions().size() == 1);
    CHECK(replayed.strategy().adoptions()[0].first_year == 2021);
    CHECK(replayed.strategy().adoptions()[0].last_year == 2024);
}

TEST_CASE("replay: as of a day leaves out the steps after it") {
    OrganisationState state = replay(testing::example_2021(), day("2021-01-15"));
    CHECK(describe(state.cycle(2021)) ==
          "preparation | contingent-set #2 2020-10-28 irregular | draft-submitted #4 2020-11-20 | "
          "!2 late, 120 days after the deadline 2020-06-30: reorganisation");
    OrganisationState before = replay(testing::example_2021(), day("2020-10-27"));
    CHECK(describe(before.cycle(2021)) == "preparation");
    CHECK(before.strategy().adoptions().empty());
}

TEST_CASE("replay: a refused event is reported, never skipped") {
    std::vector<Event> events = {testing::registration(),
                                 step_event(2, "budget-adopted", "2020-12-01", 2021)};
    try {
        replay(events);
        FAIL("expected an error");
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::storage);
        CHECK(std::string(error.what()) ==
              "case log #2 (budget-adopted, 2020-12-01) is refused on replay: budget-adopted for "
              "2021 refused: needs contingent-set and draft-submitted first; contingent-set and "
              "draft-submitted not recorded (record it anyway with --override REASON)");
    }
}

TEST_CASE("replay: the log must start by registering the organisation") {
    try {
        replay({step_event(1, "draft-submitted", "2020-10-01", 2021)});
        FAIL("expected an error");
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::storage);
        CHECK(std::string(error.what()) ==
              "case log: the first event of an organisation must be organisation-registered");
    }
}

TEST_CASE("replay: a config change applies to steps judged after it") {
    std::string yaml = testing::osloregionen_yaml();
    const std::string old_deadline = "deadline: Y-1-06-30        # end of the window (\"i løpet";
    REQUIRE(yaml.find(old_deadline) != std::string::npos);
    yaml.replace(yaml.find("deadline: Y-1-06-30"), 19, "deadline: Y-1-12-31");
    Event change = step_event(2, kind_config_changed, "2020-07-01", 0, {{"config", yaml}});
    std::vector<Event> events = {testing::registration(), change,
                                 step_event(3, "contingent-set", "2020-10-28", 2021)};
    OrganisationState state = replay(events);
    CHECK(iso(state.cycle(2021).schedule().at(Step::contingent_set).deadline) == "2020-12-31");
    CHECK(describe(state.cycle(2021)) == "preparation | contingent-set #3 2020-10-28");
}

TEST_CASE("periods") {
    CHECK(parse_period("2021-2024") == std::make_pair(2021, 2024));
    CHECK(parse_period("2021-2021") == std::make_pair(2021, 2021));
    for (const char* bad : {"2024-2021", "2021-24", "2021–2024", "21-24", "2021 2024", ""}) {
        INFO(bad);
        CHECK_FALSE(parse_period(bad));
    }
}

}  // namespace
}  // namespace cycle
