// Where each reporting duty stands on a day, as data for `status` and `remind`: when it was
// last fulfilled, every occasion it is overdue on, and the next occasion it is due. Pure.
//
// An occasion is a budget year or a period of it (the fulfilling step's deadline), a meeting
// of the body reported to (its day), the next turn of a duty every N years (N years after it
// was last fulfilled, moved to the next working day by domstolloven § 149; from the first
// working day of the first tracked year when it never was), a year (its fixed day, moved so)
// or a tertial or quarter reported on (N days after it ends, moved so). Steps the cycle passed
// over are no occasion. A report fulfils the oldest open occasion that has begun by its date:
// a year on 1 January, a period the day after it ends.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "workflows/state/replay.hpp"

namespace cycle {

struct DutyFulfilment {
    std::int64_t seq = 0;
    Date date;
    std::string by;                  // "status-report 2020", "strategy-adopted", "report"
    std::optional<Step> step;        // the step that fulfilled it; none for `cycle duty report`
    std::optional<int> budget_year;  // of that step, for a duty each budget year
};

struct DutyOccasion {
    std::optional<int> budget_year;  // for a duty a step fulfils each budget year (or period)
    std::optional<Step> step;        // the step (its occurrence) that fulfils it, if one does
    std::optional<int> year;         // for a duty each year, or each period by report
    int period = 0;                  // the tertial or quarter, for a duty each period
    std::optional<Date> meeting;     // for a duty at each meeting
    Date due;
    bool overdue = false;
    long days = 0;  // days left (0 = today), or days overdue
    // "budget year 2021", "budget year 2026 T1", "board meeting 2021-11-05", "year 2026",
    // "2026 T2", "next turn" (every N years).
    std::string text(const DutyRule& rule) const;
};

struct DutyStatus {
    DutyRule rule;
    std::optional<DutyFulfilment> last;
    std::vector<DutyOccasion> open;  // overdue ones by due date, then the next due, if any
};

// `state` must be replayed as of `today`; in config order.
std::vector<DutyStatus> duty_status(const OrganisationState& state, const Date& today);

}  // namespace cycle
