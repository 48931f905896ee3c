#include "cli/presentation/wording.hpp"

#include <array>

namespace cycle {

namespace {

constexpr std::array<const char*, 7> weekdays_nb = {"søndag",  "mandag", "tirsdag", "onsdag",
                                                    "torsdag", "fredag", "lørdag"};

// A holiday's name in running text: "første juledag", but "Kristi himmelfartsdag".
std::string in_running_text(std::string_view name) {
    std::string text(name);
    if (text.rfind("Kristi", 0) == 0) return text;
    // The names start with an ASCII capital (F, S, L, A, O, G).
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] + 32);
    return text;
}

// Why a day is closed, in bokmål: "en søndag", "første juledag", "en stengt dag".
std::string closed_reason_nb(const ClosedReason& why) {
    switch (why.kind) {
        case ClosedReason::Kind::holiday:
            return in_running_text(why.holiday_nb);
        case ClosedReason::Kind::saturday:
            return "en lørdag";
        case ClosedReason::Kind::sunday:
            return "en søndag";
        case ClosedReason::Kind::organisation:
            break;
    }
    return "en stengt dag";
}

// A step as the thing a deadline counts from: "30 dager etter budsjettvedtaket". Format 1's
// steps have their nouns; a config's own steps are named by their title, in quotes.
std::string decision_noun(const Organisation& org, const Step& step) {
    static const std::pair<std::string_view, const char*> nouns[] = {
        {format1::contingent_set, "kontingentvedtaket"},
        {format1::draft_submitted, "forslaget"},
        {format1::budget_adopted, "budsjettvedtaket"},
        {format1::status_report, "statusrapporten"},
        {format1::accounts_approved, "regnskapsgodkjenningen"},
        {strategy_adopted, "strategivedtaket"},
    };
    for (const auto& [id, noun] : nouns) {
        if (step.id == id && step.every == Recurrence::none) return noun;
    }
    return "«" + step_title(Language::nb, org, step) + "»";
}

}  // namespace

std::string say(Language language, std::string_view english, std::string_view bokmal) {
    return std::string(language == Language::nb ? bokmal : english);
}

std::string date_text(Language language, const Date& day) {
    return language == Language::nb ? short_date_in(Language::nb, day) : iso(day);
}

std::string period_text(Language language, const Date& from, const std::optional<Date>& to) {
    if (language == Language::en) return iso(from) + ".." + (to ? iso(*to) : "");
    if (!to) return "fra " + date_text(language, from);
    return date_text(language, from) + "–" + date_text(language, *to);
}

std::string weekday_date_text(Language language, const Date& day) {
    if (language == Language::en) return long_date(day);
    return std::string(weekdays_nb.at(day.day_of_week().as_number())) + " " +
           long_date_in(Language::nb, day);
}

std::string days_text(Language language, long days) {
    const bool one = days == 1;
    if (language == Language::nb) return std::to_string(days) + (one ? " dag" : " dager");
    return std::to_string(days) + (one ? " day" : " days");
}

std::string due_text(Language language, long days_left) {
    if (days_left == 0) return say(language, "due today", "frist i dag");
    return say(language, "due in ", "frist om ") + days_text(language, days_left);
}

std::string overdue_text(Language language, long days_late) {
    return say(language, "overdue by ", "forsinket med ") + days_text(language, days_late);
}

std::string provisional_note(Language language) {
    return say(language, "* provisional, counted from a step not yet recorded",
               "* foreløpig, regnet fra et steg som ikke er registrert ennå");
}

std::string route_text(Language language, const Organisation& org, const std::string& body,
                       const std::optional<std::string>& to) {
    if (language == Language::nb) return route_title(language, org, body, to);
    return to ? body + " -> " + *to : body;
}

std::string route_text(Language language, const Organisation& org, const std::string& body,
                       const std::vector<std::string>& to) {
    if (language == Language::nb) return route_title(language, org, body, to);
    std::string text = body;
    for (std::size_t i = 0; i < to.size(); ++i) text += (i == 0 ? " -> " : ", ") + to[i];
    return text;
}

std::string meeting_text(Language language, const Organisation& org, const std::string& body,
                         const Date& day) {
    if (language == Language::en) return body + " meeting " + iso(day);
    return "møte i " + body_title(language, org, body) + " " + date_text(language, day);
}

