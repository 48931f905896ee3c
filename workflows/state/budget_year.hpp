// Which budget year a step belongs to when the user gives no --year.
#pragma once

#include <optional>

#include "workflows/state/replay.hpp"

namespace cycle {

// Looks at the three cycles alive on `date` (its year - 1, its year, its year + 1), leaving
// out years before the organisation's first tracked year, and picks
//   1. the year whose window for `step` contains `date`; else
//   2. the latest year whose window has closed with the step still unrecorded (late); else
//   3. the year whose window opens next (early).
// Nothing when no year qualifies; the caller then asks for --year.
std::optional<int> infer_budget_year(const OrganisationState& state, const Step& step,
                                     const Date& date);

}  // namespace cycle
