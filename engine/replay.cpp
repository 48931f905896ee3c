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

}  // namespace

OrganisationState::OrganisationState(Organisation org)
    : org_(std::move(org)), strategy_(std::make_unique<StrategyPeriod>()) {}

BudgetCycle& OrganisationState::cycle(int budget_year) {
    auto& slot = cycles_[budget_year];
    if (!slot) slot = std::make_unique<BudgetCycle>(schedule_for(org_, budget_year));
    return *slot;
}

Verdict OrganisationState::apply(const Event& event) {
    if (event.kind == kind_organisation_registered || event.kind == kind_config_changed) {
        org_ = organisation_of(event);
        for (auto& [year, machine] : cycles_) machine->reschedule(schedule_for(org_, year));
        Verdict accepted;
        accepted.accepted = true;
        return accepted;
    }
    const auto step = find_step(event.kind);
    if (!step) {
        Verdict unknown;
        unknown.refusal = "unknown event kind \"" + event.kind + "\"";
        return unknown;
    }
    if (*step == Step::strategy_adopted) {
        const auto period = parse_period(event.details.at("period").get<std::string>());
        if (!period) {
            Verdict bad;
            bad.refusal = "strategy-adopted has no valid period";
            return bad;
        }
        return strategy_->offer(facts_of(event), period->first, period->second);
    }
    if (!event.budget_year) {
        Verdict bad;
        bad.refusal = event.kind + " has no budget year";
        return bad;
    }
    return cycle(*event.budget_year).offer(*step, facts_of(event));
}

StepFacts facts_of(const Event& event) {
    StepFacts facts;
    facts.seq = event.seq;
    facts.date = event.effective_date;
    facts.case_number = event.case_number;
    facts.late_reason = optional_text(event.details, "late_reason");
    facts.override_reason = optional_text(event.details, "override_reason");
    return facts;
}

OrganisationState replay(const std::vector<Event>& events, std::optional<Date> as_of) {
    if (events.empty() || events.front().kind != kind_organisation_registered) {
        throw_storage("case log: the first event of an organisation must be " +
                      std::string(kind_organisation_registered));
    }
    OrganisationState state(organisation_of(events.front()));
    for (const Event& event : events) {
        const bool is_config =
            event.kind == kind_organisation_registered || event.kind == kind_config_changed;
        if (as_of && !is_config && event.effective_date > *as_of) continue;
        try {
            const Verdict verdict = state.apply(event);
            if (!verdict.accepted) {
                throw_storage("case log #" + std::to_string(event.seq) + " (" + event.kind + ", " +
                              iso(event.effective_date) +
                              ") is refused on replay: " + verdict.refusal);
            }
        } catch (const nlohmann::json::exception& error) {
            throw_storage("case log #" + std::to_string(event.seq) +
                          " has malformed details: " + error.what());
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
