// The words for people of one reminder (workflows/queries/reminders gives the data): its
// title, detail, deadline rule, deadline note and trigger, in a language, with the message
// catalog's words. English is the JSON's wording, exactly as `remind --format json` has always
// printed it. Pure.
#pragma once

#include <optional>
#include <string>

#include "cli/presentation/language.hpp"
#include "workflows/queries/reminders.hpp"

namespace cycle {

struct ReminderText {
    // "Statusrapport", "q3-status-report (budsjettår 2021)", "innkalling til møte i Styret
    // 05.02.2021"; in English the subject.
    std::string title;
    // The duties a step fulfils and the meeting it is planned for; what a meeting is to decide.
    std::string detail;
    std::string deadline_rule;  // "end of window", "at least 14 days before the meeting"
    std::optional<std::string> deadline_note;  // a statutory day moved to a working day
    // "lead time 14 days", "overdue notice 2 (every 7 days)", "within 60 days" /
    // "varseltid 14 dager", "purring 2 (hver 7. dag)", "innen 60 dager".
    std::string trigger;
};

// `org` is the organisation the list was computed for (state.organisation_on(list.today)).
ReminderText reminder_text(Language language, const Organisation& org, const Reminder& reminder,
                           int within_days);

}  // namespace cycle
