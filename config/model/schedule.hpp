// One budget year's calendar: each cycle step's window and deadline as dates, resolved from
// the organisation's rules and working-day calendar. Derived, never stored.
//
// A deadline counted from another step uses the day that step was recorded; while that step
// is open, its deadline, and the result is marked provisional.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "config/model/organisation.hpp"
#include "engine/log/step.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle {

struct StepDates {
    Date window_from;
    Date window_to;
    Date deadline;            // after any move off a closed day: the date that counts
    Date unshifted_deadline;  // as the rule counts it
    bool provisional = false;
};

struct Schedule {
    int budget_year = 0;
    std::map<Step, StepDates> steps;
    // The config the dates come from: the machines consult its steps' phases, order and roles.
    // Valid while that config is (OrganisationState keeps every config it replayed).
    const Organisation* rules = nullptr;

    const StepDates& at(const Step& step) const { return steps.at(step); }
};

// `recorded`: the day each step of this budget year was recorded, if it was.
Schedule schedule_for(const Organisation& org, int budget_year,
                      const std::map<Step, Date>& recorded = {});

// Why a deadline is not the day its rule counts: "30 Jun 2024 is a Sunday → Mon 1 Jul 2024",
// or, for a rule that does not move, "31 Dec 2023 is a Sunday; the rule does not move it".
// Nothing when the counted day is a working day.
std::optional<std::string> shift_note(const Organisation& org, const StepTiming& rule,
                                      const StepDates& dates);

// "Mon 1 Jul 2024": how reminders and notes write a day.
std::string long_date(const Date& day);

}  // namespace cycle
