// Steps as config/yaml/steps_reader reads them: format 2's own steps (names, to-lists, order,
// roles, phases, optional and recurring steps) with exact values, and format 1's five steps with
// the order, roles and phases they imply. Errors are in tests/bad_input/catalogue.tsv.
#include "config/yaml/steps_reader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "config/yaml/config_loader.hpp"
#include "tests/support/error_of.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

// EXAMPLE DATA: an invented council in format 2. The occurrences of tertial-report are written
// out of order, the third without its period (its place in the list, 3): they are sorted.
const std::string format2 = R"(format: 2
organisation:
  id: demo
  name: Demo council (EXAMPLE DATA)
  first-tracked-year: 2021
bodies:
  assembly: {name: Assembly}
  board: {name: Board}
  administration: {name: Administration}
  council: {name: Council}
steps:
  contingent-set:
    name: {nb: Kontingent fastsatt, en: Contingent set}
    body: assembly
    window: {from: Y-1-04-01, to: Y-1-06-30}
    deadline: end-of-window
    role: sets-contingent
  draft-submitted:
    name: {nb: Forslag lagt fram}
    body: administration
    to: [board, council]
    window: {from: Y-1-09-01, to: Y-1-11-30}
    deadline: {working-days: 10, before: Y-1-12-15}
  hearing-held:
    name: {nn: Høyring halden}
    body: board
    window: {from: Y-1-10-01, to: Y-1-11-30}
    deadline: end-of-window
    optional: true
  budget-adopted:
    name: {nb: Budsjett vedtatt, nn: Budsjett vedteke, en: Budget adopted}
    body: council
    to: administration
    window: {from: Y-1-11-01, to: Y-1-12-31}
    deadline: {on: Y-1-12-31, shift: none}
    after: [contingent-set, draft-submitted]
    role: adopts-budget
  plan-published:
    body: administration
    window: {from: Y-1-12-15, to: Y-01-31}
    deadline: end-of-window
    phase: execution
    optional: false
  tertial-report:
    name: {nb: Tertialrapport, en: Tertial report}
    body: administration
    to: council
    after: [budget-adopted]
    every: tertial
    occurrences:
      - {period: 2, window: {from: Y-09-01, to: Y-10-31}, deadline: {working-days: 5, after: Y-10-15}}
      - {period: 1, window: {from: Y-05-01, to: Y-06-30}, deadline: end-of-window}
      - {window: {from: Y+1-01-15, to: Y+1-02-28}, deadline: end-of-window}
  quarterly-report:
    body: administration
    every: quarter
    occurrences:
      - {period: 3, window: {from: Y-10-01, to: Y-11-15}, deadline: Y-11-15}
  monthly-report:
    body: administration
    every: month
    occurrences:
      - {period: 5, window: {from: Y-06-01, to: Y-06-30}, deadline: end-of-window}
  accounts-approved:
    name: {en: Accounts approved}
    body: council
    window: {from: Y+1-04-01, to: Y+1-06-30}
    deadline: {months: 6, after: Y-12-31}
    after: [budget-adopted, tertial-report]
    role: closes-cycle
    phase: accounts
members:
  - {name: Town, kind: municipality, population: 1000, weight: 1}
)";

std::vector<std::string> ids_of(const Organisation& org) {
    std::vector<std::string> ids;
    for (const StepRule& rule : org.steps) ids.push_back(rule.id);
    return ids;
}

std::vector<std::string> names_of(const std::vector<Step>& steps) {
    std::vector<std::string> names;
    for (const Step& step : steps) names.push_back(step.name());
    return names;
}

using Strings = std::vector<std::string>;

