// `cycle status [--year Y] [--format text|json]`: every live cycle on --today, rebuilt from
// the case log as it stood that day. The JSON shape is documented in README.md and stable.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/table.hpp"
#include "engine/error.hpp"
#include "engine/status.hpp"

namespace cycle {

namespace {

std::string plural_days(long days) {
    return std::to_string(days) + (days == 1 ? " day" : " days");
}

std::string state_text(const StepStatus& step) {
    switch (step.state) {
        case StepState::done: {
            std::string text = "done " + iso(step.record->date);
            if (step.record->case_number) text += ", case " + step.record->case_number->render();
            if (step.record->irregular)
                text += " (irregular #" + std::to_string(step.record->seq) + ")";
            return text;
        }
        case StepState::upcoming:
            return "upcoming, window opens in " + plural_days(step.days);
        case StepState::due:
            return step.days == 0 ? "due today" : "due in " + plural_days(step.days);
        case StepState::overdue:
            return "overdue by " + plural_days(step.days);
        case StepState::passed:
            return "passed over: the cycle moved on without it";
    }
    return "";
}

void print_text(const StatusReport& report) {
    std::cout << report.organisation_name << " (" << report.organisation_id << ") - status on "
              << iso(report.today) << "\n";
    for (const CycleStatus& cycle : report.cycles) {
        std::cout << "\nBudget year " << cycle.budget_year << " - " << cycle.phase << "\n";
        std::vector<Row> rows = {{"step", "body", "window", "deadline", "rule", "state"}};
        for (const StepStatus& step : cycle.steps) {
            rows.push_back({std::string(step_name(step.step)),
                            step.to ? step.body + " -> " + *step.to : step.body,
                            iso(step.dates.window_from) + ".." + iso(step.dates.window_to),
                            iso(step.dates.deadline) + (step.dates.provisional ? "*" : ""),
                            step.deadline_rule, state_text(step)});
        }
        print_table(std::cout, rows, "  ");
        for (const StepStatus& step : cycle.steps) {
            if (step.deadline_note) {
                std::cout << "  " << step_name(step.step) << ": " << *step.deadline_note << "\n";
            }
            if (step.dates.provisional) {
                std::cout << "  " << step_name(step.step)
                          << ": * provisional, counted from a step not yet recorded\n";
            }
        }
        for (const Irregularity& irregular : cycle.irregularities) {
            std::cout << "  irregular #" << irregular.seq << " " << step_name(irregular.step) << " "
                      << iso(irregular.date) << ": " << irregular.reason << "\n";
        }
    }
    std::cout << "\nStrategic guidelines: ";
    if (report.strategy && !report.strategy_in_force) {
        std::cout << "none in force for " << report.today.year() << "; last adopted ";
    }
    if (report.strategy) {
        std::cout << report.strategy->first_year << "-" << report.strategy->last_year
                  << ", adopted " << iso(report.strategy->date) << " (#" << report.strategy->seq;
        if (report.strategy->case_number) {
            std::cout << ", case " << report.strategy->case_number->render();
        }
        std::cout << ")\n";
    } else {
        std::cout << "none recorded\n";
    }
    for (const StrategyAdoption& irregular : report.strategy_irregular) {
        std::cout << "  irregular #" << irregular.seq << " strategy-adopted " << iso(irregular.date)
                  << ": " << irregular.irregular_reason << "\n";
    }
}

nlohmann::json case_json(const std::optional<CaseNumber>& number) {
    return number ? nlohmann::json(number->render()) : nlohmann::json();
}

nlohmann::json to_json(const StatusReport& report) {
    nlohmann::json cycles = nlohmann::json::array();
    for (const CycleStatus& cycle : report.cycles) {
        nlohmann::json steps = nlohmann::json::array();
        for (const StepStatus& step : cycle.steps) {
            nlohmann::json done;
            if (step.record) {
                done = {{"date", iso(step.record->date)},
                        {"case", case_json(step.record->case_number)},
                        {"seq", step.record->seq},
                        {"irregular", step.record->irregular}};
            }
            steps.push_back(
                {{"step", step_name(step.step)},
                 {"body", step.body},
                 {"to", step.to ? nlohmann::json(*step.to) : nlohmann::json()},
                 {"window",
                  {{"from", iso(step.dates.window_from)}, {"to", iso(step.dates.window_to)}}},
                 {"deadline", iso(step.dates.deadline)},
                 {"deadline_rule", step.deadline_rule},
                 {"deadline_unshifted", iso(step.dates.unshifted_deadline)},
                 {"deadline_note",
                  step.deadline_note ? nlohmann::json(*step.deadline_note) : nlohmann::json()},
                 {"deadline_provisional", step.dates.provisional},
                 {"state", step_state_name(step.state)},
                 {"days", step.record || step.state == StepState::passed
                              ? nlohmann::json()
                              : nlohmann::json(step.days)},
                 {"done", done}});
        }
        nlohmann::json irregularities = nlohmann::json::array();
        for (const Irregularity& irregular : cycle.irregularities) {
            irregularities.push_back({{"seq", irregular.seq},
                                      {"step", step_name(irregular.step)},
                                      {"date", iso(irregular.date)},
                                      {"reason", irregular.reason}});
        }
        cycles.push_back({{"budget_year", cycle.budget_year},
                          {"phase", cycle.phase},
                          {"steps", steps},
                          {"irregularities", irregularities}});
    }
    nlohmann::json strategy;
    if (report.strategy) {
        strategy = {{"period", std::to_string(report.strategy->first_year) + "-" +
                                   std::to_string(report.strategy->last_year)},
                    {"adopted", iso(report.strategy->date)},
                    {"seq", report.strategy->seq},
                    {"case", case_json(report.strategy->case_number)},
                    {"in_force", report.strategy_in_force},
                    {"irregular", report.strategy->irregular},
                    {"reason", report.strategy->irregular_reason}};
    }
    return {{"format", "cycle-status/1"},  // bumped only when a field changes meaning or goes
            {"organisation", {{"id", report.organisation_id}, {"name", report.organisation_name}}},
            {"today", iso(report.today)},
            {"cycles", cycles},
            {"strategy", strategy}};
}

void run_status(CommandRun& run, std::optional<int> year, const std::string& format) {
    const auto clock = make_clock(run.globals);
    Database db(run.globals.db, OpenMode::read_only);
    CaseLog log(db.sql());
    const std::string org = choose_organisation(log, run.globals);
    const Date today = clock->today();
    OrganisationState state = replay(log.events(org), today);
    if (year) check_budget_year(state.organisation_on(today), *year);
    const StatusReport report = compute_status(state, today, year);
    if (format == "json") {
        std::cout << to_json(report).dump(2) << "\n";
    } else {
        print_text(report);
    }
}

}  // namespace

void add_status_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "status",
        "Every live cycle on --today (Y-1 accounts, Y execution, Y+1 preparation): "
        "phase, steps, deadlines, irregularities");
    auto year = std::make_shared<std::optional<int>>();
    auto format = std::make_shared<std::string>("text");
    command->add_option("--year", *year, "Only this budget year");
    command->add_option("--format", *format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->callback([&run, year, format] { run_status(run, *year, *format); });
}

}  // namespace cycle
