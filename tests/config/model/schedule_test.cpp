// Deadline rules resolved into dates: each kind of rule, the moves off closed days (§ 149),
// month arithmetic (§ 148), steps counted from other steps, and the notes status shows.
#include "config/model/schedule.hpp"

#include <doctest/doctest.h>

#include "config/yaml/config_loader.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

// EXAMPLE DATA: a council whose steps use every kind of deadline rule. The draft is due 14
// days after the contingent is set; the board must have it at least 10 days before its
// adoption deadline; accounts are due 3 months after 31 March of Y+1: June has no 31st.
const std::string rules_yaml =
    R"(organisation: {id: demo, name: Demo council (EXAMPLE DATA), first-tracked-year: 2020}
bodies: {assembly: {name: Assembly}, board: {name: Board}}
closed-days: [12-24, 2024-07-01]
steps:
  contingent-set: {body: assembly, window: {from: Y-1-04-01, to: Y-1-06-30}, deadline: end-of-window}
  draft-submitted: {body: board, window: {from: Y-1-04-01, to: Y-1-12-31}, deadline: {days: 14, after: contingent-set}}
  budget-adopted: {body: board, window: {from: Y-1-11-01, to: Y-1-12-31}, deadline: {on: Y-1-12-31, shift: none}}
  status-report: {body: board, to: board, window: {from: Y-07-01, to: Y-09-30}, deadline: {days: 10, before: budget-adopted}}
  accounts-approved: {body: assembly, window: {from: Y+1-04-01, to: Y+1-06-30}, deadline: {months: 3, after: Y+1-03-31}}
strategy: {body: assembly, every-years: 4}
members: [{name: Town, kind: municipality, population: 1000, weight: 1}]
)";

const Organisation& rules_org() {
    static const Organisation org = load_config_text(rules_yaml, "rules.yaml");
    return org;
}

std::string deadline(const Schedule& schedule, Step step) {
    const StepDates& dates = schedule.at(step);
    return iso(dates.unshifted_deadline) + " -> " + iso(dates.deadline) +
           (dates.provisional ? " provisional" : "");
}

TEST_CASE("schedule: the shipped rules; a Sunday moves to Monday, 31 December never moves") {
    const Organisation& oslo = testing::osloregionen();
    const Schedule y2025 = schedule_for(oslo, 2025);
    CHECK(deadline(y2025, testing::steps::contingent_set) == "2024-06-30 -> 2024-07-01");  // Sunday
    CHECK(deadline(y2025, testing::steps::draft_submitted) ==
          "2024-11-30 -> 2024-12-02");  // Saturday
    CHECK(deadline(y2025, testing::steps::budget_adopted) == "2024-12-31 -> 2024-12-31");
    CHECK(deadline(y2025, testing::steps::status_report) == "2025-09-30 -> 2025-09-30");
    CHECK(deadline(y2025, testing::steps::accounts_approved) == "2026-06-30 -> 2026-06-30");
    // 31 Dec 2023 is a Sunday: the budget must still be adopted before 2024 begins.
    CHECK(deadline(schedule_for(oslo, 2024), testing::steps::budget_adopted) ==
          "2023-12-31 -> 2023-12-31");
    // 31 Dec + 6 months = 30 June (§ 148); 30 Jun 2024 is a Sunday.
    CHECK(deadline(schedule_for(oslo, 2023), testing::steps::accounts_approved) ==
          "2024-06-30 -> 2024-07-01");
}

TEST_CASE("schedule: notes say why a deadline moved, or that it did not") {
    const Organisation& oslo = testing::osloregionen();
    const StepTiming& contingent = oslo.timing(testing::steps::contingent_set);
    const StepTiming& adopted = oslo.timing(testing::steps::budget_adopted);
    CHECK(
        shift_note(oslo, contingent, schedule_for(oslo, 2025).at(testing::steps::contingent_set)) ==
        "30 Jun 2024 is a Sunday → Mon 1 Jul 2024");
    CHECK(shift_note(oslo, adopted, schedule_for(oslo, 2024).at(testing::steps::budget_adopted)) ==
          "31 Dec 2023 is a Sunday; the rule does not move it");
    CHECK_FALSE(
        shift_note(oslo, contingent, schedule_for(oslo, 2021).at(testing::steps::contingent_set)));
}

