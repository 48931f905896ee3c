// Reminders as data: which open deadlines a day brings up, the lead time or overdue notice
// that triggered each, the order, and the thresholds `--new` keys on.
#include "workflows/queries/reminders.hpp"

#include <doctest/doctest.h>

#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

// "2020-11-30 2021 draft-submitted lead-30 (20)": deadline, year, subject, threshold, days.
std::vector<std::string> describe(const ReminderList& list) {
    std::vector<std::string> lines;
    for (const Reminder& item : list.items) {
        lines.push_back(iso(item.dates.deadline) + " " +
                        (item.budget_year ? std::to_string(*item.budget_year) : "-") + " " +
                        item.subject + " " + item.threshold() + " (" + std::to_string(item.days) +
                        ")");
    }
    return lines;
}

std::vector<std::string> reminders_on(const char* today, int within = 30) {
    OrganisationState state = replay(testing::example_2021(), day(today));
    return describe(compute_reminders(state, day(today), within));
}

TEST_CASE("reminders: the 2021 example on chosen days") {
    using Lines = std::vector<std::string>;
    // Registered 2020-03-02: the contingent's deadline is 30 June 2020.
    CHECK(reminders_on("2020-05-31") == Lines{"2020-06-30 2021 contingent-set lead-30 (30)"});
    CHECK(reminders_on("2020-06-01") == Lines{"2020-06-30 2021 contingent-set lead-30 (29)"});
    CHECK(reminders_on("2020-06-16") == Lines{"2020-06-30 2021 contingent-set lead-14 (14)"});
    CHECK(reminders_on("2020-06-29") == Lines{"2020-06-30 2021 contingent-set lead-1 (1)"});
    // Between 1 day and the deadline itself no lead time is left but it is still due.
    CHECK(reminders_on("2020-06-30") == Lines{"2020-06-30 2021 contingent-set lead-1 (0)"});
    // Overdue: notice 1 on days 1-7, notice 2 from day 8.
    CHECK(reminders_on("2020-07-01") == Lines{"2020-06-30 2021 contingent-set overdue-1 (1)"});
    CHECK(reminders_on("2020-07-07") == Lines{"2020-06-30 2021 contingent-set overdue-1 (7)"});
    CHECK(reminders_on("2020-07-08") == Lines{"2020-06-30 2021 contingent-set overdue-2 (8)"});
    // Sorted by deadline: the overdue contingent before the draft, which is only within the
    // 60 days asked for, beyond every lead time.
    CHECK(reminders_on("2020-10-01", 60) == Lines{"2020-06-30 2021 contingent-set overdue-14 (93)",
                                                  "2020-11-30 2021 draft-submitted within (60)"});
    // The contingent was set on 2020-10-28.
    CHECK(reminders_on("2020-11-10") == Lines{"2020-11-30 2021 draft-submitted lead-30 (20)"});
    // After the board's late adoption on 2021-02-05 nothing of 2021 is open until Q3.
    CHECK(reminders_on("2021-02-06").empty());
    CHECK(reminders_on("2021-09-25") == Lines{"2021-06-30 2022 contingent-set overdue-13 (87)",
                                              "2021-09-30 2021 status-report lead-7 (5)"});
}

TEST_CASE("reminders: --within beyond the lead times, and the overdue count") {
    OrganisationState state = replay(testing::example_2021(), day("2021-02-06"));
    const ReminderList list = compute_reminders(state, day("2021-02-06"), 150);
    CHECK(describe(list) ==
          std::vector<std::string>{"2021-06-30 2022 contingent-set within (144)"});
    CHECK(list.items[0].trigger == Reminder::Trigger::within);
    CHECK(list.overdue_count() == 0);
    OrganisationState later = replay(testing::example_2021(), day("2021-01-15"));
    const ReminderList overdue = compute_reminders(later, day("2021-01-15"), 30);
    REQUIRE(overdue.items.size() == 1);
    CHECK(overdue.overdue_count() == 1);
    CHECK(overdue.items[0].threshold() == "overdue-3");
    CHECK(overdue.items[0].body == "board");
}

TEST_CASE("reminders: a lead time longer than --within reminds on its day") {
    using Lines = std::vector<std::string>;
    // lead-days [30, 14, 7, 1]: asked for 14 days, the 30-day lead time still comes 30 days
    // ahead (the old code listed it only 14 days ahead, as lead-14: 16 days late).
    CHECK(reminders_on("2020-05-31", 14) == Lines{"2020-06-30 2021 contingent-set lead-30 (30)"});
    CHECK(reminders_on("2020-06-10", 7) == Lines{"2020-06-30 2021 contingent-set lead-30 (20)"});
    CHECK(reminders_on("2020-06-16", 0) == Lines{"2020-06-30 2021 contingent-set lead-14 (14)"});
    // Beyond every lead time and --within: not yet.
    CHECK(reminders_on("2020-05-30", 14).empty());
    // A budget year whose deadlines are all beyond --within but within a lead time is reached:
    // 2022's contingent (2021-06-30) 30 days ahead, with --within 1.
    CHECK(reminders_on("2021-05-31", 1) == Lines{"2021-06-30 2022 contingent-set lead-30 (30)"});
}

}  // namespace
}  // namespace cycle
