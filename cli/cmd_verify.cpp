// `cycle verify`: recomputes the hash chain of the whole database. Exit 0 when intact,
// 1 naming the first broken sequence number.
#include <iostream>

#include "cli/commands.hpp"
#include "engine/error.hpp"

namespace cycle {

namespace {

void run_verify(CommandRun& run) {
    Database db(run.globals.db, OpenMode::read_only);
    const VerifyResult result = CaseLog(db.sql()).verify();
    if (!result.intact) {
        std::cout << "case log broken at #" << result.first_broken_seq << ": " << result.problem
                  << "\n";
        run.exit_code = static_cast<int>(ExitCode::check_failed);
        return;
    }
    std::cout << "case log intact: " << result.event_count << " events, head " << result.head_hash
              << "\n";
}

}  // namespace

void add_verify_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand("verify", "Recompute the case log's hash chain");
    command->callback([&run] { run_verify(run); });
}

}  // namespace cycle
