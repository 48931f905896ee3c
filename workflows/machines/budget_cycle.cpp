#include "workflows/machines/budget_cycle.hpp"

#include <algorithm>
#include <boost/mpl/list.hpp>
#include <boost/statechart/custom_reaction.hpp>
#include <boost/statechart/event.hpp>
#include <boost/statechart/simple_state.hpp>
#include <boost/statechart/transition.hpp>

namespace cycle {

namespace mpl = boost::mpl;

// Events are internal: callers offer a Step with its facts.
namespace budget_cycle_events {

struct StepOffered : sc::event<StepOffered> {
    StepOffered(const Step& s, const StepRule& r, const StepFacts& f)
        : step(s), rule(r), facts(f) {}
    const Step& step;
    const StepRule& rule;
    const StepFacts& facts;
};

struct YearEnded : sc::event<YearEnded> {};

}  // namespace budget_cycle_events

using namespace budget_cycle_events;

namespace {

const char* const preparation_over = "preparation is over: the budget is adopted";
// Whatever step closes a cycle approves its annual accounts (the closes-cycle role).
const char* const cycle_closed = "the cycle is closed: annual report and accounts are approved";

std::string not_adopted(const BudgetCycle& cycle) {
    const StepRule* adopts = cycle.rules().step_with(StepRole::adopts_budget);
    return "needs " + (adopts != nullptr ? adopts->id : std::string("the budget")) +
           " first; the budget is not adopted";
}

Date year_end(const BudgetCycle& cycle) {
    return Date(static_cast<unsigned short>(cycle.budget_year()), 12, 31);
}

// Accounts are approved once the budget year is over; empty when it is.
std::vector<std::string> year_not_ended(const BudgetCycle& cycle, const Date& date) {
    if (date > year_end(cycle)) return {};
    return {"budget year " + std::to_string(cycle.budget_year()) + " has not ended (it ends " +
            iso(year_end(cycle)) + ")"};
}

void append(std::vector<std::string>& to, std::vector<std::string> more) {
    for (std::string& each : more) to.push_back(std::move(each));
}

// "a", "a and b", "a, b and c".
std::string listing(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) text += i + 1 == items.size() ? " and " : ", ";
        text += items[i];
    }
    return text;
}

}  // namespace

struct Execution;
struct Accounts;
struct Closed;

// ---- Preparation: its steps in their order; the adopting step ends it ------------------

struct Preparation : sc::simple_state<Preparation, BudgetCycle> {
    using reactions = sc::custom_reaction<StepOffered>;
    sc::result react(const StepOffered& event);
};

// ---- Execution: the budget year runs; its end moves the cycle to its accounts ----------

struct Execution : sc::simple_state<Execution, BudgetCycle> {
    using reactions =
        mpl::list<sc::custom_reaction<StepOffered>, sc::transition<YearEnded, Accounts>>;
    sc::result react(const StepOffered& event);
};

// ---- Accounts: the year is over; the closing step closes the cycle ---------------------

struct Accounts : sc::simple_state<Accounts, BudgetCycle> {
    using reactions = sc::custom_reaction<StepOffered>;
    sc::result react(const StepOffered& event);
};

// ---- Closed: the accounts are approved; nothing more belongs to this cycle -------------

struct Closed : sc::simple_state<Closed, BudgetCycle> {
    using reactions = sc::custom_reaction<StepOffered>;
    sc::result react(const StepOffered& event) {
        outermost_context().admit(event.step, event.facts, {cycle_closed});
        return discard_event();
    }
};

sc::result Preparation::react(const StepOffered& event) {
    BudgetCycle& cycle = outermost_context();
    const StepRule& rule = event.rule;
    std::vector<std::string> problems;
    if (rule.phase != StepPhase::preparation) {
        problems.push_back(not_adopted(cycle));
        if (rule.phase == StepPhase::accounts)
            append(problems, year_not_ended(cycle, event.facts.date));
    }
    append(problems, cycle.unmet_order(rule));
    if (!cycle.admit(event.step, event.facts, problems)) return discard_event();
    // An override may take a later phase's step here; only the roles move the cycle on.
    if (rule.role == StepRole::adopts_budget) return transit<Execution>();
    if (rule.role == StepRole::closes_cycle) return transit<Closed>();
    return discard_event();
}

