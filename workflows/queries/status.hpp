// What `cycle status` shows, as data: every live cycle on a day (Y-1 accounts, Y execution,
// Y+1 preparation), each step's window, deadline and state, and every irregularity.
// Pure: cli/ chooses the format.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "workflows/queries/duty_status.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

enum class StepState {
    done,      // recorded
    upcoming,  // window not yet open; `days` until it opens
    due,       // window open or passed, deadline not passed; `days` until the deadline
    overdue,   // deadline passed, not recorded; `days` since the deadline
    passed,    // not recorded, and the cycle has moved past its phase (by override)
    optional,  // an optional step not recorded by its deadline: never overdue
};
std::string_view step_state_name(StepState state);

struct StepStatus {
    Step step;
    std::string body;
    std::vector<std::string> to;
    StepDates dates;
    std::string deadline_rule;                 // "end of window", "6 months after Y-12-31"
    std::optional<std::string> deadline_note;  // "30 Jun 2024 is a Sunday → Mon 1 Jul 2024"
    StepState state;
    long days = 0;
    std::optional<StepRecord> record;
    // An open step planned for a meeting: of its body, or of the body it goes to.
    std::optional<Date> planned_meeting;
    std::string planned_meeting_body;
};

struct UpcomingMeeting {
    Meeting meeting;
    std::optional<Date> notice_by;  // when the body has a notice period
};

struct CycleStatus {
    int budget_year = 0;
    // preparation | execution | accounts (executed, year ended, accounts not approved) | closed
    std::string phase;
    std::vector<StepStatus> steps;
    std::vector<Irregularity> irregularities;
    std::optional<DocumentRecord> adopted_budget;  // when the adoption named its document
};

struct StatusReport {
    std::string organisation_id;
    std::string organisation_name;
    Date today;
    std::vector<CycleStatus> cycles;  // oldest budget year first
    // The guidelines whose period covers today's year, else the last adopted, if any.
    std::optional<StrategyAdoption> strategy;
    bool strategy_in_force = false;
    std::vector<StrategyAdoption> strategy_irregular;  // adoptions recorded irregularly
    std::vector<UpcomingMeeting> meetings;             // from today on, by date
    std::vector<DutyStatus> duties;                    // in config order
    std::vector<Mandate> mandates;                     // in force today
};

// `state` must be replayed as of `today`. With `only_year`, just that cycle (if tracked).
StatusReport compute_status(const OrganisationState& state, const Date& today,
                            std::optional<int> only_year);

}  // namespace cycle