std::string planned_for_text(Language language, const Organisation& org, const std::string& body,
                             const Date& day) {
    return say(language, "planned for ", "planlagt til ") + meeting_text(language, org, body, day);
}

std::string rule_text(Language language, const Organisation& org, const DeadlineRule& rule) {
    if (language == Language::en) return rule.text(english_rule_words);
    const DeadlineRuleWords bokmal = {
        .day = "dag",
        .days = "dager",
        .month = "måned",
        .months = "måneder",
        .working_day = "arbeidsdag",
        .working_days = "arbeidsdager",
        .end_of_window = "slutten av vinduet",
        .on_step = "samme dag som ",
        .after = " etter ",
        .at_least = "minst ",
        .before = " før ",
        .not_moved = ", flyttes ikke",
        .moved_later = ", flyttes senere",
        .moved_earlier = ", flyttes tidligere",
        .step = [&org](const Step& step) { return decision_noun(org, step); }};
    return rule.text(bokmal);
}

std::optional<std::string> shift_note_text(Language language, const Organisation& org,
                                           const StepTiming& rule, const StepDates& dates) {
    if (language == Language::en) return shift_note(org, rule, dates);
    const auto why = org.calendar().why_closed(dates.unshifted_deadline);
    if (!why) return std::nullopt;
    const std::string closed =
        long_date_in(language, dates.unshifted_deadline) + " er " + closed_reason_nb(*why);
    if (rule.deadline.shift == DeadlineShift::none) {
        if (org.format < 2) return closed + "; regelen flytter den ikke";  // as format 1 printed
        return closed + "; regelen flytter den ikke (neste arbeidsdag " +
               weekday_date_text(language, org.calendar().on_or_after(dates.unshifted_deadline)) +
               ")";
    }
    return closed + " → " + weekday_date_text(language, dates.deadline);
}

std::string plans_text(Language language, const Organisation& org, const Meeting& meeting) {
    if (language == Language::en) return meeting.plans_text();
    std::string text;
    for (const PlannedStep& plan : meeting.plans) {
        text += (text.empty() ? "" : ", ") + step_title(language, org, plan.step) + " for " +
                std::to_string(plan.budget_year);
    }
    return text;
}

std::string every_text(Language language, const Organisation& org, const DutyRule& rule) {
    if (language == Language::en) return rule.every_text();
    switch (rule.every) {
        case DutyRule::Every::meeting:
            return "hvert møte i " + body_title(language, org, rule.to.value_or(""));
        case DutyRule::Every::years:
            return "hvert " + std::to_string(rule.every_years) + ". år";
        case DutyRule::Every::year:
            return "hvert år innen " + std::to_string(rule.due_every_year.day) + "." +
                   std::to_string(rule.due_every_year.month) + ".";
        case DutyRule::Every::tertial:
            return "hvert tertial";
        case DutyRule::Every::quarter:
            return "hvert kvartal";
        case DutyRule::Every::budget_year:
            break;
    }
    return "hvert budsjettår";
}

std::string occasion_text(Language language, const Organisation& org, const DutyRule& rule,
                          const DutyOccasion& occasion) {
    if (language == Language::en) return occasion.text(rule);
    if (occasion.budget_year) {
        return "budsjettår " + std::to_string(*occasion.budget_year) +
               (occasion.step ? " " + occasion.step->period_label() : "");
    }
    if (occasion.year && occasion.period > 0) {
        return std::to_string(*occasion.year) + " " +
               (rule.every == DutyRule::Every::tertial ? "T" : "K") +
               std::to_string(occasion.period);
    }
    if (occasion.year) return "år " + std::to_string(*occasion.year);
    if (occasion.meeting)
        return meeting_text(language, org, rule.to.value_or(""), *occasion.meeting);
    return "neste gang";
}

std::string fulfilment_text(Language language, const Organisation& org,
                            const DutyFulfilment& fulfilment) {
    std::string by = fulfilment.by;
    if (language == Language::nb) {
        by = fulfilment.step ? step_title(language, org, *fulfilment.step) : "rapportert";
        if (fulfilment.budget_year) by += " " + std::to_string(*fulfilment.budget_year);
    }
    return date_text(language, fulfilment.date) + " (" + by + ", #" +
           std::to_string(fulfilment.seq) + ")";
}

}  // namespace cycle
