#include "config/duties_reader.hpp"

#include "engine/quote.hpp"
#include "engine/spelling.hpp"

namespace cycle {

namespace {

void read_every(const MapReader& duty, DutyRule& rule) {
    const YAML::Node every = duty.required("every");
    if (every.IsMap()) {
        const MapReader years(duty.source(), every, duty.path("every"), {"years"});
        rule.every = DutyRule::Every::years;
        rule.every_years = static_cast<int>(years.integer("years", 1, 20));
        return;
    }
    const std::string text = every.IsScalar() ? every.Scalar() : "";
    if (text == "budget-year") {
        rule.every = DutyRule::Every::budget_year;
    } else if (text == "meeting") {
        rule.every = DutyRule::Every::meeting;
    } else {
        duty.fail(every, "expected budget-year, meeting or {years: N} for " + duty.path("every") +
                             ", got " + quote(text) +
                             did_you_mean(text, {"budget-year", "meeting"}));
    }
}

void read_fulfilled_by(const MapReader& duty, DutyRule& rule) {
    const bool given = duty.has("fulfilled-by");
    const YAML::Node node = given ? duty.required("fulfilled-by") : duty.node();
    if (given) {
        const std::string text = duty.text("fulfilled-by");
        rule.fulfilled_by = find_step(text);
        if (!rule.fulfilled_by) {
            duty.fail(node, "expected a step for " + duty.path("fulfilled-by") + ", got " +
                                quote(text) + did_you_mean(text, all_step_names()));
        }
    }
    switch (rule.every) {
        case DutyRule::Every::budget_year:
            if (!rule.fulfilled_by || *rule.fulfilled_by == Step::strategy_adopted) {
                duty.fail(node,
                          "a duty each budget year is fulfilled by a step of the cycle: expected " +
                              duty.path("fulfilled-by") +
                              " to be one of contingent-set, draft-submitted, budget-adopted, "
                              "status-report, accounts-approved");
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
            if (rule.fulfilled_by && *rule.fulfilled_by != Step::strategy_adopted) {
                duty.fail(node,
                          "a duty every N years is fulfilled by strategy-adopted or by "
                          "`cycle duty report`; a cycle step recurs every budget year, in " +
                              duty.path("fulfilled-by"));
            }
            break;
    }
}

}  // namespace

std::vector<DutyRule> read_duties(const MapReader& top, const std::vector<std::string>& bodies) {
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
                             {"body", "to", "every", "fulfilled-by"});
        rule.body = duty.body_reference("body", bodies);
        if (duty.has("to")) rule.to = duty.body_reference("to", bodies);
        read_every(duty, rule);
        read_fulfilled_by(duty, rule);
        result.push_back(std::move(rule));
    }
    return result;
}

}  // namespace cycle
