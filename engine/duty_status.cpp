#include "engine/duty_status.hpp"

namespace cycle {

namespace {

DutyOccasion occasion_due(const Date& due, const Date& today) {
    DutyOccasion occasion;
    occasion.due = due;
    occasion.overdue = today > due;
    occasion.days = occasion.overdue ? days_between(due, today) : days_between(today, due);
    return occasion;
}

void keep_latest(std::optional<DutyFulfilment>& last, DutyFulfilment fulfilment) {
    if (!last || fulfilment.date >= last->date) last = std::move(fulfilment);
}

void each_budget_year(OrganisationState& state, const Date& today, DutyStatus& status) {
    const Step step = *status.rule.fulfilled_by;
    const int first = state.organisation_on(today).first_tracked_year;
    for (int year = first; year <= 2200; ++year) {
        const BudgetCycle& machine = state.cycle(year, today);
        if (const auto record = machine.records().find(step); record != machine.records().end()) {
            keep_latest(status.last,
                        {record->second.seq, record->second.date,
                         std::string(step_name(step)) + " " + std::to_string(year), step, year});
            continue;
        }
        if (!machine.is_pending(step)) continue;
        DutyOccasion occasion = occasion_due(machine.schedule().at(step).deadline, today);
        occasion.budget_year = year;
        const bool next = !occasion.overdue;
        status.open.push_back(occasion);
        if (next) break;  // later years are due later still
    }
}

void each_meeting(const OrganisationState& state, const Date& today, DutyStatus& status) {
    for (const Meeting* meeting : state.meetings().live(status.rule.to)) {
        if (const DutyReport* report =
                state.duty_reports().for_meeting(status.rule.id, meeting->date)) {
            keep_latest(status.last, {report->seq, report->date, "report", {}, {}});
            continue;
        }
        DutyOccasion occasion = occasion_due(meeting->date, today);
        occasion.meeting = meeting->date;
        const bool next = !occasion.overdue;
        status.open.push_back(occasion);
        if (next) break;
    }
}

void every_n_years(const OrganisationState& state, const Date& today, DutyStatus& status) {
    const Organisation& org = state.organisation_on(today);
    if (status.rule.fulfilled_by) {
        for (const StrategyAdoption& adoption : state.strategy().adoptions()) {
            keep_latest(
                status.last,
                {adoption.seq, adoption.date, "strategy-adopted", Step::strategy_adopted, {}});
        }
    } else if (const DutyReport* report = state.duty_reports().latest(status.rule.id)) {
        keep_latest(status.last, {report->seq, report->date, "report", {}, {}});
    }
    const Date due = status.last ? org.calendar().on_or_after(
                                       add_months(status.last->date, 12 * status.rule.every_years))
                                 : org.calendar().on_or_after(Date(
                                       static_cast<unsigned short>(org.first_tracked_year), 1, 1));
    status.open.push_back(occasion_due(due, today));
}

}  // namespace

std::string DutyOccasion::text(const DutyRule& rule) const {
    if (budget_year) return "budget year " + std::to_string(*budget_year);
    if (meeting) return rule.to.value_or("") + " meeting " + iso(*meeting);
    return "next turn";
}

std::vector<DutyStatus> duty_status(OrganisationState& state, const Date& today) {
    std::vector<DutyStatus> result;
    for (const DutyRule& rule : state.organisation_on(today).duties) {
        DutyStatus status{rule, std::nullopt, {}};
        switch (rule.every) {
            case DutyRule::Every::budget_year:
                each_budget_year(state, today, status);
                break;
            case DutyRule::Every::meeting:
                each_meeting(state, today, status);
                break;
            case DutyRule::Every::years:
                every_n_years(state, today, status);
                break;
        }
        result.push_back(std::move(status));
    }
    return result;
}

}  // namespace cycle