TEST_CASE("steps: a format 2 config's steps, in config order") {
    const Organisation org = load_config_text(format2, "demo.yaml");
    CHECK(org.format == 2);
    CHECK(ids_of(org) == Strings{"contingent-set", "draft-submitted", "hearing-held",
                                 "budget-adopted", "plan-published", "tertial-report",
                                 "quarterly-report", "monthly-report", "accounts-approved"});
    // Every occurrence of every step, in config order, each recurring step's by period.
    CHECK(names_of(org.cycle_steps) ==
          Strings{"contingent-set", "draft-submitted", "hearing-held", "budget-adopted",
                  "plan-published", "tertial-report T1", "tertial-report T2", "tertial-report T3",
                  "quarterly-report Q3", "monthly-report M05", "accounts-approved"});
    CHECK(org.cycle_steps[5] == Step{"tertial-report", 1, Recurrence::tertial});
    CHECK(org.cycle_steps[6] == Step{"tertial-report", 2, Recurrence::tertial});
    CHECK(org.cycle_steps[7] == Step{"tertial-report", 3, Recurrence::tertial});
    CHECK(org.cycle_steps[8] == Step{"quarterly-report", 3, Recurrence::quarter});
    CHECK(org.cycle_steps[9] == Step{"monthly-report", 5, Recurrence::month});
    CHECK(org.cycle_steps[0] == Step{"contingent-set", 0, Recurrence::none});
    CHECK(org.cycle_steps[5].period_label() == "T1");
    CHECK(org.cycle_steps[5].slug() == "tertial-report-t1");
    CHECK(org.cycle_steps[0].period_label().empty());
    CHECK(org.step_of("tertial-report", 2) == org.cycle_steps[6]);
    CHECK(!org.step_of("tertial-report", 4));
    CHECK(!org.step_of("tertial-report", 0));
    CHECK(org.step_of("budget-adopted", 0) == org.cycle_steps[3]);
}

TEST_CASE("steps: a recurring step's occurrences, sorted by period, each its own timing") {
    const Organisation org = load_config_text(format2, "demo.yaml");
    const StepRule& tertial = *org.find_step("tertial-report");
    CHECK(tertial.every == Recurrence::tertial);
    REQUIRE(tertial.occurrences.size() == 3);
    CHECK(tertial.occurrences[0].period == 1);
    CHECK(tertial.occurrences[0].window_from.text() == "Y-05-01");
    CHECK(tertial.occurrences[0].window_to.text() == "Y-06-30");
    CHECK(tertial.occurrences[0].deadline.text() == "end of window");
    CHECK(tertial.occurrences[1].period == 2);
    CHECK(tertial.occurrences[1].window_from.text() == "Y-09-01");
    CHECK(tertial.occurrences[1].deadline.text() == "5 working days after Y-10-15");
    CHECK(tertial.occurrences[1].deadline.unit == DeadlineRule::Unit::working_days);
    CHECK(tertial.occurrences[1].deadline.amount == 5);
    CHECK(tertial.occurrences[2].period == 3);
    CHECK(tertial.occurrences[2].window_from.text() == "Y+1-01-15");
    CHECK(org.timing(Step{"tertial-report", 2, Recurrence::tertial}).window_to.text() == "Y-10-31");
    const StepRule& quarterly = *org.find_step("quarterly-report");
    REQUIRE(quarterly.occurrences.size() == 1);
    CHECK(quarterly.occurrences[0].period == 3);
    CHECK(quarterly.occurrences[0].deadline.text() == "Y-11-15");
    CHECK(org.find_step("monthly-report")->occurrences[0].period == 5);
    // A step that happens once has one timing, for period 0.
    const StepRule& draft = *org.find_step("draft-submitted");
    CHECK(draft.every == Recurrence::none);
    REQUIRE(draft.occurrences.size() == 1);
    CHECK(draft.occurrences[0].period == 0);
    CHECK(draft.occurrences[0].deadline.text() == "at least 10 working days before Y-1-12-15");
}

TEST_CASE("steps: phases from the window, or as written") {
    const Organisation org = load_config_text(format2, "demo.yaml");
    const auto phase = [&](const char* id) { return org.find_step(id)->phase; };
    CHECK(phase("contingent-set") == StepPhase::preparation);  // opens in Y-1
    CHECK(phase("draft-submitted") == StepPhase::preparation);
    CHECK(phase("hearing-held") == StepPhase::preparation);
    CHECK(phase("budget-adopted") == StepPhase::preparation);
    CHECK(phase("plan-published") == StepPhase::execution);  // opens in Y-1; as written
    CHECK(phase("tertial-report") == StepPhase::execution);  // opens in Y
    CHECK(phase("quarterly-report") == StepPhase::execution);
    CHECK(phase("monthly-report") == StepPhase::execution);
    CHECK(phase("accounts-approved") == StepPhase::accounts);  // opens in Y+1; as written too
}

