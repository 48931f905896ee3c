// A cycle whose steps come from a format 2 config (EXAMPLE DATA, not a council's): the order
// `after` gives, a step recurring each tertial, a deadline in working days, an optional step,
// and the phases the roles and the year's end move through. Budget year 2026.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "cli/presentation/language.hpp"
#include "config/yaml/config_loader.hpp"
#include "tests/support/event_builder.hpp"
#include "tests/support/shipped_config.hpp"
#include "workflows/machines/budget_cycle.hpp"
#include "workflows/queries/duty_status.hpp"
#include "workflows/queries/status.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {
namespace {

using testing::day;

const char* const example_config = R"(format: 2
organisation: {id: example, name: Example (EXAMPLE DATA), first-tracked-year: 2026}
bodies:
  council: {name: Kommunestyret}
  executive: {name: Formannskapet}
  administration: {name: Administrasjonen}
steps:
  recommendation:
    name: {nb: Innstilling, en: Recommendation}
    body: executive
    to: council
    window: {from: Y-1-10-01, to: Y-1-12-31}
    deadline: {working-days: 10, before: budget}
  budget:
    name: {en: Budget adopted}
    body: council
    window: {from: Y-1-11-01, to: Y-1-12-31}
    deadline: {on: Y-1-12-31, shift: none}
    after: [recommendation]
    role: adopts-budget
  tertial-report:
    body: administration
    to: [council, executive]
    every: tertial
    occurrences:
      - {period: 2, window: {from: Y-09-01, to: Y-10-31}, deadline: end-of-window}
      - {period: 1, window: {from: Y-05-01, to: Y-06-30}, deadline: end-of-window}
  extra:
    body: council
    optional: true
    window: {from: Y-03-01, to: Y-06-30}
    deadline: end-of-window
  accounts-presented:
    body: administration
    window: {from: Y+1-01-01, to: Y+1-02-22}
    deadline: {working-days: 0, after: Y+1-02-22}
  accounts:
    body: council
    window: {from: Y+1-04-01, to: Y+1-06-30}
    deadline: {months: 6, after: Y-12-31}
    after: [accounts-presented, tertial-report]
    role: closes-cycle
duties:
  tertial-duty: {body: administration, to: council, every: tertial, fulfilled-by: tertial-report}
  quarterly: {body: administration, to: council, every: quarter, due-days: 45}
  yearly: {body: administration, to: council, every: year, due: 03-31}
members: []
)";

const Organisation& example() {
    static const Organisation org = load_config_text(example_config, "example.yaml");
    return org;
}

const Step recommendation{"recommendation", 0, Recurrence::none};
const Step budget{"budget", 0, Recurrence::none};
const Step t1{"tertial-report", 1, Recurrence::tertial};
const Step t2{"tertial-report", 2, Recurrence::tertial};
const Step extra{"extra", 0, Recurrence::none};
const Step presented{"accounts-presented", 0, Recurrence::none};
const Step accounts{"accounts", 0, Recurrence::none};

std::string offer(BudgetCycle& cycle, const Step& step, const char* date, std::int64_t seq,
                  const char* override_text = nullptr) {
    StepFacts facts;
    facts.seq = seq;
    facts.date = day(date);
    if (override_text) facts.override_reason = override_text;
    const Verdict verdict = cycle.offer(step, facts);
    if (!verdict.accepted) return "refused: " + verdict.refusal;
    return verdict.irregular ? "irregular: " + verdict.irregular_reason : "accepted";
}

