// How status, reminders and the pages word the engine's facts: English exactly as the engine
// (and the JSON) words them, bokmål with the catalog's words, the bodies' names and local dates.
#include "cli/presentation/wording.hpp"

#include <doctest/doctest.h>

#include "cli/presentation/reminder_text.hpp"
#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

const DutyRule& duty_named(const Organisation& org, const std::string& id) {
    for (const DutyRule& duty : org.duties) {
        if (duty.id == id) return duty;
    }
    FAIL("no duty " << id);
    return org.duties.front();
}

TEST_CASE("wording: dates, periods and day counts") {
    const Date adopted(2021, 2, 5);
    CHECK(date_text(Language::en, adopted) == "2021-02-05");
    CHECK(date_text(Language::nb, adopted) == "05.02.2021");
    CHECK(period_text(Language::en, Date(2020, 4, 1), Date(2020, 6, 30)) ==
          "2020-04-01..2020-06-30");
    CHECK(period_text(Language::nb, Date(2020, 4, 1), Date(2020, 6, 30)) ==
          "01.04.2020–30.06.2020");
    CHECK(period_text(Language::en, Date(2020, 11, 2), std::nullopt) == "2020-11-02..");
    CHECK(period_text(Language::nb, Date(2020, 11, 2), std::nullopt) == "fra 02.11.2020");
    CHECK(weekday_date_text(Language::en, Date(2024, 7, 1)) == "Mon 1 Jul 2024");
    CHECK(weekday_date_text(Language::nb, Date(2024, 7, 1)) == "mandag 1. juli 2024");
    CHECK(weekday_date_text(Language::nb, Date(2021, 2, 7)) == "søndag 7. februar 2021");
    CHECK(days_text(Language::nb, 1) == "1 dag");
    CHECK(days_text(Language::nb, 2) == "2 dager");
    CHECK(days_text(Language::nb, 0) == "0 dager");
    CHECK(days_text(Language::en, 1) == "1 day");
    CHECK(days_text(Language::en, 36) == "36 days");
    CHECK(due_text(Language::nb, 0) == "frist i dag");
    CHECK(due_text(Language::nb, 3) == "frist om 3 dager");
    CHECK(due_text(Language::en, 1) == "due in 1 day");
    CHECK(overdue_text(Language::nb, 1) == "forsinket med 1 dag");
}

TEST_CASE("wording: bodies and meetings by name in bokmål, by id in English") {
    const Organisation& org = testing::osloregionen();
    CHECK(route_text(Language::en, org, "secretariat", std::string("board")) ==
          "secretariat -> board");
    CHECK(route_text(Language::nb, org, "secretariat", std::string("board")) ==
          "Sekretariatet → Styret");
    CHECK(route_text(Language::nb, org, "assembly", std::nullopt) == "Representantskapet");
    CHECK(meeting_text(Language::en, org, "board", Date(2021, 2, 5)) == "board meeting 2021-02-05");
    CHECK(meeting_text(Language::nb, org, "board", Date(2021, 2, 5)) == "møte i Styret 05.02.2021");
    Meeting meeting;
    meeting.body = "board";
    meeting.date = Date(2021, 2, 5);
    meeting.plans = {{testing::steps::budget_adopted, 2021}, {testing::steps::status_report, 2020}};
    CHECK(plans_text(Language::en, org, meeting) == "budget-adopted 2021, status-report 2020");
    CHECK(plans_text(Language::nb, org, meeting) ==
          "Budsjett vedtatt for 2021, Statusrapport for 2020");
}

