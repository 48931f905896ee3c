// `cycle record STEP --date D ...`: checks a step against the replayed machines and appends
// it, both inside one IMMEDIATE transaction; a refusal leaves the database untouched.
// The new event is judged by OrganisationState::apply, the very path replay takes, so what
// was accepted when recorded is accepted again on every replay.
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/log_writer.hpp"
#include "cli/presentation/table.hpp"
#include "config/model/schedule.hpp"
#include "config/yaml/budget_reader.hpp"
#include "engine/budget/document_record.hpp"
#include "engine/log/hash_chain.hpp"
#include "engine/money/decimal.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"
#include "workflows/state/budget_year.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

struct RecordOptions {
    std::string step;
    std::string date;
    std::optional<int> year;
    std::optional<std::string> case_number;
    std::optional<std::string> reason;
    std::optional<std::string> override_reason;
    std::optional<std::string> doc;
    std::optional<std::string> rate;
    std::optional<std::string> period;
    std::optional<int> occurrence;
    std::optional<std::string> under_mandate;
    std::optional<std::string> budget;
    std::optional<std::string> accounts;
};

// The document a decision names: the budget an adoption adopts (--budget), the accounts an
// approval approves (--accounts). Read and checked before the database is opened.
struct NamedDocument {
    const char* option;  // "--budget" or "--accounts"
    const char* key;     // details.budget or details.accounts
    BudgetDocument document;
    std::string bytes;
    std::size_t column = 0;  // the budget-column or accounts-column
};

// Which step a role belongs to in the config in force, for messages: "budget-adopted".
std::string step_with_role(const Organisation& org, StepRole role, const char* role_name) {
    if (const StepRule* rule = org.step_with(role)) return rule->id;
    return std::string("the step with role ") + role_name + " (this config has none)";
}

std::optional<NamedDocument> named_document(const Organisation& org, const std::string& step,
                                            const RecordOptions& options) {
    if (options.budget && !org.has_role(step, StepRole::adopts_budget)) {
        throw_bad_input("--budget applies only to " +
                        step_with_role(org, StepRole::adopts_budget, "adopts-budget"));
    }
    if (options.accounts && !org.has_role(step, StepRole::closes_cycle)) {
        throw_bad_input("--accounts applies only to " +
                        step_with_role(org, StepRole::closes_cycle, "closes-cycle"));
    }
    const bool budget = options.budget.has_value();
    const std::optional<std::string>& path = budget ? options.budget : options.accounts;
    if (!path) return std::nullopt;
    NamedDocument named{
        budget ? "--budget" : "--accounts", budget ? "budget" : "accounts", {}, "", 0};
    named.bytes = read_budget_bytes(*path, named.option);
    named.document = load_budget_text(named.bytes, *path);
    const auto column = budget ? named.document.budget_column : named.document.accounts_column;
    if (!column) {
        throw_bad_input(std::string(named.option) + " " + *path +
                        ": the document does not say which column is the " +
                        (budget ? "budget (budget-column)" : "accounts (accounts-column)"));
    }
    named.column = *column;
    return named;
}

// details.budget or details.accounts, once the budget year is known.
nlohmann::json document_details(const NamedDocument& named, const std::string& org, int year) {
    const BudgetDocument& document = named.document;
    if (document.organisation != org || document.budget_year != year) {
        throw_bad_input(std::string(named.option) + " " + document.source + ": the document is " +
                        document.organisation + "'s for " + std::to_string(document.budget_year) +
                        ", not " + org + "'s for " + std::to_string(year));
    }
    return summarise_document(document, named.column, named.bytes).to_details();
}

// --rate: NOK per inhabitant, above 0, at most 10 000, two decimals at most.
bool valid_rate(const std::string& text) {
    const auto ore = parse_decimal(text, 2);
    return ore && *ore > 0 && *ore <= 1'000'000;
}

[[noreturn]] void rate_refused(const std::string& text) {
    throw_bad_input(
        "--rate: expected NOK per inhabitant, above 0 and at most 10000, with at most 2 "
        "decimals, e.g. 2.70, got " +
        quote(text));
}

