// The annual cycle of one budget year Y as a Boost.Statechart machine. The phases and their
// transitions are the machine's; which steps a phase holds, their order and roles are the
// config's (config/model/organisation StepRule), and the states consult them.
//
//   Preparation (Y-1)  its steps, each after the steps its `after` names
//        | the adopts-budget step
//   Execution (Y)      its steps; the year's end moves it on
//        | 31 December of Y passes (the first step dated after it)
//   Accounts (Y+1)     its steps, and late execution steps
//        | the closes-cycle step
//   Closed
//
// The machine decides; it does no I/O and never throws. Offer it a step with `offer`: the
// verdict says whether it was accepted (and the state moved) or refused and why. Guards that
// apply in every phase - the same step twice, a date before the step it comes after, lateness
// against the schedule's deadline - are checked here too, so every refusal comes from one place.
#pragma once

#include <boost/statechart/state_machine.hpp>
#include <map>
#include <vector>

#include "config/model/schedule.hpp"
#include "engine/log/step.hpp"
#include "workflows/machines/admission.hpp"

namespace cycle {

namespace sc = boost::statechart;

struct Preparation;

enum class Phase { preparation, execution, accounts, closed };
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
    // `schedule.rules` must be set (schedule_for sets it).
    explicit BudgetCycle(Schedule schedule);
    ~BudgetCycle();
    BudgetCycle(const BudgetCycle&) = delete;
    BudgetCycle& operator=(const BudgetCycle&) = delete;

    // Offers a step of the cycle. Accepted steps are remembered; refused ones leave the
    // steps exactly as they were (the phase may have moved on with the date: a year ends
    // whatever is recorded).
    Verdict offer(const Step& step, const StepFacts& facts);
    // Moves execution on to accounts once `day` is past the budget year.
    void advance_to(const Date& day);

    // The dates to judge the next step by (the rules in force on its day), or to show.
    void reschedule(Schedule schedule) { schedule_ = std::move(schedule); }

    int budget_year() const { return schedule_.budget_year; }
    const Schedule& schedule() const { return schedule_; }
    const Organisation& rules() const { return *schedule_.rules; }
    Phase phase() const;
    // The first accepted record of each step (a step overridden twice keeps its first).
    const std::map<Step, StepRecord>& records() const { return records_; }
    const std::vector<Irregularity>& irregularities() const { return irregularities_; }
    // Whether a step is still to be recorded: not recorded, and the cycle not past its phase.
    // A cycle that moved on without it (by override) has passed it by: it is not due, and
    // no reminder or calendar alarm should ask for it.
    bool is_pending(const Step& step) const;

    // For the states: judge a step given the problems the phase found with it (none: in
    // order). Returns whether the state should make its transition.
    bool admit(const Step& step, const StepFacts& facts, std::vector<std::string> problems);
    // Why a step cannot be recorded yet: the steps its `after` names that are not recorded
    // ("needs contingent-set and draft-submitted first; draft-submitted not recorded"), or
    // nothing. The adopting step is left out of a later phase's steps' list: the phase says so.
    std::vector<std::string> unmet_order(const StepRule& rule) const;
    std::string subject(const Step& step) const;

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
