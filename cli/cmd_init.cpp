// `cycle init --config FILE`: registers the organisation, or records a changed config.
// The config's text is stored in the case log, so the log alone rebuilds every state.
#include <SQLiteCpp/Transaction.h>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/created_database.hpp"
#include "config/config_loader.hpp"
#include "engine/error.hpp"
#include "engine/hash_chain.hpp"
#include "engine/quote.hpp"

namespace cycle {

namespace {

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

    CreatedDatabase created(run.globals.db);  // a failed first write leaves no file behind
    Database db(run.globals.db, OpenMode::create);
    SQLite::Transaction transaction(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
    db.upgrade_schema();
    CaseLog log(db.sql());
    const std::vector<Event> events = log.workflow_events(org.id);  // the configs among them
    if (!events.empty()) {
        const Event* latest = nullptr;
        for (const Event& event : events) {
            if (event.kind == kind_organisation_registered || event.kind == kind_config_changed) {
                latest = &event;
            }
        }
        if (latest != nullptr && latest->details.value("config_sha256", "") == digest) {
            std::cout << org.id << ": config unchanged since #" << latest->seq
                      << "; nothing recorded\n";
            return;
        }
    }

    Event event;
    event.org = org.id;
    event.recorded_at = clock->now_utc();
    event.effective_date = clock->today();
    event.actor = run.globals.actor;
    event.kind = events.empty() ? kind_organisation_registered : kind_config_changed;
    event.details = {{"config", text}, {"config_sha256", digest}, {"source", config_path}};
    log.append(event);
    db.commit(transaction);
    created.keep();
    if (events.empty()) {
        std::cout << "registered " << org.id << " (" << org.name << ") as #" << event.seq << " in "
                  << run.globals.db << "\n";
    } else {
        std::cout << "recorded config change for " << org.id << " as #" << event.seq << "\n";
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
