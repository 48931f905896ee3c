// `cycle mandate grant|revoke|list`: mandates a body grants another by a decision, kept in the
// case log and judged on replay like every step (workflows/registers/mandates). `record
// --under-mandate 58/20` is refused when that mandate is not in force on the step's day or is
// another body's.
#include <algorithm>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/log_writer.hpp"
#include "cli/presentation/table.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

struct GrantOptions {
    std::string case_number;
    std::string by;
    std::string to;
    std::string scope;
    std::optional<std::string> grounds;
    std::vector<std::string> conditions;
    std::optional<std::string> date;
    std::optional<std::string> from;
    std::optional<std::string> until;
};

struct RevokeOptions {
    std::string case_number;
    std::optional<std::string> body;
    std::string by_case;
    std::string date;
};

Date not_after_today(const char* option, const std::string& text, const Clock& clock) {
    const Date day = parse_date_option(option, text);
    if (day > clock.today()) {
        throw_bad_input(std::string(option) + " " + iso(day) + " is after today (" +
                        iso(clock.today()) + "); record a decision once it is made");
    }
    return day;
}

void run_grant(CommandRun& run, const GrantOptions& options) {
    check_one_line("--scope", options.scope);
    if (options.grounds) check_one_line("--grounds", *options.grounds);
    for (const std::string& condition : options.conditions)
        check_one_line("--condition", condition);
    check_actor(run.globals);
    const auto clock = make_clock(run.globals);
    const Date decided =
        options.date ? not_after_today("--date", *options.date, *clock) : clock->today();
    const Date from = options.from ? parse_date_option("--from", *options.from) : decided;
    std::optional<Date> until;
    if (options.until) until = parse_date_option("--until", *options.until);
    const CaseNumber basis = parse_case_option("--case", options.case_number, options.by);

    LogWriter writer(run.globals);
    check_body("--by", writer.state().organisation_on(decided), options.by);
    check_body("--to", writer.state().organisation_on(decided), options.to);
    Event event = writer.next_event(kind_mandate_granted, decided, *clock);
    event.body = options.by;
    event.case_number = basis;
    event.details = {{"to", options.to}, {"scope", options.scope}, {"from", iso(from)}};
    if (options.grounds) event.details["grounds"] = *options.grounds;
    if (!options.conditions.empty()) event.details["conditions"] = options.conditions;
    if (until) event.details["until"] = iso(*until);
    writer.refuse_decided_case(basis);
    writer.judge(event);
    writer.append_and_commit(event);
    std::cout << "recorded #" << event.seq << " mandate of case " << basis.render() << ": "
              << options.by << " -> " << options.to << " from " << iso(from)
              << (until ? " through " + iso(*until) : std::string()) << "\n";
}

void run_revoke(CommandRun& run, const RevokeOptions& options) {
    check_actor(run.globals);
    const auto clock = make_clock(run.globals);
    const Date on = not_after_today("--date", options.date, *clock);
    LogWriter writer(run.globals);
    const CaseNumber wanted = parse_case_option("--case", options.case_number, "");
    std::vector<const Mandate*> candidates;
    for (const Mandate& candidate : writer.state().mandates().all()) {
        if (candidate.basis.year == wanted.year && candidate.basis.sequence == wanted.sequence &&
            (!options.body || candidate.by == *options.body)) {
            candidates.push_back(&candidate);
        }
    }
    if (candidates.empty()) {
        throw_refused("--case " + wanted.render() + ": no mandate was granted in that case" +
                      (options.body ? " in the " + *options.body + "'s series" : ""));
    }
    if (candidates.size() > 1) {
        std::string list;
        for (const Mandate* candidate : candidates) {
            list += (list.empty() ? "" : ", ") + candidate->by;
        }
        throw_bad_input("--case " + wanted.render() + ": mandates were granted in the series of " +
                        list + "; say which with --body");
    }
    const Mandate* mandate = candidates.front();
    Event event = writer.next_event(kind_mandate_revoked, on, *clock);
    event.body = mandate->by;
    event.case_number = parse_case_option("--by-case", options.by_case, mandate->by);
    event.details = {{"revokes", mandate->basis.render()}};
    writer.refuse_decided_case(*event.case_number);
    writer.judge(event);
    writer.append_and_commit(event);
    std::cout << "recorded #" << event.seq << " revocation of the mandate of case "
              << mandate->basis.render() << " from " << iso(on) << " (case "
              << event.case_number->render() << ")\n";
}

void run_list(CommandRun& run, const std::optional<std::string>& at_text) {
    const auto clock = make_clock(run.globals);
    const Date at = at_text ? parse_date_option("--at", *at_text) : clock->today();
    OrganisationState state = read_state(run.globals, at);
    std::vector<Row> rows = {{"case", "by", "to", "in force", "scope", "grounds", "conditions"}};
    for (const Mandate* mandate : state.mandates().active_on(at)) {
        std::string conditions;
        for (const std::string& condition : mandate->conditions) {
            conditions += (conditions.empty() ? "" : "; ") + condition;
        }
        rows.push_back({mandate->basis.render(), mandate->by, mandate->to,
                        iso(mandate->from) + ".." + (mandate->until ? iso(*mandate->until) : ""),
                        mandate->scope, mandate->grounds, conditions});
    }
    std::cout << "Mandates in force on " << iso(at) << ": " << rows.size() - 1 << "\n";
    if (rows.size() > 1) print_table(std::cout, rows, "  ");
}

}  // namespace

void add_mandate_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand("mandate", "Mandates: grant, revoke, list those in force");
    command->require_subcommand(1);

    auto* grant = command->add_subcommand("grant", "Record a mandate granted by a decision");
    auto g = std::make_shared<GrantOptions>();
    grant->add_option("--case", g->case_number, "The granting decision (58/20), in --by's series")
        ->required();
    grant->add_option("--by", g->by, "The granting body")->required();
    grant->add_option("--to", g->to, "The body that receives the mandate")->required();
    grant->add_option("--scope", g->scope, "What it may do")->required();
    grant->add_option("--grounds", g->grounds, "What the mandate rests on");
    grant->add_option("--condition", g->conditions, "A condition (repeatable)");
    grant->add_option("--date", g->date, "The day of the decision (default: --today)");
    grant->add_option("--from", g->from, "First day in force (default: the decision's day)");
    grant->add_option("--until", g->until, "Last day in force (default: until revoked)");
    grant->callback([&run, g] { run_grant(run, *g); });

    auto* revoke = command->add_subcommand("revoke", "Record that a decision revoked a mandate");
    auto r = std::make_shared<RevokeOptions>();
    revoke->add_option("--case", r->case_number, "The mandate's granting case (58/20)")->required();
    revoke->add_option("--body", r->body,
                       "The grantor, when several bodies' cases have the number");
    revoke->add_option("--by-case", r->by_case, "The revoking decision, in the grantor's series")
        ->required();
    revoke->add_option("--date", r->date, "The day of the revoking decision; not in force from it")
        ->required();
    revoke->callback([&run, r] { run_revoke(run, *r); });

    auto* list = command->add_subcommand("list", "Mandates in force on a day");
    auto at = std::make_shared<std::optional<std::string>>();
    list->add_option("--at", *at, "The day (default: --today)");
    list->callback([&run, at] { run_list(run, *at); });
}

}  // namespace cycle
