// `cycle verify [--checkpoint LINE]`: recomputes the hash chain of the whole database. Exit 0
// when intact, 1 naming the first broken sequence number, or when a schema object (an
// append-only trigger among them) is missing, altered or foreign, or the file is damaged.
// With a checkpoint (from `cycle checkpoint`), also proves that the log still holds the
// checkpoint's events unchanged: the chain alone cannot show events cut off its end, or a chain
// rewritten whole. With --replay, also judges every event again as `cycle import` into an empty
// database would: a log rewritten consistently, with new hashes, but against its own rules is
// caught. `cycle checkpoint`: prints that one line, for the auditor to keep outside the database.
#include <iostream>
#include <regex>

#include "cli/commands/commands.hpp"
#include "cli/commands/log_import.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"

namespace cycle {

namespace {

struct Checkpoint {
    std::int64_t events = 0;
    std::string head;
};

const char* const checkpoint_form = "cycle-checkpoint/1 events=N head=SHA256";

Checkpoint parse_checkpoint(const std::string& line) {
    static const std::regex shape(
        "cycle-checkpoint/1 events=([1-9][0-9]{0,17}) head=([0-9a-f]{64})");
    std::smatch match;
    if (!std::regex_match(line, match, shape)) {
        throw_bad_input("--checkpoint: expected the line cycle checkpoint printed (" +
                        std::string(checkpoint_form) + "), got " + quote(line));
    }
    return Checkpoint{std::stoll(match[1].str()), match[2].str()};
}

// Prints why the log is broken and sets exit 1; false when it is.
bool report_broken(CommandRun& run, std::int64_t seq, const std::string& problem) {
    std::cout << "case log broken at #" << seq << ": " << problem << "\n";
    run.exit_code = static_cast<int>(ExitCode::check_failed);
    return false;
}

// The first event that judged again, in order, as an import into an empty database would
// judge it (cli/commands/log_import.hpp), is not accepted as the log records it: its seq and why.
std::optional<std::pair<std::int64_t, std::string>> first_misjudged(const CaseLog& log,
                                                                    const Date& today) {
    LogJudge judge(today);
    std::optional<std::pair<std::int64_t, std::string>> misjudged;
    log.for_each_event([&](const Event& event) {
        if (misjudged) return;
        try {
            judge.judge(event);
        } catch (const Error& error) {
            misjudged.emplace(event.seq, error.what());
        }
    });
    return misjudged;
}

void run_verify(CommandRun& run, const std::optional<std::string>& checkpoint_line, bool replay) {
    std::optional<Checkpoint> checkpoint;
    if (checkpoint_line) checkpoint = parse_checkpoint(*checkpoint_line);
    const auto clock = make_clock(run.globals);
    Database db(run.globals.db, OpenMode::audit);
    CaseLog log(db.sql());
    const VerifyResult result = log.verify();
    // Said first and whatever the chain shows: with a trigger gone, rows can be changed; with
    // another object changed, what commands read through it may not be what the log holds.
    if (!result.unprotected.empty()) {
        std::cout << "case log unprotected: " << result.unprotected
                  << "; rows can be changed behind cycle's back\n";
        run.exit_code = static_cast<int>(ExitCode::check_failed);
    }
    if (!result.schema_altered.empty()) {
        std::cout << "database schema altered: " << result.schema_altered
                  << "; what commands read may differ from the log\n";
        run.exit_code = static_cast<int>(ExitCode::check_failed);
    }
    if (!result.damaged.empty()) {
        std::cout << "database file damaged: " << one_line(result.damaged)
                  << "; the chain was not read\n";
        run.exit_code = static_cast<int>(ExitCode::check_failed);
        return;
    }
    if (!result.intact) {
        report_broken(run, result.first_broken_seq, result.problem);
        return;
    }
    if (checkpoint) {
        if (result.event_count < checkpoint->events) {
            report_broken(run, result.event_count + 1,
                          "missing: the checkpoint holds " + std::to_string(checkpoint->events) +
                              " events, the log " + std::to_string(result.event_count) +
                              " (events were cut off its end)");
            return;
        }
        if (log.hash_of(checkpoint->events) != checkpoint->head) {
            report_broken(run, checkpoint->events,
                          "its hash differs from the checkpoint's; the log was rewritten at or "
                          "before this event");
            return;
        }
    }
    if (replay) {
        if (const auto misjudged = first_misjudged(log, clock->today())) {
            report_broken(run, misjudged->first,
                          "judged again as an import into an empty database would, it is not "
                          "accepted as recorded: " +
                              misjudged->second);
            return;
        }
    }
    if (!result.unprotected.empty() || !result.schema_altered.empty()) return;
    std::cout << "case log intact: " << result.event_count << " events, head " << result.head_hash;
    if (checkpoint) {
        std::cout << "; it extends the checkpoint of " << checkpoint->events << " events unchanged";
    }
    if (replay) std::cout << "; every event judged again as recorded";
    std::cout << "\n";
}

void run_checkpoint(CommandRun& run) {
    Database db(run.globals.db, OpenMode::audit);
    const VerifyResult result = CaseLog(db.sql()).verify();
    // The first of what verify would say, in its order: no checkpoint of such a file.
    for (const auto& [what, problem] :
         {std::pair{"case log unprotected: ", &result.unprotected},
          std::pair{"database schema altered: ", &result.schema_altered},
          std::pair{"database file damaged: ", &result.damaged}}) {
        if (!problem->empty()) {
            std::cout << what << one_line(*problem) << "; no checkpoint printed\n";
            run.exit_code = static_cast<int>(ExitCode::check_failed);
            return;
        }
    }
    if (!result.intact) {
        report_broken(run, result.first_broken_seq, result.problem + "; no checkpoint printed");
        return;
    }
    if (result.event_count == 0)
        throw_storage("--db " + quote(run.globals.db) + " holds no events");
    std::cout << "cycle-checkpoint/1 events=" << result.event_count << " head=" << result.head_hash
              << "\n";
}

}  // namespace

void add_verify_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand("verify", "Recompute the case log's hash chain");
    auto checkpoint = std::make_shared<std::optional<std::string>>();
    command->add_option("--checkpoint", *checkpoint,
                        "Also prove the log extends this checkpoint unchanged (" +
                            std::string(checkpoint_form) + ")");
    auto replay = std::make_shared<bool>(false);
    command->add_flag("--replay", *replay,
                      "Also judge every event again, in order, as an import into an empty "
                      "database would, and name the first not accepted as recorded");
    command->callback([&run, checkpoint, replay] { run_verify(run, *checkpoint, *replay); });

    auto* print = app.add_subcommand(
        "checkpoint", "Print one line (event count and head hash) for the auditor to keep");
    print->callback([&run] { run_checkpoint(run); });
}

}  // namespace cycle
