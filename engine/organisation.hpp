// An organisation as its YAML config describes it: bodies (with their notice periods), the
// rules that place each step's window and deadline relative to the budget year, its closed
// days, when to remind whom, its reporting duties, and the members who pay contingent.
// Built by config/config_loader; read-only everywhere else.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/calendar_date.hpp"
#include "engine/deadline_rule.hpp"
#include "engine/relative_date.hpp"
#include "engine/step.hpp"
#include "engine/working_days.hpp"

namespace cycle {

// Where reminders of a body's deadlines go (format 2, `bodies.X.mail`): `cycle remind
// --format mail` sends the body its own message, copied to `cc` and the coordinator.
struct BodyMail {
    std::vector<std::string> to;  // addresses is_mail_address accepts; at least one
    std::vector<std::string> cc;
};

// How far ahead a meeting's notice goes out: `days` calendar days, or (format 2,
// notice-working-days) `days` working days.
struct NoticePeriod {
    int days = 0;
    bool working_days = false;
};

struct Body {
    std::string id;                  // "board": used in commands, case numbers and the case log
    std::string name;                // "Styret"
    std::optional<int> notice_days;  // a meeting's notice goes out at least this many days ahead
    std::optional<int> notice_working_days{};  // format 2: instead, this many working days ahead
    std::optional<BodyMail> mail{};            // format 2
};

// When to remind of an open deadline: `lead_days` before it (largest first), then every
// `overdue_every_days` once it has passed.
struct ReminderPolicy {
    std::vector<int> lead_days = {30, 14, 7, 1};
    int overdue_every_days = 7;
};

// Where `cycle remind --format mail` sends its message (RFC 5322 addresses).
struct MailSettings {
    std::string from;
    std::vector<std::string> to;
};

struct StepRule {
    std::string body;               // who decides or acts
    std::optional<std::string> to;  // to whom (status-report goes to the board)
    RelativeDate window_from;
    RelativeDate window_to;
    DeadlineRule deadline;
    std::optional<ReminderPolicy> reminders;  // else the organisation's
};

// A recurring duty to report (seed section 4.3), and what fulfils it:
//   every budget year:  a cycle step (`fulfilled_by`), due when that step is;
//   every meeting:      of the body `to`, due on the meeting's day, fulfilled by a report
//                       recorded for that meeting (`cycle duty report`);
//   every N years:      due N years after it was last fulfilled, by a step (`fulfilled_by`,
//                       e.g. strategy-adopted) or a report; never fulfilled: due from the
//                       first working day of the first tracked year.
struct DutyRule {
    enum class Every { budget_year, meeting, years };
    std::string id;                 // "q3-status-report"
    std::string body;               // who reports
    std::optional<std::string> to;  // to whom
    Every every = Every::budget_year;
    int every_years = 0;               // for Every::years
    std::optional<Step> fulfilled_by;  // else `cycle duty report`
    // "each budget year", "each board meeting", "every 4 years".
    std::string every_text() const {
        if (every == Every::meeting) return "each " + to.value_or("") + " meeting";
        if (every == Every::years) return "every " + std::to_string(every_years) + " years";
        return "each budget year";
    }
};

// How each member's contingent is rounded to whole NOK: halves up (the seed's table is
// consistent with it), halves to the even neighbour, or down.
enum class ContingentRounding { half_up, half_even, down };

// A member or a group of members; the contingent is base amount x count + population x
// weight x rate.
struct Member {
    std::string name;
    std::string kind;       // "county", "municipality", ...
    bool is_group = false;  // "all other municipalities" as one row
    std::int64_t population = 0;
    std::int64_t weight_thousandths = 1000;  // 0.5 -> 500, 2 -> 2000; 0 (format 2): no rate
    std::int64_t count = 1;                  // members in a group (format 2); 1 for a member
    bool count_given = false;                // `count:` is in the config
    std::optional<Date> joined{};            // format 2: pays from the first budget year after
    std::optional<Date> left{};              // format 2: pays for budget years starting before
};

struct Organisation {
    int format = 1;  // of its config (docs/config.md): 1, the five fixed steps
    std::string id;
    std::string name;
    int first_tracked_year = 0;
    // The language of the wheel and the report without --lang: "nb" (bokmål, the default) or
    // "en" (engine/language).
    std::string language = "nb";
    std::vector<Body> bodies;
    std::map<Step, StepRule> steps;  // the five cycle steps
    std::string strategy_body;       // who adopts strategic guidelines
    int strategy_every_years = 4;
    std::vector<Member> members;
    std::optional<Date> population_as_of;  // the day the members' populations were counted
    ContingentRounding contingent_rounding = ContingentRounding::half_up;
    std::vector<DutyRule> duties;             // in config order
    std::vector<Date> closed_dates;           // besides weekends and public holidays
    std::vector<MonthDay> closed_every_year;  // "12-24"
    ReminderPolicy reminders;                 // for steps with no policy of their own
    int remind_within_days = 30;              // `cycle remind` without --within
    std::optional<MailSettings> mail;
    // Format 2: closed ranges, "2021-07-05..2021-07-30" once and "12-27..01-02" every year.
    std::vector<DateRange> closed_date_ranges;
    std::vector<MonthDayRange> closed_ranges_every_year;
    // Format 2: contingent.base-amount, NOK each member pays before the rate.
    std::optional<std::int64_t> contingent_base_nok;

    WorkingDayCalendar calendar() const {
        return WorkingDayCalendar(ClosedDays{closed_dates, closed_every_year, closed_date_ranges,
                                             closed_ranges_every_year});
    }
    // notice-days only; notice_of says either.
    std::optional<int> notice_days_of(const std::string& body) const {
        for (const Body& each : bodies) {
            if (each.id == body) return each.notice_days;
        }
        return std::nullopt;
    }
    std::optional<NoticePeriod> notice_of(const std::string& body) const {
        for (const Body& each : bodies) {
            if (each.id != body) continue;
            if (each.notice_working_days) return NoticePeriod{*each.notice_working_days, true};
            if (each.notice_days) return NoticePeriod{*each.notice_days, false};
        }
        return std::nullopt;
    }
    const Body* find_body(std::string_view body_id) const {
        for (const Body& body : bodies) {
            if (body.id == body_id) return &body;
        }
        return nullptr;
    }
    bool any_body_mail() const {
        for (const Body& body : bodies) {
            if (body.mail) return true;
        }
        return false;
    }
    const DutyRule* find_duty(std::string_view duty_id) const {
        for (const DutyRule& duty : duties) {
            if (duty.id == duty_id) return &duty;
        }
        return nullptr;
    }
    const ReminderPolicy& reminders_for(Step step) const {
        const auto& rule = steps.at(step);
        return rule.reminders ? *rule.reminders : reminders;
    }
};

}  // namespace cycle
