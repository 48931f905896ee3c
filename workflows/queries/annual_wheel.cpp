#include "workflows/queries/annual_wheel.hpp"

#include <algorithm>

#include "workflows/queries/duty_status.hpp"

namespace cycle {

namespace {

WheelState wheel_state(const StepStatus& status) {
    switch (status.state) {
        case StepState::done:
            return WheelState::done;
        case StepState::overdue:
            return WheelState::overdue;
        case StepState::passed:
            return WheelState::passed;
        case StepState::upcoming:
        case StepState::due:
        case StepState::optional:
            return WheelState::open;
    }
    return WheelState::open;
}

}  // namespace

AnnualWheel compute_annual_wheel(const OrganisationState& state, const Date& today, int year) {
    AnnualWheel wheel;
    wheel.year = year;
    wheel.today = today;
    const Date first(static_cast<unsigned short>(year), 1, 1);
    const Date last(static_cast<unsigned short>(year), 12, 31);
    const Organisation& org = state.organisation_on(today);
    // A budget year's windows run from its year before to its year after (and a config may
    // reach one further); the cycles that can touch `year` are these.
    for (int budget_year = year - 2; budget_year <= year + 2; ++budget_year) {
        if (budget_year < org.first_tracked_year) continue;
        const StatusReport report = compute_status(state, today, budget_year);
        for (const CycleStatus& cycle : report.cycles) {
            for (const StepStatus& status : cycle.steps) {
                const StepDates& dates = status.dates;
                // A step runs from its window's opening to its closing, or on to the day it
                // was recorded late, or, still open past its deadline, on to today.
                Date end = dates.window_to;
                if (status.record && status.record->date > end) end = status.record->date;
                if (status.state == StepState::overdue && today > end) end = today;
                if (end < first || dates.window_from > last) continue;
                WheelStep step;
                step.id = "step-" + std::to_string(budget_year) + "-" + status.step.slug();
                step.budget_year = budget_year;
                step.status = status;
                step.from = std::max(dates.window_from, first);
                step.to = std::min(end, last);
                step.deadline_in_year = dates.deadline >= first && dates.deadline <= last;
                step.state = wheel_state(status);
                wheel.steps.push_back(std::move(step));
            }
        }
    }
    std::stable_sort(wheel.steps.begin(), wheel.steps.end(),
                     [](const WheelStep& a, const WheelStep& b) { return a.from < b.from; });

    // A duty each budget year is drawn as the cycle step that fulfils it. A duty every N years
    // is drawn as its occasions in the year and its fulfilments in it. A duty at each meeting
    // is not drawn apart: it falls due on a meeting's day, and the meeting is drawn.
    for (const DutyStatus& duty : duty_status(state, today)) {
        // A duty a cycle step fulfils is drawn as that step, as remind lists it.
        if (duty.rule.fulfilled_by_cycle_step()) continue;
        if (duty.rule.every == DutyRule::Every::meeting) continue;
        for (const DutyOccasion& occasion : duty.open) {
            if (occasion.due < first || occasion.due > last) continue;
            wheel.duties.push_back({"duty-" + duty.rule.id + "-" + iso(occasion.due), duty.rule.id,
                                    duty.rule.body, occasion.due,
                                    occasion.overdue ? WheelState::overdue : WheelState::open});
        }
        if (duty.last && duty.last->date >= first && duty.last->date <= last) {
            wheel.duties.push_back({"duty-" + duty.rule.id + "-" + iso(duty.last->date),
                                    duty.rule.id, duty.rule.body, duty.last->date,
                                    WheelState::done});
        }
    }
    std::stable_sort(wheel.duties.begin(), wheel.duties.end(),
                     [](const WheelDuty& a, const WheelDuty& b) { return a.due < b.due; });

    for (const Meeting* meeting : state.meetings().live()) {
        if (meeting->date < first || meeting->date > last) continue;
        WheelState drawn = WheelState::open;
        if (meeting->held_seq) {
            drawn = WheelState::done;
        } else if (meeting->date < today) {
            drawn = WheelState::overdue;  // its day has passed and it is not recorded as held
        }
        wheel.meetings.push_back(
            {"meeting-" + meeting->body + "-" + iso(meeting->date), *meeting, drawn});
    }
    std::stable_sort(wheel.meetings.begin(), wheel.meetings.end(),
                     [](const WheelMeeting& a, const WheelMeeting& b) {
                         return a.meeting.date < b.meeting.date;
                     });
    return wheel;
}

}  // namespace cycle
