#include "workflows/machines/strategy_period.hpp"

#include <boost/statechart/custom_reaction.hpp>
#include <boost/statechart/event.hpp>
#include <boost/statechart/simple_state.hpp>

namespace cycle {

namespace strategy_period_events {

struct StrategyAdopted : sc::event<StrategyAdopted> {
    StrategyAdopted(const StepFacts& f, int first, int last)
        : facts(f), first_year(first), last_year(last) {}
    const StepFacts& facts;
    int first_year;
    int last_year;
};

std::string period_text(int first_year, int last_year) {
    return std::to_string(first_year) + "-" + std::to_string(last_year);
}

}  // namespace strategy_period_events

using namespace strategy_period_events;

struct Adopted;

struct NoGuidelines : sc::simple_state<NoGuidelines, StrategyPeriod> {
    using reactions = sc::custom_reaction<StrategyAdopted>;
    sc::result react(const StrategyAdopted& event) {
        if (outermost_context().admit(event.facts, event.first_year, event.last_year, {})) {
            return transit<Adopted>();
        }
        return discard_event();
    }
};

struct Adopted : sc::simple_state<Adopted, StrategyPeriod> {
    using reactions = sc::custom_reaction<StrategyAdopted>;
    sc::result react(const StrategyAdopted& event) {
        const StrategyAdoption& current = outermost_context().adoptions().back();
        std::vector<std::string> problems;
        if (event.first_year <= current.first_year) {
            problems.push_back(
                "guidelines for " + period_text(current.first_year, current.last_year) +
                " were adopted as #" + std::to_string(current.seq) + " on " + iso(current.date) +
                "; a new adoption must start after " + std::to_string(current.first_year));
        }
        if (event.facts.date < current.date) {
            problems.push_back(iso(event.facts.date) +
                               " is earlier than the previous adoption on " + iso(current.date));
        }
        outermost_context().admit(event.facts, event.first_year, event.last_year, problems);
        return discard_event();
    }
};

StrategyPeriod::StrategyPeriod() {
    initiate();
}

StrategyPeriod::~StrategyPeriod() {
    terminate();
}

Verdict StrategyPeriod::offer(const StepFacts& facts, int first_year, int last_year,
                              int max_years) {
    verdict_ = Verdict{};
    max_years_ = max_years;
    process_event(StrategyAdopted(facts, first_year, last_year));
    return verdict_;
}

const StrategyAdoption* StrategyPeriod::in_force(int year) const {
    for (auto adoption = adoptions_.rbegin(); adoption != adoptions_.rend(); ++adoption) {
        if (adoption->first_year <= year && year <= adoption->last_year) return &*adoption;
    }
    return nullptr;
}

bool StrategyPeriod::admit(const StepFacts& facts, int first_year, int last_year,
                           std::vector<std::string> problems) {
    if (last_year - first_year + 1 > max_years_) {
        problems.insert(problems.begin(),
                        "the period is " + std::to_string(last_year - first_year + 1) +
                            " years; guidelines are treated at least every " +
                            std::to_string(max_years_) + " years (strategy.every-years)");
    }
    verdict_ = judge("strategy-adopted " + period_text(first_year, last_year), problems, facts,
                     std::nullopt);
    if (!verdict_.accepted) return false;
    adoptions_.push_back(StrategyAdoption{facts.seq, facts.date, first_year, last_year,
                                          facts.case_number, verdict_.irregular,
                                          verdict_.irregular_reason});
    return true;
}

}  // namespace cycle
