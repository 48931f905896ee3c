// `cycle log [--year Y] [--case N/YY] [--format text|json|csv]`: the case log in order, for
// auditors. JSON is one object per line (JSON Lines), the shape of engine/event.hpp.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "engine/error.hpp"

namespace cycle {

namespace {

// Details as `key=value` pairs for a terminal; a stored config is shown by its digest only.
std::string details_text(const nlohmann::json& details) {
    std::string text;
    for (const auto& [key, value] : details.items()) {
        if (key == "config") continue;
        text += (text.empty() ? "" : "; ") + key + "=" +
                (value.is_string() ? value.get<std::string>() : value.dump());
    }
    return text;
}

// "41/21", or "41/21 (board)" when the case is in another body's series than the event's.
std::string case_text(const Event& event) {
    if (!event.case_number) return "";
    const std::string number = event.case_number->render();
    return event.case_number->body == event.body ? number
                                                 : number + " (" + event.case_number->body + ")";
}

Row log_row(const Event& event, bool for_csv) {
    return {std::to_string(event.seq),
            event.recorded_at,
            iso(event.effective_date),
            event.actor,
            event.body,
            case_text(event),
            event.kind,
            event.budget_year ? std::to_string(*event.budget_year) : "",
            for_csv ? event.details.dump() : details_text(event.details),
            event.irregular ? "yes" : "no",
            event.reason};
}

const Row header = {"seq",  "recorded_at", "date",    "actor",     "body",  "case",
                    "kind", "budget_year", "details", "irregular", "reason"};

void run_log(CommandRun& run, std::optional<int> year, const std::optional<std::string>& case_text,
             const std::string& format) {
    std::optional<CaseNumber> wanted_case;
    if (case_text) wanted_case = parse_case_option("--case", *case_text, "");
    Database db(run.globals.db, OpenMode::read_only);
    CaseLog log(db.sql());
    const std::string org = choose_organisation(log, run.globals);

    std::vector<Event> shown;
    for (Event& event : log.events(org)) {
        if (year && event.budget_year != year) continue;
        if (wanted_case && (!event.case_number || event.case_number->year != wanted_case->year ||
                            event.case_number->sequence != wanted_case->sequence)) {
            continue;
        }
        shown.push_back(std::move(event));
    }
    if (format == "json") {
        for (const Event& event : shown) std::cout << event_to_json(event).dump() << "\n";
    } else if (format == "csv") {
        print_csv_record(std::cout, header);
        for (const Event& event : shown) print_csv_record(std::cout, log_row(event, true));
    } else {
        std::vector<Row> rows = {header};
        for (const Event& event : shown) rows.push_back(log_row(event, false));
        print_table(std::cout, rows);
    }
}

}  // namespace

void add_log_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand("log", "The case log in order, for auditors");
    auto year = std::make_shared<std::optional<int>>();
    auto case_text = std::make_shared<std::optional<std::string>>();
    auto format = std::make_shared<std::string>("text");
    command->add_option("--year", *year, "Only events of this budget year");
    command->add_option("--case", *case_text, "Only events under this case number (58/20)");
    command->add_option("--format", *format, "text, json (one object per line) or csv")
        ->check(CLI::IsMember({"text", "json", "csv"}));
    command->callback(
        [&run, year, case_text, format] { run_log(run, *year, *case_text, *format); });
}

}  // namespace cycle
