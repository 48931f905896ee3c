// A budget document as the council printed it (seed section 4.2.1 "Hovedtall" and 4.2.2
// "Prosjektmidler"): columns of whole amounts in the document's unit, the lines that carry
// them, and the project list. Every figure keeps where it stands in its file, so that a
// check can point at it. Built by config/yaml/budget_reader; amounts are integers, never floats.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cycle {

struct SourcePlace {
    int line = 0;  // 1-based, in the document's file
    int column = 0;
};

struct Figure {
    std::int64_t value = 0;
    std::string printed;  // as transcribed: "- 3 393", "170 0000"
    SourcePlace at;
    bool regular_grouping = true;  // digits in groups of three, as amounts are printed
};

struct BudgetColumn {
    std::string id;     // "budget-2021"
    std::string label;  // "Forslag budsjett 2021"
    // A change column: the figure of `minuend` minus that of `subtrahend`, per line.
    std::optional<std::size_t> minuend;
    std::optional<std::size_t> subtrahend;
};

struct BudgetLine {
    std::string key;              // "incoming", "income[0]", "total-expenses", ...
    std::string label;            // "Kontingenter"
    std::vector<Figure> figures;  // one a column
    SourcePlace at;
};

// A figure that is only an estimate of another: 2021's incoming underspend is the 2020
// forecast's outgoing one, carried over. A difference is a note, not an error.
struct BudgetEstimate {
    std::size_t column = 0;       // incoming, in this column
    std::size_t from_column = 0;  // estimates outgoing, in this one
    SourcePlace at;
};

struct ProjectFunds {
    std::int64_t unit_nok = 1;      // 1: NOK
    std::vector<BudgetLine> items;  // one figure each
    Figure total;
    // The expense line and column of the main table that holds the same total.
    std::optional<std::size_t> expense_line;
    std::size_t column = 0;
    SourcePlace at;
};

struct BudgetDocument {
    std::string source;  // the file, as named
    std::string title;
    std::string organisation;
    int budget_year = 0;
    std::int64_t unit_nok = 1000;  // thousand NOK
    std::vector<BudgetColumn> columns;
    std::optional<std::size_t> budget_column;    // the budget for budget_year, if named
    std::optional<std::size_t> accounts_column;  // the accounts for budget_year, if named
    BudgetLine incoming;
    std::vector<BudgetLine> income;
    BudgetLine total_income;
    std::vector<BudgetLine> expenses;
    BudgetLine total_expenses;
    BudgetLine result;    // total income - total expenses
    BudgetLine outgoing;  // incoming + result
    std::vector<BudgetEstimate> estimates;
    std::optional<ProjectFunds> projects;
};

}  // namespace cycle