TEST_CASE("steps: roles, after, optional, names and to-lists as written") {
    const Organisation org = load_config_text(format2, "demo.yaml");
    const auto& step = [&](const char* id) -> const StepRule& { return *org.find_step(id); };
    CHECK(step("contingent-set").role == StepRole::sets_contingent);
    CHECK(step("budget-adopted").role == StepRole::adopts_budget);
    CHECK(step("accounts-approved").role == StepRole::closes_cycle);
    for (const char* id : {"draft-submitted", "hearing-held", "plan-published", "tertial-report",
                           "quarterly-report", "monthly-report"}) {
        CHECK_MESSAGE(step(id).role == StepRole::none, id);
    }
    CHECK(org.step_with(StepRole::adopts_budget)->id == "budget-adopted");
    CHECK(org.step_with(StepRole::closes_cycle)->id == "accounts-approved");
    CHECK(org.step_with(StepRole::sets_contingent)->id == "contingent-set");
    CHECK(org.has_role("budget-adopted", StepRole::adopts_budget));

    CHECK(step("budget-adopted").after == Strings{"contingent-set", "draft-submitted"});
    CHECK(step("tertial-report").after == Strings{"budget-adopted"});
    CHECK(step("accounts-approved").after == Strings{"budget-adopted", "tertial-report"});
    CHECK(step("contingent-set").after.empty());
    CHECK(step("hearing-held").after.empty());

    CHECK(step("hearing-held").optional);
    CHECK(!step("plan-published").optional);  // optional: false
    CHECK(!step("budget-adopted").optional);  // not written

    CHECK(step("budget-adopted").name_nb == "Budsjett vedtatt");
    CHECK(step("budget-adopted").name_nn == "Budsjett vedteke");
    CHECK(step("budget-adopted").name_en == "Budget adopted");
    CHECK(step("draft-submitted").name_nb == "Forslag lagt fram");
    CHECK(step("draft-submitted").name_nn.empty());
    CHECK(step("draft-submitted").name_en.empty());
    CHECK(step("hearing-held").name_nb.empty());
    CHECK(step("hearing-held").name_nn == "Høyring halden");
    CHECK(step("accounts-approved").name_nb.empty());
    CHECK(step("accounts-approved").name_en == "Accounts approved");
    CHECK(step("plan-published").name_nb.empty());  // no name: the id is shown
    CHECK(step("plan-published").name_nn.empty());
    CHECK(step("plan-published").name_en.empty());

    CHECK(step("draft-submitted").to == Strings{"board", "council"});
    CHECK(step("budget-adopted").to == Strings{"administration"});  // one body, not a list
    CHECK(step("tertial-report").to == Strings{"council"});
    CHECK(step("contingent-set").to.empty());
    CHECK(step("draft-submitted").body == "administration");
}

TEST_CASE("steps: a format 2 config may leave out the strategy") {
    const Organisation org = load_config_text(format2, "demo.yaml");
    CHECK(org.strategy_body.empty());
}

// As tests/config/config_loader_test's minimal config: format 1, no `format` key.
const std::string format1 = R"(organisation:
  id: demo
  name: Demo council (EXAMPLE DATA)
  first-tracked-year: 2021
bodies:
  assembly: {name: Assembly}
  board: {name: Board}
steps:
  contingent-set: {body: assembly, window: {from: Y-1-04-01, to: Y-1-06-30}, deadline: Y-1-06-30}
  draft-submitted: {body: board, window: {from: Y-1-09-01, to: Y-1-11-30}, deadline: Y-1-11-30}
  budget-adopted: {body: board, window: {from: Y-1-11-01, to: Y-1-12-31}, deadline: Y-1-12-31}
  status-report: {body: board, to: board, window: {from: Y-07-01, to: Y-09-30}, deadline: Y-09-30}
  accounts-approved: {body: assembly, window: {from: Y+1-04-01, to: Y+1-06-30}, deadline: Y+1-06-30}