TEST_CASE("config cycle: the steps, their occurrences in period order, phases and roles") {
    const Organisation& org = example();
    std::vector<std::string> names;
    for (const Step& step : org.cycle_steps) names.push_back(step.name());
    CHECK(names == std::vector<std::string>{"recommendation", "budget", "tertial-report T1",
                                            "tertial-report T2", "extra", "accounts-presented",
                                            "accounts"});
    CHECK(org.rule(recommendation).phase == StepPhase::preparation);  // window in Y-1
    CHECK(org.rule(t1).phase == StepPhase::execution);                // in Y
    CHECK(org.rule(accounts).phase == StepPhase::accounts);           // in Y+1
    CHECK(org.rule(budget).role == StepRole::adopts_budget);
    CHECK(org.rule(accounts).role == StepRole::closes_cycle);
    CHECK(org.rule(t1).to == std::vector<std::string>{"council", "executive"});
    CHECK(org.strategy_body.empty());  // format 2: no strategy cycle unless configured
    CHECK(t1.slug() == "tertial-report-t1");
    // A title in the language asked for, else the nearest given, else the id.
    CHECK(step_title(Language::nb, org, recommendation) == "Innstilling");
    CHECK(step_title(Language::nb, org, budget) == "Budget adopted");  // only en given
    CHECK(step_title(Language::en, org, t1) == "tertial-report T1");   // no name given
}

TEST_CASE("config cycle: deadlines in working days count only open days") {
    const Schedule schedule = schedule_for(example(), 2026);
    // 31 Dec 2025 is a Wednesday; counting back 10 working days skips 25-26 December (public
    // holidays) and two weekends: 30, 29, 24, 23, 22, 19, 18, 17, 16, 15 December.
    CHECK(iso(schedule.at(recommendation).deadline) == "2025-12-15");
    CHECK(schedule.at(recommendation).provisional);  // counted from the open adoption
    // 0 working days after Sunday 22 Feb 2027: that day if open, else the next working day.
    CHECK(iso(schedule.at(presented).deadline) == "2027-02-22");
    CHECK(iso(schedule_for(example(), 2025).at(presented).deadline) == "2026-02-23");
    // Once the adoption is recorded, the count runs from its day: Thu 10 Dec 2026 -> 26 Nov.
    const Schedule recorded = schedule_for(example(), 2027, {{budget, day("2026-12-10")}});
    CHECK(iso(recorded.at(recommendation).deadline) == "2026-11-26");
    CHECK_FALSE(recorded.at(recommendation).provisional);
}

TEST_CASE("config cycle: steps wait for those they come after; the phases move on") {
    BudgetCycle cycle(schedule_for(example(), 2026));
    const std::string or_override = " (record it anyway with --override REASON)";
    CHECK(offer(cycle, budget, "2025-12-01", 1) ==
          "refused: budget for 2026 refused: needs recommendation first; recommendation not "
          "recorded" +
              or_override);
    CHECK(offer(cycle, t1, "2025-12-01", 1) ==
          "refused: tertial-report T1 for 2026 refused: needs budget first; the budget is not "
          "adopted" +
              or_override);
    CHECK(offer(cycle, recommendation, "2025-11-20", 1) == "accepted");
    CHECK(offer(cycle, budget, "2025-12-10", 2) == "accepted");
    CHECK(cycle.phase() == Phase::execution);
    CHECK(offer(cycle, recommendation, "2025-12-11", 3) ==
          "refused: recommendation for 2026 refused: preparation is over: the budget is "
          "adopted" +
              or_override);
    CHECK(offer(cycle, t2, "2026-10-01", 3) == "accepted");
    CHECK(offer(cycle, t1, "2026-06-15", 4) == "accepted");  // format 2: side by side
    CHECK(offer(cycle, t1, "2026-06-16", 5) ==
          "refused: tertial-report T1 for 2026 refused: already recorded as #4 on 2026-06-15" +
              or_override);
    CHECK(offer(cycle, accounts, "2026-12-20", 5) ==
          "refused: accounts for 2026 refused: budget year 2026 has not ended (it ends "
          "2026-12-31)" +
              or_override);
    CHECK(cycle.phase() == Phase::execution);
    // The first step dated after the year ends finds the cycle in its accounts phase.
    CHECK(offer(cycle, accounts, "2027-04-10", 5) ==
          "refused: accounts for 2026 refused: needs accounts-presented and tertial-report "
          "first; accounts-presented not recorded" +
              or_override);
    CHECK(cycle.phase() == Phase::accounts);
    CHECK(offer(cycle, presented, "2027-02-20", 5) == "accepted");
    CHECK(offer(cycle, accounts, "2027-04-10", 6) == "accepted");
    CHECK(cycle.phase() == Phase::closed);
    CHECK(offer(cycle, extra, "2027-04-11", 7) ==
          "refused: extra for 2026 refused: the cycle is closed: annual report and accounts are "
          "approved" +
              or_override);
}

