#include "engine/schedule.hpp"

namespace cycle {

Schedule schedule_for(const Organisation& org, int budget_year) {
    Schedule schedule;
    schedule.budget_year = budget_year;
    for (const auto& [step, rule] : org.steps) {
        schedule.steps.emplace(step, StepDates{rule.window_from.in_budget_year(budget_year),
                                               rule.window_to.in_budget_year(budget_year),
                                               rule.deadline.in_budget_year(budget_year)});
    }
    return schedule;
}

}  // namespace cycle
