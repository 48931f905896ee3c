// Every legal path through one budget year's cycle and every refusal, table-driven: each row
// offers steps in order and states the exact outcome of each and the phase at the end.
// Budget year 2021 with the shipped Osloregionen rules: contingent window 2020-04-01..06-30,
// draft 2020-09-01..11-30, adoption 2020-11-01..12-31, status report 2021-07-01..09-30,
// accounts 2022-04-01..06-30; each deadline is its window's end.
#include "workflows/machines/budget_cycle.hpp"

#include <doctest/doctest.h>

#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

struct Offer {
    Step step;
    const char* date;
    const char* reason = nullptr;         // --reason
    const char* override_text = nullptr;  // --override
};

struct PathCase {
    const char* name;
    std::vector<Offer> offers;
    std::vector<std::string> outcomes;  // "accepted", "irregular: ...", "refused: ..."
    Phase final_phase;
};

const Step C = testing::steps::contingent_set;
const Step D = testing::steps::draft_submitted;
const Step A = testing::steps::budget_adopted;
const Step S = testing::steps::status_report;
const Step R = testing::steps::accounts_approved;

const std::string anyway = " (record it anyway with --override REASON)";

std::string outcome_of(const Verdict& verdict) {
    if (!verdict.accepted) return "refused: " + verdict.refusal;
    if (verdict.irregular) return "irregular: " + verdict.irregular_reason;
    return "accepted";
}