TEST_CASE("wording: deadline rules of each kind and shift") {
    DeadlineRule rule;
    rule.anchor.window_end = true;
    CHECK(rule_text(Language::nb, testing::osloregionen(), rule) == "slutten av vinduet");
    CHECK(rule_text(Language::en, testing::osloregionen(), rule) == "end of window");
    rule.shift = DeadlineShift::none;
    CHECK(rule_text(Language::nb, testing::osloregionen(), rule) ==
          "slutten av vinduet, flyttes ikke");
    CHECK(rule_text(Language::en, testing::osloregionen(), rule) == "end of window, not moved");

    DeadlineRule after;
    after.kind = DeadlineRule::Kind::after;
    after.amount = 6;
    after.unit = DeadlineRule::Unit::months;
    after.anchor.day = RelativeDate{0, 12, 31};
    CHECK(rule_text(Language::nb, testing::osloregionen(), after) == "6 måneder etter Y-12-31");
    after.amount = 1;
    CHECK(rule_text(Language::nb, testing::osloregionen(), after) == "1 måned etter Y-12-31");

    DeadlineRule before;
    before.kind = DeadlineRule::Kind::before;
    before.amount = 14;
    before.anchor.step = testing::steps::budget_adopted;
    before.shift = DeadlineRule::default_shift(before.kind);
    CHECK(rule_text(Language::nb, testing::osloregionen(), before) ==
          "minst 14 dager før budsjettvedtaket");
    CHECK(rule_text(Language::en, testing::osloregionen(), before) == before.text());
    before.shift = DeadlineShift::next_working_day;
    CHECK(rule_text(Language::nb, testing::osloregionen(), before) ==
          "minst 14 dager før budsjettvedtaket, flyttes senere");

    before.shift = DeadlineShift::previous_working_day;
    before.amount = 1;
    before.unit = DeadlineRule::Unit::working_days;
    CHECK(rule_text(Language::nb, testing::osloregionen(), before) ==
          "minst 1 arbeidsdag før budsjettvedtaket");

    DeadlineRule on_step;
    on_step.anchor.step = testing::steps::draft_submitted;
    CHECK(rule_text(Language::nb, testing::osloregionen(), on_step) == "samme dag som forslaget");
    CHECK(rule_text(Language::en, testing::osloregionen(), on_step) == "on draft-submitted");
    on_step.shift = DeadlineShift::previous_working_day;
    CHECK(rule_text(Language::nb, testing::osloregionen(), on_step) ==
          "samme dag som forslaget, flyttes tidligere");
}

TEST_CASE("wording: why a deadline moved, in bokmål with the holiday's Norwegian name") {
    const Organisation& org = testing::osloregionen();
    const StepTiming& contingent = org.timing(testing::steps::contingent_set);
    // Whit Sunday 2020 is 31 May; Whit Monday 1 June; the next working day Tuesday 2 June.
    const StepDates whitsun{Date(2020, 4, 1), Date(2020, 5, 31), Date(2020, 6, 2),
                            Date(2020, 5, 31), false};
    CHECK(shift_note_text(Language::nb, org, contingent, whitsun) ==
          "31. mai 2020 er første pinsedag → tirsdag 2. juni 2020");
    CHECK(shift_note_text(Language::en, org, contingent, whitsun) ==
          shift_note(org, contingent, whitsun));
    const StepDates ascension{Date(2021, 4, 1), Date(2021, 5, 13), Date(2021, 5, 14),
                              Date(2021, 5, 13), false};
    CHECK(shift_note_text(Language::nb, org, contingent, ascension) ==
          "13. mai 2021 er Kristi himmelfartsdag → fredag 14. mai 2021");
    const StepTiming& adoption =
        org.timing(testing::steps::budget_adopted);  // Y-1-12-31, not moved
    const StepDates sunday{Date(2023, 11, 1), Date(2023, 12, 31), Date(2023, 12, 31),
                           Date(2023, 12, 31), false};
    CHECK(shift_note_text(Language::nb, org, adoption, sunday) ==
          "31. desember 2023 er en søndag; regelen flytter den ikke");
    const StepDates working{Date(2020, 4, 1), Date(2020, 6, 30), Date(2020, 6, 30),
                            Date(2020, 6, 30), false};
    CHECK_FALSE(shift_note_text(Language::nb, org, contingent, working));

    // A day the organisation closes itself (EXAMPLE DATA: Osloregionen names none).
    Organisation closing = org;
    closing.closed_days.dates.push_back(Date(2020, 6, 30));
    const StepDates closed{Date(2020, 4, 1), Date(2020, 6, 30), Date(2020, 7, 1), Date(2020, 6, 30),
                           false};
    CHECK(shift_note_text(Language::nb, closing, contingent, closed) ==
          "30. juni 2020 er en stengt dag → onsdag 1. juli 2020");
    CHECK(shift_note_text(Language::en, closing, contingent, closed) ==
          "30 Jun 2020 is a closed day → Wed 1 Jul 2020");
}

