#include "cli/presentation/wording.hpp"

#include <utility>

#include "cli/presentation/catalog.hpp"

namespace cycle {

namespace {

// The holidays engine/time/norwegian_holidays names, by their English names (ClosedReason's
// holiday_en), so that xgettext finds them.
[[maybe_unused]] constexpr const char* holiday_names[] = {
    // TRANSLATORS: a holiday's name inside a sentence ("25 December 2024 is Christmas Day"),
    // written as it reads there (in bokmål "første juledag", but "Kristi himmelfartsdag").
    NC_("holiday", "New Year's Day"), NC_("holiday", "Maundy Thursday"),
    NC_("holiday", "Good Friday"),    NC_("holiday", "Easter Sunday"),
    NC_("holiday", "Easter Monday"),  NC_("holiday", "Ascension Day"),
    NC_("holiday", "Whit Sunday"),    NC_("holiday", "Whit Monday"),
    NC_("holiday", "Christmas Day"),  NC_("holiday", "St Stephen's Day"),
    NC_("holiday", "Labour Day"),     NC_("holiday", "Constitution Day"),
};

// Day of the week 0-6, Sunday first (as boost::gregorian numbers them).
constexpr const char* weekdays[] = {
    NC_("weekday", "Sunday"),    NC_("weekday", "Monday"),   NC_("weekday", "Tuesday"),
    NC_("weekday", "Wednesday"), NC_("weekday", "Thursday"), NC_("weekday", "Friday"),
    NC_("weekday", "Saturday"),
};

// Why a day is closed, as the subject of "… is {reason}": "a Sunday", "Christmas Day", "a
// closed day".
std::string closed_reason(Language language, const ClosedReason& why) {
    switch (why.kind) {
        case ClosedReason::Kind::holiday:
            return trc(language, "holiday", std::string(why.holiday_en).c_str());
        case ClosedReason::Kind::saturday:
            // TRANSLATORS: why a deadline's day is closed: "30 June 2024 is a Saturday".
            return tr(language, "a Saturday");
        case ClosedReason::Kind::sunday:
            return tr(language, "a Sunday");
        case ClosedReason::Kind::organisation:
            break;
    }
    // TRANSLATORS: a day the organisation closes itself: "30 June 2020 is a closed day".
    return tr(language, "a closed day");
}

// A step as the thing a deadline counts from: "30 days after the budget adoption". Format 1's
// steps have their nouns; a config's own steps are named by their title, in quotes.
std::string decision_noun(Language language, const Organisation& org, const Step& step) {
    static const std::pair<std::string_view, const char*> nouns[] = {
        // TRANSLATORS: format 1's steps as what a deadline counts from ("at least 14 days
        // before the budget adoption"), in bokmål "budsjettvedtaket".
        {format1::contingent_set, NC_("deadline anchor", "the contingent decision")},
        {format1::draft_submitted, NC_("deadline anchor", "the draft")},
        {format1::budget_adopted, NC_("deadline anchor", "the budget adoption")},
        {format1::status_report, NC_("deadline anchor", "the status report")},
        {format1::accounts_approved, NC_("deadline anchor", "the accounts approval")},
        {strategy_adopted, NC_("deadline anchor", "the strategy decision")},
    };
    for (const auto& [id, noun] : nouns) {
        if (step.id == id && step.every == Recurrence::none) {
            return trc(language, "deadline anchor", noun);
        }
    }
    // TRANSLATORS: a step's title in quotes, as what a deadline counts from ("30 days after
    // “Budget adopted”").
    return trf(language, "“{1}”", step_title(language, org, step));
}

}  // namespace

std::string date_text(Language language, const Date& day) {
    return worded(language) ? short_date_in(language, day) : iso(day);
}

std::string period_text(Language language, const Date& from, const std::optional<Date>& to) {
    if (!worded(language)) return iso(from) + ".." + (to ? iso(*to) : "");
    // TRANSLATORS: a period with no end: "from 02.11.2020".
    if (!to) return trf(language, "from {1}", date_text(language, from));
    return date_text(language, from) + "–" + date_text(language, *to);
}

std::string weekday_date_text(Language language, const Date& day) {
    if (!worded(language)) return long_date(day);
    return trc(language, "weekday", weekdays[day.day_of_week().as_number()]) + " " +
           long_date_in(language, day);
}

std::string days_text(Language language, long days) {
    return trnf(language, "{1} day", "{1} days", days);
}

std::string working_days_text(Language language, long days) {
    return trnf(language, "{1} working day", "{1} working days", days);
}

std::string notice_period_words(Language language, const NoticePeriod& period) {
    if (!worded(language)) return notice_period_text(period);
    return period.working_days ? working_days_text(language, period.days)
                               : days_text(language, period.days);
}

std::string due_text(Language language, long days_left) {
    if (days_left == 0) return tr(language, "due today");
    // TRANSLATORS: {1} is a number of days: "due in 3 days".
    return trf(language, "due in {1}", days_text(language, days_left));
}

std::string overdue_text(Language language, long days_late) {
    // TRANSLATORS: {1} is a number of days: "overdue by 1 day".
    return trf(language, "overdue by {1}", days_text(language, days_late));
}

std::string provisional_note(Language language) {
    return tr(language, "* provisional, counted from a step not yet recorded");
}

std::string step_text(Language language, const Organisation& org, const Step& step) {
    return worded(language) ? step_title(language, org, step) : step.name();
}

std::string step_state_word(Language language, const StepStatus& status) {
    switch (status.state) {
        case StepState::done:
            // TRANSLATORS: a step's state, and the day it was recorded: "done 05 Feb 2021".
            return trf(language, "done {1}", short_date_in(language, status.record->date));
        case StepState::upcoming:
            return tr(language, "upcoming");
        case StepState::due:
            // TRANSLATORS: a step's state: its window is open, its deadline not passed.
            return tr(language, "due");
        case StepState::overdue:
            return tr(language, "overdue");
        case StepState::passed:
            return tr(language, "passed over");
        case StepState::optional:
            return tr(language, "optional, not taken");
    }
    return "";
}

std::string route_text(Language language, const Organisation& org, const std::string& body,
                       const std::optional<std::string>& to) {
    if (worded(language)) return route_title(language, org, body, to);
    return to ? body + " -> " + *to : body;
}

std::string route_text(Language language, const Organisation& org, const std::string& body,
                       const std::vector<std::string>& to) {
    if (worded(language)) return route_title(language, org, body, to);
    std::string text = body;
    for (std::size_t i = 0; i < to.size(); ++i) text += (i == 0 ? " -> " : ", ") + to[i];
    return text;
}

std::string meeting_text(Language language, const Organisation& org, const std::string& body,
                         const Date& day) {
    // TRANSLATORS: {1} a body ("board", in bokmål its name, "Styret"), {2} the meeting's date.
    return trf(language, "{1} meeting {2}",
               worded(language) ? body_title(language, org, body) : body, date_text(language, day));
}

std::string planned_for_text(Language language, const Organisation& org, const std::string& body,
                             const Date& day) {
    // TRANSLATORS: {1} is a meeting: "planned for board meeting 2021-02-05".
    return trf(language, "planned for {1}", meeting_text(language, org, body, day));
}

std::string rule_text(Language language, const Organisation& org, const DeadlineRule& rule) {
    if (!worded(language)) return rule.text();
    // In the words of DeadlineRule::text (config/model/deadline_rule), phrase by phrase.
    const long amount = rule.amount;
    std::string count;
    switch (rule.unit) {
        case DeadlineRule::Unit::days:
            count = days_text(language, amount);
            break;
        case DeadlineRule::Unit::months:
            count = trnf(language, "{1} month", "{1} months", amount);
            break;
        case DeadlineRule::Unit::working_days:
            count = working_days_text(language, amount);
            break;
    }
    const std::string anchor = rule.anchor.window_end ? tr(language, "end of window")
                               : rule.anchor.step ? decision_noun(language, org, *rule.anchor.step)
                                                  : rule.anchor.text();
    std::string text;
    switch (rule.kind) {
        case DeadlineRule::Kind::on:
            // TRANSLATORS: a deadline on the day another step is recorded: "on the draft".
            text = rule.anchor.step ? trf(language, "on {1}", anchor) : anchor;
            break;
        case DeadlineRule::Kind::after:
            // TRANSLATORS: "6 months after Y-12-31", "30 days after the budget adoption".
            text = trf(language, "{1} after {2}", count, anchor);
            break;
        case DeadlineRule::Kind::before:
            // TRANSLATORS: "at least 14 days before the budget adoption".
            text = trf(language, "at least {1} before {2}", count, anchor);
            break;
    }
    if (const auto shown = rule.unusual_shift()) {
        switch (*shown) {
            case DeadlineShift::none:
                // TRANSLATORS: {1} is a deadline rule whose day stays on a closed day.
                return trf(language, "{1}, not moved", text);
            case DeadlineShift::next_working_day:
                return trf(language, "{1}, moved later", text);
            case DeadlineShift::previous_working_day:
                return trf(language, "{1}, moved earlier", text);
        }
    }
    return text;
}

std::optional<std::string> shift_note_text(Language language, const Organisation& org,
                                           const StepTiming& rule, const StepDates& dates) {
    if (!worded(language)) return shift_note(org, rule, dates);
    const auto why = org.calendar().why_closed(dates.unshifted_deadline);
    if (!why) return std::nullopt;
    const std::string day = long_date_in(language, dates.unshifted_deadline);
    // TRANSLATORS: {1} a date, {2} why it is closed: "30 June 2024 is a Sunday".
    const std::string closed = trf(language, "{1} is {2}", day, closed_reason(language, *why));
    if (rule.deadline.shift == DeadlineShift::none) {
        if (org.format < 2) {
            return trf(language, "{1}; the rule does not move it", closed);  // as format 1 printed
        }
        const Date next = org.calendar().on_or_after(dates.unshifted_deadline);
        // TRANSLATORS: {1} "30 June 2024 is a Sunday", {2} the working day after it.
        return trf(language, "{1}; the rule does not move it (next working day {2})", closed,
                   weekday_date_text(language, next));
    }
    return closed + " → " + weekday_date_text(language, dates.deadline);
}

std::string plans_text(Language language, const Organisation& org, const Meeting& meeting) {
    if (!worded(language)) return meeting.plans_text();
    std::string text;
    for (const PlannedStep& plan : meeting.plans) {
        const std::string step = step_title(language, org, plan.step);
        // TRANSLATORS: what a meeting is to decide: {1} a step, {2} its budget year: "Budget
        // adopted for 2022".
        text += (text.empty() ? "" : ", ") + trf(language, "{1} for {2}", step, plan.budget_year);
    }
    return text;
}

std::string every_text(Language language, const Organisation& org, const DutyRule& rule) {
    if (!worded(language)) return rule.every_text();
    switch (rule.every) {
        case DutyRule::Every::meeting:
            // TRANSLATORS: how often a duty falls due: {1} a body, "each board meeting".
            return trf(language, "each {1} meeting",
                       body_title(language, org, rule.to.value_or("")));
        case DutyRule::Every::years:
            return trnf(language, "every {1} year", "every {1} years", rule.every_years);
        case DutyRule::Every::year:
            // TRANSLATORS: {1} a day of the year: "each year by 31 March".
            return trf(language, "each year by {1}", day_month_in(language, rule.due_every_year));
        case DutyRule::Every::tertial:
            return tr(language, "each tertial");
        case DutyRule::Every::quarter:
            return tr(language, "each quarter");
        case DutyRule::Every::budget_year:
            break;
    }
    return tr(language, "each budget year");
}

std::string occasion_text(Language language, const Organisation& org, const DutyRule& rule,
                          const DutyOccasion& occasion) {
    if (!worded(language)) return occasion.text(rule);
    if (occasion.budget_year) {
        if (!occasion.step) return trf(language, "budget year {1}", *occasion.budget_year);
        // TRANSLATORS: {1} a budget year, {2} a period of it ("T1", "Q3"): "budget year 2021 Q3".
        return trf(language, "budget year {1} {2}", *occasion.budget_year,
                   period_title(language, *occasion.step));
    }
    if (occasion.year && occasion.period > 0) {
        // "2021 T2", "2021 K3": the year and its period, as a recurring step's title has it.
        const Recurrence every =
            rule.every == DutyRule::Every::tertial ? Recurrence::tertial : Recurrence::quarter;
        return std::to_string(*occasion.year) + " " +
               period_title(language, every, occasion.period);
    }
    if (occasion.year) return trf(language, "year {1}", *occasion.year);
    if (occasion.meeting) {
        return meeting_text(language, org, rule.to.value_or(""), *occasion.meeting);
    }
    // TRANSLATORS: the occasion of a duty due at no fixed time: the next time it is due.
    return tr(language, "next turn");
}

std::string fulfilment_text(Language language, const Organisation& org,
                            const DutyFulfilment& fulfilment) {
    std::string by = fulfilment.by;
    if (worded(language)) {
        by = fulfilment.step ? step_title(language, org, *fulfilment.step)
                             // TRANSLATORS: what fulfilled a duty: `cycle duty report`.
                             : trc(language, "fulfilled by", "report");
        if (fulfilment.budget_year) by += " " + std::to_string(*fulfilment.budget_year);
    }
    return date_text(language, fulfilment.date) + " (" + by + ", #" +
           std::to_string(fulfilment.seq) + ")";
}

}  // namespace cycle