[[noreturn]] void period_refused(const std::string& text) {
    throw_bad_input("--period: expected YYYY-YYYY with the first year not after the last, got " +
                    quote(text));
}

// STEP: one of the config's steps, or strategy-adopted.
const StepRule* step_argument(const Organisation& org, const std::string& name) {
    if (name == strategy_adopted) return nullptr;
    if (const StepRule* rule = org.find_step(name)) return rule;
    std::vector<std::string> names;
    for (const StepRule& rule : org.steps) names.push_back(rule.id);
    names.emplace_back(strategy_adopted);
    std::string list;
    for (const std::string& each : names) list += (list.empty() ? "" : ", ") + each;
    throw_bad_input("STEP: unknown step " + quote(name) + did_you_mean(name, names) +
                    " (steps: " + list + ")");
}

// The step-specific facts; `rule` is nothing for strategy-adopted.
nlohmann::json step_details(const Organisation& org, const StepRule* rule,
                            const RecordOptions& options) {
    nlohmann::json details = nlohmann::json::object();
    const bool sets_contingent = rule != nullptr && rule->role == StepRole::sets_contingent;
    const std::string name = rule != nullptr ? rule->id : std::string(strategy_adopted);
    if (options.rate && !sets_contingent) {
        throw_bad_input("--rate applies only to " +
                        step_with_role(org, StepRole::sets_contingent, "sets-contingent"));
    }
    if (options.period && rule != nullptr) {
        throw_bad_input("--period applies only to strategy-adopted");
    }
    if (options.occurrence && (rule == nullptr || rule->every == Recurrence::none)) {
        throw_bad_input("--occurrence applies only to a step that recurs within the year (" + name +
                        " does not)");
    }
    if (sets_contingent) {
        if (!options.rate)
            throw_bad_input("--rate: " + name +
                            " needs the rate in NOK per inhabitant, e.g. --rate 2.70");
        if (!valid_rate(*options.rate)) rate_refused(*options.rate);
        details["rate_nok_per_inhabitant"] = format_decimal(*parse_decimal(*options.rate, 2), 2);
    }
    if (rule == nullptr) {
        if (org.strategy_body.empty()) {
            throw_bad_input("STEP: strategy-adopted: this config has no strategy cycle");
        }
        if (options.year)
            throw_bad_input("--year does not apply to strategy-adopted; give --period");
        if (!options.period)
            throw_bad_input("--period: strategy-adopted needs the period, e.g. --period 2021-2024");
        if (!parse_period(*options.period)) period_refused(*options.period);
        details["period"] = *options.period;
    }
    if (options.doc) details["doc"] = *options.doc;
    if (options.under_mandate) {
        details["under_mandate"] =
            parse_case_option("--under-mandate", *options.under_mandate, "").render();
    }
    if (options.reason) details["late_reason"] = *options.reason;
    if (options.override_reason) details["override_reason"] = *options.override_reason;
    return details;
}

