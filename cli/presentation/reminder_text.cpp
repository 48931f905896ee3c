#include "cli/presentation/reminder_text.hpp"

#include "cli/presentation/catalog.hpp"
#include "cli/presentation/wording.hpp"

namespace cycle {

namespace {

std::string title_of(Language language, const Organisation& org, const Reminder& reminder) {
    switch (reminder.kind) {
        case Reminder::Kind::step:
            return step_text(language, org, *reminder.step);
        case Reminder::Kind::duty:
            return reminder.duty->id + " (" +
                   occasion_text(language, org, *reminder.duty, *reminder.occasion) + ")";
        case Reminder::Kind::notice:
            // TRANSLATORS: a meeting's notice to send: "notice: board meeting 2021-12-02".
            return trf(language, "notice: {1}",
                       meeting_text(language, org, reminder.meeting->body, reminder.meeting->date));
        case Reminder::Kind::meeting:
            return meeting_text(language, org, reminder.meeting->body, reminder.meeting->date);
    }
    return reminder.subject;
}

std::string detail_of(Language language, const Organisation& org, const Reminder& reminder) {
    if (reminder.kind == Reminder::Kind::step) {
        std::string duties;
        for (const std::string& duty : reminder.duties) {
            duties += (duties.empty() ? "" : ", ") + duty;
        }
        // TRANSLATORS: {1} the ids of one or more duties a step fulfils: "duty q3-status-report".
        std::string text = duties.empty() ? "" : trf(language, "duty {1}", duties);
        if (reminder.meeting) {
            text += std::string(text.empty() ? "" : "; ") +
                    planned_for_text(language, org, reminder.meeting->body, reminder.meeting->date);
        }
        return text;
    }
    const bool about_meeting =
        reminder.kind == Reminder::Kind::notice || reminder.kind == Reminder::Kind::meeting;
    if (about_meeting && !reminder.meeting->plans.empty()) {
        // TRANSLATORS: what a meeting is to decide: "planned: budget-adopted 2022".
        return trf(language, "planned: {1}", plans_text(language, org, *reminder.meeting));
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
            // TRANSLATORS: {1} a number of days: "at least 14 days before the meeting".
            return trf(language, "at least {1} before the meeting",
                       notice_period_words(language, *reminder.notice_period));
        }
        case Reminder::Kind::meeting:
            // TRANSLATORS: the deadline rule of a meeting itself: its day.
            return tr(language, "the meeting");
    }
    return "";
}

std::string trigger_of(Language language, const Reminder& reminder, int within_days) {
    switch (reminder.trigger) {
        case Reminder::Trigger::lead_time:
            // TRANSLATORS: a reminder given on the deadline's day itself.
            if (reminder.lead_days == 0) return tr(language, "on the day");
            // TRANSLATORS: a reminder given this long before the deadline: "lead time 14 days".
            return trf(language, "lead time {1}", days_text(language, reminder.lead_days));
        case Reminder::Trigger::overdue:
            // TRANSLATORS: {2} the number of the reminder after the deadline passed, repeated
            // every {1} days: "overdue notice 2 (every 7 days)".
            return trnf(language, "overdue notice {2} (every {1} day)",
                        "overdue notice {2} (every {1} days)", reminder.overdue_every_days,
                        reminder.notice);
        case Reminder::Trigger::within:
            // TRANSLATORS: a deadline listed for being within `remind --within` days.
            return trf(language, "within {1}", days_text(language, within_days));
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
