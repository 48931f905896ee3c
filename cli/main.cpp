// `cycle`: the command line. Parses arguments (CLI11), runs one subcommand, prints errors on
// one line to stderr and maps them to the documented exit codes.
#include <SQLiteCpp/Exception.h>

#include <iostream>

#include "cli/commands.hpp"
#include "engine/error.hpp"
#include "engine/quote.hpp"
#include "engine/spelling.hpp"

namespace {

const char* const exit_codes_help =
    "Every command also takes --db PATH, --org ID, --today YYYY-MM-DD and --actor NAME (see "
    "cycle --help).\n"
    "Exit codes: 0 ok; 1 a check found problems; 2 bad input (usage, config, dates, case "
    "numbers); 3 refused by the workflow; 4 storage error (missing, locked, corrupt or newer "
    "database).";

// Without a recognised command CLI11 only says that one is required; name the word the user
// typed instead, with the closest command.
std::string unknown_command(CLI::App& app) {
    std::vector<std::string> names;
    for (const auto* command : app.get_subcommands({})) names.push_back(command->get_name());
    const std::string known =
        "commands: init, record, status, remind, calendar, case, correct, mandate, log, "
        "verify, checkpoint, holidays; see cycle --help";
    for (const std::string& word : app.remaining()) {
        if (!word.empty() && word[0] != '-') {
            return "unknown command " + cycle::quote(word) + cycle::did_you_mean(word, names) +
                   " (" + known + ")";
        }
    }
    return "a command is required (" + known + ")";
}

// Messages may carry input from CLI11, yaml-cpp or SQLite: keep them on one line.
int fail(cycle::ExitCode code, const std::string& message) {
    std::cerr << "cycle: " << cycle::one_line(message) << "\n";
    return static_cast<int>(code);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace cycle;
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

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& help) {
        return app.exit(help);
    } catch (const CLI::CallForAllHelp& help) {
        return app.exit(help);
    } catch (const CLI::ParseError& error) {
        if (app.get_subcommands().empty()) return fail(ExitCode::bad_input, unknown_command(app));
        return fail(ExitCode::bad_input, error.what());
    } catch (const Error& error) {
        return fail(error.code(), error.what());
    } catch (const SQLite::Exception& error) {
        try {
            throw_storage_failure(run.globals, error);
        } catch (const Error& storage) {
            return fail(storage.code(), storage.what());
        }
    } catch (const std::exception& error) {
        return fail(ExitCode::storage, std::string("unexpected failure: ") + error.what());
    }
    return run.exit_code;
}
