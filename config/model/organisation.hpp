// An organisation as its YAML config describes it: bodies (with their notice periods), its
// steps (their order, roles, phases, and the rules that place each occurrence's window and
// deadline relative to the budget year), its closed days, when to remind whom, its reporting
// duties, and the members who pay contingent.
// Built by config/yaml/config_loader; read-only everywhere else.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/model/deadline_rule.hpp"
#include "engine/log/step.hpp"
#include "engine/time/calendar_date.hpp"
#include "engine/time/relative_date.hpp"
#include "engine/time/working_days.hpp"

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
    std::string name;                // "Styret": the config's name, or its nb one (else nn, en)
    std::optional<int> notice_days;  // a meeting's notice goes out at least this many days ahead
    std::optional<int> notice_working_days{};  // format 2: instead, this many working days ahead
    std::optional<BodyMail> mail{};            // format 2
    // Format 2's `name: {nb, nn, en}`: the name in nynorsk and in English, if given. A body
    // without an English name is shown in English by its id in words ("Board").
    std::string name_nn{};
    std::string name_en{};
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

// Which phase of a budget year a step belongs to (workflows/machines/budget_cycle): it may be
// recorded in that phase (an execution step also once the year has ended, late).
enum class StepPhase { preparation, execution, accounts };
inline std::string_view step_phase_name(StepPhase phase) {
    return phase == StepPhase::preparation ? "preparation"
           : phase == StepPhase::execution ? "execution"
                                           : "accounts";
}

// What the engine does when a step is recorded, besides recording it.
enum class StepRole {
    none,
    adopts_budget,    // preparation -> execution; --budget names the adopted document
    closes_cycle,     // accounts -> closed; --accounts names the approved accounts
    sets_contingent,  // --rate records the contingent per inhabitant
};

// When one occurrence of a step may be taken and is due. A step that does not recur has one,
// for period 0.
struct StepTiming {
    int period = 0;
    RelativeDate window_from;
    RelativeDate window_to;
    DeadlineRule deadline;
};

struct StepRule {
    std::string id;                         // the event kind: "budget-adopted"
    std::string name_nb, name_nn, name_en;  // titles; empty: none given
    std::string body;                       // who decides or acts
    std::vector<std::string> to;            // to whom (status-report goes to the board)
    std::vector<std::string> after;  // steps of the same budget year recorded before this one
    StepRole role = StepRole::none;
    StepPhase phase = StepPhase::preparation;
    bool optional = false;  // never overdue, never required
    Recurrence every = Recurrence::none;
    std::vector<StepTiming> occurrences;      // in period order; one, period 0, if not recurring
    std::optional<ReminderPolicy> reminders;  // else the organisation's

    const StepTiming& timing(int period) const {
        for (const StepTiming& each : occurrences) {
            if (each.period == period) return each;
        }
        return occurrences.front();
    }
};

