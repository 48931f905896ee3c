// Config errors: each class of error gives its exact message with file:line:col.
// The cases edit one line of a small valid config (`minimal`) and name what they broke.
#include "config/yaml/config_loader.hpp"

#include <doctest/doctest.h>

#include <fstream>

#include "config/yaml/map_reader.hpp"
#include "engine/support/error.hpp"
#include "engine/time/calendar_date.hpp"
#include "tests/support/error_of.hpp"
#include "tests/support/shipped_config.hpp"
#include "tests/support/temp_file.hpp"

namespace cycle {
namespace {

// Line numbers matter below: line 1 is "organisation:".
const std::string minimal = R"(organisation:
  id: demo
  name: Demo council (EXAMPLE DATA)
  first-tracked-year: 2021
bodies:
  assembly: {name: Assembly}
  board: {name: Board}
steps:
  contingent-set:
    body: assembly
    window: {from: Y-1-04-01, to: Y-1-06-30}
    deadline: Y-1-06-30
  draft-submitted: {body: board, window: {from: Y-1-09-01, to: Y-1-11-30}, deadline: Y-1-11-30}
  budget-adopted: {body: board, window: {from: Y-1-11-01, to: Y-1-12-31}, deadline: Y-1-12-31}
  status-report: {body: board, to: board, window: {from: Y-07-01, to: Y-09-30}, deadline: Y-09-30}
  accounts-approved: {body: assembly, window: {from: Y+1-04-01, to: Y+1-06-30}, deadline: Y+1-06-30}
strategy: {body: assembly, every-years: 4}
members:
  - {name: Town, kind: municipality, population: 1000, weight: 1}
)";

std::string edited(const std::string& from, const std::string& to) {
    std::string text = minimal;
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    text.replace(at, from.size(), to);
    return text;
}

// Every config error is bad input (exit 2).
std::string config_error(const std::string& text) {
    return testing::error_of([&] { load_config_text(text, "demo.yaml"); });
}

TEST_CASE("config: the minimal config and the shipped one load") {
    const Organisation demo = load_config_text(minimal, "demo.yaml");
    CHECK(demo.id == "demo");
    CHECK(demo.language == "nb");  // the pages' language when the config names none
    CHECK(load_config_text(
              edited("first-tracked-year: 2021\n", "first-tracked-year: 2021\n  language: en\n"),
              "demo.yaml")
              .language == "en");
    CHECK(demo.rule(testing::steps::status_report).to == std::vector<std::string>{"board"});
    const Organisation& oslo = testing::osloregionen();
    CHECK(oslo.id == "osloregionen");
    CHECK(oslo.name == "Osloregionen interkommunalt politisk råd");
    CHECK(oslo.first_tracked_year == 2021);
    CHECK(oslo.bodies.size() == 6);
    CHECK(oslo.rule(testing::steps::budget_adopted).body == "board");
    CHECK(oslo.timing(testing::steps::contingent_set).deadline.text() == "end of window");
    CHECK(oslo.timing(testing::steps::budget_adopted).deadline.text() == "Y-1-12-31, not moved");
    CHECK(oslo.timing(testing::steps::accounts_approved).deadline.text() ==
          "6 months after Y-12-31");
    CHECK(oslo.reminders.lead_days == std::vector<int>{30, 14, 7, 1});
    CHECK(oslo.reminders.overdue_every_days == 7);
    CHECK(oslo.remind_within_days == 30);
    CHECK(!oslo.mail);
    CHECK(oslo.closed_days.dates.empty());
    CHECK(oslo.strategy_body == "assembly");
    REQUIRE(oslo.members.size() == 3);
    CHECK(oslo.members[0].population == 1612550);
    CHECK(oslo.members[0].weight_thousandths == 500);
    CHECK(oslo.members[1].population == 1541412);
    CHECK(oslo.members[2].name == "Oslo");
    CHECK(oslo.members[2].population == 693494);
    CHECK(oslo.members[2].weight_thousandths == 2000);
    CHECK(oslo.notice_of("board")->days == 14);
    CHECK_FALSE(oslo.notice_of("board")->working_days);
    CHECK(oslo.notice_of("assembly")->days == 28);
    CHECK(!oslo.notice_of("secretariat"));
    REQUIRE(oslo.duties.size() == 4);
    CHECK(oslo.duties[0].id == "q3-status-report");
    CHECK(oslo.duties[0].every == DutyRule::Every::budget_year);
    CHECK(oslo.duties[0].fulfilled_by == std::optional<std::string>("status-report"));
    CHECK(oslo.duties[1].id == "board-briefing");
    CHECK(oslo.duties[1].every_text() == "each board meeting");
    CHECK(!oslo.duties[1].fulfilled_by);
    CHECK(oslo.duties[2].fulfilled_by ==
          std::optional<std::string>(testing::steps::accounts_approved.id));
    CHECK(oslo.duties[2].to == "assembly");
    CHECK(oslo.duties[3].every_text() == "every 4 years");
    CHECK(oslo.duties[3].fulfilled_by ==
          std::optional<std::string>(testing::steps::strategy_adopted.id));
}

std::string edited_twice(const std::string& from, const std::string& to, const std::string& from2,
                         const std::string& to2) {
    std::string text = edited(from, to);
    const auto at = text.find(from2);
    REQUIRE_MESSAGE(at != std::string::npos, from2);
    return text.replace(at, from2.size(), to2);
}

// The minimal config with one duty (line 19) declared before its members.
std::string with_duty(const std::string& duty) {
    return edited("members:\n", "duties:\n  " + duty + "\nmembers:\n");
}

TEST_CASE("config: every class of error, with its place") {
    struct Row {
        const char* name;
        std::string text;
        const char* message;
    };
    const Row rows[] = {
        {"YAML syntax", edited("  board: {name: Board}", "  board: {name: Board"),
         "demo.yaml:8:6: YAML syntax error: end of map flow not found"},
        {"empty file", "",
         "demo.yaml:1:1: empty config; expected a mapping with keys organisation, "
         "bodies, steps, strategy, members"},
        {"unknown key with a near name", edited("    window: {from", "    widow: {from"),
         "demo.yaml:11:5: unknown key \"widow\" in steps.contingent-set; did you mean \"window\"?"},
        {"unknown top-level key", edited("strategy: {", "strategi: {"),
         "demo.yaml:17:1: unknown key \"strategi\" in the config; did you mean \"strategy\"?"},
        {"unknown step", edited("  status-report: {", "  status-reprot: {"),
         "demo.yaml:15:3: unknown key \"status-reprot\" in steps; did you mean \"status-report\"?"},
        {"duplicate key",
         edited("    deadline: Y-1-06-30\n", "    deadline: Y-1-06-30\n    body: board\n"),
         "demo.yaml:13:5: duplicate key \"body\" in steps.contingent-set"},
        {"missing key", edited("    deadline: Y-1-06-30\n", ""),
         "demo.yaml:10:5: missing key \"deadline\" in steps.contingent-set"},
        {"missing step",
         edited("  budget-adopted: {body: board, window: {from: Y-1-11-01, to: "
                "Y-1-12-31}, deadline: Y-1-12-31}\n",
                ""),
         "demo.yaml:9:3: missing key \"budget-adopted\" in steps"},
        {"wrong type: text for a number",
         edited("first-tracked-year: 2021", "first-tracked-year: soon"),
         "demo.yaml:4:23: expected a whole number for organisation.first-tracked-year, got "
         "\"soon\""},
        {"wrong type: list for a mapping",
         edited("strategy: {body: assembly, every-years: 4}", "strategy: [assembly]"),
         "demo.yaml:17:11: expected a mapping for strategy"},
        {"number out of range", edited("first-tracked-year: 2021", "first-tracked-year: 1800"),
         "demo.yaml:4:23: organisation.first-tracked-year must be between 1900 and 2199, got 1800"},
        {"impossible date", edited("deadline: Y-1-06-30\n", "deadline: Y-1-02-29\n"),
         "demo.yaml:12:15: expected a date relative to the budget year (Y[+N|-N]-MM-DD, e.g. "
         "Y-1-04-01) for steps.contingent-set.deadline, got \"Y-1-02-29\": 29 February is not "
         "a day of every year"},
        {"absolute date where a relative one belongs",
         edited("from: Y-1-04-01", "from: 2021-04-01"),
         "demo.yaml:11:20: expected a date relative to the budget year (Y[+N|-N]-MM-DD, e.g. "
         "Y-1-04-01) for steps.contingent-set.window.from, got \"2021-04-01\""},
        {"unknown body", edited("    body: assembly\n", "    body: asembly\n"),
         "demo.yaml:10:11: unknown body \"asembly\" for steps.contingent-set.body; did you mean "
         "\"assembly\"? (bodies: assembly, board)"},
        {"unknown body far from any",
         edited("strategy: {body: assembly", "strategy: {body: parliament"),
         "demo.yaml:17:18: unknown body \"parliament\" for strategy.body (bodies: assembly, "
         "board)"},
        {"window ends before it starts",
         edited("{from: Y-1-04-01, to: Y-1-06-30}", "{from: Y-1-04-01, to: Y-2-06-30}"),
         "demo.yaml:11:35: window of steps.contingent-set ends (Y-2-06-30) before it starts "
         "(Y-1-04-01)"},
        {"deadline before the window",
         edited("    deadline: Y-1-06-30\n", "    deadline: Y-1-03-31\n"),
         "demo.yaml:12:15: deadline of steps.contingent-set (Y-1-03-31) is before its window opens "
         "(Y-1-04-01)"},
        {"deadline counted from a step, in the short form",
         edited("    deadline: Y-1-06-30\n", "    deadline: draft-submitted\n"),
         "demo.yaml:12:15: a deadline counted from another step needs the mapping form, e.g. "
         "{days: 14, after: draft-submitted}, for steps.contingent-set.deadline"},
        {"deadline with two anchors",
         edited("    deadline: Y-1-06-30\n", "    deadline: {on: Y-1-06-30, after: Y-1-05-01}\n"),
         "demo.yaml:12:15: expected exactly one of \"on\", \"after\" or \"before\" in "
         "steps.contingent-set.deadline"},
        {"deadline after an anchor without a count",
         edited("    deadline: Y-1-06-30\n", "    deadline: {after: Y-1-05-01}\n"),
         "demo.yaml:12:15: expected exactly one of \"days\" or \"months\" in "
         "steps.contingent-set.deadline"},
        {"deadline on a day with a count",
         edited("    deadline: Y-1-06-30\n", "    deadline: {on: Y-1-06-30, days: 3}\n"),
         "demo.yaml:12:37: \"days\" and \"months\" go with \"after\" or \"before\", not "
         "\"on\", in steps.contingent-set.deadline"},
        {"deadline anchored on nothing known",
         edited("    deadline: Y-1-06-30\n", "    deadline: {days: 14, before: board-meeting}\n"),
         "demo.yaml:12:34: expected a step of the cycle, end-of-window or a date relative to the "
         "budget year (Y[+N|-N]-MM-DD, e.g. Y-1-04-01) for steps.contingent-set.deadline.before, "
         "got \"board-meeting\""},
        {"unknown shift",
         edited("    deadline: Y-1-06-30\n", "    deadline: {on: Y-1-06-30, shift: later}\n"),
         "demo.yaml:12:38: expected next-working-day, previous-working-day or none for "
         "steps.contingent-set.deadline.shift, got \"later\""},
        {"deadlines counted from each other",
         edited_twice("    deadline: Y-1-06-30\n",
                      "    deadline: {days: 1, after: draft-submitted}\n", "deadline: Y-1-11-30}",
                      "deadline: {days: 1, after: contingent-set}}"),
         "demo.yaml:12:15: the deadline of steps.contingent-set is counted from itself "
         "(contingent-set -> draft-submitted -> contingent-set)"},
        {"lead time twice", edited("steps:\n", "reminders: {lead-days: [14, 7, 14]}\nsteps:\n"),
         "demo.yaml:8:32: lead time 14 is listed twice in reminders.lead-days"},
        {"lead time not a number",
         edited("steps:\n", "reminders: {lead-days: [14, a week]}\nsteps:\n"),
         "demo.yaml:8:29: expected a whole number of days from 0 to 366 in reminders.lead-days, "
         "got \"a week\""},
        {"step reminders with an unknown key",
         edited("    deadline: Y-1-06-30\n",
                "    deadline: Y-1-06-30\n    reminders: {lead-days: [7], overdue-every: 7}\n"),
         "demo.yaml:13:33: unknown key \"overdue-every\" in steps.contingent-set.reminders"},
        {"mail address without a domain",
         edited("steps:\n", "reminders: {mail: {from: cycle, to: [a@example.org]}}\nsteps:\n"),
         "demo.yaml:8:26: expected a mail address (name@example.org or Name <name@example.org>) "
         "for reminders.mail.from, got \"cycle\""},
        {"closed day that does not exist",
         edited("steps:\n", "closed-days: [12-24, 2021-02-29]\nsteps:\n"),
         "demo.yaml:8:22: closed-days: \"2021-02-29\" is not a day of the calendar"},
        {"deadline counted to before the window",
         edited("    deadline: Y-1-06-30\n", "    deadline: {months: 1, after: Y-1-01-31}\n"),
         "demo.yaml:12:15: deadline of steps.contingent-set (1 month after Y-1-01-31) is before "
         "its window opens (Y-1-04-01)"},
        {"negative population", edited("population: 1000", "population: -5"),
         "demo.yaml:19:50: members[0].population must be between 0 and 100000000, got -5"},
        {"zero weight", edited("weight: 1}", "weight: 0}"),
         "demo.yaml:19:64: expected a positive weight up to 100 with at most 3 decimals for "
         "members[0].weight, got \"0\""},
        {"unknown language",
         edited("first-tracked-year: 2021\n", "first-tracked-year: 2021\n  language: no\n"),
         "demo.yaml:5:13: expected nb, nn or en for organisation.language, got \"no\"; did you mean "
         "\"nb\"?"},
        {"contingent: unknown rounding",
         edited("members:\n", "contingent: {rounding: up}\nmembers:\n"),
         "demo.yaml:18:24: expected half-up, half-even or down for contingent.rounding, got "
         "\"up\""},
        {"contingent: impossible population date",
         edited("members:\n", "contingent: {population-as-of: 2020-02-30}\nmembers:\n"),
         "demo.yaml:18:32: contingent.population-as-of: \"2020-02-30\" is not a day of the "
         "calendar"},
        {"contingent: populations counted on another day than 1 January",
         edited("members:\n", "contingent: {population-as-of: 2020-01-02}\nmembers:\n"),
         "demo.yaml:18:32: expected 1 January of a year (YYYY-01-01) for "
         "contingent.population-as-of, got \"2020-01-02\""},
        {"name and group", edited("{name: Town,", "{name: Town, group: Towns,"),
         "demo.yaml:19:5: members[0] needs exactly one of \"name\" (one member) or \"group\" "
         "(several)"},
        {"bad organisation id", edited("id: demo", "id: Demo Council"),
         "demo.yaml:2:7: expected an identifier (lower-case letters, digits and '-') for "
         "organisation.id, got \"Demo Council\""},
        {"no bodies", edited("  assembly: {name: Assembly}\n  board: {name: Board}\n", "  {}\n"),
         "demo.yaml:6:3: expected at least one body in bodies"},
        {"notice period out of range",
         edited("  board: {name: Board}", "  board: {name: Board, notice-days: -1}"),
         "demo.yaml:7:37: bodies.board.notice-days must be between 0 and 366, got -1"},
        {"duty: unknown recurrence", with_duty("brief: {body: board, to: assembly, every: meting}"),
         "demo.yaml:19:45: expected budget-year, meeting or {years: N} for duties.brief.every, "
         "got \"meting\"; did you mean \"meeting\"?"},
        {"duty: each budget year, fulfilled by nothing",
         with_duty("q3: {body: board, to: board, every: budget-year}"),
         "demo.yaml:19:7: a duty each budget year is fulfilled by a step of the cycle: expected "
         "duties.q3.fulfilled-by to be one of contingent-set, draft-submitted, budget-adopted, "
         "status-report, accounts-approved"},
        {"duty: at meetings, fulfilled by a step",
         with_duty("brief: {body: board, to: assembly, every: meeting, fulfilled-by: "
                   "status-report}"),
         "demo.yaml:19:68: a duty at each meeting is fulfilled by `cycle duty report` for that "
         "meeting; remove duties.brief.fulfilled-by"},
        {"duty: at meetings of nobody", with_duty("brief: {body: board, every: meeting}"),
         "demo.yaml:19:10: missing key \"to\" in duties.brief: the body at whose meetings the "
         "duty is reported"},
        {"duty: every N years, fulfilled by a yearly step",
         with_duty("g: {body: assembly, every: {years: 4}, fulfilled-by: budget-adopted}"),
         "demo.yaml:19:56: a duty every N years is fulfilled by strategy-adopted or by `cycle "
         "duty report`; a cycle step recurs every budget year, in duties.g.fulfilled-by"},
        {"duty: misspelt step",
         with_duty("q3: {body: board, to: board, every: budget-year, fulfilled-by: "
                   "status-reprot}"),
         "demo.yaml:19:66: expected a step for duties.q3.fulfilled-by, got \"status-reprot\"; "
         "did you mean \"status-report\"?"},
        {"duty: unknown body",
         with_duty("q3: {body: bord, every: budget-year, fulfilled-by: status-report}"),
         "demo.yaml:19:14: unknown body \"bord\" for duties.q3.body; did you mean \"board\"? "
         "(bodies: assembly, board)"},
        {"duty: id not an identifier",
         with_duty("Q3: {body: board, every: budget-year, fulfilled-by: status-report}"),
         "demo.yaml:19:3: expected an identifier (lower-case letters, digits and '-') as duty id, "
         "got \"Q3\""},
        {"duty: every 0 years", with_duty("g: {body: assembly, every: {years: 0}}"),
         "demo.yaml:19:38: duties.g.every.years must be between 1 and 20, got 0"},
        {"duty: unknown key", with_duty("g: {body: assembly, evry: {years: 4}}"),
         "demo.yaml:19:23: unknown key \"evry\" in duties.g; did you mean \"every\"?"},
    };
    for (const Row& row : rows) {
        const std::string case_name = row.name;
        CAPTURE(case_name);
        CHECK(config_error(row.text) == "exit 2: " + std::string(row.message));
    }
}

// The minimal config in format 2 (line 1 is "format: 2", line 2 "organisation:"), edited.
std::string edited2(const std::string& from, const std::string& to) {
    return "format: 2\n" + edited(from, to);
}

TEST_CASE("config: format 2's keys of bodies, closed days, contingent and members are read") {
    const Organisation org = load_config_text(
        "format: 2\n" +
            edited_twice(
                "  board: {name: Board}\nsteps:\n",
                "  board: {name: Board, notice-working-days: 10, mail: {to: [\"Styret "
                "<styret@example.org>\"], cc: [arkiv@example.org]}}\n"
                "closed-days: [12-24, 12-27..01-02, 2021-07-05..2021-07-30]\nsteps:\n",
                "members:\n  - {name: Town, kind: municipality, population: 1000, weight: 1}\n",
                "contingent: {population-as-of: 2020-07-01, base-amount: 25000}\n"
                "members:\n"
                "  - {name: Town, kind: municipality, population: 1000, weight: 0, "
                "joined: 2021-07-01, left: 2030-01-01}\n"
                "  - {group: Towns, kind: municipality, population: 5000, weight: 1, count: 5}\n"),
        "demo.yaml");
    CHECK(org.format == 2);
    const Body& board = *org.find_body("board");
    CHECK(board.notice_working_days == 10);
    CHECK(!board.notice_days);
    CHECK(org.notice_of("board")->days == 10);
    CHECK(org.notice_of("board")->working_days);
    CHECK(!org.notice_of("assembly"));
    REQUIRE(board.mail);
    CHECK(board.mail->to == std::vector<std::string>{"Styret <styret@example.org>"});
    CHECK(board.mail->cc == std::vector<std::string>{"arkiv@example.org"});
    CHECK(!org.find_body("assembly")->mail);
    CHECK(org.any_body_mail());
    CHECK(org.closed_days.every_year.size() == 1);
    REQUIRE(org.closed_days.ranges_every_year.size() == 1);
    CHECK(org.closed_days.ranges_every_year[0].from == MonthDay{12, 27});
    CHECK(org.closed_days.ranges_every_year[0].to == MonthDay{1, 2});
    REQUIRE(org.closed_days.date_ranges.size() == 1);
    CHECK(iso(org.closed_days.date_ranges[0].from) == "2021-07-05");
    CHECK(iso(org.closed_days.date_ranges[0].to) == "2021-07-30");
    CHECK(!org.calendar().is_working_day(Date(2021, 12, 28)));
    CHECK(iso(*org.population_as_of) == "2020-07-01");  // any day in format 2
    CHECK(org.contingent_base_nok == 25'000);
    REQUIRE(org.members.size() == 2);
    CHECK(org.members[0].weight_thousandths == 0);
    CHECK(iso(*org.members[0].joined) == "2021-07-01");
    CHECK(iso(*org.members[0].left) == "2030-01-01");
    CHECK(org.members[0].count == 1);
    CHECK(!org.members[0].count_given);
    CHECK(org.members[1].count == 5);
    CHECK(org.members[1].count_given);
    // Format 1 reads none of them: the shipped config has no ranges, mail or base amount.
    const Organisation& oslo = testing::osloregionen();
    CHECK(!oslo.any_body_mail());
    CHECK(!oslo.contingent_base_nok);
    CHECK(oslo.closed_days.date_ranges.empty());
    CHECK(!oslo.notice_of("board")->working_days);
}

TEST_CASE("config: a body's name in each language (format 2), or one name for all") {
    const Organisation org = load_config_text(
        "format: 2\n" + edited("  board: {name: Board}\n",
                               "  board: {name: {nb: Styret, nn: Styret, en: The Board}}\n"
                               "  council: {name: {nn: Kommunestyret}}\n"),
        "demo.yaml");
    const Body& board = *org.find_body("board");
    CHECK(board.name == "Styret");
    CHECK(board.name_nn == "Styret");
    CHECK(board.name_en == "The Board");
    // Only nynorsk given: it is the name bokmål shows too; English keeps the id in words.
    const Body& council = *org.find_body("council");
    CHECK(council.name == "Kommunestyret");
    CHECK(council.name_nn == "Kommunestyret");
    CHECK(council.name_en.empty());
    // One name, as always: no nynorsk or English of its own.
    const Body& assembly = *org.find_body("assembly");
    CHECK(assembly.name == "Assembly");
    CHECK(assembly.name_nn.empty());
    CHECK(assembly.name_en.empty());
}

TEST_CASE("config: format 2's keys refused in format 1, and their every error, with its place") {
    struct Row {
        const char* name;
        std::string text;
        const char* message;
    };
    const std::string format_1 =
        " is a format-2 key: add \"format: 2\" at the top of the config "
        "(this config is format 1)";
    const Row rows[] = {
        // Format 1 refuses each key, at the key.
        {"format 1: notice-working-days",
         edited("  board: {name: Board}", "  board: {name: Board, notice-working-days: 10}"),
         "demo.yaml:7:24: bodies.board.notice-working-days"},
        {"format 1: body mail",
         edited("  board: {name: Board}", "  board: {name: Board, mail: {to: [b@example.org]}}"),
         "demo.yaml:7:24: bodies.board.mail"},
        {"format 1: base-amount",
         edited("members:\n", "contingent: {base-amount: 100}\nmembers:\n"),
         "demo.yaml:18:14: contingent.base-amount"},
        {"format 1: count", edited("{name: Town,", "{group: Towns, count: 3,"),
         "demo.yaml:19:20: members[0].count"},
        {"format 1: joined", edited("weight: 1}", "weight: 1, joined: 2021-07-01}"),
         "demo.yaml:19:67: members[0].joined"},
        {"format 1: left", edited("weight: 1}", "weight: 1, left: 2021-07-01}"),
         "demo.yaml:19:67: members[0].left"},
    };
    for (const Row& row : rows) {
        const std::string case_name = row.name;
        CAPTURE(case_name);
        CHECK(config_error(row.text) == "exit 2: " + std::string(row.message) + format_1);
    }
    const Row errors[] = {
        {"format 1: a closed range", edited("steps:\n", "closed-days: [12-24..12-31]\nsteps:\n"),
         "demo.yaml:8:15: closed-days: \"12-24..12-31\" is a range, a format-2 value: add "
         "\"format: 2\" at the top of the config (this config is format 1)"},
        {"format 1: weight 0 as ever", edited("weight: 1}", "weight: 0}"),
         "demo.yaml:19:64: expected a positive weight up to 100 with at most 3 decimals for "
         "members[0].weight, got \"0\""},
        {"format 1: population-as-of on 1 January as ever",
         edited("members:\n", "contingent: {population-as-of: 2020-07-01}\nmembers:\n"),
         "demo.yaml:18:32: expected 1 January of a year (YYYY-01-01) for "
         "contingent.population-as-of, got \"2020-07-01\""},
        {"closed range of dates ending before it starts",
         edited2("steps:\n", "closed-days: [2021-07-30..2021-07-05]\nsteps:\n"),
         "demo.yaml:9:15: closed-days: \"2021-07-30..2021-07-05\" ends (2021-07-05) before it "
         "starts (2021-07-30)"},
        {"closed range of a day and a date",
         edited2("steps:\n", "closed-days: [12-24..2021-12-31]\nsteps:\n"),
         "demo.yaml:9:15: expected a range of days closed every year (MM-DD..MM-DD) or of dates "
         "(YYYY-MM-DD..YYYY-MM-DD) in closed-days, got \"12-24..2021-12-31\""},
        {"closed range with no end", edited2("steps:\n", "closed-days: [12-24..]\nsteps:\n"),
         "demo.yaml:9:15: expected a range of days closed every year (MM-DD..MM-DD) or of dates "
         "(YYYY-MM-DD..YYYY-MM-DD) in closed-days, got \"12-24..\""},
        {"closed range to no day of any year",
         edited2("steps:\n", "closed-days: [04-30..04-31]\nsteps:\n"),
         "demo.yaml:9:15: closed-days: \"04-31\" is not a day of any year"},
        {"closed range to no day of the calendar",
         edited2("steps:\n", "closed-days: [2021-02-27..2021-02-29]\nsteps:\n"),
         "demo.yaml:9:15: closed-days: \"2021-02-29\" is not a day of the calendar"},
        {"closed day of no form, format 2",
         edited2("steps:\n", "closed-days: [christmas]\nsteps:\n"),
         "demo.yaml:9:15: expected a day closed every year (MM-DD), a date (YYYY-MM-DD) or a "
         "range of either (MM-DD..MM-DD, YYYY-MM-DD..YYYY-MM-DD) in closed-days, got "
         "\"christmas\""},
        {"closed ranges closing every day",
         edited2("steps:\n", "closed-days: [01-01..06-30, 07-01..12-31]\nsteps:\n"),
         "demo.yaml:9:14: closed-days closes every day of the year that is not a public holiday, "
         "so no deadline could move to a working day"},
        {"closed range wrapping round the whole year",
         edited2("steps:\n", "closed-days: [03-17..03-16]\nsteps:\n"),
         "demo.yaml:9:14: closed-days closes every day of the year that is not a public holiday, "
         "so no deadline could move to a working day"},
        {"both notice periods",
         edited2("  board: {name: Board}",
                 "  board: {name: Board, notice-days: 14, notice-working-days: 10}"),
         "demo.yaml:8:62: bodies.board has both notice-days and notice-working-days: give one"},
        {"notice-working-days out of range",
         edited2("  board: {name: Board}", "  board: {name: Board, notice-working-days: 400}"),
         "demo.yaml:8:45: bodies.board.notice-working-days must be between 0 and 366, got 400"},
        {"notice-working-days misspelt",
         edited2("  board: {name: Board}", "  board: {name: Board, notice-workingdays: 10}"),
         "demo.yaml:8:24: unknown key \"notice-workingdays\" in bodies.board; did you mean "
         "\"notice-working-days\"?"},
        {"body mail to no address",
         edited2("  board: {name: Board}", "  board: {name: Board, mail: {to: [board]}}"),
         "demo.yaml:8:36: expected a mail address (name@example.org or Name <name@example.org>) "
         "in bodies.board.mail.to, got \"board\""},
        {"body mail to nobody",
         edited2("  board: {name: Board}", "  board: {name: Board, mail: {to: []}}"),
         "demo.yaml:8:35: expected a list of mail addresses for bodies.board.mail.to"},
        {"body mail without to",
         edited2("  board: {name: Board}", "  board: {name: Board, mail: {cc: [a@example.org]}}"),
         "demo.yaml:8:30: missing key \"to\" in bodies.board.mail"},
        {"body mail cc no address",
         edited2("  board: {name: Board}",
                 "  board: {name: Board, mail: {to: [b@example.org], cc: [archive]}}"),
         "demo.yaml:8:57: expected a mail address (name@example.org or Name <name@example.org>) "
         "in bodies.board.mail.cc, got \"archive\""},
        {"body mail bcc",
         edited2("  board: {name: Board}",
                 "  board: {name: Board, mail: {to: [b@example.org], bcc: [a@example.org]}}"),
         "demo.yaml:8:52: unknown key \"bcc\" in bodies.board.mail; did you mean \"cc\"?"},
        {"base amount below 0", edited2("members:\n", "contingent: {base-amount: -1}\nmembers:\n"),
         "demo.yaml:19:27: contingent.base-amount must be between 0 and 999999999999999, got -1"},
        {"base amount not a number",
         edited2("members:\n", "contingent: {base-amount: 25 000 NOK}\nmembers:\n"),
         "demo.yaml:19:27: expected a whole number for contingent.base-amount, got \"25 000 "
         "NOK\""},
        {"base amount misspelt", edited2("members:\n", "contingent: {base-amout: 100}\nmembers:\n"),
         "demo.yaml:19:14: unknown key \"base-amout\" in contingent; did you mean "
         "\"base-amount\"?"},
        {"population-as-of no date",
         edited2("members:\n", "contingent: {population-as-of: last year}\nmembers:\n"),
         "demo.yaml:19:32: expected a date (YYYY-MM-DD) for contingent.population-as-of, got "
         "\"last year\""},
        {"population-as-of no day",
         edited2("members:\n", "contingent: {population-as-of: 2020-06-31}\nmembers:\n"),
         "demo.yaml:19:32: contingent.population-as-of: \"2020-06-31\" is not a day of the "
         "calendar"},
        {"count of a named member", edited2("weight: 1}", "weight: 1, count: 2}"),
         "demo.yaml:20:74: members[0].count is the number of members in a group: it goes with "
         "\"group\", not \"name\""},
        {"count 0", edited2("{name: Town,", "{group: Towns, count: 0,"),
         "demo.yaml:20:27: members[0].count must be between 1 and 100000, got 0"},
        {"negative weight", edited2("weight: 1}", "weight: -1}"),
         "demo.yaml:20:64: expected a weight from 0 to 100 with at most 3 decimals for "
         "members[0].weight, got \"-1\""},
        {"joined no day", edited2("weight: 1}", "weight: 1, joined: 2021-02-30}"),
         "demo.yaml:20:75: members[0].joined: \"2021-02-30\" is not a day of the calendar"},
        {"joined no date", edited2("weight: 1}", "weight: 1, joined: July}"),
         "demo.yaml:20:75: expected a date (YYYY-MM-DD) for members[0].joined, got \"July\""},
        {"left before joined",
         edited2("weight: 1}", "weight: 1, joined: 2021-07-01, left: 2021-07-01}"),
         "demo.yaml:20:93: members[0].left (2021-07-01) is not after members[0].joined "
         "(2021-07-01)"},
        {"member key misspelt", edited2("weight: 1}", "weight: 1, joind: 2021-07-01}"),
         "demo.yaml:20:67: unknown key \"joind\" in members[0]; did you mean \"joined\"?"},
    };
    for (const Row& row : errors) {
        const std::string case_name = row.name;
        CAPTURE(case_name);
        CHECK(config_error(row.text) == "exit 2: " + std::string(row.message));
    }
    // A range closing all but a day leaves a working day, and loads.
    CHECK(config_error(edited2("steps:\n", "closed-days: [03-17..03-15]\nsteps:\n")) == "no error");
}

// Inputs the fuzzer (tests/fuzz) or its contract checks turned up; each once ended a command
// with exit 4 or a crash instead of a config error.
TEST_CASE("config: closed days that leave no working day are refused") {
    std::string every_day;
    for (Date day(2000, 1, 1); day.year() == 2000; day += boost::gregorian::days(1)) {
        every_day += (every_day.empty() ? "" : ", ") + iso(day).substr(5);
    }
    const auto closing = [](const std::string& days) {
        return edited("steps:\n", "closed-days: [" + days + "]\nsteps:\n");
    };
    // The search for a working day to move a deadline to ran into Boost's year 9999.
    CHECK(config_error(closing(every_day)) ==
          "exit 2: demo.yaml:8:14: closed-days closes every day of the year that is not a public "
          "holiday, so no deadline could move to a working day");
    // Only 29 February open: common years have no working day either.
    std::string but_leap_day = every_day;
    but_leap_day.erase(but_leap_day.find("02-29, "), 7);
    CHECK(config_error(closing(but_leap_day)) != "no error");
    // Public holidays every year (1 and 17 May, Christmas) need not be listed: they are closed.
    std::string but_holidays = every_day;
    for (const char* holiday : {"01-01, ", "05-01, ", "05-17, ", "12-25, "}) {
        but_holidays.erase(but_holidays.find(holiday), 7);
    }
    CHECK(config_error(closing(but_holidays)) != "no error");
    // One day left open is enough: a deadline moves to it, in the same year or a later one.
    std::string but_one = every_day;
    but_one.erase(but_one.find("03-16, "), 7);
    CHECK(config_error(closing(but_one)) == "no error");
}

TEST_CASE("config: a very long identifier is read without std::regex's recursion") {
    // 300 000 letters overflowed the stack in libstdc++'s regex matcher (exit 139).
    const std::string long_id(300'000, 'd');
    CHECK(load_config_text(edited("id: demo", "id: " + long_id), "demo.yaml").id == long_id);
    CHECK(config_error(edited("id: demo", "id: " + long_id + "X"))
              .rfind("exit 2: demo.yaml:2:7: expected an identifier", 0) == 0);
}

TEST_CASE("config: a very long year offset is read without std::regex's recursion") {
    // 300 000 digits overflowed the stack in libstdc++'s regex matcher (exit 139), as the
    // window's start and as a deadline.
    const std::string offset(300'000, '1');
    CHECK(config_error(edited("from: Y-1-04-01", "from: Y+" + offset + "-04-01")) ==
          "exit 2: demo.yaml:11:20: expected a date relative to the budget year (Y[+N|-N]-MM-DD, "
          "e.g. Y-1-04-01) for steps.contingent-set.window.from, got \"Y+" +
              offset + "-04-01\": the year offset goes from -9 to +9");
    CHECK(config_error(edited("deadline: Y-1-06-30", "deadline: Y-" + offset + "-06-30"))
              .find("the year offset goes from -9 to +9") != std::string::npos);
}

TEST_CASE("config: a file that cannot be read names the path") {
    CHECK(testing::error_of([] { load_config_file("/nonexistent/cycle.yaml"); }) ==
          "exit 2: --config: cannot read \"/nonexistent/cycle.yaml\"");
}

TEST_CASE("config: a second YAML document is refused where it starts") {
    // yaml-cpp's Load reads the first document only; the rest was ignored without a word.
    const struct {
        const char* name;
        std::string text;
        std::string error;
    } cases[] = {
        {"a second config", minimal + "---\n" + minimal,
         "exit 2: demo.yaml:20:1: a second YAML document (after ---); expected one document a "
         "file"},
        {"an empty second document", minimal + "---\n",
         "exit 2: demo.yaml:20:1: a second YAML document (after ---); expected one document a "
         "file"},
        {"a second document after an end marker", minimal + "...\nfoo: 1\n",
         "exit 2: demo.yaml:21:1: a second YAML document (after ---); expected one document a "
         "file"},
        {"an explicit start of the only document", "---\n" + minimal, "no error"},
        {"an end marker and nothing after it", minimal + "...\n", "no error"},
    };
    const testing::TempFile file("demo.yaml");
    for (const auto& c : cases) {
        CAPTURE(c.name);
        std::ofstream(file.path(), std::ios::binary) << c.text;
        std::string error = testing::error_of([&] { load_config_file(file.path()); });
        const auto at = error.find(file.path());
        if (at != std::string::npos) error.replace(at, file.path().size(), "demo.yaml");
        CHECK(error == c.error);
        // A config stored in the log is read as every earlier cycle read it: its first
        // document, so that a log registered with such a file replays as before.
        CHECK(config_error(c.text) == "no error");
    }
}

TEST_CASE("config: a file larger than 1 MiB is refused before it is parsed") {
    const testing::TempFile file("big.yaml");
    // A YAML comment pads the valid minimal config to the byte.
    const auto write = [&](std::size_t size) {
        std::string text = minimal + "#";
        text.append(size - text.size() - 1, 'x');
        text += '\n';
        std::ofstream(file.path(), std::ios::binary) << text;
    };
    write(MapReader::max_file_bytes + 1);
    CHECK(testing::error_of([&] { load_config_file(file.path()); }) ==
          "exit 2: \"" + file.path() +
              "\": larger than 1048576 bytes (1 MiB), the most a config or budget document may be");
    write(MapReader::max_file_bytes);
    CHECK(testing::error_of([&] { load_config_file(file.path()); }) == "no error");
}

}  // namespace
}  // namespace cycle
