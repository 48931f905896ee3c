#include "engine/log/case_series.hpp"

#include <doctest/doctest.h>

#include "tests/support/event_builder.hpp"

namespace cycle {
namespace {

Event opened(std::int64_t seq, const char* date, int sequence) {
    Event event = testing::step_event(seq, kind_case_opened, date, 0);
    event.body = "board";
    event.case_number = CaseNumber{"board", 2021, sequence};
    return event;
}

TEST_CASE("case series: an opened case takes the next number of its body's series") {
    CaseSeries series;
    CHECK_FALSE(series.refusal(opened(2, "2021-03-01", 1)));
    CHECK(*series.refusal(opened(2, "2021-03-01", 2)) ==
          "case-opened 2/21 in the board's series: the next number there on 2021-03-01 is 1/21");
    series.note(opened(2, "2021-03-01", 1));
    CHECK_FALSE(series.refusal(opened(3, "2021-03-02", 2)));
    // A number from another year's series is not the next one for the day it was opened.
    Event other_year = opened(3, "2022-01-10", 2);
    CHECK(*series.refusal(other_year) ==
          "case-opened 2/21 in the board's series: the next number there on 2022-01-10 is 1/22");
}

TEST_CASE("case series: one decision a case; a meeting treats only cases that exist by then") {
    CaseSeries series;
    series.note(opened(2, "2021-03-01", 1));
    Event decision = testing::step_event(3, "budget-adopted", "2021-03-05", 2021);
    decision.body = "board";
    decision.case_number = CaseNumber{"board", 2021, 1};
    CHECK_FALSE(series.refusal(decision));
    series.note(decision);
    decision.seq = 4;
    CHECK(
        *series.refusal(decision) ==
        "the board's case 1/21 is decided already, as #3; a case number is used for one decision");

    Event held = testing::step_event(5, kind_meeting_held, "2021-02-28", 0,
                                     {{"meeting", "2021-02-28"}, {"cases", {"1/21"}}});
    held.body = "board";
    CHECK(*series.refusal(held) ==
          "the board's case 1/21 came into its series on 2021-03-01 (#2), after 2021-02-28");
    held.details["cases"] = {"2/21"};
    CHECK(*series.refusal(held) == "the board's series has no case 2/21");
    held.effective_date = Date(2021, 3, 1);
    held.details["cases"] = {"1/21"};
    CHECK_FALSE(series.refusal(held));
}

TEST_CASE("case series: no event cites a case number of a year after its date") {
    // A case number carries the year its case was opened: 12/21 did not exist on 2020-12-10.
    // 58/20 cited in 2021 is ordinary. Both import (CaseSeries) and the recording commands
    // (case_year_refusal) ask the same question.
    CaseSeries series;
    Event decision = testing::step_event(3, "budget-adopted", "2020-12-10", 2021);
    decision.body = "board";
    decision.case_number = CaseNumber{"board", 2021, 12};
    const std::string refusal =
        "the board's case 12/21 is numbered in 2021, after 2020-12-10: a case can be cited "
        "only from the year it is opened";
    CHECK(*series.refusal(decision) == refusal);
    CHECK(*case_year_refusal(decision) == refusal);
    decision.case_number = CaseNumber{"board", 2020, 58};
    CHECK_FALSE(series.refusal(decision));
    decision.effective_date = Date(2021, 1, 4);
    CHECK_FALSE(series.refusal(decision));
    decision.case_number = CaseNumber{"board", 2021, 12};
    CHECK_FALSE(series.refusal(decision));  // the same year

    Event held = testing::step_event(5, kind_meeting_held, "2020-12-10", 0,
                                     {{"meeting", "2020-12-10"}, {"cases", {"12/21"}}});
    held.body = "board";
    CHECK(*case_year_refusal(held) == refusal);
    CHECK(*series.refusal(held) == refusal);

    Event report = testing::step_event(6, kind_duty_reported, "2020-12-10", 0);
    report.body = "board";
    report.case_number = CaseNumber{"board", 2021, 12};
    CHECK(*series.refusal(report) == refusal);

    Event correction =
        testing::step_event(7, kind_correction, "2021-03-01", 0,
                            {{"corrects", 3}, {"case", "12/21"}, {"date", "2020-12-10"}});
    correction.body = "board";
    CHECK(*series.refusal(correction) == refusal);
    correction.details["date"] = "2021-01-10";
    CHECK_FALSE(series.refusal(correction));
}

}  // namespace
}  // namespace cycle