// Which occurrence of a recurring step, and its budget year: as given, else the first whose
// window or lateness places it (workflows/state/budget_year) and that is not recorded yet.
Step choose_occurrence(OrganisationState& state, const StepRule& rule, const RecordOptions& options,
                       const Date& date, std::optional<int>& year) {
    const Organisation& org = state.organisation_on(date);
    if (rule.every == Recurrence::none) return Step{rule.id, 0, Recurrence::none};
    if (options.occurrence) {
        if (const auto step = org.step_of(rule.id, *options.occurrence)) return *step;
        std::string periods;
        for (const StepTiming& each : rule.occurrences) {
            periods += (periods.empty() ? "" : ", ") + std::to_string(each.period);
        }
        throw_bad_input("--occurrence " + std::to_string(*options.occurrence) + ": " + rule.id +
                        " has occurrences for periods " + periods);
    }
    // First an occurrence whose window holds the date or has closed (a late one), in order;
    // then, if the date is in the window of one already recorded, that one (refused as
    // recorded, as a step outside a series would be); only then one whose window is still
    // ahead. On 2025-10-23, with T1 of 2025 recorded: T2 of 2025, not T1 of 2026.
    std::optional<std::pair<Step, int>> recorded_now;
    for (const bool ahead : {false, true}) {
        if (ahead && recorded_now) {
            year = recorded_now->second;
            return recorded_now->first;
        }
        for (const StepTiming& each : rule.occurrences) {
            const Step step{rule.id, each.period, rule.every};
            const auto inferred = year ? year : infer_budget_year(state, step, date);
            if (!inferred) continue;
            const StepDates dates = schedule_for(org, *inferred).at(step);
            if (state.cycle(*inferred, date).records().contains(step)) {
                if (!recorded_now && dates.window_from <= date && date <= dates.window_to) {
                    recorded_now.emplace(step, *inferred);
                }
                continue;
            }
            if ((date < dates.window_from) != ahead) continue;
            year = inferred;
            return step;
        }
    }
    throw_bad_input("--occurrence: every occurrence of " + rule.id +
                    " around that day is recorded or none is near; give --occurrence N "
                    "and --year");
}

void run_record(CommandRun& run, const RecordOptions& options) {
    const Date date = parse_date_option("--date", options.date);
    const auto clock = make_clock(run.globals);
    if (date > clock->today()) {
        throw_bad_input("--date " + iso(date) + " is after today (" + iso(clock->today()) +
                        "); record a step once it has happened");
    }
    if (options.reason) check_one_line("--reason", *options.reason);
    if (options.override_reason) check_one_line("--override", *options.override_reason);
    if (options.doc) check_one_line("--doc", *options.doc);
    check_actor(run.globals);

    // What can be judged without the config first; the steps are the config's, known once
    // the database is open (a refusal below rolls back, and nothing has been written).
    if (options.rate && !valid_rate(*options.rate)) rate_refused(*options.rate);
    if (options.period && !parse_period(*options.period)) period_refused(*options.period);
    LogWriter writer(run.globals);
    OrganisationState& state = writer.state();
    const Organisation& org = state.organisation_on(date);
    const StepRule* rule = step_argument(org, options.step);
    nlohmann::json details = step_details(org, rule, options);
    const std::optional<NamedDocument> named =
        named_document(org, rule != nullptr ? rule->id : std::string(strategy_adopted), options);
    Event event =
        writer.next_event(rule != nullptr ? rule->id : std::string(strategy_adopted), date, *clock);
    event.details = std::move(details);

    if (rule == nullptr) {
        event.body = org.strategy_body;
    } else {
        event.body = rule->body;
        // One body to: as format 1 always stored it; several: a list.
        if (rule->to.size() == 1) event.details["to"] = rule->to.front();
        if (rule->to.size() > 1) event.details["to"] = rule->to;
        event.budget_year = options.year;
        const Step step = choose_occurrence(state, *rule, options, date, event.budget_year);
        if (step.every != Recurrence::none) event.details["occurrence"] = step.occurrence;
        if (!event.budget_year) event.budget_year = infer_budget_year(state, step, date);
        if (!event.budget_year) {
            throw_bad_input("--date " + iso(date) + ": no budget year " + org.id + " tracks has " +
                            step.name() + " around that day; give --year");
        }
        check_budget_year(org, *event.budget_year);
        if (named) {
            event.details[named->key] = document_details(*named, org.id, *event.budget_year);
        }
    }
    if (options.case_number) {
        // A case belongs to the series of the body that treats it: the deciding body, or for
        // a report, the body it goes to (the board treats the secretariat's status report).
        const std::string treated_by =
            rule != nullptr && !rule->to.empty() ? rule->to.front() : event.body;
        event.case_number = parse_case_option("--case", *options.case_number, treated_by);
        writer.refuse_decided_case(*event.case_number);
    }

    const Verdict verdict = writer.judge(event);
    // Keep the log honest: an override that overrode nothing, or a reason for lateness that
    // was not late, is not stored as if it had been needed.
    if (verdict.override_unused) event.details.erase("override_reason");
    if (verdict.reason_unused) event.details.erase("late_reason");
    event.irregular = verdict.irregular;
    event.reason = verdict.irregular_reason;
    writer.append_and_commit(event);

    if (verdict.override_unused) {
        std::cerr << "cycle: note: --override not recorded: the step breaks no rule\n";
    }
    if (verdict.reason_unused) {
        std::cerr << "cycle: note: --reason not recorded: the step is not late\n";
    }
    std::cout << "recorded #" << event.seq << " " << event.kind;
    if (event.budget_year) std::cout << " for budget year " << *event.budget_year;
    if (event.details.contains("occurrence")) {
        std::cout
            << " "
            << org.step_of(event.kind, event.details["occurrence"].get<int>())->period_label();
    }
    if (rule == nullptr) std::cout << " " << event.details["period"].get<std::string>();
    std::cout << " on " << iso(date) << " (" << event.body;
    if (rule != nullptr && !rule->to.empty()) {
        std::cout << " -> ";
        for (std::size_t i = 0; i < rule->to.size(); ++i)
            std::cout << (i ? ", " : "") << rule->to[i];
    }
    if (event.case_number) std::cout << ", case " << event.case_number->render();
    std::cout << ")\n";
    if (event.irregular) std::cout << "irregular: " << event.reason << "\n";
    if (named) {
        const auto adopted =
            DocumentRecord::from_details(event.details, named->key, event.seq, date);
        std::cout << named->key << " " << adopted->file << " (SHA-256 "
                  << adopted->sha256.substr(0, 12) << "...): income "
                  << grouped_amount(adopted->income) << ", expenses "
                  << grouped_amount(adopted->expenses) << ", result "
                  << grouped_amount(adopted->result)
                  << (adopted->unit_nok == 1000 ? " thousand NOK" : " NOK");
        if (adopted->differences != 0) {
            std::cout << "; " << adopted->differences
                      << (adopted->differences == 1 ? " figure does" : " figures do")
                      << " not add up: see cycle budget check " << adopted->file;
        }
        std::cout << "\n";
    }
}

}  // namespace