strategy: {body: assembly, every-years: 4}
members:
  - {name: Town, kind: municipality, population: 1000, weight: 1}
)";

// What format 1 implies for its five steps, whatever their windows say.
void check_format1_implied(const Organisation& org) {
    CHECK(org.format == 1);
    REQUIRE(ids_of(org) == Strings{"contingent-set", "draft-submitted", "budget-adopted",
                                   "status-report", "accounts-approved"});
    CHECK(names_of(org.cycle_steps) == ids_of(org));
    for (const Step& step : org.cycle_steps) {
        CHECK(step.occurrence == 0);
        CHECK(step.every == Recurrence::none);
    }
    const auto& step = [&](const char* id) -> const StepRule& { return *org.find_step(id); };
    CHECK(step("contingent-set").role == StepRole::sets_contingent);
    CHECK(step("draft-submitted").role == StepRole::none);
    CHECK(step("budget-adopted").role == StepRole::adopts_budget);
    CHECK(step("status-report").role == StepRole::none);
    CHECK(step("accounts-approved").role == StepRole::closes_cycle);

    CHECK(step("contingent-set").after.empty());
    CHECK(step("draft-submitted").after.empty());
    CHECK(step("budget-adopted").after == Strings{"contingent-set", "draft-submitted"});
    CHECK(step("status-report").after == Strings{"budget-adopted"});
    CHECK(step("accounts-approved").after == Strings{"budget-adopted"});

    CHECK(step("contingent-set").phase == StepPhase::preparation);
    CHECK(step("draft-submitted").phase == StepPhase::preparation);
    CHECK(step("budget-adopted").phase == StepPhase::preparation);
    CHECK(step("status-report").phase == StepPhase::execution);
    CHECK(step("accounts-approved").phase == StepPhase::accounts);

    for (const StepRule& rule : org.steps) {
        CHECK_MESSAGE(!rule.optional, rule.id);
        CHECK_MESSAGE(rule.every == Recurrence::none, rule.id);
        CHECK_MESSAGE(rule.occurrences.size() == 1, rule.id);
        CHECK_MESSAGE(rule.occurrences.front().period == 0, rule.id);
    }
    CHECK(step("contingent-set").name_nb == "Kontingent fastsatt");
    CHECK(step("contingent-set").name_nn == "Kontingent fastsett");
    CHECK(step("budget-adopted").name_nn == "Budsjett vedteke");
    CHECK(step("accounts-approved").name_nn == "Rekneskap godkjend");
    CHECK(step("contingent-set").name_en == "Contingent set");
    CHECK(step("draft-submitted").name_nb == "Forslag levert");
    CHECK(step("draft-submitted").name_en == "Draft submitted");
    CHECK(step("budget-adopted").name_nb == "Budsjett vedtatt");
    CHECK(step("budget-adopted").name_en == "Budget adopted");
    CHECK(step("status-report").name_nb == "Statusrapport");
    CHECK(step("status-report").name_en == "Status report");
    CHECK(step("accounts-approved").name_nb == "Regnskap godkjent");
    CHECK(step("accounts-approved").name_en == "Accounts approved");
}

TEST_CASE("steps: format 1 implies the order, roles, phases and titles of its five steps") {
    check_format1_implied(load_config_text(format1, "demo.yaml"));
    // `format: 1` written out means the same.
    check_format1_implied(load_config_text("format: 1\n" + format1, "demo.yaml"));
    // Where the windows would say otherwise, format 1's phases stand: a draft in the budget
    // year is still a preparation step.
    std::string moved = format1;
    const std::string draft = "window: {from: Y-1-09-01, to: Y-1-11-30}, deadline: Y-1-11-30";
    moved.replace(moved.find(draft), draft.size(),
                  "window: {from: Y-01-01, to: Y-01-31}, deadline: Y-01-31");
    check_format1_implied(load_config_text(moved, "demo.yaml"));
}

