#include "config/yaml/steps_reader.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "config/model/format1_names.hpp"
#include "config/model/schedule.hpp"
#include "config/yaml/relative_date.hpp"
#include "engine/log/event.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"

namespace cycle {

namespace {

bool before(const RelativeDate& a, const RelativeDate& b) {
    return std::tie(a.year_offset, a.month, a.day) < std::tie(b.year_offset, b.month, b.day);
}

// What the readers below share: the step ids of the config (in order), which of them recur,
// and where each step's timing is written, to point at it from checks made later.
struct StepsSource {
    const MapReader& steps;
    int format = 1;
    std::vector<std::string> ids;
    std::set<std::string> recurring;
    std::map<Step, YAML::Node> timing_nodes;   // the mapping holding a step's deadline
    std::map<Step, std::string> timing_paths;  // "steps.budget-adopted", "...occurrences[0]"
    std::set<std::string> given;               // "budget-adopted.role": keys a step states
};

// "draft-submitted", "end-of-window" or "Y-12-31".
DeadlineAnchor read_anchor(const MapReader& rule, const std::string& key,
                           const StepsSource& source) {
    const YAML::Node value = rule.required(key);
    DeadlineAnchor anchor;
    const std::string text = value.IsScalar() ? value.Scalar() : "";
    if (std::find(source.ids.begin(), source.ids.end(), text) != source.ids.end()) {
        if (source.recurring.contains(text)) {
            rule.fail(value, "a deadline counts from a step that happens once; steps." + text +
                                 " recurs, in " + rule.path(key));
        }
        anchor.step = Step{text, 0, Recurrence::none};
    } else if (text == "end-of-window") {
        anchor.window_end = true;
    } else if (const auto day = parse_relative_date(text)) {
        anchor.day = *day;
    } else if (text.size() > 1 && text[0] == 'Y' && (text[1] == '-' || text[1] == '+')) {
        anchor.day = rule.relative_date(key);  // written as a date: fails saying what is wrong
    } else {
        std::vector<std::string> names = {"end-of-window"};
        for (const std::string& id : source.ids) names.push_back(id);
        rule.fail(value,
                  "expected a step of the cycle, end-of-window or a date relative to the "
                  "budget year (" +
                      std::string(relative_date_form) + ") for " + rule.path(key) + ", got " +
                      quote(value.Scalar()) + did_you_mean(text, names));
    }
    return anchor;
}

// A deadline: "Y-1-06-30" or "end-of-window", or a mapping with one of on / after / before,
// days, months or (format 2) working-days for after and before, and optionally shift.
DeadlineRule read_deadline(const MapReader& step, const StepsSource& source) {
    const YAML::Node node = step.required("deadline");
    DeadlineRule rule;
    if (node.IsScalar()) {
        rule.anchor = read_anchor(step, "deadline", source);
        if (rule.anchor.step) {
            step.fail(node,
                      "a deadline counted from another step needs the mapping form, "
                      "e.g. {days: 14, after: " +
                          rule.anchor.text() + "}, for " + step.path("deadline"));
        }
        return rule;
    }
    const MapReader map(step.source(), node, step.path("deadline"),
                        {"on", "after", "before", "days", "months", "working-days", "shift"});
    map.require_format(source.format, 2, {"working-days"});
    const int anchors = int(map.has("on")) + int(map.has("after")) + int(map.has("before"));
    if (anchors != 1) {
        map.fail(node, "expected exactly one of \"on\", \"after\" or \"before\" in " +
                           step.path("deadline"));
    }
    rule.kind = map.has("on")      ? DeadlineRule::Kind::on
                : map.has("after") ? DeadlineRule::Kind::after
                                   : DeadlineRule::Kind::before;
    rule.anchor = read_anchor(map,
                              map.has("on")      ? "on"
                              : map.has("after") ? "after"
                                                 : "before",
                              source);
    const int amounts =
        int(map.has("days")) + int(map.has("months")) + int(map.has("working-days"));
    const char* const amount_key = map.has("days")     ? "days"
                                   : map.has("months") ? "months"
                                                       : "working-days";
    if (rule.kind == DeadlineRule::Kind::on && amounts != 0) {
        map.fail(map.node()[amount_key],
                 source.format >= 2
                     ? "\"days\", \"months\" and \"working-days\" go with \"after\" or \"before\", "
                       "not \"on\", in " +
                           step.path("deadline")
                     : "\"days\" and \"months\" go with \"after\" or \"before\", not \"on\", in " +
                           step.path("deadline"));
    }
    if (rule.kind != DeadlineRule::Kind::on) {
        if (amounts != 1) {
            map.fail(node, source.format >= 2
                               ? "expected exactly one of \"days\", \"months\" or "
                                 "\"working-days\" in " +
                                     step.path("deadline")
                               : "expected exactly one of \"days\" or \"months\" in " +
                                     step.path("deadline"));
        }
        rule.unit = map.has("months")         ? DeadlineRule::Unit::months
                    : map.has("working-days") ? DeadlineRule::Unit::working_days
                                              : DeadlineRule::Unit::days;
        rule.amount =
            static_cast<int>(map.integer(amount_key, 0,
                                         rule.unit == DeadlineRule::Unit::months         ? 120
                                         : rule.unit == DeadlineRule::Unit::working_days ? 2600
                                                                                         : 3660));
    }
    rule.shift = DeadlineRule::default_shift(rule.kind);
    if (map.has("shift")) {
        if (rule.unit == DeadlineRule::Unit::working_days) {
            map.fail(map.node()["shift"],
                     "a count of working days lands on a working day, so it is never moved: "
                     "remove \"shift\" from " +
                         step.path("deadline"));
        }
        const DeadlineShift shifts[] = {DeadlineShift::next_working_day,
                                        DeadlineShift::previous_working_day, DeadlineShift::none};
        rule.shift =
            shifts[map.choice("shift", {"next-working-day", "previous-working-day", "none"})];
    }
    return rule;
}

// A list of whole numbers of days, distinct, largest first.
std::vector<int> read_lead_days(const MapReader& map) {
    const YAML::Node list = map.required("lead-days");
    if (!list.IsSequence() || list.size() == 0) {
        map.fail(list, "expected a list of whole numbers of days for " + map.path("lead-days") +
                           ", e.g. [30, 14, 7, 1]");
    }
    std::vector<int> days;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string scalar = list[i].IsScalar() ? list[i].Scalar() : "";
        int value = -1;
        const auto [end, error] =
            std::from_chars(scalar.data(), scalar.data() + scalar.size(), value);
        if (!list[i].IsScalar() || error != std::errc() || end != scalar.data() + scalar.size() ||
            value < 0 || value > 366) {
            map.fail(list[i], "expected a whole number of days from 0 to 366 in " +
                                  map.path("lead-days") + ", got " + quote(scalar));
        }
        if (std::find(days.begin(), days.end(), value) != days.end()) {
            map.fail(list[i],
                     "lead time " + scalar + " is listed twice in " + map.path("lead-days"));
        }
        days.push_back(value);
    }
    std::sort(days.rbegin(), days.rend());
    return days;
}

// The window and deadline of a step (or of one occurrence of it), `map` holding them.
StepTiming read_timing(const MapReader& map, const std::string& name, StepsSource& source) {
    StepTiming timing;
    const MapReader window(map.source(), map.required("window"), map.path("window"),
                           {"from", "to"});
    timing.window_from = window.relative_date("from");
    timing.window_to = window.relative_date("to");
    if (before(timing.window_to, timing.window_from)) {
        window.fail(window.node()["to"], "window of " + name + " ends (" + timing.window_to.text() +
                                             ") before it starts (" + timing.window_from.text() +
                                             ")");
    }
    timing.deadline = read_deadline(map, source);
    const DeadlineAnchor& anchor = timing.deadline.anchor;
    if (timing.deadline.kind == DeadlineRule::Kind::on && !anchor.step && !anchor.window_end &&
        before(anchor.day, timing.window_from)) {
        map.fail(map.node()["deadline"], "deadline of " + name + " (" + anchor.day.text() +
                                             ") is before its window opens (" +
                                             timing.window_from.text() + ")");
    }
    return timing;
}

// The items of a value that is one item or a list of them.
std::vector<YAML::Node> items_of(const YAML::Node& value) {
    std::vector<YAML::Node> items;
    if (value.IsSequence()) {
        for (std::size_t i = 0; i < value.size(); ++i) items.push_back(value[i]);
    } else {
        items.push_back(value);
    }
    return items;
}

// `after`: a step id, or a list of them, each a step of `names` other than `self`, none twice.
std::vector<std::string> read_after(const MapReader& map, const std::vector<std::string>& names,
                                    const std::string& self) {
    std::vector<std::string> result;
    for (const YAML::Node& item : items_of(map.required("after"))) {
        const std::string text = item.IsScalar() ? item.Scalar() : "";
        if (item.IsScalar() && text == self) {
            map.fail(item, "steps." + self + " cannot come after itself: remove " + quote(self) +
                               " from " + map.path("after"));
        }
        if (!item.IsScalar() || std::find(names.begin(), names.end(), text) == names.end()) {
            std::string list;
            for (const std::string& name : names) {
                if (name != self) list += (list.empty() ? "" : ", ") + name;
            }
            map.fail(item, "expected a step of this config for " + map.path("after") + ", got " +
                               shown_value(item) + did_you_mean(text, names) + " (" + list + ")");
        }
        if (std::find(result.begin(), result.end(), text) != result.end()) {
            map.fail(item, quote(text) + " is listed twice in " + map.path("after"));
        }
        result.push_back(text);
    }
    return result;
}

// `to` as a list (format 2): bodies of this config, at least one, none twice.
std::vector<std::string> read_to_list(const MapReader& map,
                                      const std::vector<std::string>& bodies) {
    const YAML::Node value = map.required("to");
    if (value.size() == 0) {
        map.fail(value, "expected at least one body in " + map.path("to") +
                            ", or no \"to\" for a step that goes to no body");
    }
    std::vector<std::string> result;
    for (const YAML::Node& item : items_of(value)) {
        const std::string text = item.IsScalar() ? item.Scalar() : "";
        if (!item.IsScalar() || std::find(bodies.begin(), bodies.end(), text) == bodies.end()) {
            std::string list;
            for (const std::string& body : bodies) list += (list.empty() ? "" : ", ") + body;
            map.fail(item, "unknown body " + shown_value(item) + " in " + map.path("to") +
                               did_you_mean(text, bodies) + " (bodies: " + list + ")");
        }
        if (std::find(result.begin(), result.end(), text) != result.end()) {
            map.fail(item, quote(text) + " is listed twice in " + map.path("to"));
        }
        result.push_back(text);
    }
    return result;
}

bool read_flag(const MapReader& map, const std::string& key) {
    const YAML::Node value = map.required(key);
    const std::string text = value.IsScalar() ? value.Scalar() : "";
    if (text == "true") return true;
    if (text == "false") return false;
    map.fail(value, "expected true or false for " + map.path(key) + ", got " + shown_value(value));
}

StepRule read_step(const std::string& id, const std::vector<std::string>& bodies,
                   const ReminderPolicy& reminders, StepsSource& source) {
    const MapReader& steps = source.steps;
    const std::string where = "steps." + id;
    const MapReader step(steps.source(), steps.required(id), where,
                         {"name", "body", "to", "window", "deadline", "reminders", "after", "role",
                          "phase", "optional", "every", "occurrences"});
    step.require_format(source.format, 2,
                        {"name", "after", "role", "phase", "optional", "every", "occurrences"});
    StepRule rule;
    rule.id = id;
    for (const char* key : {"name", "role", "after"}) {
        if (step.has(key)) source.given.insert(id + "." + key);
    }
    rule.body = step.body_reference("body", bodies);
    if (step.has("to")) {
        if (step.required("to").IsSequence()) {
            if (source.format < 2) {
                step.fail(step.required("to"), where +
                                                   ".to as a list is format 2: add \"format: 2\" "
                                                   "at the top of the config (this config is "
                                                   "format 1)");
            }
            rule.to = read_to_list(step, bodies);
        } else {
            rule.to.push_back(step.body_reference("to", bodies));
        }
    }
    if (step.has("name")) {
        if (!step.required("name").IsMap()) {
            step.fail(step.required("name"),
                      "expected the step's name by language, e.g. {nb: Budsjett vedtatt, en: "
                      "Budget adopted}, for " +
                          step.path("name") + ", got " + shown_value(step.required("name")));
        }
        read_titles(step, "name", rule.name_nb, rule.name_nn, rule.name_en);
    }
    if (step.has("after")) {
        rule.after = read_after(step, source.ids, id);
    }
    if (step.has("role")) {
        const StepRole roles[] = {StepRole::adopts_budget, StepRole::closes_cycle,
                                  StepRole::sets_contingent};
        rule.role =
            roles[step.choice("role", {"adopts-budget", "closes-cycle", "sets-contingent"})];
    }
    if (step.has("optional")) rule.optional = read_flag(step, "optional");
    if (step.has("every")) {
        const Recurrence every[] = {Recurrence::tertial, Recurrence::quarter, Recurrence::month};
        rule.every = every[step.choice("every", {"tertial", "quarter", "month"})];
        for (const char* key : {"window", "deadline"}) {
            if (step.has(key)) {
                step.fail(step.required(key), "a recurring step has its " + std::string(key) +
                                                  " in each of its occurrences, not in " +
                                                  step.path(key));
            }
        }
        const int periods = periods_in_year(rule.every);
        const std::string every_name(recurrence_name(rule.every));
        if (!step.has("occurrences")) {
            step.fail(step.node(), "missing key \"occurrences\" in " + where +
                                       ": a step with every: " + every_name +
                                       " lists its occurrences, each with its period, window "
                                       "and deadline");
        }
        const YAML::Node list = step.required("occurrences");
        if (!list.IsSequence() || list.size() == 0 ||
            list.size() > static_cast<std::size_t>(periods)) {
            step.fail(list,
                      "expected a list of 1 to " + std::to_string(periods) + " occurrences for " +
                          step.path("occurrences") + " (every: " + every_name + "), got " +
                          (list.IsSequence() ? std::to_string(list.size()) : shown_value(list)));
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string path = step.path("occurrences") + "[" + std::to_string(i) + "]";
            const MapReader occurrence(steps.source(), list[i], path,
                                       {"period", "window", "deadline"});
            const int period = occurrence.has("period")
                                   ? static_cast<int>(occurrence.integer("period", 1, periods))
                                   : static_cast<int>(i) + 1;
            if (std::any_of(rule.occurrences.begin(), rule.occurrences.end(),
                            [period](const StepTiming& t) { return t.period == period; })) {
                occurrence.fail(
                    occurrence.has("period") ? occurrence.required("period") : occurrence.node(),
                    "period " + std::to_string(period) + " is listed twice in " +
                        step.path("occurrences"));
            }
            StepTiming timing = read_timing(occurrence, path, source);
            timing.period = period;
            const Step key{id, period, rule.every};
            source.timing_nodes.emplace(key, occurrence.node());
            source.timing_paths.emplace(key, path);
            rule.occurrences.push_back(timing);
        }
        std::sort(rule.occurrences.begin(), rule.occurrences.end(),
                  [](const StepTiming& a, const StepTiming& b) { return a.period < b.period; });
    } else {
        if (step.has("occurrences")) {
            step.fail(step.required("occurrences"),
                      "occurrences go with \"every\" (tertial, quarter or month) in " + where);
        }
        rule.occurrences.push_back(read_timing(step, where, source));
        source.timing_nodes.emplace(Step{id, 0, Recurrence::none}, step.node());
        source.timing_paths.emplace(Step{id, 0, Recurrence::none}, where);
    }
    // The phase: as written, else where the (first) window opens relative to the year.
    const int offset = rule.occurrences.front().window_from.year_offset;
    rule.phase = offset < 0    ? StepPhase::preparation
                 : offset == 0 ? StepPhase::execution
                               : StepPhase::accounts;
    if (step.has("phase")) {
        const StepPhase phases[] = {StepPhase::preparation, StepPhase::execution,
                                    StepPhase::accounts};
        rule.phase = phases[step.choice("phase", {"preparation", "execution", "accounts"})];
    }
    if (step.has("reminders")) {
        const MapReader policy(steps.source(), step.required("reminders"), step.path("reminders"),
                               {"lead-days", "overdue-every-days"});
        rule.reminders = read_reminder_policy(policy, reminders);
    }
    return rule;
}

// Format 1's five steps: their titles, roles and order, as they always were, and in format 1
// their phases. A format 2 config keeps them for a step of one of those ids except where it
// says otherwise (a key it gives, a role another step has), so that adding `format: 2` to a
// format 1 config changes nothing it meant. An implied `after` names only steps it has.
void imply_format1(Organisation& org, const std::set<std::string>& given) {
    const auto has = [&given](const std::string& id, const char* key) {
        return given.contains(id + "." + key);
    };
    const auto role_taken = [&org, &has](StepRole role) {
        return std::any_of(org.steps.begin(), org.steps.end(), [&](const StepRule& rule) {
            return rule.role == role && has(rule.id, "role");
        });
    };
    for (StepRule& rule : org.steps) {
        if (rule.every != Recurrence::none) continue;
        StepRole role = StepRole::none;
        std::vector<std::string> after;
        if (rule.id == format1::contingent_set) {
            role = StepRole::sets_contingent;
        } else if (rule.id == format1::budget_adopted) {
            role = StepRole::adopts_budget;
            after = {std::string(format1::contingent_set), std::string(format1::draft_submitted)};
        } else if (rule.id == format1::status_report) {
            after = {std::string(format1::budget_adopted)};
        } else if (rule.id == format1::accounts_approved) {
            role = StepRole::closes_cycle;
            after = {std::string(format1::budget_adopted)};
        } else if (rule.id != format1::draft_submitted) {
            continue;
        }
        if (!has(rule.id, "name")) {
            const StepNames& names = *format1_step_names(rule.id);
            rule.name_nb = names.nb;
            rule.name_nn = names.nn;
            rule.name_en = names.en;
        }
        if (!has(rule.id, "role") && role != StepRole::none && !role_taken(role)) rule.role = role;
        if (!has(rule.id, "after")) {
            std::erase_if(after, [&org](const std::string& id) { return !org.find_step(id); });
            rule.after = after;
        }
        if (org.format < 2) {
            rule.phase = rule.id == format1::status_report       ? StepPhase::execution
                         : rule.id == format1::accounts_approved ? StepPhase::accounts
                                                                 : StepPhase::preparation;
        }
    }
}

const char* role_name(StepRole role) {
    switch (role) {
        case StepRole::adopts_budget:
            return "adopts-budget";
        case StepRole::closes_cycle:
            return "closes-cycle";
        case StepRole::sets_contingent:
            return "sets-contingent";
        case StepRole::none:
            break;
    }
    return "none";
}

// Format 2: one step adopts the budget and one closes the cycle, each in the phase that its
// role ends; the order `after` gives runs forwards, never round, never into a later phase.
void check_roles_and_order(const StepsSource& source, const Organisation& org) {
    const MapReader& steps = source.steps;
    const auto reader = [&](const StepRule& rule) {
        return MapReader(steps.source(), steps.required(rule.id), "steps." + rule.id, {});
    };
    // A key of a step of one of format 1's ids may be implied (imply_format1), not written:
    // then the error points at the step and says so, never asks for a key the file lacks.
    const auto written = [&](const StepRule& rule, const char* key) {
        return source.given.contains(rule.id + "." + key);
    };
    const auto key_node = [&](const StepRule& rule, const char* key) {
        return written(rule, key) ? reader(rule).required(key) : steps.required(rule.id);
    };
    const auto implied = [&](const StepRule& rule, const char* key) {
        return written(rule, key)
                   ? std::string()
                   : std::string(" (steps.") + rule.id + "." + key +
                         " is format 1's, implied for its id; write " + key + " to change it)";
    };
    // Where `rule`'s after names `id`: the item in the list (read_after checked them all).
    const auto after_item = [&](const StepRule& rule, const std::string& id) {
        if (!written(rule, "after")) return steps.required(rule.id);
        for (const YAML::Node& item : items_of(reader(rule).required("after"))) {
            if (item.IsScalar() && item.Scalar() == id) return item;
        }
        return reader(rule).required("after");
    };
    for (StepRole role :
         {StepRole::adopts_budget, StepRole::closes_cycle, StepRole::sets_contingent}) {
        const StepRule* first = nullptr;
        for (const StepRule& rule : org.steps) {
            if (rule.role != role) continue;
            const MapReader step = reader(rule);
            if (first != nullptr) {
                step.fail(key_node(rule, "role"), "steps." + first->id + " has role " +
                                                      role_name(role) + " already; steps." +
                                                      rule.id + " cannot have it too" +
                                                      implied(rule, "role"));
            }
            first = &rule;
            // The rate is read from the one record of the sets-contingent step in a budget
            // year (cli/commands/cmd_contingent): a recurring one, recorded per period, was never
            // found.
            if (rule.every != Recurrence::none) {
                step.fail(key_node(rule, "role"),
                          "steps." + rule.id + " recurs, so it cannot " +
                              (role == StepRole::adopts_budget  ? "adopt the budget"
                               : role == StepRole::closes_cycle ? "close the cycle"
                                                                : "set the contingent") +
                              " (a step with a role happens once a budget "
                              "year)" +
                              implied(rule, "role"));
            }
            if (role != StepRole::sets_contingent && rule.optional) {
                step.fail(step.required("optional"),
                          "steps." + rule.id + " has role " + role_name(role) +
                              ", which every budget year needs; it cannot be optional" +
                              implied(rule, "role"));
            }
            const StepPhase needed =
                role == StepRole::adopts_budget ? StepPhase::preparation : StepPhase::accounts;
            if (role != StepRole::sets_contingent && rule.phase != needed) {
                const std::string wanted(step_phase_name(needed));
                step.fail(step.has("phase") ? step.required("phase") : key_node(rule, "role"),
                          "steps." + rule.id + " has role " + role_name(role) + ", so it must be " +
                              (needed == StepPhase::accounts ? "an " : "a ") + wanted +
                              " step; its phase is " + std::string(step_phase_name(rule.phase)) +
                              (step.has("phase") ? ": change it to phase: " + wanted
                                                 : " (from its window): add phase: " + wanted +
                                                       " or move its window") +
                              implied(rule, "role"));
            }
        }
        if (first == nullptr && role != StepRole::sets_contingent) {
            steps.fail(steps.node(), std::string("expected one step with role: ") +
                                         role_name(role) + " in steps (the step that " +
                                         (role == StepRole::adopts_budget
                                              ? "adopts the budget"
                                              : "approves the accounts and closes the cycle") +
                                         ")");
        }
    }
    for (const StepRule& rule : org.steps) {
        for (const std::string& id : rule.after) {
            const StepRule& other = *org.find_step(id);
            const MapReader step = reader(rule);
            if (other.optional) {
                step.fail(after_item(rule, id),
                          "steps." + rule.id + " comes after steps." + id +
                              ", which is optional; a step can only wait for one that is "
                              "always recorded" +
                              implied(rule, "after"));
            }
            if (static_cast<int>(other.phase) > static_cast<int>(rule.phase)) {
                step.fail(after_item(rule, id), "steps." + rule.id + " (" +
                                                    std::string(step_phase_name(rule.phase)) +
                                                    ") cannot come after steps." + id + " (" +
                                                    std::string(step_phase_name(other.phase)) +
                                                    "), a later phase" + implied(rule, "after"));
            }
        }
    }
    // A ring of `after`: none of its steps could ever be recorded in order. One depth-first
    // walk over all steps, without recursion, each step entered once: following every path
    // afresh took time exponential in the steps (26 layers of two steps, each after both of
    // the layer before, took 7 s to load).
    std::map<std::string, const StepRule*> by_id;
    for (const StepRule& rule : org.steps) by_id.emplace(rule.id, &rule);
    enum class Mark { unseen, on_path, done };
    std::map<std::string, Mark> marks;
    for (const StepRule& start : org.steps) {
        if (marks[start.id] != Mark::unseen) continue;
        std::vector<std::pair<const StepRule*, std::size_t>> path = {{&start, 0}};
        marks[start.id] = Mark::on_path;
        while (!path.empty()) {
            const StepRule& at = *path.back().first;
            const std::size_t index = path.back().second++;
            if (index == at.after.size()) {
                marks[at.id] = Mark::done;
                path.pop_back();
                continue;
            }
            const StepRule& next = *by_id.at(at.after[index]);
            if (marks[next.id] == Mark::unseen) {
                marks[next.id] = Mark::on_path;
                path.emplace_back(&next, 0);
            } else if (marks[next.id] == Mark::on_path) {
                std::vector<std::string> ring;
                for (auto it = path.begin(); it != path.end(); ++it) {
                    if (!ring.empty() || it->first == &next) ring.push_back(it->first->id);
                }
                ring.push_back(next.id);
                std::string text;
                for (const std::string& id : ring) text += (text.empty() ? "" : " -> ") + id;
                reader(next).fail(after_item(next, ring[1]), "steps." + next.id +
                                                                 " comes after itself (" + text +
                                                                 ")" + implied(next, "after"));
            }
        }
    }
}

// A deadline before its window would be overdue before the step may be taken. Checked for the
// rules that do not count from another step (those depend on when it is recorded), as counted
// in a common and a leap year.
void check_deadlines_in_windows(const StepsSource& source, const Organisation& org) {
    for (int year : {2001, 2004}) {
        const Schedule schedule = schedule_for(org, year);
        for (const Step& step : org.cycle_steps) {
            const StepTiming& rule = org.timing(step);
            const StepDates& dates = schedule.at(step);
            if (rule.deadline.anchor.step || dates.unshifted_deadline >= dates.window_from)
                continue;
            const MapReader reader(source.steps.source(), source.timing_nodes.at(step),
                                   source.timing_paths.at(step), {});
            source.steps.fail(reader.required("deadline"),
                              "deadline of " + source.timing_paths.at(step) + " (" +
                                  rule.deadline.text() + ") is before its window opens (" +
                                  rule.window_from.text() + ")");
        }
    }
}

// Steps whose deadlines are counted from each other in a ring can never be resolved.
void check_deadline_order(const StepsSource& source, const Organisation& org) {
    for (const Step& start : org.cycle_steps) {
        std::vector<Step> chain = {start};
        for (auto next = org.timing(start).deadline.anchor.step; next;
             next = org.timing(*next).deadline.anchor.step) {
            chain.push_back(*next);
            if (*next != start) {
                if (chain.size() > org.cycle_steps.size()) break;
                continue;
            }
            std::string ring;
            for (const Step& step : chain) ring += (ring.empty() ? "" : " -> ") + step.name();
            const MapReader reader(source.steps.source(), source.timing_nodes.at(start),
                                   source.timing_paths.at(start), {});
            source.steps.fail(reader.required("deadline"),
                              "the deadline of " + source.timing_paths.at(start) +
                                  " is counted from itself (" + ring + ")");
        }
    }
}

}  // namespace

