// `cycle`: the command line. Parses arguments (CLI11), runs one subcommand, prints errors on
// one line to stderr and maps them to the documented exit codes.
#include <SQLiteCpp/Exception.h>

#include <iostream>
#include <optional>

#include "cli/commands/commands.hpp"
#include "cli/presentation/visible_output.hpp"
#include "engine/log/event_json.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"

namespace {

const char* const exit_codes_help =
    "Every command also takes --db PATH, --org ID, --today YYYY-MM-DD and --actor NAME (see "
    "cycle --help).\n"
    "Exit codes: 0 ok; 1 a check found problems; 2 bad input (usage, config, dates, case "
    "numbers); 3 refused by the workflow; 4 storage error (missing, locked, corrupt or newer "
    "database).";

// The names of `command`'s subcommands, in the order they were added.
std::vector<std::string> subcommand_names(CLI::App& command) {
    std::vector<std::string> names;
    for (const auto* sub : command.get_subcommands({})) names.push_back(sub->get_name());
    return names;
}

std::string joined(const std::vector<std::string>& names) {
    std::string list;
    for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
    return list;
}

// Without a recognised command CLI11 only says that one is required; name the word the user
// typed instead, with the closest command. The list is taken from the commands registered, so
// that none is left out of it.
std::string unknown_command(CLI::App& app) {
    const std::vector<std::string> names = subcommand_names(app);
    const std::string known = "commands: " + joined(names) + "; see cycle --help";
    for (const std::string& word : app.remaining()) {
        if (!word.empty() && word[0] != '-') {
            return "unknown command " + cycle::quote(word) + cycle::did_you_mean(word, names) +
                   " (" + known + ")";
        }
    }
    return "a command is required (" + known + ")";
}

// The same for a command that has subcommands (`cycle case opne`), where CLI11 says only "A
// subcommand is required". With fallthrough, the words CLI11 could not place are left with
// cycle itself: `words` are those of the whole command line.
std::string unknown_subcommand(CLI::App& command, const std::vector<std::string>& words) {
    const std::vector<std::string> names = subcommand_names(command);
    const std::string name = command.get_name();
    const std::string known =
        name + " commands: " + joined(names) + "; see cycle " + name + " --help";
    for (const std::string& word : words) {
        if (!word.empty() && word[0] != '-') {
            return name + ": unknown command " + cycle::quote(word) +
                   cycle::did_you_mean(word, names) + " (" + known + ")";
        }
    }
    return name + ": a command is required (" + known + ")";
}

// "case show" for the subcommand show of case.
std::string command_path(const CLI::App& command) {
    std::string path = command.get_name();
    for (const CLI::App* app = command.get_parent(); app != nullptr && app->get_parent() != nullptr;
         app = app->get_parent()) {
        path = app->get_name() + " " + path;
    }
    return path;
}

// CLI11 says "The following arguments were not expected: 2021 --yaer" for a misspelt option;
// name the option and the closest one the command (or cycle itself) takes, else the first word
// it did not expect.
std::optional<std::string> unexpected_argument(CLI::App& command,
                                               const std::vector<std::string>& words) {
    for (const std::string& word : words) {
        if (word.rfind("--", 0) != 0) continue;
        const std::string option = word.substr(0, word.find('='));
        std::vector<std::string> names;
        for (CLI::App* app = &command; app != nullptr; app = app->get_parent()) {
            for (const CLI::Option* known : app->get_options()) {
                for (const std::string& long_name : known->get_lnames()) {
                    names.push_back("--" + long_name);
                }
            }
        }
        const std::string path = command_path(command);
        return path + ": unknown option " + cycle::quote(option) +
               cycle::did_you_mean(option, names) + " (see cycle " + path + " --help)";
    }
    if (words.empty()) return std::nullopt;
    const std::string path = command_path(command);
    return path + ": unexpected argument " + cycle::quote(words.front()) + " (see cycle " + path +
           " --help)";
}

// The subcommand the parse reached: `case` for `cycle case opne`, `show` for `cycle case show`.
CLI::App& deepest_command(CLI::App& app) {
    CLI::App* command = &app;
    while (!command->get_subcommands().empty()) command = command->get_subcommands().front();
    return *command;
}

// Messages may carry input from CLI11, yaml-cpp or SQLite: keep them on one line.
int fail(cycle::ExitCode code, const std::string& message) {
    std::cerr << "cycle: " << cycle::one_line(message) << "\n";
    return static_cast<int>(code);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace cycle;
    // Every word printed passes through here, so that no stored text reaches a terminal raw,
    // whichever command or format printed it.
    const VisibleStandardStreams visible;
    CLI::App app(
        "cycle - the plan-and-budget cycle of a council, kept as a tamper-evident case log",
        "cycle");
    app.footer(exit_codes_help);
    app.require_subcommand(1);
    app.fallthrough();  // global options may follow the subcommand
    CommandRun run;
    try {
        run.globals = default_global_options();
    } catch (const Error& error) {
        return fail(error.code(), error.what());
    }
    app.add_option("--db", run.globals.db, "Database file (default: $CYCLE_DB, else ./cycle.db)");
    app.add_option("--org", run.globals.org, "Organisation id (default: the only one)");
    app.add_option("--today", run.globals.today,
                   "The date to act on, YYYY-MM-DD (default: today in Europe/Oslo)");
    app.add_option("--actor", run.globals.actor, "Who is recording (default: $USER)");

    add_init_command(app, run);
    add_record_command(app, run);
    add_status_command(app, run);
    add_log_command(app, run);
    add_verify_command(app, run);
    add_remind_command(app, run);
    add_calendar_command(app, run);
    add_case_command(app, run);
    add_correct_command(app, run);
    add_mandate_command(app, run);
    add_meeting_command(app, run);
    add_duty_command(app, run);
    add_contingent_command(app, run);
    add_budget_command(app, run);
    add_holidays_command(app, run);
    add_import_command(app, run);
    add_export_command(app, run);
    add_wheel_command(app, run);
    add_report_command(app, run);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::ParseError& error) {
        if (app.get_subcommands().empty()) return fail(ExitCode::bad_input, unknown_command(app));
        CLI::App& command = deepest_command(app);
        if (!command.get_subcommands({}).empty() && command.get_subcommands().empty()) {
            return fail(ExitCode::bad_input, unknown_subcommand(command, app.remaining(true)));
        }
        if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) {
            if (const auto message = unexpected_argument(command, app.remaining(true))) {
                return fail(ExitCode::bad_input, *message);
            }
        }
        return fail(ExitCode::bad_input, error.what());
    } catch (const Error& error) {
        return fail(error.code(), error.what());
    } catch (const SQLite::Exception& error) {
        try {
            throw_storage_failure(run.globals, error);
        } catch (const Error& storage) {
            return fail(storage.code(), storage.what());
        }
    } catch (const nlohmann::json::exception& error) {
        // Every JSON cycle parses from input is checked where it is read; what is left is a
        // stored event whose details lack what its kind holds (written behind cycle's back).
        return fail(ExitCode::storage, "a stored event's details do not fit its kind (" +
                                           json_error_text(error) + "); run cycle verify --replay");
    } catch (const std::exception& error) {
        return fail(ExitCode::storage, std::string("unexpected failure: ") + error.what());
    }
    return run.exit_code;
}
