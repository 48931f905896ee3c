// `cycle init --config FILE`: registers the organisation, or records a changed config.
// The config's text is stored in the case log, so the log alone rebuilds every state.
#include <SQLiteCpp/Transaction.h>

#include <cstdint>
#include <iostream>
#include <optional>

#include "cli/commands/commands.hpp"
#include "cli/commands/created_database.hpp"
#include "config/yaml/config_loader.hpp"
#include "engine/log/hash_chain.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"

namespace cycle {

namespace {

struct ConfigToRecord {
    const Organisation& org;
    const std::string& text;
    const std::string& digest;
    const std::string& path;
};

struct Recorded {
    bool registered = false;                      // else a config change
    std::optional<std::int64_t> unchanged_since;  // nothing recorded: the config's event
    std::int64_t seq = 0;
};

// Registers the organisation in the database at `db_path`, or records its changed config.
Recorded record_config(const std::string& db_path, const ConfigToRecord& config,
                       const GlobalOptions& globals, const Clock& clock) {
    Database db(db_path, OpenMode::create);
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    db.upgrade_schema();
    CaseLog log(db.sql());
    const std::vector<Event> events = log.workflow_events(config.org.id);  // its configs
    const Event* latest = nullptr;
    for (const Event& event : events) {
        if (event.kind == kind_organisation_registered || event.kind == kind_config_changed) {
            latest = &event;
        }
    }
    if (latest != nullptr && latest->details.value("config_sha256", "") == config.digest) {
        return Recorded{false, latest->seq, latest->seq};
    }
    Event event;
    event.org = config.org.id;
    event.recorded_at = clock.now_utc();
    event.effective_date = clock.today();
    event.actor = globals.actor;
    event.kind = events.empty() ? kind_organisation_registered : kind_config_changed;
    event.details = {
        {"config", config.text}, {"config_sha256", config.digest}, {"source", config.path}};
    log.append(event);
    db.commit(transaction);
    return Recorded{events.empty(), std::nullopt, event.seq};
}

void run_init(CommandRun& run, const std::string& config_path) {
    const std::string text = read_config_bytes(config_path);
    const Organisation org = load_config_text(text, config_path);  // validate before any write
    if (!is_valid_utf8(text)) throw_bad_input(quote(config_path) + ": the file is not valid UTF-8");
    if (!is_one_line_text(config_path)) {
        throw_bad_input("--config: the path " + quote(config_path) +
                        " is stored in the case log, so it must be one line of UTF-8 text");
    }
    const std::string digest = sha256_hex(text);
    const auto clock = make_clock(run.globals);
    check_actor(run.globals);
    const ConfigToRecord config{org, text, digest, config_path};

    Recorded recorded;
    if (NewDatabase::needed(run.globals.db)) {
        // Made whole under a name of its own, then linked into place: a first init that fails
        // (a full disk) leaves nothing at --db, and two at once never touch each other's file.
        NewDatabase made(run.globals.db);
        recorded = record_config(made.path(), config, run.globals, *clock);
        if (!made.link_into_place()) {
            // Another command made the database meanwhile: record into that one instead.
            recorded = record_config(run.globals.db, config, run.globals, *clock);
        }
    } else {
        recorded = record_config(run.globals.db, config, run.globals, *clock);
    }
    if (recorded.unchanged_since) {
        std::cout << org.id << ": config unchanged since #" << *recorded.unchanged_since
                  << "; nothing recorded\n";
    } else if (recorded.registered) {
        std::cout << "registered " << org.id << " (" << org.name << ") as #" << recorded.seq
                  << " in " << run.globals.db << "\n";
    } else {
        std::cout << "recorded config change for " << org.id << " as #" << recorded.seq << "\n";
    }
}

}  // namespace

void add_init_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "init",
        "Create the database if needed and register the organisation from its YAML "
        "config; a changed config is recorded as an event, an unchanged one is a no-op");
    auto config = std::make_shared<std::string>();
    command->add_option("--config", *config, "Organisation config (YAML)")->required();
    command->callback([&run, config] { run_init(run, *config); });
}

}  // namespace cycle
