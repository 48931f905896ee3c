#include "config/model/schedule.hpp"

#include "engine/support/error.hpp"

namespace cycle {

namespace {

// Resolves deadlines in dependency order; the config loader refuses rules that depend on
// themselves, so the recursion ends.
class Resolver {
  public:
    Resolver(const Organisation& org, int budget_year, const std::map<Step, Date>& recorded)
        : org_(org), year_(budget_year), recorded_(recorded), calendar_(org.calendar()) {}

    const StepDates& dates(const Step& step) {
        if (auto found = done_.find(step); found != done_.end()) return found->second;
        const StepTiming& rule = org_.timing(step);
        StepDates dates{rule.window_from.in_budget_year(year_),
                        rule.window_to.in_budget_year(year_), Date(), Date(), false};
        const auto [anchor, provisional] = anchor_day(rule, dates);
        dates.provisional = provisional;
        dates.unshifted_deadline = count_from(rule.deadline, anchor);
        dates.deadline = shift(rule.deadline.shift, dates.unshifted_deadline);
        return done_.emplace(step, dates).first->second;
    }

  private:
    std::pair<Date, bool> anchor_day(const StepTiming& rule, const StepDates& own) {
        const DeadlineAnchor& anchor = rule.deadline.anchor;
        if (anchor.step) {
            if (auto found = recorded_.find(*anchor.step); found != recorded_.end()) {
                return {found->second, false};
            }
            const StepDates& other = dates(*anchor.step);
            return {other.deadline, true};
        }
        if (anchor.window_end) return {own.window_to, false};
        return {anchor.day.in_budget_year(year_), false};
    }

    Date count_from(const DeadlineRule& rule, const Date& anchor) const {
        const int sign = rule.kind == DeadlineRule::Kind::before ? -1 : 1;
        switch (rule.kind) {
            case DeadlineRule::Kind::on:
                return anchor;
            case DeadlineRule::Kind::after:
            case DeadlineRule::Kind::before:
                if (rule.unit == DeadlineRule::Unit::months) {
                    return add_months(anchor, sign * rule.amount);
                }
                if (rule.unit == DeadlineRule::Unit::working_days) {
                    return sign < 0 ? calendar_.working_days_before(anchor, rule.amount)
                                    : calendar_.working_days_from(anchor, rule.amount);
                }
                return anchor + boost::gregorian::days(sign * rule.amount);
        }
        return anchor;
    }

    Date shift(DeadlineShift how, const Date& day) const {
        switch (how) {
            case DeadlineShift::next_working_day:
                return calendar_.on_or_after(day);
            case DeadlineShift::previous_working_day:
                return calendar_.on_or_before(day);
            case DeadlineShift::none:
                return day;
        }
        return day;
    }

    const Organisation& org_;
    int year_;
    const std::map<Step, Date>& recorded_;
    WorkingDayCalendar calendar_;
    std::map<Step, StepDates> done_;
};

const char* const weekday_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string day_month_year(const Date& day) {
    return std::to_string(day.day()) + " " + month_names[day.month() - 1] + " " +
           std::to_string(day.year());
}

// A holiday by its name ("Easter Monday"); weekends and the organisation's own days with an
// article ("a Sunday", "a closed day").
std::string closed_reason_en(const ClosedReason& why) {
    return why.kind == ClosedReason::Kind::holiday ? why.english() : "a " + why.english();
}

}  // namespace

Schedule schedule_for(const Organisation& org, int budget_year,
                      const std::map<Step, Date>& recorded) {
    Schedule schedule;
    schedule.budget_year = budget_year;
    schedule.rules = &org;
    Resolver resolver(org, budget_year, recorded);
    for (const Step& step : org.cycle_steps) schedule.steps.emplace(step, resolver.dates(step));
    return schedule;
}

std::string long_date(const Date& day) {
    return std::string(weekday_names[day.day_of_week().as_number()]) + " " + day_month_year(day);
}

std::optional<std::string> shift_note(const Organisation& org, const StepTiming& rule,
                                      const StepDates& dates) {
    const auto why = org.calendar().why_closed(dates.unshifted_deadline);
    if (!why) return std::nullopt;
    const std::string closed =
        day_month_year(dates.unshifted_deadline) + " is " + closed_reason_en(*why);
    if (rule.deadline.shift == DeadlineShift::none) {
        // Whether a statutory day moves off a weekend is not settled: format 2 shows the
        // working day it falls to beside it (format 1's notes print as they always did).
        if (org.format < 2) return closed + "; the rule does not move it";
        return closed + "; the rule does not move it (next working day " +
               long_date(org.calendar().on_or_after(dates.unshifted_deadline)) + ")";
    }
    return closed + " → " + long_date(dates.deadline);
}

}  // namespace cycle
