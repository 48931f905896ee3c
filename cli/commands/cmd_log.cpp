// `cycle log [filters] [--format text|json|csv]`: the case log in order, for auditors. The
// filters combine (all must hold): --year, --case, --from/--to (the event's date), --body,
// --kind, --actor, --irregular.
#include <algorithm>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/presentation/event_listing.hpp"
#include "config/yaml/config_loader.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"

namespace cycle {

namespace {

struct LogFilter {
    std::optional<int> year;
    std::optional<std::string> case_text;
    std::optional<std::string> from;
    std::optional<std::string> to;
    std::optional<std::string> body;
    std::optional<std::string> kind;
    std::optional<std::string> actor;
    bool irregular = false;
    std::string format = "text";
};

// The kinds this log can hold: the steps of every config it registered, cycle's own kinds,
// and any other kind it holds.
std::vector<std::string> known_kinds(const std::vector<Event>& events) {
    std::vector<std::string> kinds;
    const auto add = [&kinds](const std::string& kind) {
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
    };
    for (const Event& event : events) {
        if (event.kind != kind_organisation_registered && event.kind != kind_config_changed) {
            continue;
        }
        try {
            const Organisation org = load_config_text(event.details.at("config").get<std::string>(),
                                                      "case log #" + std::to_string(event.seq));
            for (const StepRule& rule : org.steps) add(rule.id);
        } catch (const std::exception&) {
            // A config that cannot be read is verify's to report; its steps are unknown here.
        }
    }
    add(std::string(strategy_adopted));
    for (const char* kind : other_event_kinds) add(kind);
    for (const Event& event : events) add(event.kind);
    return kinds;
}

// A name the log can hold, or Error(bad_input) with the closest one: a typo must not pass
// for "no such events".
void check_known(const char* option, const std::string& value,
                 const std::vector<std::string>& known) {
    if (std::find(known.begin(), known.end(), value) != known.end()) return;
    std::string list;
    for (const std::string& name : known) list += (list.empty() ? "" : ", ") + name;
    throw_bad_input(std::string(option) + ": unknown " + quote(value) + did_you_mean(value, known) +
                    " (known: " + list + ")");
}

// Every body the organisation has had: those of each config in the log, and any an event
// names.
std::vector<std::string> known_bodies(const std::vector<Event>& events) {
    std::vector<std::string> bodies;
    auto add = [&bodies](const std::string& body) {
        if (!body.empty() && std::find(bodies.begin(), bodies.end(), body) == bodies.end()) {
            bodies.push_back(body);
        }
    };
    for (const Event& event : events) {
        add(event.body);
        if (event.kind == kind_organisation_registered || event.kind == kind_config_changed) {
            const std::string source = "case log #" + std::to_string(event.seq);
            for (const Body& body :
                 load_config_text(event.details.at("config").get<std::string>(), source).bodies) {
                add(body.id);
            }
        }
    }
    return bodies;
}

void run_log(CommandRun& run, const LogFilter& filter) {
    std::optional<CaseNumber> wanted_case;
    if (filter.case_text) wanted_case = parse_case_option("--case", *filter.case_text, "");
    std::optional<Date> from, to;
    if (filter.from) from = parse_date_option("--from", *filter.from);
    if (filter.to) to = parse_date_option("--to", *filter.to);
    if (from && to && *to < *from) {
        throw_bad_input("--to " + iso(*to) + " is before --from " + iso(*from));
    }
    Database db(run.globals.db, OpenMode::read_only);
    CaseLog log(db.sql());
    const std::string org = choose_organisation(log, run.globals);
    std::vector<Event> events = log.events(org);
    if (filter.kind) check_known("--kind", *filter.kind, known_kinds(events));
    if (filter.body) check_known("--body", *filter.body, known_bodies(events));

    std::vector<Event> shown;
    for (Event& event : events) {
        if (filter.year && event.budget_year != filter.year) continue;
        if (wanted_case && (!event.case_number || event.case_number->year != wanted_case->year ||
                            event.case_number->sequence != wanted_case->sequence)) {
            continue;
        }
        if (from && event.effective_date < *from) continue;
        if (to && event.effective_date > *to) continue;
        if (filter.body && event.body != *filter.body) continue;
        if (filter.kind && event.kind != *filter.kind) continue;
        if (filter.actor && event.actor != *filter.actor) continue;
        if (filter.irregular && !event.irregular) continue;
        shown.push_back(std::move(event));
    }
    print_events(std::cout, shown, filter.format);
}

}  // namespace

void add_log_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand("log", "The case log in order, for auditors");
    auto filter = std::make_shared<LogFilter>();
    command->add_option("--year", filter->year, "Only events of this budget year");
    command->add_option("--case", filter->case_text,
                        "Only events under this case number (58/20), in any body's series");
    command->add_option("--from", filter->from, "Only events dated on or after this day");
    command->add_option("--to", filter->to, "Only events dated on or before this day");
    command->add_option("--body", filter->body, "Only events of this body");
    command->add_option("--kind", filter->kind,
                        "Only events of this kind (a step, case-opened, ...)");
    command->add_option("--actor", filter->actor, "Only events recorded by this actor");
    command->add_flag("--irregular", filter->irregular, "Only irregular events (late, overridden)");
    command->add_option("--format", filter->format, "text, json (one object per line) or csv")
        ->check(CLI::IsMember({"text", "json", "csv"}));
    command->callback([&run, filter] { run_log(run, *filter); });
}

}  // namespace cycle
