#include "workflows/state/budget_year.hpp"

namespace cycle {

std::optional<int> infer_budget_year(const OrganisationState& state, const Step& step,
                                     const Date& date) {
    const Organisation& org = state.organisation_on(date);
    std::vector<int> live;
    for (int year = date.year() - 1; year <= date.year() + 1; ++year) {
        if (year >= org.first_tracked_year) live.push_back(year);
    }
    for (int year : live) {
        const StepDates dates = schedule_for(org, year).at(step);
        if (dates.window_from <= date && date <= dates.window_to) return year;
    }
    for (auto year = live.rbegin(); year != live.rend(); ++year) {
        const StepDates dates = schedule_for(org, *year).at(step);
        if (dates.window_to < date && !state.cycle(*year, date).records().contains(step))
            return *year;
    }
    for (int year : live) {
        const StepDates dates = schedule_for(org, year).at(step);
        if (date < dates.window_from) return year;
    }
    return std::nullopt;
}

}  // namespace cycle
