// The assembly's strategic guidelines as a Boost.Statechart machine: NoGuidelines until the
// first adoption, then InForce. Each adoption names its period (e.g. 2021-2024); a later
// adoption must be for a later period. Like BudgetCycle, it decides and never does I/O.
#pragma once

#include <boost/statechart/state_machine.hpp>
#include <vector>

#include "workflows/admission.hpp"

namespace cycle {

namespace sc = boost::statechart;

struct NoGuidelines;

struct StrategyAdoption {
    std::int64_t seq = 0;
    Date date;
    int first_year = 0;
    int last_year = 0;
    std::optional<CaseNumber> case_number;
    bool irregular = false;
    std::string irregular_reason;
};

class StrategyPeriod : public sc::state_machine<StrategyPeriod, NoGuidelines> {
  public:
    StrategyPeriod();
    ~StrategyPeriod();
    StrategyPeriod(const StrategyPeriod&) = delete;
    StrategyPeriod& operator=(const StrategyPeriod&) = delete;

    Verdict offer(const StepFacts& facts, int first_year, int last_year);

    // Every accepted adoption in log order; the last is the one in force.
    const std::vector<StrategyAdoption>& adoptions() const { return adoptions_; }

    // For the states.
    bool admit(const StepFacts& facts, int first_year, int last_year, const std::string& problem);

  private:
    std::vector<StrategyAdoption> adoptions_;
    Verdict verdict_;
};

}  // namespace cycle
