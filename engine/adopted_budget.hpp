// The budget document a board adopted, as `record budget-adopted --budget FILE` stores it in
// the event (details.budget): the file as named, its SHA-256, and the totals of the column
// that is the budget, so that status can show them and `budget check --adopted` can tell
// whether the file changed since. Read back from the log on replay.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "engine/budget_check.hpp"
#include "engine/calendar_date.hpp"

namespace cycle {

struct AdoptedBudget {
    std::int64_t seq = 0;  // the budget-adopted event
    Date date;
    std::string file;
    std::string sha256;
    std::string column;            // "budget-2021"
    std::int64_t unit_nok = 1000;  // of the totals
    std::int64_t income = 0;
    std::int64_t expenses = 0;
    std::int64_t result = 0;
    std::size_t differences = 0;  // figures `budget check` found wrong when it was adopted

    nlohmann::json to_details() const;  // what details.budget holds
    // From an event's details.budget; nothing when it has none. Throws on a malformed one.
    static std::optional<AdoptedBudget> from_details(const nlohmann::json& details,
                                                     std::int64_t seq, const Date& date);
};

// The summary of `document`'s column `column`, read from `bytes` (for the digest).
AdoptedBudget summarise_budget(const BudgetDocument& document, std::size_t column,
                               const std::string& bytes);

}  // namespace cycle