const std::vector<PathCase> path_cases = {
    // ---- legal paths ----
    {"contingent, draft, adoption, status report, accounts",
     {{C, "2020-05-10"},
      {D, "2020-10-15"},
      {A, "2020-12-10"},
      {S, "2021-09-01"},
      {R, "2022-05-20"}},
     {"accepted", "accepted", "accepted", "accepted", "accepted"},
     Phase::closed},
    {"draft before contingent (orthogonal regions)",
     {{D, "2020-06-01"},
      {C, "2020-06-15"},
      {A, "2020-11-20"},
      {S, "2021-08-01"},
      {R, "2022-04-20"}},
     {"accepted", "accepted", "accepted", "accepted", "accepted"},
     Phase::closed},
    {"accounts without a status report",
     {{C, "2020-05-10"}, {D, "2020-10-15"}, {A, "2020-12-10"}, {R, "2022-01-01"}},
     {"accepted", "accepted", "accepted", "accepted"},
     Phase::closed},
    {"all preparation steps on one day, on their deadlines",
     {{C, "2020-06-30"}, {D, "2020-06-30"}, {A, "2020-06-30"}},
     {"accepted", "accepted", "accepted"},
     Phase::execution},
    {"late steps with reasons (the real 2021 cycle)",
     {{C, "2020-10-28", "reorganisation"}, {D, "2020-11-20"}, {A, "2021-02-05", "reorganisation"}},
     {"irregular: late, 120 days after the deadline 2020-06-30: reorganisation", "accepted",
      "irregular: late, 36 days after the deadline 2020-12-31: reorganisation"},
     Phase::execution},
    {"a reason given for a step in time is kept, not irregular",
     {{C, "2020-05-10", "early decision"}},
     {"accepted"},
     Phase::preparation},

    // ---- refusals ----
    {"adoption before contingent and draft",
     {{A, "2020-12-01"}},
     {"refused: budget-adopted for 2021 refused: needs contingent-set and draft-submitted first; "
      "contingent-set and draft-submitted not recorded" +
      anyway},
     Phase::preparation},
    {"adoption before the draft",
     {{C, "2020-05-10"}, {A, "2020-12-01"}},
     {"accepted",
      "refused: budget-adopted for 2021 refused: needs contingent-set and "
      "draft-submitted first; draft-submitted not recorded" +
          anyway},
     Phase::preparation},
    {"adoption before the contingent",
     {{D, "2020-10-01"}, {A, "2020-12-01"}},
     {"accepted",
      "refused: budget-adopted for 2021 refused: needs contingent-set and "
      "draft-submitted first; contingent-set not recorded" +
          anyway},
     Phase::preparation},
    {"accounts before adoption",
     {{C, "2020-05-10"}, {D, "2020-10-15"}, {R, "2022-05-01"}},
     {"accepted", "accepted",
      "refused: accounts-approved for 2021 refused: needs budget-adopted first; the budget is not "
      "adopted" +
          anyway},
     Phase::preparation},
    {"accounts before the budget year has ended",
     {{C, "2020-05-10"}, {D, "2020-10-15"}, {A, "2020-12-10"}, {R, "2021-12-31"}},
     {"accepted", "accepted", "accepted",
      "refused: accounts-approved for 2021 refused: budget year 2021 has not ended (it ends "
      "2021-12-31)" +
          anyway},
     Phase::execution},
    {"status report before adoption",
     {{S, "2020-09-01"}},
     {"refused: status-report for 2021 refused: needs budget-adopted first; the budget is not "
      "adopted" +
      anyway},
     Phase::preparation},
    {"contingent twice",
     {{C, "2020-05-10"}, {C, "2020-05-11"}},
     {"accepted",
      "refused: contingent-set for 2021 refused: already recorded as #1 on 2020-05-10" + anyway},
     Phase::preparation},
    {"draft twice",
     {{D, "2020-09-10"}, {D, "2020-09-11"}},
     {"accepted",
      "refused: draft-submitted for 2021 refused: already recorded as #1 on 2020-09-10" + anyway},
     Phase::preparation},
    {"adoption twice",
     {{C, "2020-05-10"}, {D, "2020-10-15"}, {A, "2020-12-10"}, {A, "2020-12-11"}},
     {"accepted", "accepted", "accepted",
      "refused: budget-adopted for 2021 refused: preparation is over: the budget is adopted" +
          anyway},
     Phase::execution},
    {"status report twice",
     {{C, "2020-05-10"},
      {D, "2020-10-15"},
      {A, "2020-12-10"},
      {S, "2021-08-01"},
      {S, "2021-08-02"}},
     {"accepted", "accepted", "accepted", "accepted",
      "refused: status-report for 2021 refused: already recorded as #4 on 2021-08-01" + anyway},
     Phase::execution},
    {"accounts twice",
     {{C, "2020-05-10"},
      {D, "2020-10-15"},
      {A, "2020-12-10"},
      {R, "2022-05-01"},
      {R, "2022-05-02"}},
     {"accepted", "accepted", "accepted", "accepted",
      "refused: accounts-approved for 2021 refused: the cycle is closed: annual report and "
      "accounts are approved" +
          anyway},
     Phase::closed},
    {"a step dated before the cycle's previous step",
     {{C, "2020-06-01"}, {D, "2020-05-31"}},
     {"accepted",
      "refused: draft-submitted for 2021 refused: 2020-05-31 is earlier than the "
      "cycle's previous step on 2020-06-01" +
          anyway},
     Phase::preparation},
    {"a late step without a reason",
     {{C, "2020-07-01"}},
     {"refused: contingent-set for 2021 refused: 2020-07-01 is 1 day after the deadline "
      "2020-06-30; give the reason with --reason TEXT"},
     Phase::preparation},
    {"a status report after the cycle closed",
     {{C, "2020-05-10"},
      {D, "2020-10-15"},
      {A, "2020-12-10"},
      {R, "2022-05-01"},
      {S, "2022-05-02"}},
     {"accepted", "accepted", "accepted", "accepted",
      "refused: status-report for 2021 refused: the cycle is closed: annual report and accounts "
      "are approved" +
          anyway},
     Phase::closed},

    // ---- overrides: recorded anyway, irregular, the machine moves as the step says ----
    {"adoption without a draft, overridden; the draft then belongs to a past phase",
     {{C, "2020-05-10"},
      {A, "2020-12-01", nullptr, "board decided without a draft"},
      {D, "2020-12-02"}},
     {"accepted",
      "irregular: override: board decided without a draft (needs contingent-set and "
      "draft-submitted first; draft-submitted not recorded)",
      "refused: draft-submitted for 2021 refused: preparation is over: the budget is adopted" +
          anyway},
     Phase::execution},
    {"accounts before adoption and before the year ended, overridden, name both",
     {{R, "2021-03-01", nullptr, "migrated history"}},
     {"irregular: override: migrated history (needs budget-adopted first; the budget is not "
      "adopted; budget year 2021 has not ended (it ends 2021-12-31))"},
     Phase::closed},
    {"accounts before adoption, overridden, close the cycle",
     {{R, "2022-05-01", nullptr, "migrated history"}},
     {"irregular: override: migrated history (needs budget-adopted first; the budget is not "
      "adopted)"},
     Phase::closed},
    {"a repeated step, overridden, is kept and the first record stays",
     {{C, "2020-05-10"}, {C, "2020-05-20", nullptr, "corrected rate"}},
     {"accepted", "irregular: override: corrected rate (already recorded as #1 on 2020-05-10)"},
     Phase::preparation},
    {"an override does not excuse lateness",
     {{C, "2020-05-10"}, {C, "2020-07-20", nullptr, "corrected rate"}},
     {"accepted",
      "refused: contingent-set for 2021 refused: 2020-07-20 is 20 days after the "
      "deadline 2020-06-30; give the reason with --reason TEXT"},
     Phase::preparation},
    {"override and lateness together",
     {{C, "2020-05-10"}, {C, "2020-07-20", "late correction", "corrected rate"}},
     {"accepted",
      "irregular: override: corrected rate (already recorded as #1 on 2020-05-10); "
      "late, 20 days after the deadline 2020-06-30: late correction"},
     Phase::preparation},
    {"an override that overrides nothing is ignored",
     {{C, "2020-05-10", nullptr, "just in case"}},
     {"accepted"},
     Phase::preparation},
};

