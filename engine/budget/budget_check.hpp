// Recomputes a budget document's figures from the figures they derive from, as stated, so
// that a wrong figure is reported where it stands and does not spill into what follows:
//   in every column of amounts: total income = the income lines, total expenses = the expense
//   lines, result = total income - total expenses, outgoing = incoming + result;
//   in a change column, per line: the one column minus the other;
//   the project total = its items, and the same total in the main table's project line.
// A figure marked as an estimate, and an amount printed with odd digit groups, are notes.
// Pure.
#pragma once

#include <string>
#include <vector>

#include "engine/budget/budget_document.hpp"

namespace cycle {

struct FigureDifference {
    std::string line;    // the line's label
    std::string column;  // the column's id ("projects" for the project list)
    Figure stated;
    std::int64_t computed = 0;
    std::string rule;  // "sum of expenses", "total income - total expenses", ...
    std::int64_t difference() const { return stated.value - computed; }
};

struct BudgetNote {
    SourcePlace at;
    std::string text;
};

struct BudgetCheck {
    std::vector<FigureDifference> differences;  // in the order of the file
    std::vector<BudgetNote> notes;
};

BudgetCheck check_budget(const BudgetDocument& document);

// The main table's lines in the order they are printed: incoming, income, total income,
// expenses, total expenses, result, outgoing.
std::vector<const BudgetLine*> main_lines(const BudgetDocument& document);

}  // namespace cycle