// Execution and Accounts judge alike: preparation is over, a step waits for those it comes
// after, and in Execution an accounts step also for the year's end. Whether the closing
// step was admitted, which closes the cycle.
bool admit_after_adoption(BudgetCycle& cycle, const StepOffered& event, bool year_running) {
    const StepRule& rule = event.rule;
    std::vector<std::string> problems;
    if (rule.phase == StepPhase::preparation) {
        problems.push_back(preparation_over);
    } else {
        if (year_running && rule.phase == StepPhase::accounts) {
            append(problems, year_not_ended(cycle, event.facts.date));
        }
        append(problems, cycle.unmet_order(rule));
    }
    return cycle.admit(event.step, event.facts, problems) && rule.role == StepRole::closes_cycle;
}

sc::result Execution::react(const StepOffered& event) {
    if (admit_after_adoption(outermost_context(), event, true)) return transit<Closed>();
    return discard_event();
}

sc::result Accounts::react(const StepOffered& event) {
    if (admit_after_adoption(outermost_context(), event, false)) return transit<Closed>();
    return discard_event();
}

// ---- The machine ----------------------------------------------------------------------

std::string_view phase_name(Phase phase) {
    switch (phase) {
        case Phase::preparation:
            return "preparation";
        case Phase::execution:
            return "execution";
        case Phase::accounts:
            return "accounts";
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
    if (state_downcast<const Accounts*>() != nullptr) return Phase::accounts;
    if (state_downcast<const Execution*>() != nullptr) return Phase::execution;
    return Phase::preparation;
}

void BudgetCycle::advance_to(const Date& day) {
    if (day > year_end(*this) && state_downcast<const Execution*>() != nullptr) {
        process_event(YearEnded());
    }
}

bool BudgetCycle::is_pending(const Step& step) const {
    if (records_.contains(step)) return false;
    const StepRule* rule = rules().find_step(step.id);
    if (rule == nullptr) return false;
    // The last phase in which each step can be recorded: an execution step also late, once
    // the year has ended.
    const Phase last = rule->phase == StepPhase::preparation ? Phase::preparation : Phase::accounts;
    return static_cast<int>(phase()) <= static_cast<int>(last);
}

std::string BudgetCycle::subject(const Step& step) const {
    return step.name() + " for " + std::to_string(budget_year());
}

std::vector<std::string> BudgetCycle::unmet_order(const StepRule& rule) const {
    std::vector<std::string> needed;
    std::vector<std::string> missing;
    for (const std::string& id : rule.after) {
        const StepRule* before = rules().find_step(id);
        if (before == nullptr) continue;
        // A later phase's step waits for the adoption by its phase; the phase says so.
        if (before->role == StepRole::adopts_budget && rule.phase != StepPhase::preparation) {
            continue;
        }
        needed.push_back(id);
        for (const Step& step : rules().cycle_steps) {
            if (step.id == id && !records_.contains(step)) missing.push_back(step.name());
        }
    }
    if (missing.empty()) return {};
    return {"needs " + listing(needed) + " first; " + listing(missing) + " not recorded"};
}

Verdict BudgetCycle::offer(const Step& step, const StepFacts& facts) {
    verdict_ = Verdict{};
    reacted_ = false;
    if (step.id == strategy_adopted) {
        verdict_.refusal = "strategy-adopted is not a step of a budget year's cycle";
        return verdict_;
    }
    const StepRule* rule = rules().find_step(step.id);
    if (rule == nullptr || !schedule_.steps.contains(step)) {
        verdict_.refusal = subject(step) + " refused: not a step of the config in force";
        return verdict_;
    }
    advance_to(facts.date);
    process_event(StepOffered(step, *rule, facts));
    if (!reacted_) verdict_.refusal = subject(step) + " refused: not expected in this phase";
    return verdict_;
}

bool BudgetCycle::admit(const Step& step, const StepFacts& facts,
                        std::vector<std::string> problems) {
    reacted_ = true;
    if (auto done = records_.find(step); done != records_.end()) {
        problems.push_back("already recorded as #" + std::to_string(done->second.seq) + " on " +
                           iso(done->second.date));
    }
    if (rules().format == 1) {
        // Format 1's five steps run one after the other.
        if (latest_date_ && facts.date < *latest_date_) {
            problems.push_back(iso(facts.date) + " is earlier than the cycle's previous step on " +
                               iso(*latest_date_));
        }
    } else {
        // A config's steps may run side by side: a step is not dated before those it follows.
        const StepRule& rule = rules().rule(step);
        for (const auto& [other, record] : records_) {
            const bool follows =
                std::find(rule.after.begin(), rule.after.end(), other.id) != rule.after.end() ||
                (rule.phase != StepPhase::preparation &&
                 rules().has_role(other.id, StepRole::adopts_budget));
            if (follows && facts.date < record.date) {
                problems.push_back(iso(facts.date) + " is earlier than " + other.name() +
                                   ", which it follows, on " + iso(record.date));
                break;
            }
        }
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
