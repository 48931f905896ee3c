// A budget or accounts document as a decision recorded it: `record budget-adopted --budget
// FILE` (details.budget) and `record accounts-approved --accounts FILE` (details.accounts)
// store the file as named, its SHA-256, and the figures of the column the decision is about,
// line by line. Status shows the totals, `budget check --adopted` tells whether the file
// changed since, and `budget compare` sets budget against accounts, all from the log alone.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/budget/budget_check.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle {

struct DocumentRecord {
    std::int64_t seq = 0;  // the decision's event
    Date date;
    std::string file;
    std::string sha256;
    std::string column;            // "budget-2021"
    std::int64_t unit_nok = 1000;  // of the figures
    std::int64_t income = 0;
    std::int64_t expenses = 0;
    std::int64_t result = 0;
    std::size_t differences = 0;  // figures `budget check` found wrong when it was recorded
    std::vector<std::pair<std::string, std::int64_t>> lines;  // label, figure; in order

    nlohmann::json to_details() const;  // what details.budget or details.accounts holds
    // From details[key]; nothing when there is none. Throws on a malformed one.
    static std::optional<DocumentRecord> from_details(const nlohmann::json& details,
                                                      const char* key, std::int64_t seq,
                                                      const Date& date);
};

// The record of `document`'s column `column`, read from `bytes` (for the digest).
DocumentRecord summarise_document(const BudgetDocument& document, std::size_t column,
                                  const std::string& bytes);

}  // namespace cycle