TEST_CASE("wording: duties and their occasions") {
    const Organisation& org = testing::osloregionen();
    const DutyRule& briefing = duty_named(org, "board-briefing");
    const DutyRule& guidelines = duty_named(org, "strategic-guidelines");
    const DutyRule& q3 = duty_named(org, "q3-status-report");
    CHECK(every_text(Language::nb, org, briefing) == "hvert møte i Styret");
    CHECK(every_text(Language::en, org, briefing) == "each board meeting");
    CHECK(every_text(Language::nb, org, guidelines) == "hvert 4. år");
    CHECK(every_text(Language::nb, org, q3) == "hvert budsjettår");
    DutyOccasion at_meeting;
    at_meeting.meeting = Date(2021, 11, 5);
    CHECK(occasion_text(Language::nb, org, briefing, at_meeting) == "møte i Styret 05.11.2021");
    CHECK(occasion_text(Language::en, org, briefing, at_meeting) == "board meeting 2021-11-05");
    DutyOccasion in_year;
    in_year.budget_year = 2021;
    CHECK(occasion_text(Language::nb, org, q3, in_year) == "budsjettår 2021");
    CHECK(occasion_text(Language::nb, org, guidelines, DutyOccasion{}) == "neste gang");

    DutyRule yearly = guidelines;
    yearly.every = DutyRule::Every::year;
    yearly.due_every_year = MonthDay{3, 31};
    CHECK(every_text(Language::nb, org, yearly) == "hvert år innen 31.3.");
    CHECK(every_text(Language::en, org, yearly) == "each year by 03-31");
    DutyOccasion of_year;
    of_year.year = 2026;
    CHECK(occasion_text(Language::nb, org, yearly, of_year) == "år 2026");
    DutyRule quarterly = guidelines;
    quarterly.every = DutyRule::Every::quarter;
    CHECK(every_text(Language::nb, org, quarterly) == "hvert kvartal");
    DutyOccasion third;
    third.year = 2026;
    third.period = 3;
    CHECK(occasion_text(Language::nb, org, quarterly, third) == "2026 K3");
    CHECK(occasion_text(Language::en, org, quarterly, third) == "2026 Q3");
    quarterly.every = DutyRule::Every::tertial;
    CHECK(occasion_text(Language::nb, org, quarterly, third) == "2026 T3");

    const DutyFulfilment by_step{10, Date(2021, 10, 4), "status-report 2021",
                                 testing::steps::status_report, 2021};
    CHECK(fulfilment_text(Language::en, org, by_step) == "2021-10-04 (status-report 2021, #10)");
    CHECK(fulfilment_text(Language::nb, org, by_step) == "04.10.2021 (Statusrapport 2021, #10)");
    const DutyFulfilment reported{9, Date(2021, 2, 5), "report", std::nullopt, std::nullopt};
    CHECK(fulfilment_text(Language::en, org, reported) == "2021-02-05 (report, #9)");
    CHECK(fulfilment_text(Language::nb, org, reported) == "05.02.2021 (rapportert, #9)");
    const DutyFulfilment adopted{3, Date(2020, 10, 28), "strategy-adopted",
                                 testing::steps::strategy_adopted, std::nullopt};
    CHECK(fulfilment_text(Language::nb, org, adopted) ==
          "28.10.2020 (Strategiske føringer vedtatt, #3)");
}

