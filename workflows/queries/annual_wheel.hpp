// What the annual wheel (årshjul) of one calendar year shows, as data: every cycle step whose
// window (or its late run) falls in the year, of whichever budget year, its deadline, the reporting
// duties every N years due or fulfilled in the year, and the meetings of the year. Pure:
// cli/presentation/wheel_svg draws it. Each item has an id that stays the same from one run to the
// next
// ("step-2022-budget- adopted"), so that a test, a style sheet or a link can find it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "workflows/queries/status.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

// How an item is drawn: recorded (solid), still open (outlined), past its deadline and not
// recorded (red), or passed over by the cycle (grey).
enum class WheelState { done, open, overdue, passed };

struct WheelStep {
    std::string id;  // "step-2022-budget-adopted"
    int budget_year = 0;
    StepStatus status;
    // The window, clipped to the calendar year; run on to the day the step was recorded when
    // late, or to today when still open past its deadline.
    Date from;
    Date to;
    bool deadline_in_year = false;
    WheelState state = WheelState::open;
};

struct WheelDuty {
    std::string id;  // "duty-strategic-guidelines-2021-01-04"
    std::string duty;
    std::string body;
    Date due;
    WheelState state = WheelState::open;
};

struct WheelMeeting {
    std::string id;  // "meeting-board-2021-02-05"
    Meeting meeting;
    WheelState state = WheelState::open;  // done once held
};

struct AnnualWheel {
    int year = 0;
    Date today;
    std::vector<WheelStep> steps;        // by window start, then cycle order
    std::vector<WheelDuty> duties;       // by due date
    std::vector<WheelMeeting> meetings;  // by date
};

// `state` must be replayed as of `today`. Steps of budget years before the first tracked one
// are left out, as everywhere.
AnnualWheel compute_annual_wheel(const OrganisationState& state, const Date& today, int year);

}  // namespace cycle
