// What `cycle remind` shows, as data: every open deadline due within a number of days, and
// every overdue one, sorted by date, each with the lead time or overdue notice that triggered
// it. Pure: cli/ chooses the format, storage/reminder_log remembers what `--new` showed.
// The subject is always in English (the JSON's "item", and what `--new` keys on); the words
// for people (title, detail, rule, note) are cli/presentation/reminder_text's, from the data
// each item carries.
//
// Deadlines are the cycle steps' (a duty a step fulfils is reminded of as that step), the
// occasions of the other duties (workflows/queries/duty_status), the latest day to send a meeting's
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

#include "workflows/queries/duty_status.hpp"
#include "workflows/state/replay.hpp"

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
    // Kind::step: the duties the step fulfils (their ids), and the meeting it is planned for.
    std::vector<std::string> duties;
    // Kind::notice and Kind::meeting: the meeting; Kind::step: the meeting it is planned for.
    std::optional<Meeting> meeting;
    // Kind::duty: the duty and its occasion.
    std::optional<DutyRule> duty;
    std::optional<DutyOccasion> occasion;
    // Kind::notice: the body's notice period.
    std::optional<NoticePeriod> notice_period;
    // For a meeting or its notice: the schedule's sequence number, so that a meeting cancelled
    // and scheduled again on the same day is reminded of afresh.
    std::int64_t scheduled_seq = 0;
    std::string body;
    std::vector<std::string> to;
    StepDates dates;
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
};

struct ReminderList {
    std::string organisation_id;
    std::string organisation_name;
    Date today;
    int within_days = 0;
    std::vector<Reminder> items;  // by deadline, then budget year, then cycle order

    long overdue_count() const;
};

// `state` must be replayed as of `today`. Scans every budget year from the first tracked one
// to the last with a deadline within reach.
ReminderList compute_reminders(const OrganisationState& state, const Date& today, int within_days);

}  // namespace cycle
