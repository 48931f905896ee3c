// `cycle budget check FILE [--format text|json]`: recomputes a budget document's totals,
// results, outgoing balances, change column and project total (engine/budget_check) and
// prints every figure that differs from what it derives from: where it stands, line, column,
// stated, computed, difference. Exit 1 if any differs, 0 if none; a malformed document is
// bad input (exit 2) naming file:line:col. Needs no database.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "config/budget_reader.hpp"
#include "engine/budget_check.hpp"
#include "engine/error.hpp"

namespace cycle {

namespace {

std::string place(const BudgetDocument& document, const SourcePlace& at) {
    return document.source + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string plural(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

void print_text(const BudgetDocument& document, const BudgetCheck& check) {
    std::cout << document.source << ": " << document.title << ", budget year "
              << document.budget_year << ", amounts in "
              << (document.unit_nok == 1000 ? "thousand NOK" : "NOK") << "\n";
    if (check.differences.empty()) {
        std::cout << "every figure agrees with what it derives from\n";
    } else {
        std::cout << plural(check.differences.size(), "figure differs", "figures differ")
                  << (check.differences.size() == 1 ? " from what it derives from:\n"
                                                    : " from what they derive from:\n");
        std::vector<Row> rows = {
            {"at", "line", "column", "stated", "computed", "difference", "rule"}};
        for (const FigureDifference& difference : check.differences) {
            rows.push_back({place(document, difference.stated.at), difference.line,
                            difference.column, grouped_amount(difference.stated.value),
                            grouped_amount(difference.computed),
                            grouped_amount(difference.difference()), difference.rule});
        }
        print_table(std::cout, rows, "  ");
    }
    if (check.notes.empty()) return;
    std::cout << plural(check.notes.size(), "note", "notes") << ":\n";
    for (const BudgetNote& note : check.notes) {
        std::cout << "  " << place(document, note.at) << ": " << note.text << "\n";
    }
}

nlohmann::json to_json(const BudgetDocument& document, const BudgetCheck& check) {
    nlohmann::json differences = nlohmann::json::array();
    for (const FigureDifference& difference : check.differences) {
        differences.push_back({{"line", difference.line},
                               {"column", difference.column},
                               {"at", place(document, difference.stated.at)},
                               {"stated", difference.stated.value},
                               {"computed", difference.computed},
                               {"difference", difference.difference()},
                               {"rule", difference.rule}});
    }
    nlohmann::json notes = nlohmann::json::array();
    for (const BudgetNote& note : check.notes) {
        notes.push_back({{"at", place(document, note.at)}, {"note", note.text}});
    }
    return {{"format", "cycle-budget-check/1"},
            {"file", document.source},
            {"document", document.title},
            {"budget_year", document.budget_year},
            {"unit", document.unit_nok == 1000 ? "thousand-nok" : "nok"},
            {"differences", differences},
            {"notes", notes}};
}

void run_check(CommandRun& run, const std::string& path, const std::string& format) {
    const BudgetDocument document = load_budget_file(path);
    const BudgetCheck check = check_budget(document);
    if (format == "json") {
        std::cout << to_json(document, check).dump(2) << "\n";
    } else {
        print_text(document, check);
    }
    run.exit_code =
        static_cast<int>(check.differences.empty() ? ExitCode::ok : ExitCode::check_failed);
}

}  // namespace

void add_budget_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand("budget", "Budget documents: check their arithmetic");
    command->require_subcommand(1);
    auto* check = command->add_subcommand(
        "check",
        "Recompute every total, result, balance and change of a budget document; exit 1 "
        "if any figure differs");
    auto path = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>("text");
    check->add_option("FILE", *path, "The budget document (YAML), e.g. examples/budget-2021.yaml")
        ->required();
    check->add_option("--format", *format, "text or json")->check(CLI::IsMember({"text", "json"}));
    check->callback([&run, path, format] { run_check(run, *path, *format); });
}

}  // namespace cycle
