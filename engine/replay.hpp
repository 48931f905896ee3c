// Rebuilds an organisation's state by replaying its case log through the workflow machines.
// Replay never skips: an event a machine refuses means the log and the rules disagree, and
// that is reported (Error(storage), naming the sequence number) instead of being hidden.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "engine/event.hpp"
#include "engine/organisation.hpp"
#include "workflows/budget_cycle.hpp"
#include "workflows/strategy_period.hpp"

namespace cycle {

class OrganisationState {
  public:
    explicit OrganisationState(Organisation org);

    // Offers one event to the machine it belongs to. Config events replace the rules (for
    // steps judged from then on, as when they were recorded). Returns the machine's verdict.
    Verdict apply(const Event& event);

    const Organisation& organisation() const { return org_; }
    // The machine for a budget year; a year nothing was recorded for starts in preparation.
    BudgetCycle& cycle(int budget_year);
    const StrategyPeriod& strategy() const { return *strategy_; }

  private:
    Organisation org_;
    std::map<int, std::unique_ptr<BudgetCycle>> cycles_;
    std::unique_ptr<StrategyPeriod> strategy_;  // behind a pointer: machines do not move
};

// The organisation's state after its events (in sequence order). With `as_of`, steps dated
// later are left out (config events always count): the state as it stood on that day.
// The first event must register the organisation.
OrganisationState replay(const std::vector<Event>& events, std::optional<Date> as_of = {});

// The facts a logged step event carries, as the machines take them.
StepFacts facts_of(const Event& event);

// "2021-2024" -> {2021, 2024}; nothing unless both are years and first <= last.
std::optional<std::pair<int, int>> parse_period(std::string_view text);

}  // namespace cycle
