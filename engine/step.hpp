// The steps a user records. Their names are a file format: they are stored in the case log
// as event kinds and appear in configs. DO NOT CHANGE a name without a migration.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cycle {

enum class Step {
    contingent_set,     // assembly sets next year's contingent (preparation, Y-1)
    draft_submitted,    // secretariat submits the draft programme and budget (Y-1)
    budget_adopted,     // board adopts programme and budget (Y-1)
    status_report,      // secretariat reports status to the board (Q3 of Y)
    accounts_approved,  // assembly approves annual report and accounts (Y+1)
    strategy_adopted,   // assembly adopts strategic guidelines for a period (not per year)
};

// The five steps of one budget year's cycle, in the order the cycle runs.
inline constexpr std::array<Step, 5> cycle_steps = {Step::contingent_set, Step::draft_submitted,
                                                    Step::budget_adopted, Step::status_report,
                                                    Step::accounts_approved};

std::string_view step_name(Step step);  // "contingent-set"
std::optional<Step> find_step(std::string_view name);
std::vector<std::string> all_step_names();

}  // namespace cycle
