#include "config/yaml/duties_reader.hpp"

#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle {

namespace {

void read_every(const MapReader& duty, const Organisation& org, DutyRule& rule) {
    const YAML::Node every = duty.required("every");
    if (every.IsMap()) {
        const MapReader years(duty.source(), every, duty.path("every"), {"years"});
        rule.every = DutyRule::Every::years;
        rule.every_years = static_cast<int>(years.integer("years", 1, 20));
        return;
    }
    const std::string text = every.IsScalar() ? every.Scalar() : "";
    std::vector<std::string> names = {"budget-year", "meeting"};
    if (org.format >= 2) names.insert(names.end(), {"year", "tertial", "quarter"});
    if (text == "budget-year") {
        rule.every = DutyRule::Every::budget_year;
    } else if (text == "meeting") {
        rule.every = DutyRule::Every::meeting;
    } else if (org.format >= 2 && text == "year") {
        rule.every = DutyRule::Every::year;
    } else if (org.format >= 2 && text == "tertial") {
        rule.every = DutyRule::Every::tertial;
    } else if (org.format >= 2 && text == "quarter") {
        rule.every = DutyRule::Every::quarter;
    } else if (org.format < 2 && (text == "year" || text == "tertial" || text == "quarter")) {
        duty.fail(every, duty.path("every") + ": " + text +
                             " is format 2: add \"format: 2\" at the top of the config (this "
                             "config is format 1)");
    } else {
        duty.fail(every, std::string("expected ") +
                             (org.format >= 2 ? "budget-year, meeting, year, tertial, quarter"
                                              : "budget-year, meeting") +
                             " or {years: N} for " + duty.path("every") + ", got " + quote(text) +
                             did_you_mean(text, names));
    }
}

// The steps a duty each budget year can be fulfilled by: those that happen once.
std::string single_steps(const Organisation& org) {
    std::string list;
    for (const StepRule& step : org.steps) {
        if (step.every == Recurrence::none) list += (list.empty() ? "" : ", ") + step.id;
    }
    return list;
}

void read_fulfilled_by(const MapReader& duty, const Organisation& org, DutyRule& rule) {
    const bool given = duty.has("fulfilled-by");
    const YAML::Node node = given ? duty.required("fulfilled-by") : duty.node();
    const StepRule* step = nullptr;
    if (given) {
        const std::string text = duty.text("fulfilled-by");
        step = org.find_step(text);
        if (step == nullptr && text != strategy_adopted) {
            std::vector<std::string> names;
            for (const StepRule& each : org.steps) names.push_back(each.id);
            names.emplace_back(strategy_adopted);
            duty.fail(node, "expected a step for " + duty.path("fulfilled-by") + ", got " +
                                quote(text) + did_you_mean(text, names));
        }
        rule.fulfilled_by = text;
    }
    const bool strategy = given && step == nullptr;
    switch (rule.every) {
        case DutyRule::Every::budget_year:
            if (!given || strategy || step->every != Recurrence::none) {
                // A recurring step (format 2 only) is named, and why it cannot fulfil it.
                duty.fail(node,
                          "a duty each budget year is fulfilled by a step of the cycle: expected " +
                              duty.path("fulfilled-by") + " to be one of " + single_steps(org) +
                              (given && !strategy && step->every != Recurrence::none
                                   ? ", got " + quote(step->id) + ", which recurs (every: " +
                                         std::string(recurrence_name(step->every)) + ")"
                                   : ""));
            }
            break;
        case DutyRule::Every::meeting:
            if (given) {
                duty.fail(node,
                          "a duty at each meeting is fulfilled by `cycle duty report` for "
                          "that meeting; remove " +
                              duty.path("fulfilled-by"));
            }
            if (!rule.to) {
                duty.fail(duty.node(), "missing key \"to\" in duties." + rule.id +
                                           ": the body at whose meetings the duty is reported");
            }
            break;
        case DutyRule::Every::years:
            if (given && !strategy) {
                duty.fail(node,
                          "a duty every N years is fulfilled by strategy-adopted or by "
                          "`cycle duty report`; a cycle step recurs every budget year, in " +
                              duty.path("fulfilled-by"));
            }
            if (strategy && org.strategy_body.empty()) {
                duty.fail(node, duty.path("fulfilled-by") +
                                    " is strategy-adopted, but this config has no strategy "
                                    "cycle: add strategy: {body, every-years}, or report the "
                                    "duty with `cycle duty report`");
            }
            break;
        case DutyRule::Every::year:
            if (given) {
                duty.fail(node,
                          "a duty each year by a fixed day is fulfilled by `cycle duty "
                          "report`; remove " +
                              duty.path("fulfilled-by"));
            }
            if (!duty.has("due")) {
                duty.fail(duty.node(), "missing key \"due\" in duties." + rule.id +
                                           ": the day (MM-DD) each year by which it is reported");
            }
            {
                const YAML::Node due = duty.required("due");
                const std::string text = due.IsScalar() ? due.Scalar() : "";
                const auto day =
                    text.size() == 5 ? parse_iso_date("2001-" + text).date : std::nullopt;
                if (!day) {
                    duty.fail(due, "expected a day of the year (MM-DD, not 02-29) for " +
                                       duty.path("due") + ", got " + quote(text));
                }
                rule.due_every_year = MonthDay{day->month(), day->day()};
            }
            break;
        case DutyRule::Every::tertial:
        case DutyRule::Every::quarter: {
            const Recurrence wanted =
                rule.every == DutyRule::Every::tertial ? Recurrence::tertial : Recurrence::quarter;
            const std::string period(recurrence_name(wanted));
            if (given && (strategy || step->every != wanted)) {
                duty.fail(node, "expected a step with every: " + period + " for " +
                                    duty.path("fulfilled-by") + " (a duty each " + period +
                                    "), got " + quote(*rule.fulfilled_by) +
                                    (strategy ? ", the strategy"
                                     : step->every == Recurrence::none
                                         ? ", which happens once"
                                         : ", which recurs every " +
                                               std::string(recurrence_name(step->every))) +
                                    "; without fulfilled-by, the duty is reported with `cycle "
                                    "duty report`, due-days after each " +
                                    period + " ends");
            }
            if (!given && !duty.has("due-days")) {
                duty.fail(duty.node(), "missing key \"due-days\" in duties." + rule.id +
                                           ": the days after each " + period +
                                           " ends by which it is reported (or fulfilled-by, a "
                                           "step with every: " +
                                           period + ")");
            }
            if (!given) {
                rule.due_days = static_cast<int>(duty.integer("due-days", 0, 366));
            } else if (duty.has("due-days")) {
                duty.fail(duty.required("due-days"),
                          "a duty a step fulfils is due when the step is; remove " +
                              duty.path("due-days"));
            }
            break;
        }
    }
    if (rule.every != DutyRule::Every::year && duty.has("due")) {
        duty.fail(duty.required("due"), duty.path("due") + " goes with every: year");
    }
    if (rule.periods() == 0 && duty.has("due-days")) {
        duty.fail(duty.required("due-days"),
                  duty.path("due-days") + " goes with every: tertial or quarter");
    }
}

}  // namespace

std::vector<DutyRule> read_duties(const MapReader& top, const std::vector<std::string>& bodies,
                                  const Organisation& org) {
    const MapReader duties(top.source(), top.required("duties"), "duties", {});
    std::vector<DutyRule> result;
    for (auto it = duties.node().begin(); it != duties.node().end(); ++it) {
        DutyRule rule;
        rule.id = it->first.Scalar();
        if (!is_identifier(rule.id)) {
            duties.fail(it->first,
                        "expected an identifier (lower-case letters, digits and '-') as duty "
                        "id, got " +
                            quote(rule.id));
        }
        const MapReader duty(top.source(), it->second, "duties." + rule.id,
                             {"body", "to", "every", "fulfilled-by", "due", "due-days"});
        duty.require_format(org.format, 2, {"due", "due-days"});
        rule.body = duty.body_reference("body", bodies);
        if (duty.has("to")) rule.to = duty.body_reference("to", bodies);
        read_every(duty, org, rule);
        read_fulfilled_by(duty, org, rule);
        result.push_back(std::move(rule));
    }
    return result;
}

}  // namespace cycle
