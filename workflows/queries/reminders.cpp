#include "workflows/queries/reminders.hpp"

#include <algorithm>

#include "workflows/queries/duty_status.hpp"

namespace cycle {

namespace {

// How far ahead a deadline under `policy` is listed: `within_days`, or its longest lead time
// when that is longer, so that a lead time is reminded of on its day whatever --within says.
int reach(const ReminderPolicy& policy, int within_days) {
    return policy.lead_days.empty() ? within_days : std::max(within_days, policy.lead_days.front());
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
    if (days_left > reach(policy, within_days)) return false;
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

StepDates on_day(const Date& day) {
    return StepDates{day, day, day, day, false};
}

// The duties a step fulfils (a duty a step fulfils is reminded of as that step).
std::vector<std::string> duties_fulfilled(const Organisation& org, const Step& step) {
    std::vector<std::string> ids;
    for (const DutyRule& duty : org.duties) {
        if (duty.fulfilled_by_cycle_step() && *duty.fulfilled_by == step.id) ids.push_back(duty.id);
    }
    return ids;
}

void add_steps(const OrganisationState& state, const Organisation& org, const Date& today,
               ReminderList& list) {
    int furthest = reach(org.reminders, list.within_days);
    for (const Step& step : org.cycle_steps) {
        furthest = std::max(furthest, reach(org.reminders_for(step), list.within_days));
    }
    const Date horizon = today + boost::gregorian::days(furthest);
    for (int year = org.first_tracked_year; year <= 2200; ++year) {
        const BudgetCycle& machine = state.cycle(year, today);
        bool any_in_reach = false;
        for (const Step& step : org.cycle_steps) {
            const StepDates& dates = machine.schedule().at(step);
            if (dates.deadline <= horizon) any_in_reach = true;
            if (!machine.is_pending(step)) continue;
            const StepRule& rule = org.rule(step);
            // An optional step is asked for ahead of its deadline, never chased after it.
            if (rule.optional && today > dates.deadline) continue;
            Reminder reminder;
            reminder.budget_year = year;
            reminder.step = step;
            reminder.subject = step_name(step);
            reminder.duties = duties_fulfilled(org, step);
            if (const Meeting* meeting = state.meetings().planned_for(step, year)) {
                reminder.meeting = *meeting;
            }
            reminder.body = rule.body;
            reminder.to = rule.to;
            reminder.dates = dates;
            if (set_trigger(reminder, org.reminders_for(step), days_between(today, dates.deadline),
                            list.within_days)) {
                list.items.push_back(std::move(reminder));
            }
        }
        // Later budget years have later deadlines: stop at the first with none in reach.
        if (!any_in_reach) break;
    }
}

// Duties no cycle step fulfils: at meetings, every N years, each year, each period by report.
void add_duties(const OrganisationState& state, const Organisation& org, const Date& today,
                ReminderList& list) {
    for (const DutyStatus& duty : duty_status(state, today)) {
        // A duty a cycle step fulfils is reminded of as that step.
        if (duty.rule.fulfilled_by_cycle_step()) continue;
        for (const DutyOccasion& occasion : duty.open) {
            Reminder reminder;
            reminder.kind = Reminder::Kind::duty;
            reminder.subject = duty.rule.id + " (" + occasion.text(duty.rule) + ")";
            reminder.duty = duty.rule;
            reminder.occasion = occasion;
            reminder.body = duty.rule.body;
            if (duty.rule.to) reminder.to = {*duty.rule.to};
            reminder.dates = on_day(occasion.due);
            if (set_trigger(reminder, org.reminders, days_between(today, occasion.due),
                            list.within_days)) {
                list.items.push_back(std::move(reminder));
            }
        }
    }
}

void add_meetings(const OrganisationState& state, const Organisation& org, const Date& today,
                  ReminderList& list) {
    for (const Meeting* meeting : state.meetings().live()) {
        if (!meeting->upcoming(today)) continue;
        // "board meeting 2021-02-05": the subject, and with its number the key --new keeps.
        const std::string name = meeting->body + " meeting " + iso(meeting->date);
        Reminder base;
        base.body = meeting->body;
        base.scheduled_seq = meeting->scheduled_seq;
        base.meeting = *meeting;
        if (const auto notice = notice_deadline(org, *meeting); notice && *notice >= today) {
            Reminder reminder = base;
            reminder.kind = Reminder::Kind::notice;
            reminder.subject = "notice: " + name;
            reminder.dates = on_day(*notice);
            const NoticePeriod period = *org.notice_of(meeting->body);
            reminder.notice_period = period;
            // A count of working days lands on a working day: nothing was moved.
            reminder.dates.unshifted_deadline =
                period.working_days ? *notice : meeting->date - boost::gregorian::days(period.days);
            if (set_trigger(reminder, org.reminders, days_between(today, *notice),
                            list.within_days)) {
                list.items.push_back(std::move(reminder));
            }
        }
        Reminder reminder = base;
        reminder.kind = Reminder::Kind::meeting;
        reminder.subject = name;
        reminder.dates = on_day(meeting->date);
        if (set_trigger(reminder, org.reminders, days_between(today, meeting->date),
                        list.within_days)) {
            list.items.push_back(std::move(reminder));
        }
    }
}

}  // namespace

std::string_view Reminder::kind_name() const {
    switch (kind) {
        case Kind::step:
            return "step";
        case Kind::duty:
            return "duty";
        case Kind::notice:
            return "notice";
        case Kind::meeting:
            return "meeting";
    }
    return "?";
}

std::string Reminder::key() const {
    if (step) return step_name(*step);
    return scheduled_seq != 0 ? subject + " #" + std::to_string(scheduled_seq) : subject;
}

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

long ReminderList::overdue_count() const {
    return std::count_if(items.begin(), items.end(),
                         [](const Reminder& item) { return item.overdue(); });
}

ReminderList compute_reminders(const OrganisationState& state, const Date& today, int within_days) {
    const Organisation& org = state.organisation_on(today);
    ReminderList list{org.id, org.name, today, within_days, {}};
    add_steps(state, org, today, list);
    add_duties(state, org, today, list);
    add_meetings(state, org, today, list);
    std::stable_sort(
        list.items.begin(), list.items.end(),
        [](const Reminder& a, const Reminder& b) { return a.dates.deadline < b.dates.deadline; });
    return list;
}

}  // namespace cycle
