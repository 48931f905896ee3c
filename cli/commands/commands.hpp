// The `cycle` subcommands. Each adds itself to the app; its callback reads the global
// options, does its work and sets the exit code, or throws cycle::Error.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/commands/command_context.hpp"

namespace cycle {

struct CommandRun {
    GlobalOptions globals;
    int exit_code = 0;
};

void add_holidays_command(CLI::App& app, CommandRun& run);
void add_init_command(CLI::App& app, CommandRun& run);
void add_record_command(CLI::App& app, CommandRun& run);
void add_status_command(CLI::App& app, CommandRun& run);
void add_log_command(CLI::App& app, CommandRun& run);
void add_verify_command(CLI::App& app, CommandRun& run);  // verify and checkpoint
void add_remind_command(CLI::App& app, CommandRun& run);
void add_calendar_command(CLI::App& app, CommandRun& run);
void add_case_command(CLI::App& app, CommandRun& run);
void add_correct_command(CLI::App& app, CommandRun& run);
void add_mandate_command(CLI::App& app, CommandRun& run);
void add_meeting_command(CLI::App& app, CommandRun& run);
void add_duty_command(CLI::App& app, CommandRun& run);
void add_contingent_command(CLI::App& app, CommandRun& run);
void add_budget_command(CLI::App& app, CommandRun& run);
void add_import_command(CLI::App& app, CommandRun& run);
void add_export_command(CLI::App& app, CommandRun& run);
void add_wheel_command(CLI::App& app, CommandRun& run);
void add_report_command(CLI::App& app, CommandRun& run);

}  // namespace cycle
