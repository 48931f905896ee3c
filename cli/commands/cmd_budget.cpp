// `cycle budget check FILE [--format text|json]`: recomputes a budget document's totals,
// results, outgoing balances, change column and project total (engine/budget/budget_check) and
// prints every figure that differs from what it derives from: where it stands, line, column,
// stated, computed, difference. Exit 1 if any differs, 0 if none; a malformed document is
// bad input (exit 2) naming file:line:col. Needs no database, except with
// `--adopted --year Y [FILE]`: the document recorded as adopted for Y, checked the same way
// and compared with the SHA-256 stored at adoption (exit 1 too if it changed).
#include <algorithm>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/presentation/table.hpp"
#include "config/yaml/budget_reader.hpp"
#include "engine/budget/budget_check.hpp"
#include "engine/budget/document_record.hpp"
#include "engine/log/hash_chain.hpp"
#include "engine/money/checked_money.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"

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

struct CheckOptions {
    std::string path;
    std::string format = "text";
    bool adopted = false;
    std::optional<int> year;
};

// For --adopted: the adoption of --year's budget, and whether the file still has its digest.
struct AdoptionCheck {
    DocumentRecord adopted;
    std::string sha256_now;
    bool changed() const { return adopted.sha256 != sha256_now; }
    std::string text() const {
        const std::string when = "adopted as #" + std::to_string(adopted.seq) + " on " +
                                 iso(adopted.date) + " from " + adopted.file;
        if (!changed()) return when + ": the file is unchanged (SHA-256 " + sha256_now + ")";
        return when + ": the file has CHANGED since (SHA-256 then " + adopted.sha256 + ", now " +
               sha256_now + ")";
    }
};

void run_check(CommandRun& run, CheckOptions options) {
    std::optional<AdoptionCheck> adoption;
    if (options.adopted) {
        if (!options.year) throw_bad_input("--adopted needs --year: the budget year adopted");
        const Date today = make_clock(run.globals)->today();
        const OrganisationState state = read_state(run.globals, today);
        check_budget_year(state.organisation_on(today), *options.year);
        const DocumentRecord* adopted = state.adopted_budget(*options.year);
        if (adopted == nullptr) {
            throw_refused("--adopted: no budget document is recorded as adopted for " +
                          std::to_string(*options.year) +
                          " (cycle record budget-adopted ... --budget FILE)");
        }
        if (options.path.empty()) options.path = adopted->file;
        adoption = AdoptionCheck{*adopted, ""};
    } else if (options.year) {
        throw_bad_input("--year goes with --adopted");
    } else if (options.path.empty()) {
        throw_bad_input("FILE is required (or --adopted --year Y for the adopted one)");
    }
    const bool stored_path = adoption && options.path == adoption->adopted.file;
    const std::string bytes = read_budget_bytes(
        options.path, stored_path ? "--adopted: the adopted document, by the path recorded "
                                    "(relative to the folder it was recorded in; give FILE)"
                                  : "FILE");
    const BudgetDocument document = load_budget_text(bytes, options.path);
    const BudgetCheck check = check_budget(document);
    if (adoption) adoption->sha256_now = sha256_hex(bytes);
    if (options.format == "json") {
        nlohmann::json out = to_json(document, check);
        if (adoption) {
            out["adopted"] = {
                {"seq", adoption->adopted.seq},       {"date", iso(adoption->adopted.date)},
                {"file", adoption->adopted.file},     {"sha256_adopted", adoption->adopted.sha256},
                {"sha256_now", adoption->sha256_now}, {"changed", adoption->changed()}};
        }
        std::cout << out.dump(2) << "\n";
    } else {
        print_text(document, check);
        if (adoption) std::cout << adoption->text() << "\n";
    }
    const bool failed = !check.differences.empty() || (adoption && adoption->changed());
    run.exit_code = static_cast<int>(failed ? ExitCode::check_failed : ExitCode::ok);
}

