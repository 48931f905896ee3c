#include "engine/replay.hpp"

#include "config/config_loader.hpp"
#include "engine/error.hpp"

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
    const std::string which = "case log #" + std::to_string(event.seq) + " (" + event.kind + ", " +
                              iso(event.effective_date) + ")";
    try {
        return work();
    } catch (const Error& error) {
        if (error.code() == ExitCode::storage) throw;
        throw_storage(which + " cannot be replayed: " + error.what());
    } catch (const std::exception& error) {
        throw_storage(which + " cannot be replayed: " + error.what());
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

BudgetCycle& OrganisationState::cycle(int budget_year, const Date& rules_day) {
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
    if (event.details.contains("under_mandate")) {
        const std::string basis = event.details.at("under_mandate").get<std::string>();
        if (auto refusal = mandates_.refusal_to_act(basis, event.body, event.effective_date)) {
            return refused(event.kind + " under mandate " + basis + " refused: " + *refusal);
        }
        mandates_.note_use(basis, event.body, event.effective_date);
    }
    const auto step = find_step(event.kind);
    if (!step) return refused("unknown event kind \"" + event.kind + "\"");
    if (*step == Step::strategy_adopted) {
        const auto period = parse_period(event.details.at("period").get<std::string>());
        if (!period) return refused("strategy-adopted has no valid period");
        return strategy_->offer(facts_of(event), period->first, period->second,
                                organisation_on(event.effective_date).strategy_every_years);
    }
    if (!event.budget_year) return refused(event.kind + " has no budget year");
    return cycle(*event.budget_year, event.effective_date).offer(*step, facts_of(event));
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
