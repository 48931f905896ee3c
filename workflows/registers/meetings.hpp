// Meetings of an organisation's bodies, rebuilt from the case log like every state: a meeting
// is scheduled (with the cycle steps planned for it), may be cancelled, and is held (with the
// cases it treated). A body has at most one live meeting a day. Pure: no I/O.
//
// The notice: the latest day to send it is `notice-days` (the body's, from the config) before
// the meeting, moved to the working day before when that is a closed day, since the notice
// must go out at least that many days ahead; or, with `notice-working-days` (format 2), that
// many working days before it, counted back over working days only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "config/model/organisation.hpp"
#include "engine/log/case_number.hpp"
#include "engine/log/step.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle {

// A cycle step of a budget year, planned to be decided at a meeting.
struct PlannedStep {
    Step step;
    int budget_year = 0;
    bool operator==(const PlannedStep&) const = default;
};

struct Meeting {
    std::string body;
    Date date;
    std::int64_t scheduled_seq = 0;  // 0 when it was recorded as held without a schedule
    Date scheduled_on;               // the schedule's date (the meeting's, if held unscheduled)
    std::vector<PlannedStep> plans;
    std::optional<std::int64_t> held_seq;
    std::vector<CaseNumber> cases;  // treated, when held
    std::optional<std::int64_t> cancelled_seq;
    std::optional<Date> cancelled_on;

    bool live() const { return !cancelled_seq; }
    std::string plans_text() const;  // "budget-adopted 2021, status-report 2021"
    std::string cases_text() const;  // "58/20, 59/20"
    // Scheduled, not held, not cancelled, and not before `today`.
    bool upcoming(const Date& today) const { return live() && !held_seq && date >= today; }
};

class MeetingRegister {
  public:
    // Each returns a refusal, or nothing when the change was made. `on` is the event's date.
    // Schedules and cancellations must come in date order where they meet (a cancellation not
    // before its schedule; a schedule not before the day a meeting of the same body and day,
    // or with a step it plans too, was cancelled or held), so that the state as of any day,
    // replayed from the events dated up to it, is one the log passed through.
    std::optional<std::string> schedule(const std::string& body, const Date& date,
                                        std::vector<PlannedStep> plans, std::int64_t seq,
                                        const Date& on);
    std::optional<std::string> cancel(const std::string& body, const Date& date, std::int64_t seq,
                                      const Date& on);
    // A meeting not scheduled before is recorded as held all the same.
    std::optional<std::string> hold(const std::string& body, const Date& date,
                                    std::vector<CaseNumber> cases, std::int64_t seq);

    // The live meeting of `body` on `date`, if any.
    const Meeting* find(const std::string& body, const Date& date) const;
    // Live meetings, by date then body; with `body`, only that body's.
    std::vector<const Meeting*> live(const std::optional<std::string>& body = {}) const;
    // The live, not yet held meeting a step of a budget year is planned for, if any.
    const Meeting* planned_for(const Step& step, int budget_year) const;
    const std::vector<Meeting>& all() const { return meetings_; }

  private:
    Meeting* find_live(const std::string& body, const Date& date);
    std::vector<Meeting> meetings_;
    // Indexes into meetings_, so that replaying an organisation's meetings costs M log M and
    // not M squared (bench/: 5 000 meetings ahead made remind twice as slow as Debian's remind).
    std::map<std::pair<std::string, Date>, std::size_t> live_by_day_;  // (body, date)
    std::map<std::pair<Step, int>, std::size_t> planned_;  // live, not held: (step, budget year)
    std::multimap<Date, std::size_t> released_;  // cancelled (that day) or held (its date)
};

// The latest day to send the notice of `meeting`; nothing when its body has no notice-days.
std::optional<Date> notice_deadline(const Organisation& org, const Meeting& meeting);
// "14 days", "10 working days".
std::string notice_period_text(const NoticePeriod& period);

}  // namespace cycle