void add_record_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "record",
        "Record a step of the cycle: one of the config's steps (Osloregionen's: contingent-set, "
        "draft-submitted, budget-adopted, status-report, accounts-approved), or "
        "strategy-adopted");
    auto options = std::make_shared<RecordOptions>();
    command->add_option("STEP", options->step, "The step: its id in the config")->required();
    command->add_option("--date", options->date, "When it happened (YYYY-MM-DD)")->required();
    command->add_option("--year", options->year,
                        "Budget year (default: the live cycle whose window fits --date)");
    command->add_option("--case", options->case_number,
                        "Case number (58/20) in the series of the body that treats the step");
    command->add_option("--reason", options->reason,
                        "Why it is late (required after the deadline)");
    command->add_option("--override", options->override_reason,
                        "Record a step the workflow refuses, marked irregular, with this reason");
    command->add_option("--doc", options->doc, "Reference to the source document");
    command->add_option("--rate", options->rate, "contingent-set: NOK per inhabitant (2.70)");
    command->add_option("--period", options->period, "strategy-adopted: the period (2021-2024)");
    command
        ->add_option("--occurrence", options->occurrence,
                     "a step that recurs within the year: the period it is for (tertial 1-3, "
                     "quarter 1-4, month 1-12); default: the next one not recorded")
        ->check(CLI::Range(1, 12));
    command->add_option("--budget", options->budget,
                        "budget-adopted: the budget document adopted (YAML); its SHA-256 and "
                        "totals are stored");
    command->add_option("--accounts", options->accounts,
                        "accounts-approved: the accounts document approved (YAML); its SHA-256 "
                        "and figures are stored");
    command->add_option("--under-mandate", options->under_mandate,
                        "The mandate (its case, 58/20) the step is taken under; refused unless "
                        "it is in force that day and granted to the step's body");
    command->callback([&run, options] { run_record(run, *options); });
}

}  // namespace cycle