// The example's year on the log: replayed, shown by status and by the duties.
std::vector<Event> example_year() {
    Event registered = testing::registration();
    registered.org = "example";
    registered.effective_date = day("2025-09-01");
    registered.details["config"] = example_config;
    const auto step = [](std::int64_t seq, const char* kind, const char* date, int occurrence) {
        Event event = testing::step_event(seq, kind, date, 2026);
        event.org = "example";
        if (occurrence != 0) event.details["occurrence"] = occurrence;
        return event;
    };
    Event report =
        testing::step_event(5, kind_duty_reported, "2026-05-20", 0, {{"duty", "quarterly"}});
    report.org = "example";
    Event yearly =
        testing::step_event(6, kind_duty_reported, "2026-04-02", 0, {{"duty", "yearly"}});
    yearly.org = "example";
    return {registered,
            step(2, "recommendation", "2025-11-20", 0),
            step(3, "budget", "2025-12-10", 0),
            step(4, "tertial-report", "2026-06-15", 1),
            report,
            yearly};
}

TEST_CASE("config cycle: an optional step is never overdue; duties by step and by report") {
    OrganisationState state = replay(example_year());
    const Date today = day("2026-07-15");
    const StatusReport status = compute_status(state, today, 2026);
    REQUIRE(status.cycles.size() == 1);
    std::vector<std::string> states;
    for (const StepStatus& step : status.cycles[0].steps) {
        states.push_back(step.step.name() + " " + std::string(step_state_name(step.state)));
    }
    CHECK(states == std::vector<std::string>{"recommendation done", "budget done",
                                             "tertial-report T1 done", "tertial-report T2 upcoming",
                                             "extra optional", "accounts-presented upcoming",
                                             "accounts upcoming"});
    CHECK(status.cycles[0].phase == "execution");

    REQUIRE(status.duties.size() == 3);
    const DutyStatus& tertial = status.duties[0];  // by the step: T1 done, T2 next
    REQUIRE(tertial.last);
    CHECK(tertial.last->by == "tertial-report T1 2026");
    REQUIRE(tertial.open.size() == 1);
    CHECK(tertial.open[0].text(tertial.rule) == "budget year 2026 T2");
    CHECK(iso(tertial.open[0].due) == "2026-11-02");  // Sat 31 Oct -> Mon 2 Nov
    const DutyStatus& quarterly = status.duties[1];
    // Q1 2026 ended 31 March, due 45 days later (15 May), reported 20 May: fulfilled, late.
    // Q2 ended 30 June: due 14 August, open.
    REQUIRE(quarterly.open.size() == 1);
    CHECK(quarterly.open[0].text(quarterly.rule) == "2026 Q2");
    CHECK(iso(quarterly.open[0].due) == "2026-08-14");
    CHECK_FALSE(quarterly.open[0].overdue);
    const DutyStatus& yearly = status.duties[2];
    // The 2026 report (2 April) fulfils 2026; 2027 is next, on 31 March 2027 (a Wednesday).
    REQUIRE(yearly.open.size() == 1);
    CHECK(yearly.open[0].text(yearly.rule) == "year 2027");
    CHECK(iso(yearly.open[0].due) == "2027-03-31");
}

}  // namespace
}  // namespace cycle

