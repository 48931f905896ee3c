// Meetings: one live meeting a body a day; cancelling and holding; what a step is planned
// for; the latest day for the notice, moved earlier off closed days; and replay's judgement
// of the meeting events.
#include "workflows/registers/meetings.hpp"

#include <doctest/doctest.h>

#include "config/yaml/config_loader.hpp"
#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {
namespace {

using testing::day;

TEST_CASE("meetings: one a body a day; cancel, hold, and plan again") {
    MeetingRegister meetings;
    const PlannedStep adoption{testing::steps::budget_adopted, 2022};
    REQUIRE_FALSE(meetings.schedule("board", day("2021-12-03"), {adoption}, 10, day("2021-09-01")));
    CHECK(meetings.schedule("board", day("2021-12-03"), {}, 11, day("2021-09-01")) ==
          "the board's meeting on 2021-12-03 is scheduled already, as #10");
    CHECK_FALSE(meetings.schedule("assembly", day("2021-12-03"), {}, 12, day("2021-09-01")));
    CHECK(meetings.schedule("board", day("2021-12-10"), {adoption}, 13, day("2021-09-01")) ==
          "budget-adopted 2022 is planned already for the board's meeting on 2021-12-03 (#10); "
          "cancel that meeting first");
    REQUIRE(meetings.planned_for(testing::steps::budget_adopted, 2022) != nullptr);
    CHECK(meetings.planned_for(testing::steps::budget_adopted, 2022)->scheduled_seq == 10);
    CHECK(meetings.planned_for(testing::steps::budget_adopted, 2023) == nullptr);

    CHECK(meetings.cancel("board", day("2021-12-04"), 14, day("2021-09-01")) ==
          "no meeting of the board is scheduled on 2021-12-04");
    REQUIRE_FALSE(meetings.cancel("board", day("2021-12-03"), 15, day("2021-09-01")));
    CHECK(meetings.planned_for(testing::steps::budget_adopted, 2022) == nullptr);
    CHECK(meetings.find("board", day("2021-12-03")) == nullptr);
    REQUIRE_FALSE(meetings.schedule("board", day("2021-12-10"), {adoption}, 16, day("2021-09-01")));

    const CaseNumber case_70{"board", 2021, 70};
    REQUIRE_FALSE(meetings.hold("board", day("2021-12-10"), {case_70}, 17));
    CHECK(meetings.hold("board", day("2021-12-10"), {}, 18) ==
          "the board's meeting on 2021-12-10 is recorded as held already, as #17");
    CHECK(meetings.cancel("board", day("2021-12-10"), 19, day("2021-09-01")) ==
          "the board's meeting on 2021-12-10 was held (#17); a held meeting cannot be cancelled");
    CHECK(meetings.schedule("board", day("2021-12-10"), {}, 20, day("2021-09-01")) ==
          "the board's meeting on 2021-12-10 is recorded as held, as #17");
    // Held, the plan is no longer pending: the step may be planned for another meeting.
    CHECK(meetings.planned_for(testing::steps::budget_adopted, 2022) == nullptr);
    const Meeting* held = meetings.find("board", day("2021-12-10"));
    REQUIRE(held != nullptr);
    CHECK(held->cases == std::vector<CaseNumber>{case_70});
    CHECK_FALSE(held->upcoming(day("2021-12-01")));

    // A meeting recorded as held without a schedule.
    REQUIRE_FALSE(meetings.hold("assembly", day("2021-06-10"), {}, 21));
    CHECK(meetings.find("assembly", day("2021-06-10"))->scheduled_seq == 0);
    CHECK(meetings.live("assembly").size() == 2);
    CHECK(meetings.live().size() == 3);
    CHECK(meetings.all().size() == 4);  // the cancelled one is kept
}

TEST_CASE("meetings: schedules and cancellations come in date order") {
    MeetingRegister meetings;
    REQUIRE_FALSE(meetings.schedule("board", day("2021-12-03"), {}, 10, day("2021-09-10")));
    CHECK(meetings.cancel("board", day("2021-12-03"), 11, day("2021-09-09")) ==
          "the board's meeting on 2021-12-03 was scheduled on 2021-09-10 (#10); it cannot be "
          "cancelled on a day before that");
    REQUIRE_FALSE(meetings.cancel("board", day("2021-12-03"), 12, day("2021-09-20")));
    CHECK(meetings.schedule("board", day("2021-12-03"), {}, 13, day("2021-09-19")) ==
          "the board's meeting on 2021-12-03 was cancelled on 2021-09-20 (#12); a meeting that "
          "takes over from it is scheduled on or after that day");
    // Another day, another body: no conflict, so no order to keep.
    CHECK_FALSE(meetings.schedule("board", day("2021-12-10"), {}, 15, day("2021-09-19")));
    CHECK_FALSE(meetings.schedule("assembly", day("2021-12-03"), {}, 16, day("2021-09-19")));
    CHECK_FALSE(meetings.schedule("board", day("2021-12-03"), {}, 14, day("2021-09-20")));
}

TEST_CASE("meetings: a held meeting keeps its planned step until its day") {
    // Replayed as of a day before the meeting was held, it still plans the step: a meeting
    // that takes the step over is not scheduled on a day before that.
    MeetingRegister meetings;
    const PlannedStep adoption{testing::steps::budget_adopted, 2022};
    REQUIRE_FALSE(meetings.schedule("board", day("2021-03-01"), {adoption}, 2, day("2021-02-01")));
    REQUIRE_FALSE(meetings.hold("board", day("2021-03-01"), {}, 3));
    CHECK(meetings.schedule("board", day("2021-04-01"), {adoption}, 4, day("2021-02-15")) ==
          "the board's meeting on 2021-03-01 was held on 2021-03-01 (#3); a meeting that takes "
          "over from it is scheduled on or after that day");
    CHECK_FALSE(meetings.schedule("board", day("2021-04-01"), {adoption}, 5, day("2021-03-01")));
}

TEST_CASE("meetings: the notice goes out N days ahead, earlier when that is a closed day") {
    const Organisation& oslo = testing::osloregionen();  // board 14 days, assembly 28
    auto notice = [&oslo](const char* body, const char* date) {
        Meeting meeting;
        meeting.body = body;
        meeting.date = day(date);
        const auto found = notice_deadline(oslo, meeting);
        return found ? iso(*found) : std::string("none");
    };
    CHECK(notice("board", "2021-02-05") == "2021-01-22");  // a Friday: no move
    // 14 days before 2021-05-31 is 17 May, Constitution Day: Friday 14 May.
    CHECK(notice("board", "2021-05-31") == "2021-05-14");
    // 28 days before 2021-06-10 is Ascension Day, 13 May 2021: Wednesday 12 May.
    CHECK(notice("assembly", "2021-06-10") == "2021-05-12");
    // 14 days before 2021-04-19 is Easter Monday: back over Easter to Wednesday 31 March.
    CHECK(notice("board", "2021-04-19") == "2021-03-31");
    CHECK(notice("secretariat", "2021-02-05") == "none");
}

TEST_CASE("meetings: notice-working-days counts back over working days and closed ranges") {
    // EXAMPLE DATA: the shipped config in format 2, the board's notice 10 working days, the
    // office closed between Christmas and New Year.
    std::string text = "format: 2\n" + testing::osloregionen_yaml();
    const auto replace = [&text](const std::string& from, const std::string& to) {
        const auto at = text.find(from);
        REQUIRE_MESSAGE(at != std::string::npos, from);
        text.replace(at, from.size(), to);
    };
    replace("    notice-days: 14 ", "    notice-working-days: 10 ");
    replace("\nreminders:", "\nclosed-days: [12-27..01-02]\nreminders:");
    const Organisation org = load_config_text(text, "f2.yaml");
    REQUIRE(org.notice_of("board")->working_days);
    auto notice = [&org](const char* body, const char* date) {
        Meeting meeting;
        meeting.body = body;
        meeting.date = day(date);
        const auto found = notice_deadline(org, meeting);
        return found ? iso(*found) : std::string("none");
    };
    // Mon 31 May 2021: back over Whit Monday, 17 May and Ascension Day to Wed 12 May.
    CHECK(notice("board", "2021-05-31") == "2021-05-12");
    // Mon 4 Jan 2021: back over the closed days 27 Dec - 2 Jan and Christmas to Fri 11 Dec.
    CHECK(notice("board", "2021-01-04") == "2020-12-11");
    // The assembly keeps notice-days: 28 days before 2021-06-10, moved off Ascension Day.
    CHECK(notice("assembly", "2021-06-10") == "2021-05-12");
    CHECK(notice_period_text(*org.notice_of("board")) == "10 working days");
    CHECK(notice_period_text(*org.notice_of("assembly")) == "28 days");
}

Event meeting_event(std::int64_t seq, const char* kind, const char* date, const char* body,
                    nlohmann::json details) {
    Event event = testing::step_event(seq, kind, date, 0, std::move(details));
    event.body = body;
    return event;
}

TEST_CASE("meetings on replay: a plan is refused for another body, a recorded step, the past") {
    std::vector<Event> events = testing::example_2021();  // budget-adopted 2021 is #5
    OrganisationState state = replay(events);
    auto refusal = [&state](const Event& event) { return state.apply(event).refusal; };
    const nlohmann::json plan_2022 = {{"step", "budget-adopted"}, {"budget_year", 2022}};
    CHECK(refusal(meeting_event(6, kind_meeting_scheduled, "2021-09-01", "assembly",
                                {{"meeting", "2021-12-03"}, {"plans", {plan_2022}}})) ==
          "budget-adopted 2022 is the board's, not for a meeting of the assembly");
    CHECK(refusal(
              meeting_event(6, kind_meeting_scheduled, "2021-09-01", "board",
                            {{"meeting", "2021-12-03"},
                             {"plans", {{{"step", "budget-adopted"}, {"budget_year", 2021}}}}})) ==
          "budget-adopted 2021 is recorded already, as #5");
    CHECK(refusal(meeting_event(6, kind_meeting_scheduled, "2021-09-01", "board",
                                {{"meeting", "2021-08-31"}})) ==
          "a meeting is scheduled ahead: 2021-08-31 is before 2021-09-01; record it with "
          "meeting held");
    // The status report goes to the board: it may be planned for a board meeting.
    CHECK(refusal(meeting_event(
              6, kind_meeting_scheduled, "2021-09-01", "board",
              {{"meeting", "2021-09-24"},
               {"plans", {{{"step", "status-report"}, {"budget_year", 2021}}, plan_2022}}})) == "");
    CHECK(state.meetings().planned_for(testing::steps::status_report, 2021)->date ==
          day("2021-09-24"));
}

}  // namespace
}  // namespace cycle
