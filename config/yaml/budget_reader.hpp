// Reads a budget document (YAML) into engine/budget/budget_document's BudgetDocument, validating it
// completely: every problem is Error(bad_input) "file:line:col: what was expected". The
// schema is in README.md ("Budget documents"); examples/budget-2021.yaml is the seed's.
// Amounts are whole numbers as printed: "5 593", "- 3 393", 10083, "170 0000".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "engine/budget/budget_document.hpp"

namespace cycle {

BudgetDocument load_budget_file(const std::string& path);
// The file's bytes (MapReader::read_file): Error(bad_input) "OPTION: cannot read PATH" when
// it cannot be read, "PATH: larger than ..." past MapReader::max_file_bytes.
std::string read_budget_bytes(const std::string& path, const std::string& option);
BudgetDocument load_budget_text(const std::string& text, const std::string& source);

// "5 593" -> 5593, "- 3 393" -> -3393, "-25" -> -25: digits in groups separated by spaces
// (also no-break and thin spaces), with an optional minus (also U+2212). Nothing for anything
// else. `regular` tells whether the groups are of three digits, as amounts are printed.
std::optional<std::int64_t> parse_printed_amount(std::string_view text, bool* regular = nullptr);

// Amounts have at most 15 digits, so that sums of many lines, and amounts in thousands turned
// into kroner, stay far inside 63 bits.
inline constexpr std::int64_t max_printed_amount = 999'999'999'999'999;

}  // namespace cycle
