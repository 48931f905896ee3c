// What `cycle remind` shows, as data: every open deadline due within a number of days, and
// every overdue one, sorted by date, each with the lead time or overdue notice that triggered
// it. Pure: cli/ chooses the format, storage/reminder_log remembers what `--new` showed.
// The subject is always in English (the JSON's "item", and what `--new` keys on); the title,
// detail, rule and note are in the language asked for (engine/wording).
//
// Deadlines are the cycle steps' (a duty a step fulfils is reminded of as that step), the
// occasions of the other duties (engine/duty_status), the latest day to send a meeting's
// notice, and the meetings themselves. A notice or a meeting is never overdue: once its day
// has passed it is no longer listed.
//
// A deadline D seen on day T, d = D - T days ahead, with lead times L1 > L2 > ... :
//   0 <= d <= max(within, L1): listed; its trigger is the smallest lead time >= d
//                     ("lead-14"), or "within" when d is beyond every lead time (so a lead
//                     time longer than `within` still reminds on its day);
//   d < 0:            overdue; notice n = (T - D - 1) / overdue_every_days + 1 ("overdue-2").
// Each trigger is a threshold a deadline crosses once, which is what `--new` keys on.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/language.hpp"
#include "engine/replay.hpp"

namespace cycle {

struct Reminder {
    enum class Trigger { lead_time, overdue, within };
    enum class Kind { step, duty, notice, meeting };

    Kind kind = Kind::step;
    std::optional<int> budget_year;  // of a step
    std::optional<Step> step;        // Kind::step
    // What it is about: "status-report", "board-briefing (board meeting 2021-11-05)",
    // "notice: board meeting 2021-02-05", "board meeting 2021-02-05".
    std::string subject;
    // The subject for people, in the list's language: "Statusrapport", "q3-status-report
    // (budsjettår 2021)", "innkalling til møte i Styret 05.02.2021".
    std::string title;
    // Why it matters: the duties a step fulfils, what is planned for a meeting.
    std::string detail;
    // For a meeting or its notice: the schedule's sequence number, so that a meeting cancelled
    // and scheduled again on the same day is reminded of afresh.
    std::int64_t scheduled_seq = 0;
    std::string body;
    std::vector<std::string> to;
    StepDates dates;
    std::string deadline_rule;
    std::optional<std::string> deadline_note;
    long days = 0;  // days left (0 = today), or days overdue when the trigger is overdue
    Trigger trigger = Trigger::within;
    int lead_days = 0;  // lead_time: the lead time reached
    int notice = 0;     // overdue: 1 from the first day, then one more every interval
    int overdue_every_days = 7;

    bool overdue() const { return trigger == Trigger::overdue; }
    // "lead-14", "overdue-2", "within": the threshold, for `--new`.
    std::string threshold() const;
    // What `--new` remembers it by, with the deadline and the threshold: the step's name, or
    // the subject ("notice: board meeting 2021-02-05 #6" with the schedule's number).
    std::string key() const;
    std::string_view kind_name() const;  // "step", "duty", "notice", "meeting"
    // "lead time 14 days", "overdue notice 2 (every 7 days)", "within 60 days" /
    // "varseltid 14 dager", "purring 2 (hver 7. dag)", "innen 60 dager".
    std::string trigger_text(int within_days, Language language) const;
};

struct ReminderList {
    std::string organisation_id;
    std::string organisation_name;
    Date today;
    int within_days = 0;
    Language language = Language::en;  // of the titles, details, rules and notes
    std::vector<Reminder> items;       // by deadline, then budget year, then cycle order

    long overdue_count() const;
};

// `state` must be replayed as of `today`. Scans every budget year from the first tracked one
// to the last with a deadline within reach.
ReminderList compute_reminders(OrganisationState& state, const Date& today, int within_days,
                               Language language);

}  // namespace cycle