TEST_CASE("steps: the shipped config's steps, as format 1 has always read them") {
    const Organisation& org = testing::osloregionen();
    check_format1_implied(org);
    const auto& step = [&](const char* id) -> const StepRule& { return *org.find_step(id); };
    CHECK(step("contingent-set").body == "assembly");
    CHECK(step("draft-submitted").body == "secretariat");
    CHECK(step("budget-adopted").body == "board");
    CHECK(step("status-report").body == "secretariat");
    CHECK(step("accounts-approved").body == "assembly");
    CHECK(step("status-report").to == Strings{"board"});
    for (const char* id :
         {"contingent-set", "draft-submitted", "budget-adopted", "accounts-approved"}) {
        CHECK_MESSAGE(step(id).to.empty(), id);
    }
    const auto timing = [&](const char* id) {
        const StepTiming& t = step(id).occurrences.front();
        return t.window_from.text() + ".." + t.window_to.text() + ", " + t.deadline.text();
    };
    CHECK(timing("contingent-set") == "Y-1-04-01..Y-1-06-30, end of window");
    CHECK(timing("draft-submitted") == "Y-1-09-01..Y-1-11-30, end of window");
    CHECK(timing("budget-adopted") == "Y-1-11-01..Y-1-12-31, Y-1-12-31, not moved");
    CHECK(timing("status-report") == "Y-07-01..Y-09-30, end of window");
    CHECK(timing("accounts-approved") == "Y+1-04-01..Y+1-06-30, 6 months after Y-12-31");
    for (const StepRule& rule : org.steps) CHECK_MESSAGE(!rule.reminders, rule.id);
}

TEST_CASE("steps: after is checked for rings in time linear in the steps") {
    // 40 layers of two steps, each after both steps of the layer before: 2^40 paths, which
    // following every path afresh never finished. One ring at the end is still found.
    std::string layers;
    std::string previous;
    for (int layer = 0; layer < 40; ++layer) {
        const std::string a = "s" + std::to_string(layer) + "a";
        const std::string b = "s" + std::to_string(layer) + "b";
        for (const std::string& id : {a, b}) {
            layers += "  " + id +
                      ": {body: board, window: {from: Y-1-02-01, to: Y-1-03-31}, deadline: "
                      "end-of-window" +
                      (previous.empty() ? "" : ", after: [" + previous + "]") + "}\n";
        }
        previous = a + ", " + b;
    }
    std::string text = format2;
    text.replace(text.find("steps:\n"), 7, "steps:\n" + layers);
    const Organisation org = load_config_text(text, "demo.yaml");
    CHECK(org.steps.size() == 80 + 9);
    CHECK(org.find_step("s39b")->after == Strings{"s38a", "s38b"});

    std::string ring = text;
    const std::string first =
        "  s0a: {body: board, window: {from: Y-1-02-01, to: Y-1-03-31}, "
        "deadline: end-of-window}";
    REQUIRE(ring.find(first) != std::string::npos);
    ring.replace(ring.find(first), first.size(),
                 first.substr(0, first.size() - 1) + ", after: [s39b]}");
    CHECK(testing::error_of([&] {
              load_config_text(ring, "demo.yaml");
          }).starts_with("exit 2: demo.yaml:12:"));
    CHECK(testing::error_of([&] { load_config_text(ring, "demo.yaml"); })
              .ends_with(": steps.s0a comes after itself (s0a -> s39b -> s38a -> s37a -> s36a -> "
                         "s35a -> s34a "
                         "-> s33a -> s32a -> s31a -> s30a -> s29a -> s28a -> s27a -> s26a -> s25a "
                         "-> s24a -> "
                         "s23a -> s22a -> s21a -> s20a -> s19a -> s18a -> s17a -> s16a -> s15a -> "
                         "s14a -> s13a "
                         "-> s12a -> s11a -> s10a -> s9a -> s8a -> s7a -> s6a -> s5a -> s4a -> s3a "
                         "-> s2a -> "
                         "s1a -> s0a)"));
}

}  // namespace
}  // namespace cycle
