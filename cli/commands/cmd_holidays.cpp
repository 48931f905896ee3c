// `cycle holidays [--year Y] [--format text|json]`: Norway's public holidays of a year, the
// days on which a deadline cannot fall (domstolloven § 149). Needs no database.
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/presentation/table.hpp"
#include "engine/support/error.hpp"
#include "engine/time/norwegian_holidays.hpp"

namespace cycle {

namespace {

void run_holidays(CommandRun& run, std::optional<int> year, const std::string& format) {
    const int shown_year = year ? *year : static_cast<int>(make_clock(run.globals)->today().year());
    if (shown_year < 1900 || shown_year > 2199) {
        throw_bad_input("--year " + std::to_string(shown_year) + " is outside 1900-2199");
    }
    const std::vector<Holiday> holidays = norwegian_public_holidays(shown_year);
    if (format == "json") {
        nlohmann::json list = nlohmann::json::array();
        for (const Holiday& holiday : holidays) {
            list.push_back({{"date", iso(holiday.date)},
                            {"name_nb", holiday.name_nb},
                            {"name_en", holiday.name_en}});
        }
        std::cout << nlohmann::json{{"year", shown_year}, {"holidays", list}}.dump(2) << "\n";
        return;
    }
    std::vector<Row> rows;
    for (const Holiday& holiday : holidays) {
        rows.push_back(
            {iso(holiday.date), std::string(holiday.name_nb), std::string(holiday.name_en)});
    }
    print_table(std::cout, rows);
}

}  // namespace

void add_holidays_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "holidays", "Norway's public holidays of a year: ISO date, Norwegian name, English name");
    auto year = std::make_shared<std::optional<int>>();
    auto format = std::make_shared<std::string>("text");
    command->add_option("--year", *year, "The year, 1900-2199 (default: the year of --today)");
    command->add_option("--format", *format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->callback([&run, year, format] { run_holidays(run, *year, *format); });
}

}  // namespace cycle
