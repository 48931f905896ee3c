// The annual cycle of one budget year Y as a Boost.Statechart machine.
//
//   Preparation (Y-1)  two orthogonal regions:  ContingentPending -> ContingentSet
//                                               DraftPending      -> DraftSubmitted
//        | budget-adopted (needs both regions done)
//   Execution (Y)      status-report
//        | accounts-approved (needs Y to have ended)
//   Closed
//
// The machine decides; it does no I/O and never throws. Offer it a step with `offer`: the
// verdict says whether it was accepted (and the state moved) or refused and why. Guards that
// apply in every phase - the same step twice, a date before the previous step, lateness
// against the schedule's deadline - are checked here too, so every refusal comes from one place.
#pragma once

#include <boost/statechart/state_machine.hpp>
#include <map>
#include <vector>

#include "engine/schedule.hpp"
#include "engine/step.hpp"
#include "workflows/admission.hpp"

namespace cycle {

namespace sc = boost::statechart;

struct Preparation;

enum class Phase { preparation, execution, closed };
std::string_view phase_name(Phase phase);

// A step the machine accepted.
struct StepRecord {
    std::int64_t seq = 0;
    Date date;
    std::optional<CaseNumber> case_number;
    bool irregular = false;
};

struct Irregularity {
    std::int64_t seq = 0;
    Step step;
    Date date;
    std::string reason;
};

class BudgetCycle : public sc::state_machine<BudgetCycle, Preparation> {
  public:
    explicit BudgetCycle(Schedule schedule);
    ~BudgetCycle();
    BudgetCycle(const BudgetCycle&) = delete;
    BudgetCycle& operator=(const BudgetCycle&) = delete;

    // Offers one of the five cycle steps. Accepted steps are remembered; refused ones leave
    // the machine exactly as it was.
    Verdict offer(Step step, const StepFacts& facts);

    // The dates to judge the next step by (the rules in force on its day), or to show.
    void reschedule(Schedule schedule) { schedule_ = std::move(schedule); }

    int budget_year() const { return schedule_.budget_year; }
    const Schedule& schedule() const { return schedule_; }
    Phase phase() const;
    // The first accepted record of each step (a step overridden twice keeps its first).
    const std::map<Step, StepRecord>& records() const { return records_; }
    const std::vector<Irregularity>& irregularities() const { return irregularities_; }
    // Whether a step is still to be recorded: not recorded, and the cycle not past its phase.
    // A cycle that moved on without it (by override) has passed it by: it is not due, and
    // no reminder or calendar alarm should ask for it.
    bool is_pending(Step step) const;

    // For the states: judge a step given the problems the phase found with it (none: in
    // order). Returns whether the state should make its transition.
    bool admit(Step step, const StepFacts& facts, std::vector<std::string> problems);
    std::string subject(Step step) const;

    // Boost.Statechart calls this when no state reacted: a step the phase does not expect.
    void unconsumed_event(const sc::event_base& event);

  private:
    Schedule schedule_;
    std::map<Step, StepRecord> records_;
    std::vector<Irregularity> irregularities_;
    std::optional<Date> latest_date_;
    Verdict verdict_;
    bool reacted_ = false;
};

}  // namespace cycle
