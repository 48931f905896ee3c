#include "workflows/budget_cycle.hpp"

#include <boost/mpl/list.hpp>
#include <boost/statechart/custom_reaction.hpp>
#include <boost/statechart/event.hpp>
#include <boost/statechart/simple_state.hpp>

namespace cycle {

namespace mpl = boost::mpl;

// Events are internal: callers offer a Step with its facts.
namespace budget_cycle_events {

template <Step S>
struct StepEvent : sc::event<StepEvent<S>> {
    explicit StepEvent(const StepFacts& f) : facts(f) {}
    const StepFacts& facts;
};

using ContingentSetEvent = StepEvent<Step::contingent_set>;
using DraftSubmittedEvent = StepEvent<Step::draft_submitted>;
using BudgetAdoptedEvent = StepEvent<Step::budget_adopted>;
using StatusReportEvent = StepEvent<Step::status_report>;
using AccountsApprovedEvent = StepEvent<Step::accounts_approved>;

}  // namespace budget_cycle_events

using namespace budget_cycle_events;

namespace {

const char* const not_adopted = "needs budget-adopted first; the budget is not adopted";

// Accounts are approved once the budget year is over; empty when it is.
std::vector<std::string> year_not_ended(const BudgetCycle& cycle, const Date& date) {
    const Date year_end(static_cast<unsigned short>(cycle.budget_year()), 12, 31);
    if (date > year_end) return {};
    return {"budget year " + std::to_string(cycle.budget_year()) + " has not ended (it ends " +
            iso(year_end) + ")"};
}

}  // namespace

// A preparation step in its own orthogonal region: pending until recorded, then done.
// A repeat in the done state is offered to admit(), which refuses it as already recorded.
template <Step S, int Region>
struct PreparationStepPending;
template <Step S, int Region>
struct PreparationStepDone;

using ContingentPending = PreparationStepPending<Step::contingent_set, 0>;
using ContingentSet = PreparationStepDone<Step::contingent_set, 0>;
using DraftPending = PreparationStepPending<Step::draft_submitted, 1>;
using DraftSubmitted = PreparationStepDone<Step::draft_submitted, 1>;
struct Execution;
struct Closed;

// ---- Preparation: contingent and draft in parallel; adoption needs both -----------------

struct Preparation
    : sc::simple_state<Preparation, BudgetCycle, mpl::list<ContingentPending, DraftPending>> {
    using reactions =
        mpl::list<sc::custom_reaction<BudgetAdoptedEvent>, sc::custom_reaction<StatusReportEvent>,
                  sc::custom_reaction<AccountsApprovedEvent>>;
    sc::result react(const BudgetAdoptedEvent& event);
    sc::result react(const StatusReportEvent& event);
    sc::result react(const AccountsApprovedEvent& event);
};

template <Step S, int Region>
struct PreparationStepPending
    : sc::simple_state<PreparationStepPending<S, Region>, Preparation::orthogonal<Region>> {
    using reactions = sc::custom_reaction<StepEvent<S>>;
    sc::result react(const StepEvent<S>& event) {
        if (this->outermost_context().admit(S, event.facts, {})) {
            return this->template transit<PreparationStepDone<S, Region>>();
        }
        return this->discard_event();
    }
};

template <Step S, int Region>
struct PreparationStepDone
    : sc::simple_state<PreparationStepDone<S, Region>, Preparation::orthogonal<Region>> {
    using reactions = sc::custom_reaction<StepEvent<S>>;
    sc::result react(const StepEvent<S>& event) {
        this->outermost_context().admit(S, event.facts, {});  // a repeat: refused as such
        return this->discard_event();
    }
};

// ---- Execution: the budget year runs; accounts close it once it has ended --------------

struct Execution : sc::simple_state<Execution, BudgetCycle> {
    using reactions =
        mpl::list<sc::custom_reaction<ContingentSetEvent>, sc::custom_reaction<DraftSubmittedEvent>,
                  sc::custom_reaction<BudgetAdoptedEvent>, sc::custom_reaction<StatusReportEvent>,
                  sc::custom_reaction<AccountsApprovedEvent>>;

    template <Step S>
    sc::result react(const StepEvent<S>& event) {
        BudgetCycle& cycle = outermost_context();
        if constexpr (S == Step::status_report) {
            cycle.admit(S, event.facts, {});
            return discard_event();
        } else if constexpr (S == Step::accounts_approved) {
            if (cycle.admit(S, event.facts, year_not_ended(cycle, event.facts.date))) {
                return transit<Closed>();
            }
            return discard_event();
        } else {
            cycle.admit(S, event.facts, {"preparation is over: the budget is adopted"});
            return discard_event();
        }
    }
};

// ---- Closed: the accounts are approved; nothing more belongs to this cycle -------------

struct Closed : sc::simple_state<Closed, BudgetCycle> {
    using reactions =
        mpl::list<sc::custom_reaction<ContingentSetEvent>, sc::custom_reaction<DraftSubmittedEvent>,
                  sc::custom_reaction<BudgetAdoptedEvent>, sc::custom_reaction<StatusReportEvent>,
                  sc::custom_reaction<AccountsApprovedEvent>>;

