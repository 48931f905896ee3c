// `cycle contingent --year Y [--format text|json|csv]`: each member's contingent for budget
// year Y at the rate of the assembly's recorded contingent-set decision for Y, with the
// populations of the config that counts them as of 1 January of Y-1 (format 2: on a day of
// Y-1), plus its base amount per member (format 2; workflows/queries/contingent). The count and
// base amount columns, and the notes of members who do not pay for Y, are shown only when the
// config has them, so a format-1 table is as it always was.
// Exit 3 when the decision is not recorded or no config has those populations.
#include <algorithm>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/presentation/table.hpp"
#include "engine/money/decimal.hpp"
#include "engine/support/error.hpp"
#include "workflows/queries/contingent.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

// 500 -> "0.5", 2000 -> "2", 1250 -> "1.25".
std::string weight_text(std::int64_t thousandths) {
    std::string text = format_decimal(thousandths, 3);
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

// The latest config in force on `today` that counts the members during `counted_in` (format 1:
// on 1 January of it).
const Organisation* config_counting(const OrganisationState& state, const Date& today,
                                    int counted_in) {
    const std::pair<Date, Organisation>* found = nullptr;
    for (const auto& config : state.configs()) {
        if (config.first <= today && config.second.population_as_of &&
            config.second.population_as_of->year() == counted_in &&
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
    const Organisation* org = config_counting(state, today, year - 1);
    if (org == nullptr) {
        const bool any_day = state.organisation_on(today).format >= 2;
        throw_refused(
            "contingent " + std::to_string(year) + ": needs the members' populations " +
            (any_day ? "counted in " + std::to_string(year - 1) : "as of " + iso(counted_on)) +
            ", and no config in force counts them so "
            "(contingent.population-as-of); register a config with them (cycle init)");
    }
    const ContingentTable table =
        compute_contingent(org->members, decision.rate_ore, org->contingent_rounding, year,
                           org->contingent_base_nok.value_or(0));
    // Shown only when the config has them: a format-1 table is as it always was.
    const bool show_base = org->contingent_base_nok.has_value();
    const bool show_count =
        show_base || std::any_of(org->members.begin(), org->members.end(),
                                 [](const Member& member) { return member.count_given; });
    const bool show_note =
        std::any_of(table.rows.begin(), table.rows.end(),
                    [](const ContingentRow& row) { return !row.note().empty(); });
    const std::string counted = iso(*org->population_as_of);
    if (format == "json") {
        nlohmann::json rows = nlohmann::json::array();
        for (const ContingentRow& row : table.rows) {
            nlohmann::json json_row = {{"member", row.member.name},
                                       {"group", row.member.is_group},
                                       {"kind", row.member.kind},
                                       {"population", row.member.population},
                                       {"weight", weight_text(row.member.weight_thousandths)},
                                       {"contingent_nok", row.nok}};
            if (show_count) json_row["count"] = row.member.count;
            if (show_base) json_row["base_nok"] = row.base_nok;
            if (show_note) {
                json_row["note"] =
                    row.note().empty() ? nlohmann::json() : nlohmann::json(row.note());
            }
            rows.push_back(json_row);
        }
        nlohmann::json document = {
            {"format", "cycle-contingent/1"},
            {"budget_year", year},
            {"rate_nok_per_inhabitant", format_decimal(table.rate_ore, 2)},
            {"decision", {{"seq", decision.seq}, {"date", iso(decision.date)}}},
            {"population_as_of", counted},
            {"rounding", rounding_name(table.rounding)},
            {"members", rows},
            {"total_population", table.total_population},
            {"total_nok", table.total_nok}};
        if (show_base) document["base_amount_nok"] = table.base_nok;
        std::cout << document.dump(2) << "\n";
        return;
    }
    if (format == "csv") {
        std::vector<CsvCell> header = {"member", "kind", "group"};
        if (show_count) header.emplace_back("count");
        for (const char* name : {"population", "weight"}) header.emplace_back(name);
        if (show_base) header.emplace_back("base_nok");
        header.emplace_back("contingent_nok");
        if (show_note) header.emplace_back("note");
        print_csv_record(std::cout, header);
        for (const ContingentRow& row : table.rows) {
            std::vector<CsvCell> record = {row.member.name, row.member.kind,
                                           row.member.is_group ? "yes" : "no"};
            if (show_count) record.push_back(CsvCell::number(row.member.count));
            record.push_back(CsvCell::number(row.member.population));
            record.emplace_back(weight_text(row.member.weight_thousandths));
            if (show_base) record.push_back(CsvCell::number(row.base_nok));
            record.push_back(CsvCell::number(row.nok));
            if (show_note) record.emplace_back(row.note());
            print_csv_record(std::cout, record);
        }
        std::vector<CsvCell> total = {"total", "", ""};
        if (show_count) total.emplace_back("");
        total.push_back(CsvCell::number(table.total_population));
        total.emplace_back("");
        if (show_base) total.emplace_back("");
        total.push_back(CsvCell::number(table.total_nok));
        if (show_note) total.emplace_back("");
        print_csv_record(std::cout, total);
        return;
    }
    std::cout << "Contingent " << year << ": ";
    if (show_base) std::cout << "NOK " << grouped_amount(table.base_nok) << " per member + ";
    std::cout << "NOK " << format_decimal(table.rate_ore, 2) << " per inhabitant (contingent-set #"
              << decision.seq << ", " << iso(decision.date) << "), populations as of " << counted
              << ", each row rounded " << rounding_name(table.rounding) << " to whole NOK\n";
    Row header = {"member", "kind"};
    if (show_count) header.emplace_back("count");
    for (const char* name : {"population", "weight"}) header.emplace_back(name);
    if (show_base) header.emplace_back("base NOK");
    header.emplace_back("contingent NOK");
    if (show_note) header.emplace_back("note");
    std::vector<Row> rows = {header};
    for (const ContingentRow& row : table.rows) {
        Row line = {row.member.name, row.member.kind + (row.member.is_group ? " (group)" : "")};
        if (show_count) line.push_back(grouped_amount(row.member.count));
        line.push_back(grouped_amount(row.member.population));
        line.push_back(weight_text(row.member.weight_thousandths));
        if (show_base) line.push_back(grouped_amount(row.base_nok));
        line.push_back(grouped_amount(row.nok));
        if (show_note) line.push_back(row.note());
        rows.push_back(line);
    }
    Row total = {"total", ""};
    if (show_count) total.emplace_back("");
    total.push_back(grouped_amount(table.total_population));
    total.emplace_back("");
    if (show_base) total.emplace_back("");
    total.push_back(grouped_amount(table.total_nok));
    if (show_note) total.emplace_back("");
    rows.push_back(total);
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