// A recurring duty to report (seed section 4.3), and what fulfils it:
//   every budget year:  a cycle step (`fulfilled_by`), due when that step is;
//   every meeting:      of the body `to`, due on the meeting's day, fulfilled by a report
//                       recorded for that meeting (`cycle duty report`);
//   every N years:      due N years after it was last fulfilled, by a step (`fulfilled_by`,
//                       e.g. strategy-adopted) or a report; never fulfilled: due from the
//                       first working day of the first tracked year;
//   every year:         due on a fixed day (`due_every_year`), fulfilled by a report;
//   every tertial or quarter: by a recurring step of the same period (due when each
//                       occurrence is), or by a report due `due_days` after each period ends.
// A report fulfils the oldest open occasion that has begun by its date.
struct DutyRule {
    enum class Every { budget_year, meeting, years, year, tertial, quarter };
    std::string id;                 // "q3-status-report"
    std::string body;               // who reports
    std::optional<std::string> to;  // to whom
    Every every = Every::budget_year;
    int every_years = 0;                      // for Every::years
    MonthDay due_every_year;                  // for Every::year
    int due_days = 0;                         // for a tertial or quarter by report
    std::optional<std::string> fulfilled_by;  // a step id, else `cycle duty report`
    // "each budget year", "each board meeting", "every 4 years", "each year by 03-31",
    // "each tertial", "each quarter".
    std::string every_text() const {
        if (every == Every::meeting) return "each " + to.value_or("") + " meeting";
        if (every == Every::years) return "every " + std::to_string(every_years) + " years";
        if (every == Every::year) {
            char day[8];
            std::snprintf(day, sizeof day, "%02d-%02d", due_every_year.month % 100,
                          due_every_year.day % 100);
            return "each year by " + std::string(day);
        }
        if (every == Every::tertial) return "each tertial";
        if (every == Every::quarter) return "each quarter";
        return "each budget year";
    }
    // Whether a step of the budget year's cycle fulfils it (each budget year, tertial or
    // quarter): then it is due, reminded of and drawn as that step. Strategy-adopted, which
    // fulfils a duty every N years, belongs to no budget year.
    bool fulfilled_by_cycle_step() const { return fulfilled_by && every != Every::years; }
    // Tertials or quarters: the periods a year has; else 0.
    int periods() const { return every == Every::tertial ? 3 : every == Every::quarter ? 4 : 0; }
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
    // The language of status, remind, the wheel and the report without --lang: "nb" (bokmål,
    // the default), "nn" (nynorsk) or "en" (cli/presentation/language).
    std::string language = "nb";
    std::vector<Body> bodies;
    std::vector<StepRule> steps;    // in config order
    std::vector<Step> cycle_steps;  // every occurrence of every step, in config order
    std::string strategy_body;      // who adopts strategic guidelines; empty: no strategy
    // What the strategy is called ("Planstrategi" / "Planning strategy"); empty: the seed's
    // "Strategiske føringer" / "Strategic guidelines".
    std::string strategy_name_nb, strategy_name_nn, strategy_name_en;
    int strategy_every_years = 4;
    std::vector<Member> members;
    std::optional<Date> population_as_of;  // the day the members' populations were counted
    ContingentRounding contingent_rounding = ContingentRounding::half_up;
    std::vector<DutyRule> duties;  // in config order
    ClosedDays closed_days;        // besides weekends and public holidays
    ReminderPolicy reminders;      // for steps with no policy of their own
    int remind_within_days = 30;   // `cycle remind` without --within
    std::optional<MailSettings> mail;
    // Format 2: contingent.base-amount, NOK each member pays before the rate.
    std::optional<std::int64_t> contingent_base_nok;

    WorkingDayCalendar calendar() const { return WorkingDayCalendar(closed_days); }
    // The body's notice period, in days or working days; nothing when it has none.
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
    const StepRule* find_step(std::string_view step_id) const {
        for (const StepRule& rule : steps) {
            if (rule.id == step_id) return &rule;
        }
        return nullptr;
    }
    // The step an event of `kind` records, for `period` (0 for a step that does not recur);
    // nothing when this config has no such step or occurrence.
    std::optional<Step> step_of(std::string_view kind, int period) const {
        const StepRule* found = find_step(kind);
        if (found == nullptr) return std::nullopt;
        for (const StepTiming& each : found->occurrences) {
            if (each.period == period) return Step{found->id, period, found->every};
        }
        return std::nullopt;
    }
    // The rule of a step of `cycle_steps` (or of a step id this config has).
    const StepRule& rule(const Step& step) const { return *find_step(step.id); }
    const StepTiming& timing(const Step& step) const { return rule(step).timing(step.occurrence); }
    // The step with this role, if any.
    const StepRule* step_with(StepRole role) const {
        for (const StepRule& each : steps) {
            if (each.role == role) return &each;
        }
        return nullptr;
    }
    bool has_role(const std::string& step_id, StepRole role) const {
        const StepRule* found = find_step(step_id);
        return found != nullptr && found->role == role;
    }
    const ReminderPolicy& reminders_for(const Step& step) const {
        const auto& found = rule(step);
        return found.reminders ? *found.reminders : reminders;
    }
};

}  // namespace cycle
