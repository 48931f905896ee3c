#include "workflows/state/replay.hpp"

#include <algorithm>

#include "config/yaml/config_loader.hpp"
#include "engine/log/event_json.hpp"
#include "engine/support/error.hpp"

namespace cycle {

namespace {

Organisation organisation_of(const Event& event) {
    return load_config_text(event.details.at("config").get<std::string>(),
                            "case log #" + std::to_string(event.seq));
}

std::optional<std::string> optional_text(const nlohmann::json& details, const char* key) {
    if (!details.contains(key)) return std::nullopt;
    return details.at(key).get<std::string>();
}

Verdict refused(std::string why) {
    Verdict verdict;
    verdict.refusal = std::move(why);
    return verdict;
}

// Runs `work` for one logged event; whatever goes wrong is a storage error naming it.
template <typename Work>
auto for_logged_event(const Event& event, Work work) {
    // Named only when something went wrong: building the name for every event cost 8 % of a
    // replay (bench/).
    const auto which = [&event] {
        return "case log #" + std::to_string(event.seq) + " (" + event.kind + ", " +
               iso(event.effective_date) + ")";
    };
    try {
        return work();
    } catch (const Error& error) {
        if (error.code() == ExitCode::storage) throw;
        throw_storage(which() + " cannot be replayed: " + error.what());
    } catch (const nlohmann::json::exception& error) {
        // A row whose details lack what its kind holds (written behind cycle's back).
        throw_storage(which() + " cannot be replayed: its details do not fit its kind (" +
                      json_error_text(error) + ")");
    } catch (const std::exception& error) {
        throw_storage(which() + " cannot be replayed: " + error.what());
    }
}

}  // namespace

OrganisationState::OrganisationState(const Date& registered, Organisation org)
    : strategy_(std::make_unique<StrategyPeriod>()) {
    configs_.emplace_back(registered, std::move(org));
}

const Organisation& OrganisationState::organisation_on(const Date& day) const {
    const std::pair<Date, Organisation>* in_force = nullptr;
    for (const auto& config : configs_) {
        // The latest effective date wins; among equal dates, the one logged last.
        if (config.first <= day && (in_force == nullptr || config.first >= in_force->first)) {
            in_force = &config;
        }
    }
    return in_force != nullptr ? in_force->second : configs_.front().second;
}

BudgetCycle& OrganisationState::scheduled_cycle(int budget_year, const Date& rules_day) const {
    auto& slot = cycles_[budget_year];
    // Deadlines counted from another step depend on the day that step was recorded.
    std::map<Step, Date> recorded;
    if (slot) {
        for (const auto& [step, record] : slot->records()) recorded.emplace(step, record.date);
    }
    const Schedule schedule = schedule_for(organisation_on(rules_day), budget_year, recorded);
    if (!slot) {
        slot = std::make_unique<BudgetCycle>(schedule);
    } else {
        slot->reschedule(schedule);
    }
    return *slot;
}

Verdict OrganisationState::apply(const Event& event) {
    if (event.kind == kind_organisation_registered) {
        return refused("the organisation is registered already");
    }
    if (event.kind == kind_config_changed) {
        configs_.emplace_back(event.effective_date, organisation_of(event));
        Verdict accepted;
        accepted.accepted = true;
        return accepted;
    }
    if (event.kind == kind_case_opened || event.kind == kind_correction) {
        // Records for the auditor; no workflow moves on them.
        Verdict accepted;
        accepted.accepted = true;
        return accepted;
    }
    if (event.kind == kind_mandate_granted || event.kind == kind_mandate_revoked) {
        return apply_mandate_event(event);
    }
    if (event.kind == kind_meeting_scheduled || event.kind == kind_meeting_cancelled ||
        event.kind == kind_meeting_held) {
        return apply_meeting_event(event);
    }
    if (event.kind == kind_duty_reported) return apply_duty_report(event);
    if (event.details.contains("under_mandate")) {
        const std::string basis = event.details.at("under_mandate").get<std::string>();
        if (auto refusal = mandates_.refusal_to_act(basis, event.body, event.effective_date)) {
            return refused(event.kind + " under mandate " + basis + " refused: " + *refusal);
        }
        mandates_.note_use(basis, event.body, event.effective_date);
    }
    if (event.kind == strategy_adopted) {
        // A format 2 config may have no strategy cycle: nothing adopts guidelines there.
        if (organisation_on(event.effective_date).strategy_body.empty()) {
            return refused("strategy-adopted: the config in force has no strategy cycle");
        }
        const auto period = parse_period(event.details.at("period").get<std::string>());
        if (!period) return refused("strategy-adopted has no valid period");
        return strategy_->offer(facts_of(event), period->first, period->second,
                                organisation_on(event.effective_date).strategy_every_years);
    }
    const Organisation& org = organisation_on(event.effective_date);
    const StepRule* rule = org.find_step(event.kind);
    if (rule == nullptr) {
        // Not a step of the rules in force that day: of no config, or of another one's.
        for (const auto& [day, config] : configs_) {
            if (config.find_step(event.kind) != nullptr) {
                return refused(event.kind + " is not a step of the config in force on " +
                               iso(event.effective_date));
            }
        }
        return refused("unknown event kind \"" + event.kind + "\"");
    }
    if (!event.budget_year) return refused(event.kind + " has no budget year");
    const int period = event.details.value("occurrence", 0);
    const auto step = org.step_of(event.kind, period);
    if (!step) {
        return refused(event.kind + " has no occurrence " + std::to_string(period) +
                       " in the config in force");
    }
    Verdict verdict = cycle(*event.budget_year, event.effective_date).offer(*step, facts_of(event));
    if (verdict.accepted && rule->role == StepRole::adopts_budget) {
        if (auto adopted = DocumentRecord::from_details(event.details, "budget", event.seq,
                                                        event.effective_date)) {
            adopted_budgets_.insert_or_assign(*event.budget_year, std::move(*adopted));
        }
    }
    if (verdict.accepted && rule->role == StepRole::closes_cycle) {
        if (auto approved = DocumentRecord::from_details(event.details, "accounts", event.seq,
                                                         event.effective_date)) {
            approved_accounts_.insert_or_assign(*event.budget_year, std::move(*approved));
        }
    }
    return verdict;
}

Verdict OrganisationState::apply_mandate_event(const Event& event) {
    if (!event.case_number) return refused(event.kind + " needs the case number of its decision");
    std::optional<std::string> refusal;
    if (event.kind == kind_mandate_granted) {
        Mandate mandate;
        mandate.seq = event.seq;
        mandate.basis = *event.case_number;
        mandate.by = event.body;
        mandate.to = event.details.at("to").get<std::string>();
        mandate.scope = event.details.at("scope").get<std::string>();
        mandate.grounds = event.details.value("grounds", std::string());
        mandate.conditions = event.details.value("conditions", std::vector<std::string>{});
        mandate.decided = event.effective_date;
        mandate.from = parse_iso_date(event.details.at("from").get<std::string>()).date.value();
        if (event.details.contains("until")) {
            mandate.until =
                parse_iso_date(event.details.at("until").get<std::string>()).date.value();
        }
        refusal = mandates_.grant(std::move(mandate));
    } else {
        const auto basis =
            parse_case_number(event.details.at("revokes").get<std::string>(), event.body);
        if (!basis) return refused("mandate-revoked names no case number");
        refusal = mandates_.revoke(*basis, *event.case_number, event.effective_date);
    }
    if (refusal) return refused(*refusal);
    Verdict accepted;
    accepted.accepted = true;
    return accepted;
}

std::optional<std::string> OrganisationState::refusal_to_plan(const PlannedStep& plan,
                                                              const std::string& body,
                                                              const Date& day) {
    const Organisation& org = organisation_on(day);
    const std::string what = step_name(plan.step) + " " + std::to_string(plan.budget_year);
    if (plan.budget_year < org.first_tracked_year || plan.budget_year > 2200) {
        return what + ": budget year outside those " + org.id + " tracks (" +
               std::to_string(org.first_tracked_year) + "-2200)";
    }
    const StepRule* rule = org.find_step(plan.step.id);
    if (rule == nullptr) return what + " is not a step of the config in force";
    if (rule->body != body && std::find(rule->to.begin(), rule->to.end(), body) == rule->to.end()) {
        return what + " is the " + rule->body + "'s" +
               (rule->to.empty() ? "" : " (to the " + rule->to.front() + ")") +
               ", not for a meeting of the " + body;
    }
    const BudgetCycle& machine = cycle(plan.budget_year, day);
    if (const auto record = machine.records().find(plan.step); record != machine.records().end()) {
        return what + " is recorded already, as #" + std::to_string(record->second.seq);
    }
    if (!machine.is_pending(plan.step)) return what + " was passed over; the cycle moved on";
    return std::nullopt;
}

Verdict OrganisationState::apply_meeting_event(const Event& event) {
    const Date meeting =
        parse_iso_date(event.details.at("meeting").get<std::string>()).date.value();
    std::optional<std::string> refusal;
    if (event.kind == kind_meeting_scheduled) {
        if (meeting < event.effective_date) {
            return refused("a meeting is scheduled ahead: " + iso(meeting) + " is before " +
                           iso(event.effective_date) + "; record it with meeting held");
        }
        std::vector<PlannedStep> plans;
        for (const auto& item : event.details.value("plans", nlohmann::json::array())) {
            const auto step =
                organisation_on(event.effective_date)
                    .step_of(item.at("step").get<std::string>(), item.value("occurrence", 0));
            if (!step) return refused("plans name a step that is not of the cycle");
            const PlannedStep plan{*step, item.at("budget_year").get<int>()};
            if (auto why = refusal_to_plan(plan, event.body, event.effective_date)) {
                return refused(*why);
            }
            plans.push_back(plan);
        }
        refusal = meetings_.schedule(event.body, meeting, std::move(plans), event.seq,
                                     event.effective_date);
    } else if (event.kind == kind_meeting_cancelled) {
        if (const DutyReport* report = duty_reports_.at_meeting(event.body, meeting)) {
            return refused("the " + event.body + "'s meeting on " + iso(meeting) + " had " +
                           report->duty + " reported at it (#" + std::to_string(report->seq) +
                           "); a meeting reported at took place and is not cancelled");
        }
        refusal = meetings_.cancel(event.body, meeting, event.seq, event.effective_date);
    } else {
        std::vector<CaseNumber> cases;
        for (const auto& text : event.details.value("cases", std::vector<std::string>{})) {
            const auto number = parse_case_number(text, event.body);
            if (!number) return refused("cases name a malformed case number");
            cases.push_back(*number);
        }
        refusal = meetings_.hold(event.body, meeting, std::move(cases), event.seq);
    }
    if (refusal) return refused(*refusal);
    Verdict accepted;
    accepted.accepted = true;
    return accepted;
}

Verdict OrganisationState::apply_duty_report(const Event& event) {
    const std::string id = event.details.at("duty").get<std::string>();
    const DutyRule* duty = organisation_on(event.effective_date).find_duty(id);
    if (duty == nullptr) return refused("no duty " + id + " in the config in force");
    if (duty->fulfilled_by) {
        return refused("duty " + id + " is fulfilled by recording " + *duty->fulfilled_by +
                       ", not by a report");
    }
    DutyReport report{event.seq, id, event.effective_date, std::nullopt, "", event.case_number};
    if (duty->every == DutyRule::Every::meeting) {
        if (!event.details.contains("meeting")) {
            return refused("duty " + id + " is reported at a meeting of the " + *duty->to +
                           "; say which");
        }
        report.meeting =
            parse_iso_date(event.details.at("meeting").get<std::string>()).date.value();
        report.meeting_body = *duty->to;
        if (*report.meeting != event.effective_date) {
            return refused("a report at a meeting is dated the meeting's day, " +
                           iso(*report.meeting));
        }
        if (meetings_.find(*duty->to, *report.meeting) == nullptr) {
            return refused("no meeting of the " + *duty->to + " on " + iso(*report.meeting) +
                           " is scheduled or held");
        }
    }
    if (auto refusal = duty_reports_.add(std::move(report))) return refused(*refusal);
    Verdict accepted;
    accepted.accepted = true;
    return accepted;
}

StepFacts facts_of(const Event& event) {
    StepFacts facts;
    facts.seq = event.seq;
    facts.date = event.effective_date;
    facts.case_number = event.case_number;
    facts.late_reason = optional_text(event.details, "late_reason");
    facts.override_reason = optional_text(event.details, "override_reason");
    if (!event.hash.empty()) facts.logged = LoggedVerdict{event.irregular, event.reason};
    return facts;
}

OrganisationState replay(const std::vector<Event>& events, std::optional<Date> as_of) {
    if (events.empty() || events.front().kind != kind_organisation_registered) {
        throw_storage("case log: the first event of an organisation must be " +
                      std::string(kind_organisation_registered));
    }
    const Event& registration = events.front();
    OrganisationState state = for_logged_event(registration, [&registration] {
        return OrganisationState(registration.effective_date, organisation_of(registration));
    });
    for (auto event = events.begin() + 1; event != events.end(); ++event) {
        if (as_of && event->effective_date > *as_of) continue;
        const Verdict verdict = for_logged_event(*event, [&] { return state.apply(*event); });
        if (!verdict.accepted) {
            throw_storage("case log #" + std::to_string(event->seq) + " (" + event->kind + ", " +
                          iso(event->effective_date) +
                          ") is refused on replay: " + verdict.refusal);
        }
    }
    return state;
}

std::optional<std::pair<int, int>> parse_period(std::string_view text) {
    if (text.size() != 9 || text[4] != '-') return std::nullopt;
    int years[2] = {0, 0};
    for (int part = 0; part < 2; ++part) {
        for (std::size_t i = 0; i < 4; ++i) {
            const char c = text[static_cast<std::size_t>(part) * 5 + i];
            if (c < '0' || c > '9') return std::nullopt;
            years[part] = years[part] * 10 + (c - '0');
        }
    }
    if (years[0] < 1900 || years[1] > 2199 || years[0] > years[1]) return std::nullopt;
    return std::make_pair(years[0], years[1]);
}

}  // namespace cycle