// Budget against accounts, line by line, matched by label, in the budget's order; lines only
// the accounts have come last. Amounts in the common unit (NOK when the two differ).
void run_compare(CommandRun& run, int year, const std::string& format) {
    const Date today = make_clock(run.globals)->today();
    const OrganisationState state = read_state(run.globals, today);
    check_budget_year(state.organisation_on(today), year);
    const DocumentRecord* budget = state.adopted_budget(year);
    const DocumentRecord* accounts = state.approved_accounts(year);
    if (budget == nullptr || accounts == nullptr) {
        throw_refused("budget compare " + std::to_string(year) + ": needs " +
                      (budget == nullptr
                           ? "the adopted budget (record budget-adopted --budget FILE)"
                           : std::string()) +
                      (budget == nullptr && accounts == nullptr ? " and " : "") +
                      (accounts == nullptr
                           ? "the approved accounts (record accounts-approved --accounts FILE)"
                           : std::string()));
    }
    const std::int64_t unit = budget->unit_nok == accounts->unit_nok ? budget->unit_nok : 1;
    struct Compared {
        std::string line;
        std::optional<std::int64_t> budget, accounts;
        std::optional<std::int64_t> difference;  // accounts - budget
    };
    // A figure in the common unit. The figures come from the log, where `cycle import` may
    // have put any 64-bit number, so the conversion and the difference are checked.
    const auto in_unit = [unit](const DocumentRecord& record, const char* which,
                                const std::string& label, std::int64_t value) {
        return checked_multiply(value, record.unit_nok,
                                [&] {
                                    return "budget compare: line " + quote(label) + " of the " +
                                           which + " (#" + std::to_string(record.seq) + ") in NOK";
                                }) /
               unit;
    };
    std::vector<Compared> rows;
    for (const auto& [label, value] : budget->lines) {
        rows.push_back(
            {label, in_unit(*budget, "budget", label, value), std::nullopt, std::nullopt});
    }
    for (const auto& [label, value] : accounts->lines) {
        // label is captured by name: clang 14 cannot capture a structured binding.
        const auto found = std::find_if(
            rows.begin(), rows.end(),
            [&line = label](const Compared& row) { return row.line == line && !row.accounts; });
        const std::int64_t amount = in_unit(*accounts, "accounts", label, value);
        if (found != rows.end()) {
            found->accounts = amount;
            found->difference = checked_subtract(amount, *found->budget, [&line = label] {
                return "budget compare: accounts - budget on line " + quote(line);
            });
        } else {
            rows.push_back({label, std::nullopt, amount, std::nullopt});
        }
    }
    const std::string unit_name = unit == 1000 ? "thousand NOK" : "NOK";
    if (format == "json") {
        nlohmann::json lines = nlohmann::json::array();
        for (const Compared& row : rows) {
            const auto or_null = [](const std::optional<std::int64_t>& v) {
                return v ? nlohmann::json(*v) : nlohmann::json();
            };
            lines.push_back({{"line", row.line},
                             {"budget", or_null(row.budget)},
                             {"accounts", or_null(row.accounts)},
                             {"difference", or_null(row.difference)}});
        }
        std::cout << nlohmann::json{{"format", "cycle-budget-compare/1"},
                                    {"budget_year", year},
                                    {"unit", unit == 1000 ? "thousand-nok" : "nok"},
                                    {"budget", {{"seq", budget->seq}, {"file", budget->file}}},
                                    {"accounts",
                                     {{"seq", accounts->seq}, {"file", accounts->file}}},
                                    {"lines", lines}}
                         .dump(2)
                  << "\n";
        return;
    }
    std::cout << "Budget year " << year << ", " << unit_name << ": budget adopted as #"
              << budget->seq << " (" << budget->column << " of " << budget->file
              << ") against accounts approved as #" << accounts->seq << " (" << accounts->column
              << " of " << accounts->file << ")\n";
    std::vector<Row> table = {{"line", "budget", "accounts", "accounts - budget"}};
    for (const Compared& row : rows) {
        table.push_back({row.line, row.budget ? grouped_amount(*row.budget) : "-",
                         row.accounts ? grouped_amount(*row.accounts) : "-",
                         row.difference ? grouped_amount(*row.difference) : "-"});
    }
    print_table(std::cout, table, "  ");
}

}  // namespace

void add_budget_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "budget", "Budget documents: check their arithmetic; compare budget and accounts");
    command->require_subcommand(1);
    auto* check = command->add_subcommand(
        "check",
        "Recompute every total, result, balance and change of a budget document; exit 1 "
        "if any figure differs");
    auto options = std::make_shared<CheckOptions>();
    check->add_option("FILE", options->path,
                      "The budget document (YAML), e.g. examples/budget-2021.yaml; with "
                      "--adopted, default: the file the adoption named");
    check->add_option("--format", options->format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    check->add_flag("--adopted", options->adopted,
                    "Check the document adopted for --year, and whether it changed since");
    check->add_option("--year", options->year, "With --adopted: the budget year");
    check->callback([&run, options] { run_check(run, *options); });

    auto* compare = command->add_subcommand(
        "compare", "The adopted budget against the approved accounts of a budget year, per line");
    auto year = std::make_shared<int>(0);
    auto format = std::make_shared<std::string>("text");
    compare->add_option("--year", *year, "The budget year")->required();
    compare->add_option("--format", *format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    compare->callback([&run, year, format] { run_compare(run, *year, *format); });
}

}  // namespace cycle
