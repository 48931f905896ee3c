// `cycle contingent --year Y [--format text|json|csv]`: each member's contingent for budget
// year Y at the rate of the assembly's recorded contingent-set decision for Y, with the
// populations of the config that counts them as of 1 January of Y-1 (engine/contingent).
// Exit 3 when the decision is not recorded or no config has those populations.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "engine/contingent.hpp"
#include "engine/decimal.hpp"
#include "engine/error.hpp"
#include "engine/replay.hpp"

namespace cycle {

namespace {

// 500 -> "0.5", 2000 -> "2", 1250 -> "1.25".
std::string weight_text(std::int64_t thousandths) {
    std::string text = format_decimal(thousandths, 3);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

// The latest config in force on `today` that counts the members as of `counted_on`.
const Organisation* config_counting(const OrganisationState& state, const Date& today,
                                    const Date& counted_on) {
    const std::pair<Date, Organisation>* found = nullptr;
    for (const auto& config : state.configs()) {
        if (config.first <= today && config.second.population_as_of == counted_on &&
            (found == nullptr || config.first >= found->first)) {
            found = &config;
        }
    }
    return found != nullptr ? &found->second : nullptr;
}

struct Decision {
    std::int64_t seq = 0;
    Date date;
    std::int64_t rate_ore = 0;
};

Decision contingent_decision(const CaseLog& log, const std::string& org, OrganisationState& state,
                             int year, const Date& today) {
    const BudgetCycle& machine = state.cycle(year, today);
    const StepRule* sets = state.organisation_on(today).step_with(StepRole::sets_contingent);
    if (sets == nullptr) {
        throw_refused("contingent " + std::to_string(year) +
                      ": the config has no step with role sets-contingent, so no rate is "
                      "recorded");
    }
    const auto record = machine.records().find(Step{sets->id, 0, Recurrence::none});
    if (record == machine.records().end()) {
        throw_refused("contingent " + std::to_string(year) + ": no " + sets->id +
                      " is recorded for budget year " + std::to_string(year) +
                      "; record the assembly's decision first (cycle record " + sets->id +
                      " --year " + std::to_string(year) + " --rate NOK)");
    }
    const auto event = log.event(org, record->second.seq);
    const auto rate = event ? parse_decimal(event->details.value("rate_nok_per_inhabitant", ""), 2)
                            : std::nullopt;
    if (!rate) {
        throw_storage("case log #" + std::to_string(record->second.seq) + " (" + sets->id +
                      ") has no readable rate; run cycle verify");
    }
    return {record->second.seq, record->second.date, *rate};
}

void run_contingent(CommandRun& run, int year, const std::string& format) {
    const Date today = make_clock(run.globals)->today();
    Database db(run.globals.db, OpenMode::read_only);
    CaseLog log(db.sql());
    const std::string org_id = choose_organisation(log, run.globals);
    OrganisationState state = replay(log.workflow_events(org_id), today);
    check_budget_year(state.organisation_on(today), year);
    const Decision decision = contingent_decision(log, org_id, state, year, today);
    const Date counted_on(static_cast<unsigned short>(year - 1), 1, 1);
    const Organisation* org = config_counting(state, today, counted_on);
    if (org == nullptr) {
        throw_refused("contingent " + std::to_string(year) +
                      ": needs the members' populations "
                      "as of " +
                      iso(counted_on) +
                      ", and no config in force counts them so "
                      "(contingent.population-as-of); register a config with them (cycle init)");
    }
    const ContingentTable table =
        compute_contingent(org->members, decision.rate_ore, org->contingent_rounding);
    if (format == "json") {
        nlohmann::json rows = nlohmann::json::array();
        for (const ContingentRow& row : table.rows) {
            rows.push_back({{"member", row.member.name},
                            {"group", row.member.is_group},
                            {"kind", row.member.kind},
                            {"population", row.member.population},
                            {"weight", weight_text(row.member.weight_thousandths)},
                            {"contingent_nok", row.nok}});
        }
        std::cout << nlohmann::json{{"format", "cycle-contingent/1"},
                                    {"budget_year", year},
                                    {"rate_nok_per_inhabitant", format_decimal(table.rate_ore, 2)},
                                    {"decision",
                                     {{"seq", decision.seq}, {"date", iso(decision.date)}}},
                                    {"population_as_of", iso(counted_on)},
                                    {"rounding", rounding_name(table.rounding)},
                                    {"members", rows},
                                    {"total_population", table.total_population},
                                    {"total_nok", table.total_nok}}
                         .dump(2)
                  << "\n";
        return;
    }
    if (format == "csv") {
        print_csv_record(std::cout,
                         {"member", "kind", "group", "population", "weight", "contingent_nok"});
        for (const ContingentRow& row : table.rows) {
            print_csv_record(
                std::cout, {row.member.name, row.member.kind, row.member.is_group ? "yes" : "no",
                            CsvCell::number(row.member.population),
                            weight_text(row.member.weight_thousandths), CsvCell::number(row.nok)});
        }
        print_csv_record(std::cout, {"total", "", "", CsvCell::number(table.total_population), "",
                                     CsvCell::number(table.total_nok)});
        return;
    }
    std::cout << "Contingent " << year << ": NOK " << format_decimal(table.rate_ore, 2)
              << " per inhabitant (contingent-set #" << decision.seq << ", " << iso(decision.date)
              << "), populations as of " << iso(counted_on) << ", each row rounded "
              << rounding_name(table.rounding) << " to whole NOK\n";
    std::vector<Row> rows = {{"member", "kind", "population", "weight", "contingent NOK"}};
    for (const ContingentRow& row : table.rows) {
        rows.push_back({row.member.name, row.member.kind + (row.member.is_group ? " (group)" : ""),
                        grouped_amount(row.member.population),
                        weight_text(row.member.weight_thousandths), grouped_amount(row.nok)});
    }
    rows.push_back(
        {"total", "", grouped_amount(table.total_population), "", grouped_amount(table.total_nok)});
    print_table(std::cout, rows, "  ");
}

}  // namespace

void add_contingent_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "contingent",
        "Each member's contingent for a budget year, at the rate the assembly decided");
    auto year = std::make_shared<int>(0);
    auto format = std::make_shared<std::string>("text");
    command->add_option("--year", *year, "The budget year")->required();
    command->add_option("--format", *format, "text, json or csv")
        ->check(CLI::IsMember({"text", "json", "csv"}));
    command->callback([&run, year, format] { run_contingent(run, *year, *format); });
}

}  // namespace cycle