namespace cycle {
namespace {

// The templates a council copies: they load, and their statutory days are the law's
// (config/templates/SOURCES.md). Budget year 2026: its accounts are due in 2027.
TEST_CASE("config templates: the municipality's statutory days, the council's five steps") {
    const Organisation municipality =
        load_config_file(std::string(CYCLE_SOURCE_DIR) + "/config/templates/municipality.yaml");
    const Schedule year = schedule_for(municipality, 2026);
    const auto deadline = [&](const char* id) {
        return iso(year.at(Step{id, 0, Recurrence::none}).unshifted_deadline);
    };
    CHECK(deadline("budget-adopted") == "2025-12-31");           // koml. § 14-3 (1)
    CHECK(deadline("accounts-presented") == "2027-02-22");       // § 14-6
    CHECK(deadline("annual-report-submitted") == "2027-03-31");  // § 14-7
    CHECK(deadline("auditor-report") == "2027-04-15");           // § 24-8
    CHECK(deadline("accounts-approved") == "2027-06-30");        // § 14-3 (2)
    CHECK(municipality.step_with(StepRole::adopts_budget)->id == "budget-adopted");
    CHECK(municipality.step_with(StepRole::closes_cycle)->id == "accounts-approved");
    CHECK(municipality.find_step("tertial-report")->occurrences.size() == 2);

    const Organisation council = load_config_file(std::string(CYCLE_SOURCE_DIR) +
                                                  "/config/templates/inter-municipal-council.yaml");
    std::vector<std::string> ids;
    for (const StepRule& rule : council.steps) ids.push_back(rule.id);
    CHECK(ids == std::vector<std::string>{"contingent-set", "draft-submitted", "budget-adopted",
                                          "status-report", "accounts-approved"});
    CHECK(council.find_step("budget-adopted")->after ==
          std::vector<std::string>{"contingent-set", "draft-submitted"});
    CHECK(council.step_with(StepRole::sets_contingent)->id == "contingent-set");
}

// docs/config.md's example of every key loads as it stands: the reference stays true.
TEST_CASE("config reference: docs/config.md's example loads") {
    std::ifstream file(std::string(CYCLE_SOURCE_DIR) + "/docs/config.md");
    const std::string page((std::istreambuf_iterator<char>(file)), {});
    const std::string opening = "## Keys\n";
    const auto keys = page.find(opening);
    REQUIRE(keys != std::string::npos);
    const auto start = page.find("```yaml\n", keys);
    REQUIRE(start != std::string::npos);
    const auto end = page.find("```", start + 8);
    const Organisation org = load_config_text(page.substr(start + 8, end - start - 8), "docs");
    CHECK(org.format == 2);
    CHECK(org.cycle_steps.size() == 6);  // two tertial reports
    CHECK(org.step_with(StepRole::closes_cycle)->id == "accounts-approved");
    CHECK(iso(schedule_for(org, 2021).at(Step{"draft-submitted", 0, Recurrence::none}).deadline) ==
          "2020-12-10");  // 10 working days before 31 Dec, 24-31 December closed
}

// Adding `format: 2` to a format 1 config changes nothing it meant: the five steps keep their
// names, order, roles and phases.
TEST_CASE("config formats: format 2 over Osloregionen's config means what format 1 did") {
    const Organisation one = testing::osloregionen();
    const Organisation two =
        load_config_text("format: 2\n" + testing::osloregionen_yaml(), "format-2.yaml");
    REQUIRE(one.steps.size() == two.steps.size());
    for (std::size_t i = 0; i < one.steps.size(); ++i) {
        CAPTURE(one.steps[i].id);
        CHECK(two.steps[i].id == one.steps[i].id);
        CHECK(two.steps[i].after == one.steps[i].after);
        CHECK(two.steps[i].role == one.steps[i].role);
        CHECK(two.steps[i].phase == one.steps[i].phase);
        CHECK(two.steps[i].name_nb == one.steps[i].name_nb);
        CHECK(two.steps[i].name_en == one.steps[i].name_en);
    }
    CHECK(one.steps[2].after == std::vector<std::string>{"contingent-set", "draft-submitted"});
}

}  // namespace
}  // namespace cycle
