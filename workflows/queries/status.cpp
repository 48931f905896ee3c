#include "workflows/queries/status.hpp"

namespace cycle {

std::string_view step_state_name(StepState state) {
    switch (state) {
        case StepState::done:
            return "done";
        case StepState::upcoming:
            return "upcoming";
        case StepState::due:
            return "due";
        case StepState::overdue:
            return "overdue";
        case StepState::passed:
            return "passed";
        case StepState::optional:
            return "optional";
    }
    return "?";
}

namespace {

StepStatus step_status(const Organisation& org, const BudgetCycle& machine, const Step& step,
                       const Date& today) {
    const StepRule& rule = org.rule(step);
    const StepTiming& timing = org.timing(step);
    const StepDates& dates = machine.schedule().at(step);
    StepStatus status{step,
                      rule.body,
                      rule.to,
                      dates,
                      timing.deadline.text(),
                      shift_note(org, timing, dates),
                      StepState::done,
                      0,
                      std::nullopt,
                      std::nullopt,
                      ""};
    if (auto record = machine.records().find(step); record != machine.records().end()) {
        status.record = record->second;
    } else if (rule.optional && (!machine.is_pending(step) || today > status.dates.deadline)) {
        // An optional step is never overdue: once its deadline passes, or the cycle has moved
        // on past its phase, it is simply not taken (not passed over: nothing was skipped).
        status.state = StepState::optional;
    } else if (!machine.is_pending(step)) {
        status.state = StepState::passed;
    } else if (today > status.dates.deadline) {
        // Before the window test: a rule may put a deadline before its window opens.
        status.state = StepState::overdue;
        status.days = days_between(status.dates.deadline, today);
    } else if (today < status.dates.window_from) {
        status.state = StepState::upcoming;
        status.days = days_between(today, status.dates.window_from);
    } else {
        status.state = StepState::due;
        status.days = days_between(today, status.dates.deadline);
    }
    return status;
}

std::string phase_label(const BudgetCycle& machine, const Date& today) {
    const Phase phase = machine.phase();
    const Date year_end(static_cast<unsigned short>(machine.budget_year()), 12, 31);
    if (phase == Phase::execution && today > year_end) return "accounts";
    return std::string(phase_name(phase));
}

}  // namespace

StatusReport compute_status(const OrganisationState& state, const Date& today,
                            std::optional<int> only_year) {
    const Organisation& org = state.organisation_on(today);
    StatusReport report{org.id, org.name, today, {}, std::nullopt, false, {}, {}, {}, {}};
    std::vector<int> years;
    if (only_year) {
        years.push_back(*only_year);
    } else {
        for (int year = today.year() - 1; year <= today.year() + 1; ++year) years.push_back(year);
    }
    for (int year : years) {
        if (year < org.first_tracked_year) continue;
        const BudgetCycle& machine = state.cycle(year, today);
        CycleStatus cycle{
            year, phase_label(machine, today), {}, machine.irregularities(), std::nullopt};
        if (const DocumentRecord* adopted = state.adopted_budget(year)) {
            cycle.adopted_budget = *adopted;
        }
        for (const Step& step : org.cycle_steps) {
            StepStatus status = step_status(org, machine, step, today);
            if (!status.record && status.state != StepState::passed) {
                if (const Meeting* meeting = state.meetings().planned_for(step, year)) {
                    status.planned_meeting = meeting->date;
                    status.planned_meeting_body = meeting->body;
                }
            }
            cycle.steps.push_back(std::move(status));
        }
        report.cycles.push_back(std::move(cycle));
    }
    const StrategyPeriod& strategy = state.strategy();
    if (const StrategyAdoption* in_force = strategy.in_force(today.year())) {
        report.strategy = *in_force;
        report.strategy_in_force = true;
    } else if (!strategy.adoptions().empty()) {
        report.strategy = strategy.adoptions().back();
    }
    for (const auto& adoption : strategy.adoptions()) {
        if (adoption.irregular) report.strategy_irregular.push_back(adoption);
    }
    for (const Meeting* meeting : state.meetings().live()) {
        if (meeting->upcoming(today)) {
            report.meetings.push_back({*meeting, notice_deadline(org, *meeting)});
        }
    }
    report.duties = duty_status(state, today);
    for (const Mandate* mandate : state.mandates().active_on(today)) {
        report.mandates.push_back(*mandate);
    }
    return report;
}

}  // namespace cycle
