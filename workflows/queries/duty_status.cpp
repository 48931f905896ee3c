#include "workflows/queries/duty_status.hpp"

#include <algorithm>

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

// A duty a cycle step fulfils: each budget year, or each period the step recurs for.
void by_step(const OrganisationState& state, const Date& today, DutyStatus& status) {
    const Organisation& org = state.organisation_on(today);
    std::vector<Step> steps;
    for (const Step& step : org.cycle_steps) {
        if (step.id == *status.rule.fulfilled_by) steps.push_back(step);
    }
    for (int year = org.first_tracked_year; year <= 2200; ++year) {
        const BudgetCycle& machine = state.cycle(year, today);
        for (const Step& step : steps) {
            if (const auto record = machine.records().find(step);
                record != machine.records().end()) {
                keep_latest(status.last, {record->second.seq, record->second.date,
                                          step.name() + " " + std::to_string(year), step, year});
                continue;
            }
            if (!machine.is_pending(step)) continue;
            DutyOccasion occasion = occasion_due(machine.schedule().at(step).deadline, today);
            occasion.budget_year = year;
            if (step.every != Recurrence::none) occasion.step = step;
            const bool next = !occasion.overdue;
            status.open.push_back(occasion);
            if (next) return;  // later occasions are due later still
        }
    }
}

// A duty each year or each period, fulfilled by reports: each report takes the oldest open
// occasion that has begun by its day.
void by_reports(const OrganisationState& state, const Date& today, DutyStatus& status) {
    const Organisation& org = state.organisation_on(today);
    const WorkingDayCalendar calendar = org.calendar();
    struct Occasion {
        DutyOccasion occasion;
        Date begins;
        bool fulfilled = false;
    };
    std::vector<Occasion> occasions;
    const int periods = status.rule.periods();
    for (int year = org.first_tracked_year; year <= today.year() + 1; ++year) {
        const auto y = static_cast<unsigned short>(year);
        for (int period = 1; period <= std::max(periods, 1); ++period) {
            // A year begins on 1 January and is due on its day; a period begins the day after
            // it ends and is due `due_days` later.
            Date begins(y, 1, 1);
            Date due = begins;
            if (periods == 0) {
                const MonthDay day = status.rule.due_every_year;
                due = Date(y, static_cast<unsigned short>(day.month),
                           static_cast<unsigned short>(day.day));
            } else {
                const Date ends = add_months(Date(y, 1, 31), period * 12 / periods - 1);
                begins = ends + boost::gregorian::days(1);
                due = ends + boost::gregorian::days(status.rule.due_days);
            }
            DutyOccasion occasion = occasion_due(calendar.on_or_after(due), today);
            occasion.year = year;
            occasion.period = periods == 0 ? 0 : period;
            occasions.push_back({occasion, begins, false});
        }
    }
    for (const DutyReport* report : state.duty_reports().of(status.rule.id)) {
        keep_latest(status.last, {report->seq, report->date, "report", {}, {}});
        for (Occasion& each : occasions) {
            if (!each.fulfilled && each.begins <= report->date) {
                each.fulfilled = true;
                break;
            }
        }
    }
    for (const Occasion& each : occasions) {
        if (each.fulfilled) continue;
        status.open.push_back(each.occasion);
        if (!each.occasion.overdue) return;
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
            keep_latest(status.last, {adoption.seq,
                                      adoption.date,
                                      "strategy-adopted",
                                      Step{std::string(strategy_adopted), 0, Recurrence::none},
                                      {}});
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
    const std::string period_label =
        step ? step->period_label()
             : (rule.every == DutyRule::Every::tertial ? "T" : "Q") + std::to_string(period);
    if (budget_year) {
        return "budget year " + std::to_string(*budget_year) + (step ? " " + period_label : "");
    }
    if (meeting) return rule.to.value_or("") + " meeting " + iso(*meeting);
    if (year && period > 0) return std::to_string(*year) + " " + period_label;
    if (year) return "year " + std::to_string(*year);
    return "next turn";
}

std::vector<DutyStatus> duty_status(const OrganisationState& state, const Date& today) {
    std::vector<DutyStatus> result;
    for (const DutyRule& rule : state.organisation_on(today).duties) {
        DutyStatus status{rule, std::nullopt, {}};
        switch (rule.every) {
            case DutyRule::Every::budget_year:
                by_step(state, today, status);
                break;
            case DutyRule::Every::year:
                by_reports(state, today, status);
                break;
            case DutyRule::Every::tertial:
            case DutyRule::Every::quarter:
                if (rule.fulfilled_by) {
                    by_step(state, today, status);
                } else {
                    by_reports(state, today, status);
                }
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
