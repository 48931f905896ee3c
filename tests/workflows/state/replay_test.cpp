// Replay gives the state the live machines had; an event the machines refuse is reported.
#include "workflows/state/replay.hpp"

#include <doctest/doctest.h>

#include "engine/support/error.hpp"
#include "tests/support/error_of.hpp"
#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;
using testing::step_event;

const Date rules_day = day("2021-06-01");

// Everything status shows of one cycle, as text, to compare two states whole.
std::string describe(BudgetCycle& cycle) {
    std::string text = std::string(phase_name(cycle.phase()));
    for (const Step& step : cycle.rules().cycle_steps) {  // in the cycle's order
        const auto found = cycle.records().find(step);
        if (found == cycle.records().end()) continue;
        const StepRecord& record = found->second;
        text += " | " + step.name() + " #" + std::to_string(record.seq) + " " + iso(record.date) +
                (record.irregular ? " irregular" : "");
    }
    for (const auto& irregular : cycle.irregularities()) {
        text += " | !" + std::to_string(irregular.seq) + " " + irregular.reason;
    }
    return text;
}

TEST_CASE("replay: the same state as the live machines") {
    const std::vector<Event> events = testing::example_2021();
    OrganisationState live(day("2020-03-02"), testing::osloregionen());
    for (auto event = events.begin() + 1; event != events.end(); ++event) {
        REQUIRE(live.apply(*event).accepted);
    }

    OrganisationState replayed = replay(events);
    CHECK(describe(replayed.cycle(2021, rules_day)) == describe(live.cycle(2021, rules_day)));
    CHECK(describe(replayed.cycle(2021, rules_day)) ==
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
    CHECK(describe(state.cycle(2021, rules_day)) ==
          "preparation | contingent-set #2 2020-10-28 irregular | draft-submitted #4 2020-11-20 | "
          "!2 late, 120 days after the deadline 2020-06-30: reorganisation");
    OrganisationState before = replay(testing::example_2021(), day("2020-10-27"));
    CHECK(describe(before.cycle(2021, rules_day)) == "preparation");
    CHECK(before.strategy().adoptions().empty());
}

TEST_CASE("replay: a refused event is reported, never skipped") {
    std::vector<Event> events = {testing::registration(),
                                 step_event(2, "budget-adopted", "2020-12-01", 2021)};
    CHECK(
        testing::error_of([&] { replay(events); }) ==
        "exit 4: case log #2 (budget-adopted, 2020-12-01) is refused on replay: budget-adopted for "
        "2021 refused: needs contingent-set and draft-submitted first; contingent-set and "
        "draft-submitted not recorded (record it anyway with --override REASON)");
}

TEST_CASE("replay: the log must start by registering the organisation") {
    CHECK(testing::error_of(
              [&] { replay({step_event(1, "draft-submitted", "2020-10-01", 2021)}); }) ==
          "exit 4: case log: the first event of an organisation must be organisation-registered");
}

// The shipped config with the contingent deadline moved to 31 December of Y-1.
std::string later_contingent_deadline() {
    std::string yaml = testing::osloregionen_yaml();
    const std::string shipped = "deadline: end-of-window";
    const auto at = yaml.find(shipped);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, shipped.size(), "deadline: Y-1-12-31");
    return yaml;
}

std::string contingent_deadline_of(OrganisationState& state, int year, const char* rules_of) {
    return iso(
        state.cycle(year, day(rules_of)).schedule().at(testing::steps::contingent_set).deadline);
}

Date contingent_deadline_2021(OrganisationState& state, const char* rules_of) {
    return state.cycle(2021, day(rules_of)).schedule().at(testing::steps::contingent_set).deadline;
}