TEST_CASE("budget cycle: every legal path and every refusal") {
    for (const PathCase& path : path_cases) {
        const std::string case_name = path.name;
        CAPTURE(case_name);
        REQUIRE(path.offers.size() == path.outcomes.size());
        BudgetCycle cycle(schedule_for(testing::osloregionen(), 2021));
        std::int64_t seq = 0;
        for (std::size_t i = 0; i < path.offers.size(); ++i) {
            const Offer& offer = path.offers[i];
            StepFacts facts;
            facts.seq = ++seq;
            facts.date = day(offer.date);
            if (offer.reason) facts.late_reason = offer.reason;
            if (offer.override_text) facts.override_reason = offer.override_text;
            CAPTURE(i);
            CHECK(outcome_of(cycle.offer(offer.step, facts)) == path.outcomes[i]);
        }
        CHECK(phase_name(cycle.phase()) == phase_name(path.final_phase));
    }
}

TEST_CASE("budget cycle: an unneeded override or reason is reported, not used") {
    BudgetCycle cycle(schedule_for(testing::osloregionen(), 2021));
    StepFacts facts{1, day("2020-05-10"), {}, "no need", "no need", {}};
    const Verdict verdict = cycle.offer(C, facts);
    CHECK(verdict.accepted);
    CHECK_FALSE(verdict.irregular);
    CHECK(verdict.override_unused);
    CHECK(verdict.reason_unused);
}

TEST_CASE("budget cycle: a refused step leaves the machine as it was") {
    BudgetCycle cycle(schedule_for(testing::osloregionen(), 2021));
    StepFacts contingent{1, day("2020-05-10"), {}, {}, {}, {}};
    REQUIRE(cycle.offer(C, contingent).accepted);
    StepFacts adoption{2, day("2020-12-01"), {}, {}, {}, {}};
    REQUIRE_FALSE(cycle.offer(A, adoption).accepted);
    CHECK(cycle.records().size() == 1);
    CHECK(cycle.irregularities().empty());
    // The refused adoption did not move the date order on: a draft before it is fine.
    StepFacts draft{2, day("2020-11-01"), {}, {}, {}, {}};
    CHECK(cycle.offer(D, draft).accepted);
}

TEST_CASE("budget cycle: records keep date, case number and sequence") {
    BudgetCycle cycle(schedule_for(testing::osloregionen(), 2021));
    StepFacts adoption{7, day("2020-05-10"), CaseNumber{"assembly", 2020, 12}, {}, {}, {}};
    REQUIRE(cycle.offer(C, adoption).accepted);
    const StepRecord& record = cycle.records().at(C);
    CHECK(record.seq == 7);
    CHECK(iso(record.date) == "2020-05-10");
    CHECK(record.case_number->render() == "12/20");
    CHECK_FALSE(record.irregular);
}

TEST_CASE("budget cycle: a strategy adoption is not a cycle step") {
    BudgetCycle cycle(schedule_for(testing::osloregionen(), 2021));
    StepFacts facts{1, day("2020-10-28"), {}, {}, {}, {}};
    CHECK(cycle.offer(testing::steps::strategy_adopted, facts).refusal ==
          "strategy-adopted is not a step of a budget year's cycle");
}

}  // namespace
}  // namespace cycle