TEST_CASE("wording: reminders are titled in the language, keyed the same in both") {
    // The example, and a board meeting on 2 December 2021 planned to adopt the 2022 budget.
    std::vector<Event> events = testing::example_2021();
    Event scheduled = testing::step_event(
        6, kind_meeting_scheduled, "2021-10-01", 0,
        {{"meeting", "2021-12-02"},
         {"plans", nlohmann::json::array({{{"step", "budget-adopted"}, {"budget_year", 2022}}})}});
    scheduled.body = "board";
    events.push_back(scheduled);
    const Date today = day("2021-11-10");
    OrganisationState state = replay(events, today);
    const Organisation& org = state.organisation_on(today);
    // The list has no language: `remind --new` keys on it whatever --lang says.
    const ReminderList list = compute_reminders(state, today, 60);
    REQUIRE(list.items.size() == 7);
    std::vector<std::string> lines;
    std::vector<ReminderText> english;
    for (const Reminder& item : list.items) {
        const ReminderText in_norwegian = reminder_text(Language::nb, org, item, 60);
        english.push_back(reminder_text(Language::en, org, item, 60));
        CHECK(english.back().title == item.subject);
        lines.push_back(in_norwegian.title + " | " + in_norwegian.detail + " | " +
                        in_norwegian.deadline_rule + " | " + in_norwegian.trigger);
    }
    CHECK(lines == std::vector<std::string>{
                       "Kontingent fastsatt |  | slutten av vinduet | purring 19 (hver 7. dag)",
                       "Statusrapport | plikt q3-status-report | slutten av vinduet | purring 6 "
                       "(hver 7. dag)",
                       "innkalling til møte i Styret 02.12.2021 | planlagt: Budsjett vedtatt for "
                       "2022 | minst 14 dager før møtet | varseltid 14 dager",
                       "Forslag levert |  | slutten av vinduet | varseltid 30 dager",
                       "board-briefing (møte i Styret 02.12.2021) |  | hvert møte i Styret | "
                       "varseltid 30 dager",
                       "møte i Styret 02.12.2021 | planlagt: Budsjett vedtatt for 2022 | møtet | "
                       "varseltid 30 dager",
                       "Budsjett vedtatt | planlagt til møte i Styret 02.12.2021 | Y-1-12-31, "
                       "flyttes ikke | innen 60 dager"});
    CHECK(english[6].detail == "planned for board meeting 2021-12-02");
    CHECK(english[2].title == "notice: board meeting 2021-12-02");
    CHECK(english[2].deadline_rule == "at least 14 days before the meeting");
    CHECK(english[0].trigger == "overdue notice 19 (every 7 days)");
}

TEST_CASE("wording: a reminder's trigger, with the count of days in its plural form") {
    const Organisation& org = testing::osloregionen();
    Reminder meeting;
    meeting.kind = Reminder::Kind::meeting;
    meeting.meeting = Meeting{};
    meeting.meeting->body = "board";
    meeting.meeting->date = Date(2021, 12, 2);
    meeting.body = "board";
    meeting.trigger = Reminder::Trigger::overdue;
    meeting.notice = 2;
    meeting.overdue_every_days = 1;
    CHECK(reminder_text(Language::nb, org, meeting, 30).trigger == "purring 2 (hver dag)");
    CHECK(reminder_text(Language::en, org, meeting, 30).trigger ==
          "overdue notice 2 (every 1 day)");
    meeting.overdue_every_days = 7;
    CHECK(reminder_text(Language::nb, org, meeting, 30).trigger == "purring 2 (hver 7. dag)");
    meeting.trigger = Reminder::Trigger::lead_time;
    meeting.lead_days = 0;
    CHECK(reminder_text(Language::nb, org, meeting, 30).trigger == "på dagen");
    CHECK(reminder_text(Language::en, org, meeting, 30).trigger == "on the day");
    meeting.trigger = Reminder::Trigger::within;
    CHECK(reminder_text(Language::nb, org, meeting, 1).trigger == "innen 1 dag");
    CHECK(reminder_text(Language::nb, org, meeting, 30).deadline_rule == "møtet");
}

}  // namespace
}  // namespace cycle