void read_titles(const MapReader& owner, const std::string& key, std::string& nb, std::string& nn,
                 std::string& en) {
    const MapReader names(owner.source(), owner.required(key), owner.path(key), {"nb", "nn", "en"});
    if (names.has("nb")) nb = names.text("nb");
    if (names.has("nn")) nn = names.text("nn");
    if (names.has("en")) en = names.text("en");
    if (!names.has("nb") && !names.has("nn") && !names.has("en")) {
        names.fail(names.node(),
                   "expected a name in at least one of nb, nn, en for " + owner.path(key));
    }
}

ReminderPolicy read_reminder_policy(const MapReader& map, ReminderPolicy policy) {
    if (map.has("lead-days")) policy.lead_days = read_lead_days(map);
    if (map.has("overdue-every-days")) {
        policy.overdue_every_days = static_cast<int>(map.integer("overdue-every-days", 1, 366));
    }
    return policy;
}

void read_steps(const MapReader& top, const std::vector<std::string>& bodies, Organisation& org) {
    std::vector<std::string> fixed;
    for (std::string_view id : format1::steps) fixed.emplace_back(id);
    const MapReader steps(top.source(), top.required("steps"), "steps",
                          org.format >= 2 ? std::vector<std::string>{} : fixed);
    StepsSource source{steps, org.format, {}, {}, {}, {}, {}};
    if (org.format >= 2) {
        if (!steps.node().IsMap() || steps.node().size() == 0) {
            steps.fail(steps.node(), "expected a mapping of step ids to steps for steps");
        }
        for (auto it = steps.node().begin(); it != steps.node().end(); ++it) {
            const std::string id = it->first.Scalar();
            if (is_identifier(id) && id.size() > max_step_id_length) {
                steps.fail(it->first, "step id " + quote(id.substr(0, 20) + "...") + " is " +
                                          std::to_string(id.size()) +
                                          " characters long; a step id is at most " +
                                          std::to_string(max_step_id_length) +
                                          " (it is stored as an event kind)");
            }
            if (!is_identifier(id)) {
                steps.fail(it->first,
                           "expected an identifier (lower-case letters, digits and '-') as step "
                           "id, got " +
                               quote(id));
            }
            const bool reserved = id == strategy_adopted ||
                                  std::any_of(other_event_kinds.begin(), other_event_kinds.end(),
                                              [&id](const char* kind) { return id == kind; });
            if (reserved) {
                steps.fail(it->first, "step id " + quote(id) +
                                          " is an event kind cycle records itself; choose "
                                          "another id");
            }
            source.ids.push_back(id);
            if (it->second.IsMap() && it->second["every"]) source.recurring.insert(id);
        }
    } else {
        source.ids = fixed;
    }
    for (const std::string& id : source.ids) {
        org.steps.push_back(read_step(id, bodies, org.reminders, source));
    }
    for (const StepRule& rule : org.steps) {
        for (const StepTiming& timing : rule.occurrences) {
            org.cycle_steps.push_back(Step{rule.id, timing.period, rule.every});
        }
    }
    imply_format1(org, source.given);
    if (org.format >= 2) check_roles_and_order(source, org);
    check_deadline_order(source, org);
    check_deadlines_in_windows(source, org);
}

}  // namespace cycle
