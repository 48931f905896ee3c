// Test support: the shipped Osloregionen config, and dates written the short way.
#pragma once

#include <string>

#include "config/model/organisation.hpp"
#include "engine/log/step.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle::testing {

const Organisation& osloregionen();
std::string osloregionen_yaml();
// "2021-02-05" -> the date; a malformed literal fails the test loudly.
Date day(const char* iso_text);

// Format 1's steps, as the tests name them.
namespace steps {
inline const Step contingent_set{"contingent-set", 0, Recurrence::none};
inline const Step draft_submitted{"draft-submitted", 0, Recurrence::none};
inline const Step budget_adopted{"budget-adopted", 0, Recurrence::none};
inline const Step status_report{"status-report", 0, Recurrence::none};
inline const Step accounts_approved{"accounts-approved", 0, Recurrence::none};
inline const Step strategy_adopted{"strategy-adopted", 0, Recurrence::none};
}  // namespace steps

}  // namespace cycle::testing
