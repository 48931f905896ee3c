#include "cli/presentation/reminder_text.hpp"

#include "cli/presentation/wording.hpp"

namespace cycle {

namespace {

std::string title_of(Language language, const Organisation& org, const Reminder& reminder) {
    switch (reminder.kind) {
        case Reminder::Kind::step:
            return language == Language::en ? reminder.subject
                                            : step_title(language, org, *reminder.step);
        case Reminder::Kind::duty:
            return reminder.duty->id + " (" +
                   occasion_text(language, org, *reminder.duty, *reminder.occasion) + ")";
        case Reminder::Kind::notice:
            return say(language, "notice: ", "innkalling til ") +
                   meeting_text(language, org, reminder.meeting->body, reminder.meeting->date);
        case Reminder::Kind::meeting:
            return meeting_text(language, org, reminder.meeting->body, reminder.meeting->date);
    }
    return reminder.subject;
}

std::string detail_of(Language language, const Organisation& org, const Reminder& reminder) {
    if (reminder.kind == Reminder::Kind::step) {
        std::string text;
        for (const std::string& duty : reminder.duties) {
            text += (text.empty() ? say(language, "duty ", "plikt ") : ", ") + duty;
        }
        if (reminder.meeting) {
            text += std::string(text.empty() ? "" : "; ") +
                    planned_for_text(language, org, reminder.meeting->body, reminder.meeting->date);
        }
        return text;
    }
    const bool about_meeting =
        reminder.kind == Reminder::Kind::notice || reminder.kind == Reminder::Kind::meeting;
    if (about_meeting && !reminder.meeting->plans.empty()) {
        return say(language, "planned: ", "planlagt: ") +
               plans_text(language, org, *reminder.meeting);
    }
    return "";
}

std::string rule_of(Language language, const Organisation& org, const Reminder& reminder) {
    switch (reminder.kind) {
        case Reminder::Kind::step:
            return rule_text(language, org, org.timing(*reminder.step).deadline);
        case Reminder::Kind::duty:
            return every_text(language, org, *reminder.duty);
        case Reminder::Kind::notice: {
            const NoticePeriod& period = *reminder.notice_period;
            if (language == Language::nb) {
                return "minst " +
                       (period.working_days ? std::to_string(period.days) + " arbeidsdager"
                                            : days_text(language, period.days)) +
                       " før møtet";
            }
            return "at least " + notice_period_text(period) + " before the meeting";
        }
        case Reminder::Kind::meeting:
            return say(language, "the meeting", "møtet");
    }
    return "";
}

std::string trigger_of(Language language, const Reminder& reminder, int within_days) {
    switch (reminder.trigger) {
        case Reminder::Trigger::lead_time:
            if (reminder.lead_days == 0) return say(language, "on the day", "på dagen");
            return say(language, "lead time ", "varseltid ") +
                   days_text(language, reminder.lead_days);
        case Reminder::Trigger::overdue:
            if (language == Language::nb) {
                return "purring " + std::to_string(reminder.notice) + " (hver " +
                       (reminder.overdue_every_days == 1
                            ? std::string("dag")
                            : std::to_string(reminder.overdue_every_days) + ". dag") +
                       ")";
            }
            return "overdue notice " + std::to_string(reminder.notice) + " (every " +
                   days_text(language, reminder.overdue_every_days) + ")";
        case Reminder::Trigger::within:
            return say(language, "within ", "innen ") + days_text(language, within_days);
    }
    return "";
}

}  // namespace

ReminderText reminder_text(Language language, const Organisation& org, const Reminder& reminder,
                           int within_days) {
    ReminderText text;
    text.title = title_of(language, org, reminder);
    text.detail = detail_of(language, org, reminder);
    text.deadline_rule = rule_of(language, org, reminder);
    if (reminder.kind == Reminder::Kind::step) {
        text.deadline_note =
            shift_note_text(language, org, org.timing(*reminder.step), reminder.dates);
    }
    text.trigger = trigger_of(language, reminder, within_days);
    return text;
}

}  // namespace cycle
