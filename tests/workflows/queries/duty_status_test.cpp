// Reporting duties on a day: the seed's 2021 example (the Q3 report overdue on 2021-10-01 if
// not recorded, the strategic guidelines of 28 Oct 2020 due again in 2024), duties at
// meetings, and what a report may fulfil.
#include "workflows/queries/duty_status.hpp"

#include <doctest/doctest.h>

#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

// "q3-status-report: budget year 2021 2021-09-30 overdue 1 | ... ; last: never".
std::vector<std::string> describe(OrganisationState& state, const char* today) {
    std::vector<std::string> lines;
    for (const DutyStatus& duty : duty_status(state, day(today))) {
        std::string line = duty.rule.id + ":";
        for (const DutyOccasion& occasion : duty.open) {
            line += " " + occasion.text(duty.rule) + " " + iso(occasion.due) +
                    (occasion.overdue ? " overdue " : " due in ") + std::to_string(occasion.days) +
                    ";";
        }
        line += " last " + (duty.last ? iso(duty.last->date) + " " + duty.last->by : "never");
        lines.push_back(line);
    }
    return lines;
}

TEST_CASE("duties: the 2021 example on 2021-10-01, the Q3 report not recorded") {
    OrganisationState state = replay(testing::example_2021(), day("2021-10-01"));
    CHECK(describe(state, "2021-10-01") ==
          std::vector<std::string>{
              "q3-status-report: budget year 2021 2021-09-30 overdue 1; budget year 2022 "
              "2022-09-30 due in 364; last never",
              "board-briefing: last never",
              "annual-report-and-accounts: budget year 2021 2022-06-30 due in 272; last never",
              "strategic-guidelines: next turn 2024-10-28 due in 1123; last 2020-10-28 "
              "strategy-adopted",
          });
    // The day before the deadline passes it is due, not overdue.
    OrganisationState on_time = replay(testing::example_2021(), day("2021-09-30"));
    CHECK(describe(on_time, "2021-09-30").front() ==
          "q3-status-report: budget year 2021 2021-09-30 due in 0; last never");
}

TEST_CASE("duties: the Q3 report recorded fulfils the duty for its year") {
    std::vector<Event> events = testing::example_2021();
    events.push_back(testing::step_event(6, "status-report", "2021-09-28", 2021));
    OrganisationState state = replay(events, day("2021-10-01"));
    CHECK(describe(state, "2021-10-01").front() ==
          "q3-status-report: budget year 2022 2022-09-30 due in 364; last 2021-09-28 "
          "status-report 2021");
}

TEST_CASE("duties: the strategic guidelines come due on 28 Oct 2024, then are overdue") {
    OrganisationState state = replay(testing::example_2021(), day("2024-10-28"));
    CHECK(describe(state, "2024-10-28").back() ==
          "strategic-guidelines: next turn 2024-10-28 due in 0; last 2020-10-28 strategy-adopted");
    OrganisationState later = replay(testing::example_2021(), day("2024-11-04"));
    CHECK(describe(later, "2024-11-04").back() ==
          "strategic-guidelines: next turn 2024-10-28 overdue 7; last 2020-10-28 "
          "strategy-adopted");
}

TEST_CASE("duties: never fulfilled, a duty every N years is due from the first working day") {
    OrganisationState state = replay({testing::registration()}, day("2021-03-01"));
    // 1 January 2021 is a holiday, 2-3 January a weekend.
    CHECK(describe(state, "2021-03-01").back() ==
          "strategic-guidelines: next turn 2021-01-04 overdue 56; last never");
}

Event with_body(Event event, const char* body) {
    event.body = body;
    return event;
}

TEST_CASE("duties: the board informed at each board meeting") {
    std::vector<Event> events = testing::example_2021();
    events.push_back(with_body(testing::step_event(6, kind_meeting_scheduled, "2021-09-01", 0,
                                                   {{"meeting", "2021-09-24"}}),
                               "board"));
    events.push_back(with_body(
        testing::step_event(7, kind_meeting_held, "2021-09-24", 0, {{"meeting", "2021-09-24"}}),
        "board"));
    events.push_back(with_body(testing::step_event(8, kind_meeting_scheduled, "2021-09-25", 0,
                                                   {{"meeting", "2021-11-05"}}),
                               "board"));
    OrganisationState state = replay(events, day("2021-10-01"));
    CHECK(describe(state, "2021-10-01")[1] ==
          "board-briefing: board meeting 2021-09-24 2021-09-24 overdue 7; board meeting "
          "2021-11-05 2021-11-05 due in 35; last never");

    Event report =
        with_body(testing::step_event(9, kind_duty_reported, "2021-09-24", 0,
                                      {{"duty", "board-briefing"}, {"meeting", "2021-09-24"}}),
                  "secretariat");
    REQUIRE(state.apply(report).accepted);
    CHECK(describe(state, "2021-10-01")[1] ==
          "board-briefing: board meeting 2021-11-05 2021-11-05 due in 35; last 2021-09-24 report");
    report.seq = 10;
    CHECK(state.apply(report).refusal ==
          "board-briefing is reported for the meeting on 2021-09-24 already, as #9");
}

TEST_CASE("duties: what a report may not fulfil") {
    OrganisationState state = replay(testing::example_2021());
    auto refusal = [&state](nlohmann::json details, const char* date) {
        Event event = testing::step_event(6, kind_duty_reported, date, 0, std::move(details));
        event.body = "secretariat";
        return state.apply(event).refusal;
    };
    CHECK(refusal({{"duty", "q3-status-report"}}, "2021-09-28") ==
          "duty q3-status-report is fulfilled by recording status-report, not by a report");
    CHECK(refusal({{"duty", "board-briefing"}}, "2021-09-28") ==
          "duty board-briefing is reported at a meeting of the board; say which");
    CHECK(refusal({{"duty", "board-briefing"}, {"meeting", "2021-09-28"}}, "2021-09-28") ==
          "no meeting of the board on 2021-09-28 is scheduled or held");
    CHECK(refusal({{"duty", "board-briefing"}, {"meeting", "2021-09-28"}}, "2021-09-29") ==
          "a report at a meeting is dated the meeting's day, 2021-09-28");
    CHECK(refusal({{"duty", "press-release"}}, "2021-09-28") ==
          "no duty press-release in the config in force");
}

}  // namespace
}  // namespace cycle