    template <Step S>
    sc::result react(const StepEvent<S>& event) {
        outermost_context().admit(S, event.facts,
                                  {"the cycle is closed: annual report and accounts are approved"});
        return discard_event();
    }
};

// ---- Preparation's own reactions, now that every state is complete ---------------------

sc::result Preparation::react(const BudgetAdoptedEvent& event) {
    std::string missing;
    if (state_downcast<const ContingentSet*>() == nullptr) missing = "contingent-set";
    if (state_downcast<const DraftSubmitted*>() == nullptr) {
        missing += std::string(missing.empty() ? "" : " and ") + "draft-submitted";
    }
    std::vector<std::string> problems;
    if (!missing.empty()) {
        problems.push_back("needs contingent-set and draft-submitted first; " + missing +
                           " not recorded");
    }
    if (outermost_context().admit(Step::budget_adopted, event.facts, problems)) {
        return transit<Execution>();
    }
    return discard_event();
}

sc::result Preparation::react(const StatusReportEvent& event) {
    outermost_context().admit(Step::status_report, event.facts, {not_adopted});
    return discard_event();
}

sc::result Preparation::react(const AccountsApprovedEvent& event) {
    std::vector<std::string> problems = {not_adopted};
    for (std::string& problem : year_not_ended(outermost_context(), event.facts.date)) {
        problems.push_back(std::move(problem));
    }
    if (outermost_context().admit(Step::accounts_approved, event.facts, problems)) {
        return transit<Closed>();
    }
    return discard_event();
}

// ---- The machine ----------------------------------------------------------------------

std::string_view phase_name(Phase phase) {
    switch (phase) {
        case Phase::preparation:
            return "preparation";
        case Phase::execution:
            return "execution";
        case Phase::closed:
            return "closed";
    }
    return "?";
}

BudgetCycle::BudgetCycle(Schedule schedule) : schedule_(std::move(schedule)) {
    initiate();
}

BudgetCycle::~BudgetCycle() {
    terminate();
}

Phase BudgetCycle::phase() const {
    if (state_downcast<const Closed*>() != nullptr) return Phase::closed;
    if (state_downcast<const Execution*>() != nullptr) return Phase::execution;
    return Phase::preparation;
}

bool BudgetCycle::is_pending(Step step) const {
    if (records_.contains(step)) return false;
    // The last phase in which each step can be recorded.
    const Phase last = step == Step::status_report || step == Step::accounts_approved
                           ? Phase::execution
                           : Phase::preparation;
    return static_cast<int>(phase()) <= static_cast<int>(last);
}

std::string BudgetCycle::subject(Step step) const {
    return std::string(step_name(step)) + " for " + std::to_string(budget_year());
}

Verdict BudgetCycle::offer(Step step, const StepFacts& facts) {
    verdict_ = Verdict{};
    reacted_ = false;
    switch (step) {
        case Step::contingent_set:
            process_event(ContingentSetEvent(facts));
            break;
        case Step::draft_submitted:
            process_event(DraftSubmittedEvent(facts));
            break;
        case Step::budget_adopted:
            process_event(BudgetAdoptedEvent(facts));
            break;
        case Step::status_report:
            process_event(StatusReportEvent(facts));
            break;
        case Step::accounts_approved:
            process_event(AccountsApprovedEvent(facts));
            break;
        case Step::strategy_adopted:
            verdict_.refusal = "strategy-adopted is not a step of a budget year's cycle";
            return verdict_;
    }
    if (!reacted_) verdict_.refusal = subject(step) + " refused: not expected in this phase";
    return verdict_;
}

bool BudgetCycle::admit(Step step, const StepFacts& facts, std::vector<std::string> problems) {
    reacted_ = true;
    if (auto done = records_.find(step); done != records_.end()) {
        problems.push_back("already recorded as #" + std::to_string(done->second.seq) + " on " +
                           iso(done->second.date));
    }
    if (latest_date_ && facts.date < *latest_date_) {
        problems.push_back(iso(facts.date) + " is earlier than the cycle's previous step on " +
                           iso(*latest_date_));
    }
    verdict_ = judge(subject(step), problems, facts, schedule_.at(step).deadline);
    if (!verdict_.accepted) return false;
    records_.try_emplace(step,
                         StepRecord{facts.seq, facts.date, facts.case_number, verdict_.irregular});
    if (verdict_.irregular) {
        irregularities_.push_back(
            Irregularity{facts.seq, step, facts.date, verdict_.irregular_reason});
    }
    if (!latest_date_ || facts.date > *latest_date_) latest_date_ = facts.date;
    return true;
}

void BudgetCycle::unconsumed_event(const sc::event_base&) {
    reacted_ = false;
}

}  // namespace cycle
