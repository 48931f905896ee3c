// `cycle export`: the whole database's case log on stdout as JSON lines, one event a line in
// sequence order, every organisation's, in the shape `cycle log --format json` writes. Fed to
// `cycle import` on an empty database it rebuilds the same chain, hash for hash.
#include <iostream>

#include "cli/commands/commands.hpp"
#include "engine/support/error.hpp"

namespace cycle {

namespace {

void run_export(CommandRun& run) {
    Database db(run.globals.db, OpenMode::read_only);
    CaseLog log(db.sql());
    log.for_each_event(
        [](const Event& event) { std::cout << event_to_json(event).dump() << "\n"; });
    std::cout << std::flush;
    if (!std::cout) throw_storage("export: cannot write to stdout");
}

}  // namespace

void add_export_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "export", "Write the whole case log as JSON lines, one event a line (for cycle import)");
    command->callback([&run] { run_export(run); });
}

}  // namespace cycle
