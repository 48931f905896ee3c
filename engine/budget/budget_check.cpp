#include "engine/budget/budget_check.hpp"

#include <algorithm>
#include <tuple>

#include "engine/money/checked_money.hpp"

namespace cycle {

namespace {

// "examples/budget-2021.yaml:29:55: WHAT": where a figure stands, for an overflow it led to.
auto at_figure(const BudgetDocument& document, const Figure& figure, const std::string& what) {
    return [&document, &figure, what] {
        return document.source + ":" + std::to_string(figure.at.line) + ":" +
               std::to_string(figure.at.column) + ": " + what;
    };
}

// The sum of `column` over `lines`; an overflow is placed at the figure that caused it.
std::int64_t sum(const BudgetDocument& document, const std::vector<BudgetLine>& lines,
                 std::size_t column, const std::string& rule) {
    std::int64_t total = 0;
    for (const BudgetLine& line : lines) {
        const Figure& figure = line.figures[column];
        total = checked_add(total, figure.value,
                            at_figure(document, figure,
                                      "the " + rule + " in column " + document.columns[column].id));
    }
    return total;
}

// Records `stated` against `computed` when they differ. The difference is checked here, so
// that FigureDifference::difference() cannot wrap.
void expect_figure(BudgetCheck& check, const BudgetDocument& document, const std::string& label,
                   const std::string& column, const Figure& stated, std::int64_t computed,
                   const std::string& rule) {
    if (stated.value == computed) return;
    checked_subtract(stated.value, computed,
                     at_figure(document, stated, "the difference from the " + rule));
    check.differences.push_back({label, column, stated, computed, rule});
}

void expect(BudgetCheck& check, const BudgetDocument& document, const BudgetLine& line,
            std::size_t column, std::int64_t computed, const std::string& rule) {
    expect_figure(check, document, line.label, document.columns[column].id, line.figures[column],
                  computed, rule);
}

void check_columns(BudgetCheck& check, const BudgetDocument& document) {
    for (std::size_t c = 0; c < document.columns.size(); ++c) {
        const BudgetColumn& column = document.columns[c];
        if (column.minuend) {
            const std::string rule = document.columns[*column.minuend].id + " - " +
                                     document.columns[*column.subtrahend].id;
            for (const BudgetLine* line : main_lines(document)) {
                const Figure& stated = line->figures[c];
                expect(check, document, *line, c,
                       checked_subtract(line->figures[*column.minuend].value,
                                        line->figures[*column.subtrahend].value,
                                        at_figure(document, stated, rule)),
                       rule);
            }
            continue;
        }
        expect(check, document, document.total_income, c,
               sum(document, document.income, c, "sum of income"), "sum of income");
        expect(check, document, document.total_expenses, c,
               sum(document, document.expenses, c, "sum of expenses"), "sum of expenses");
        const std::string result_rule = "total income - total expenses";
        expect(check, document, document.result, c,
               checked_subtract(document.total_income.figures[c].value,
                                document.total_expenses.figures[c].value,
                                at_figure(document, document.result.figures[c], result_rule)),
               result_rule);
        const std::string outgoing_rule = "incoming + result";
        expect(check, document, document.outgoing, c,
               checked_add(document.incoming.figures[c].value, document.result.figures[c].value,
                           at_figure(document, document.outgoing.figures[c], outgoing_rule)),
               outgoing_rule);
    }
}

void check_projects(BudgetCheck& check, const BudgetDocument& document) {
    if (!document.projects) return;
    const ProjectFunds& projects = *document.projects;
    std::int64_t total = 0;
    for (const BudgetLine& item : projects.items) {
        total = checked_add(total, item.figures[0].value,
                            at_figure(document, item.figures[0], "the sum of projects"));
    }
    expect_figure(check, document, "projects total", "projects", projects.total, total,
                  "sum of projects");
    if (!projects.expense_line) return;
    // The main table's line, in the table's unit, against the list's total in its own.
    const BudgetLine& line = document.expenses[*projects.expense_line];
    Figure in_nok = line.figures[projects.column];
    in_nok.value = checked_multiply(in_nok.value, document.unit_nok,
                                    at_figure(document, in_nok, line.label + " in NOK"));
    const std::int64_t total_nok =
        checked_multiply(projects.total.value, projects.unit_nok,
                         at_figure(document, projects.total, "the project total in NOK"));
    // In kroner, so that a total that is not a whole number of thousands is not rounded into
    // agreement.
    expect_figure(check, document, line.label, document.columns[projects.column].id + " (NOK)",
                  in_nok, total_nok, "the project total");
}

void note_estimates(BudgetCheck& check, const BudgetDocument& document) {
    for (const BudgetEstimate& estimate : document.estimates) {
        const Figure& incoming = document.incoming.figures[estimate.column];
        const Figure& outgoing = document.outgoing.figures[estimate.from_column];
        if (incoming.value == outgoing.value) continue;
        check.notes.push_back(
            {incoming.at, document.incoming.label + ", " + document.columns[estimate.column].id +
                              ": " + std::to_string(incoming.value) + " is an estimate of " +
                              document.outgoing.label + ", " +
                              document.columns[estimate.from_column].id + ": " +
                              std::to_string(outgoing.value) + " (difference " +
                              std::to_string(checked_subtract(
                                  incoming.value, outgoing.value,
                                  at_figure(document, incoming, "the estimate's difference"))) +
                              ")"});
    }
}

void note_odd_grouping(BudgetCheck& check, const BudgetLine& line) {
    for (const Figure& figure : line.figures) {
        if (figure.regular_grouping) continue;
        check.notes.push_back({figure.at, line.label + ": printed \"" + figure.printed +
                                              "\", read as " + std::to_string(figure.value)});
    }
}

}  // namespace

std::vector<const BudgetLine*> main_lines(const BudgetDocument& document) {
    std::vector<const BudgetLine*> lines = {&document.incoming};
    for (const BudgetLine& line : document.income) lines.push_back(&line);
    lines.push_back(&document.total_income);
    for (const BudgetLine& line : document.expenses) lines.push_back(&line);
    lines.push_back(&document.total_expenses);
    lines.push_back(&document.result);
    lines.push_back(&document.outgoing);
    return lines;
}

BudgetCheck check_budget(const BudgetDocument& document) {
    BudgetCheck check;
    check_columns(check, document);
    check_projects(check, document);
    note_estimates(check, document);
    for (const BudgetLine* line : main_lines(document)) note_odd_grouping(check, *line);
    if (document.projects) {
        for (const BudgetLine& item : document.projects->items) note_odd_grouping(check, item);
    }
    std::stable_sort(check.differences.begin(), check.differences.end(),
                     [](const FigureDifference& a, const FigureDifference& b) {
                         return std::tie(a.stated.at.line, a.stated.at.column) <
                                std::tie(b.stated.at.line, b.stated.at.column);
                     });
    std::stable_sort(check.notes.begin(), check.notes.end(),
                     [](const BudgetNote& a, const BudgetNote& b) {
                         return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
                     });
    return check;
}

}  // namespace cycle
