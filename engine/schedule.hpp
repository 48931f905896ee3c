// One budget year's calendar: each cycle step's window and deadline as dates, resolved from
// the organisation's relative rules. Derived, never stored.
#pragma once

#include <map>

#include "engine/calendar_date.hpp"
#include "engine/organisation.hpp"
#include "engine/step.hpp"

namespace cycle {

struct StepDates {
    Date window_from;
    Date window_to;
    Date deadline;
};

struct Schedule {
    int budget_year = 0;
    std::map<Step, StepDates> steps;

    const StepDates& at(Step step) const { return steps.at(step); }
};

Schedule schedule_for(const Organisation& org, int budget_year);

}  // namespace cycle