TEST_CASE("replay: a config change applies from its effective date") {
    const Event change = step_event(2, kind_config_changed, "2020-07-01", 0,
                                    {{"config", later_contingent_deadline()}});
    const std::vector<Event> events = {testing::registration(), change,
                                       step_event(3, "contingent-set", "2020-10-28", 2021)};
    OrganisationState state = replay(events);
    // Judged by the new rules: in time, no reason needed.
    CHECK(describe(state.cycle(2021, day("2020-11-01"))) ==
          "preparation | contingent-set #3 2020-10-28");
    // Shown by the rules of the day asked about.
    CHECK(iso(contingent_deadline_2021(state, "2020-11-01")) == "2020-12-31");
    CHECK(iso(contingent_deadline_2021(state, "2020-06-30")) == "2020-06-30");
    // As of a day before the change, the change is not there at all.
    OrganisationState before = replay(events, day("2020-06-30"));
    CHECK(iso(contingent_deadline_2021(before, "2020-11-01")) == "2020-06-30");
}

TEST_CASE("replay: a step dated before a config change is judged by the rules of its day") {
    // The change takes effect 2021-01-01 but is logged before a contingent of 2020-10-28:
    // by the rules in force that day the contingent is late and needs its reason.
    const Event change = step_event(2, kind_config_changed, "2021-01-01", 0,
                                    {{"config", later_contingent_deadline()}});
    OrganisationState state = replay({testing::registration(), change});
    CHECK(state.apply(step_event(3, "contingent-set", "2020-10-28", 2021)).refusal ==
          "contingent-set for 2021 refused: 2020-10-28 is 120 days after the deadline 2020-06-30; "
          "give the reason with --reason TEXT");
}

TEST_CASE("replay: a back-dated config change does not hide a later one") {
    // Logged in this order: September deadline from 2021-06-01, then July from 2021-01-01.
    std::string september = testing::osloregionen_yaml();
    const std::string shipped = "deadline: end-of-window";
    september.replace(september.find(shipped), shipped.size(), "deadline: Y-1-09-30");
    std::string july = testing::osloregionen_yaml();
    july.replace(july.find(shipped), shipped.size(), "deadline: Y-1-07-30");
    OrganisationState state =
        replay({testing::registration(),
                step_event(2, kind_config_changed, "2021-06-01", 0, {{"config", september}}),
                step_event(3, kind_config_changed, "2021-01-01", 0, {{"config", july}})});
    CHECK(contingent_deadline_of(state, 2022, "2020-12-31") == "2021-06-30");
    CHECK(contingent_deadline_of(state, 2022, "2021-03-01") == "2021-07-30");
    CHECK(contingent_deadline_of(state, 2022, "2021-07-01") == "2021-09-30");
}

TEST_CASE("replay: a step keeps the irregularity it was recorded with") {
    // Recorded with an override of the date order. Replayed as of a day that leaves out the
    // step it overrode, the machine itself would find nothing wrong; the log's reason stands.
    std::vector<Event> events = {
        testing::registration(), step_event(2, "draft-submitted", "2020-10-01", 2021),
        step_event(
            3, "contingent-set", "2020-06-20", 2021,
            {{"rate_nok_per_inhabitant", "2.70"}, {"override_reason", "minutes found late"}})};
    events[1].hash = "logged";
    events[2].hash = "logged";
    events[2].irregular = true;
    events[2].reason =
        "override: minutes found late (2020-06-20 is earlier than the cycle's previous step on "
        "2020-10-01)";
    OrganisationState as_of = replay(events, day("2020-07-01"));
    CHECK(describe(as_of.cycle(2021, rules_day)) ==
          "preparation | contingent-set #3 2020-06-20 irregular | !3 " + events[2].reason);
}

TEST_CASE("replay: an event that cannot be replayed is a storage error naming it") {
    CHECK(testing::error_of([&] {
              replay(
                  {testing::registration(), step_event(2, "draft-submitted", "2020-10-01", 99999)});
          }) ==
          "exit 4: case log #2 (draft-submitted, 2020-10-01) cannot be replayed: Year is out of "
          "valid range: 1400..9999");
    Event broken = testing::registration();
    broken.details = {{"config", "organisation: ["}};
    CHECK(testing::error_of([&] { replay({broken}); }) ==
          "exit 4: case log #1 (organisation-registered, 2020-03-02) cannot be replayed: case log "
          "#1:1:1: YAML syntax error: end of sequence flow not found");
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
