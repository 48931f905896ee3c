#include "engine/step.hpp"

namespace cycle {

namespace {

struct StepName {
    Step step;
    std::string_view name;
};

// DO NOT CHANGE THESE NAMES: they are stored in every case log.
constexpr std::array<StepName, 6> step_names = {{
    {Step::contingent_set, "contingent-set"},
    {Step::draft_submitted, "draft-submitted"},
    {Step::budget_adopted, "budget-adopted"},
    {Step::status_report, "status-report"},
    {Step::accounts_approved, "accounts-approved"},
    {Step::strategy_adopted, "strategy-adopted"},
}};

}  // namespace

std::string_view step_name(Step step) {
    for (const auto& entry : step_names) {
        if (entry.step == step) return entry.name;
    }
    return "?";
}

std::optional<Step> find_step(std::string_view name) {
    for (const auto& entry : step_names) {
        if (entry.name == name) return entry.step;
    }
    return std::nullopt;
}

std::vector<std::string> all_step_names() {
    std::vector<std::string> names;
    for (const auto& entry : step_names) names.emplace_back(entry.name);
    return names;
}

}  // namespace cycle
