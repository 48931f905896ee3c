#include "engine/reminders.hpp"

#include <algorithm>

namespace cycle {

namespace {

std::string plural_days(long days) {
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

// Sets the trigger of an open step's deadline seen `days_left` ahead (negative: overdue).
// False when it is neither overdue nor within reach.
bool set_trigger(Reminder& reminder, const ReminderPolicy& policy, long days_left,
                 int within_days) {
    if (days_left < 0) {
        reminder.trigger = Reminder::Trigger::overdue;
        reminder.days = -days_left;
        reminder.overdue_every_days = policy.overdue_every_days;
        reminder.notice = static_cast<int>((reminder.days - 1) / policy.overdue_every_days + 1);
        return true;
    }
    if (days_left > within_days) return false;
    reminder.days = days_left;
    // Lead times are largest first: the last one still >= days_left is the smallest such.
    for (int lead : policy.lead_days) {
        if (lead >= days_left) {
            reminder.trigger = Reminder::Trigger::lead_time;
            reminder.lead_days = lead;
        }
    }
    return true;
}

}  // namespace

std::string Reminder::threshold() const {
    switch (trigger) {
        case Trigger::lead_time:
            return "lead-" + std::to_string(lead_days);
        case Trigger::overdue:
            return "overdue-" + std::to_string(notice);
        case Trigger::within:
            return "within";
    }
    return "?";
}

std::string Reminder::trigger_text(int within_days) const {
    switch (trigger) {
        case Trigger::lead_time:
            return lead_days == 0 ? "on the day" : "lead time " + plural_days(lead_days);
        case Trigger::overdue:
            return "overdue notice " + std::to_string(notice) + " (every " +
                   plural_days(overdue_every_days) + ")";
        case Trigger::within:
            return "within " + plural_days(within_days);
    }
    return "";
}

long ReminderList::overdue_count() const {
    return std::count_if(items.begin(), items.end(),
                         [](const Reminder& item) { return item.overdue(); });
}

ReminderList compute_reminders(OrganisationState& state, const Date& today, int within_days) {
    const Organisation& org = state.organisation_on(today);
    ReminderList list{org.id, org.name, today, within_days, {}};
    const Date horizon = today + boost::gregorian::days(within_days);
    for (int year = org.first_tracked_year; year <= 2200; ++year) {
        BudgetCycle& machine = state.cycle(year, today);
        bool any_in_reach = false;
        for (Step step : cycle_steps) {
            const StepDates& dates = machine.schedule().at(step);
            if (dates.deadline <= horizon) any_in_reach = true;
            if (!machine.is_pending(step)) continue;
            const StepRule& rule = org.steps.at(step);
            Reminder reminder{year,
                              step,
                              rule.body,
                              rule.to,
                              dates,
                              rule.deadline.text(),
                              shift_note(org, rule, dates)};
            if (set_trigger(reminder, org.reminders_for(step), days_between(today, dates.deadline),
                            within_days)) {
                list.items.push_back(std::move(reminder));
            }
        }
        // Later budget years have later deadlines: stop at the first with none in reach.
        if (!any_in_reach) break;
    }
    std::stable_sort(
        list.items.begin(), list.items.end(),
        [](const Reminder& a, const Reminder& b) { return a.dates.deadline < b.dates.deadline; });
    return list;
}

}  // namespace cycle
