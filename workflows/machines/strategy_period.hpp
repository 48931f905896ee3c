// The assembly's strategic guidelines as a Boost.Statechart machine: NoGuidelines until the
// first adoption, then Adopted. Each adoption names its period (e.g. 2021-2024), at most
// `max_years` long (the config's strategy.every-years); a later adoption must start later.
// Like BudgetCycle, it decides and never does I/O.
#pragma once

#include <boost/statechart/state_machine.hpp>
#include <vector>

#include "workflows/machines/admission.hpp"

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

    Verdict offer(const StepFacts& facts, int first_year, int last_year, int max_years);

    // Every accepted adoption in log order.
    const std::vector<StrategyAdoption>& adoptions() const { return adoptions_; }
    // The guidelines for `year`: the last adoption whose period covers it, if any.
    const StrategyAdoption* in_force(int year) const;

    // For the states.
    bool admit(const StepFacts& facts, int first_year, int last_year,
               std::vector<std::string> problems);
    int max_years() const { return max_years_; }

  private:
    std::vector<StrategyAdoption> adoptions_;
    Verdict verdict_;
    int max_years_ = 0;  // of the adoption being offered
};

}  // namespace cycle