TEST_CASE("schedule: a step counted from another uses its recorded day, else its deadline") {
    const Organisation& org = rules_org();
    // Open: 14 days after the contingent's deadline (30 Jun 2021, a Wednesday).
    CHECK(deadline(schedule_for(org, 2022), testing::steps::draft_submitted) ==
          "2021-07-14 -> 2021-07-14 provisional");
    // Recorded on 2021-05-14: 28 May 2021.
    CHECK(deadline(schedule_for(org, 2022, {{testing::steps::contingent_set, day("2021-05-14")}}),
                   testing::steps::draft_submitted) == "2021-05-28 -> 2021-05-28");
    // Recorded on 2021-05-03: 14 days on is Monday 17 May, Constitution Day: Tuesday 18 May.
    CHECK(deadline(schedule_for(org, 2022, {{testing::steps::contingent_set, day("2021-05-03")}}),
                   testing::steps::draft_submitted) == "2021-05-17 -> 2021-05-18");
}

TEST_CASE("schedule: 'at least N days before' moves earlier") {
    const Organisation& org = rules_org();
    // Counted from the adoption's deadline while the adoption is open: provisional.
    // 10 days before 31 Dec 2021 is Tuesday 21 Dec: a working day.
    CHECK(deadline(schedule_for(org, 2022), testing::steps::status_report) ==
          "2021-12-21 -> 2021-12-21 provisional");
    // 10 days before 31 Dec 2025 is Sunday 21 Dec: Friday 19 Dec.
    CHECK(deadline(schedule_for(org, 2026), testing::steps::status_report) ==
          "2025-12-21 -> 2025-12-19 provisional");
    // Adopted on Wednesday 8 Jan 2025: 29 Dec 2024 is a Sunday, so Friday 27 Dec (24 Dec is
    // the organisation's closed day, 25-26 Dec holidays, but the 27th is open).
    CHECK(deadline(schedule_for(org, 2025, {{testing::steps::budget_adopted, day("2025-01-08")}}),
                   testing::steps::status_report) == "2024-12-29 -> 2024-12-27");
    // Adopted on Monday 5 Jan 2026: 26 Dec 2025 is St Stephen's Day, 25 Dec Christmas Day,
    // 24 Dec closed: Tuesday 23 Dec.
    CHECK(deadline(schedule_for(org, 2026, {{testing::steps::budget_adopted, day("2026-01-05")}}),
                   testing::steps::status_report) == "2025-12-26 -> 2025-12-23");
}

TEST_CASE("schedule: the organisation's closed days move deadlines too") {
    const Organisation& org = rules_org();
    // 1 Jul 2024 is the organisation's closed day; 30 Jun 2024 a Sunday: on to Tue 2 Jul.
    CHECK(deadline(schedule_for(org, 2025), testing::steps::contingent_set) ==
          "2024-06-30 -> 2024-07-02");
    const StepDates dates = schedule_for(org, 2025).at(testing::steps::contingent_set);
    CHECK(shift_note(org, org.timing(testing::steps::contingent_set), dates) ==
          "30 Jun 2024 is a Sunday → Tue 2 Jul 2024");
    CHECK(org.calendar().why_closed(day("2024-07-01"))->english() == "closed day");
    CHECK(org.calendar().why_closed(day("2030-12-24"))->english() == "closed day");  // every year
    CHECK_FALSE(org.calendar().why_closed(day("2025-07-01")));
}

TEST_CASE("schedule: months after a month end land on the last day (§ 148)") {
    const Organisation& org = rules_org();
    // 31 March + 3 months: June has no 31st, so its last day, 30 June.
    CHECK(deadline(schedule_for(org, 2020), testing::steps::accounts_approved) ==
          "2021-06-30 -> 2021-06-30");
    CHECK(add_months(day("2021-01-31"), 1) == day("2021-02-28"));
    CHECK(add_months(day("2024-01-31"), 1) == day("2024-02-29"));
    CHECK(add_months(day("2023-08-31"), 6) == day("2024-02-29"));
    CHECK(add_months(day("2024-03-31"), -1) == day("2024-02-29"));
}

TEST_CASE("schedule: rule texts as status shows them") {
    const Organisation& org = rules_org();
    CHECK(org.timing(testing::steps::contingent_set).deadline.text() == "end of window");
    CHECK(org.timing(testing::steps::draft_submitted).deadline.text() ==
          "14 days after contingent-set");
    CHECK(org.timing(testing::steps::budget_adopted).deadline.text() == "Y-1-12-31, not moved");
    CHECK(org.timing(testing::steps::status_report).deadline.text() ==
          "at least 10 days before budget-adopted");
    CHECK(org.timing(testing::steps::accounts_approved).deadline.text() ==
          "3 months after Y+1-03-31");
}

}  // namespace
}  // namespace cycle
