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

std::string planned_text(const StepStatus& step) {
    if (!step.planned_meeting) return "";
    return ", planned for " + step.planned_meeting_body + " meeting " + iso(*step.planned_meeting);
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
            return "upcoming, window opens in " + plural_days(step.days) + planned_text(step);
        case StepState::due:
            return (step.days == 0 ? "due today" : "due in " + plural_days(step.days)) +
                   planned_text(step);
        case StepState::overdue:
            return "overdue by " + plural_days(step.days) + planned_text(step);
        case StepState::passed:
            return "passed over: the cycle moved on without it";
    }
    return "";
}

void print_meetings(const StatusReport& report) {
    std::cout << "\nMeetings ahead" << (report.meetings.empty() ? ": none scheduled" : "") << "\n";
    if (report.meetings.empty()) return;
    std::vector<Row> rows = {{"date", "body", "notice by", "planned"}};
    for (const UpcomingMeeting& upcoming : report.meetings) {
        std::string notice = "-";
        if (upcoming.notice_by) {
            notice =
                iso(*upcoming.notice_by) + (*upcoming.notice_by < report.today ? " (passed)" : "");
        }
        rows.push_back({iso(upcoming.meeting.date), upcoming.meeting.body, notice,
                        upcoming.meeting.plans_text()});
    }
    print_table(std::cout, rows, "  ");
}

std::string occasion_state(const DutyOccasion& occasion) {
    if (occasion.overdue) return "overdue by " + plural_days(occasion.days);
    return occasion.days == 0 ? "due today" : "due in " + plural_days(occasion.days);
}

std::string fulfilment_text(const std::optional<DutyFulfilment>& last) {
    if (!last) return "never";
    return iso(last->date) + " (" + last->by + ", #" + std::to_string(last->seq) + ")";
}

void print_duties(const StatusReport& report) {
    std::cout << "\nReporting duties" << (report.duties.empty() ? ": none in the config" : "")
              << "\n";
    if (report.duties.empty()) return;
    std::vector<Row> rows = {
        {"duty", "body", "every", "occasion", "due", "state", "last fulfilled"}};
    for (const DutyStatus& duty : report.duties) {
        const std::string body =
            duty.rule.to ? duty.rule.body + " -> " + *duty.rule.to : duty.rule.body;
        if (duty.open.empty()) {
            // Only a duty at meetings can have no occasion: no meeting is scheduled.
            rows.push_back({duty.rule.id, body, duty.rule.every_text(),
                            "no " + duty.rule.to.value_or("") + " meeting ahead", "-", "-",
                            fulfilment_text(duty.last)});
        }
        for (const DutyOccasion& occasion : duty.open) {
            rows.push_back({duty.rule.id, body, duty.rule.every_text(), occasion.text(duty.rule),
                            iso(occasion.due), occasion_state(occasion),
                            fulfilment_text(duty.last)});
        }
    }
    print_table(std::cout, rows, "  ");
}

void print_mandates(const StatusReport& report) {
    std::cout << "\nMandates in force: " << report.mandates.size() << "\n";
    if (report.mandates.empty()) return;
    std::vector<Row> rows = {{"case", "by -> to", "in force", "scope"}};
    for (const Mandate& mandate : report.mandates) {
        rows.push_back({mandate.basis.render(), mandate.by + " -> " + mandate.to,
                        iso(mandate.from) + ".." + (mandate.until ? iso(*mandate.until) : ""),
                        mandate.scope});
    }
    print_table(std::cout, rows, "  ");
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
        if (const auto& adopted = cycle.adopted_budget) {
            std::cout << "  adopted budget (#" << adopted->seq << "): income "
                      << grouped_amount(adopted->income) << ", expenses "
                      << grouped_amount(adopted->expenses) << ", result "
                      << grouped_amount(adopted->result)
                      << (adopted->unit_nok == 1000 ? " thousand NOK" : " NOK") << " ("
                      << adopted->column << " of " << adopted->file << ", SHA-256 "
                      << adopted->sha256.substr(0, 12) << "...)\n";
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
    print_meetings(report);
    print_duties(report);
    print_mandates(report);
}

nlohmann::json case_json(const std::optional<CaseNumber>& number) {
    return number ? nlohmann::json(number->render()) : nlohmann::json();
}

nlohmann::json date_json(const std::optional<Date>& day) {
    return day ? nlohmann::json(iso(*day)) : nlohmann::json();
}

nlohmann::json meetings_json(const StatusReport& report) {
    nlohmann::json meetings = nlohmann::json::array();
    for (const UpcomingMeeting& upcoming : report.meetings) {
        nlohmann::json plans = nlohmann::json::array();
        for (const PlannedStep& plan : upcoming.meeting.plans) {
            plans.push_back({{"step", step_name(plan.step)}, {"budget_year", plan.budget_year}});
        }
        meetings.push_back({{"date", iso(upcoming.meeting.date)},
                            {"body", upcoming.meeting.body},
                            {"seq", upcoming.meeting.scheduled_seq},
                            {"notice_by", date_json(upcoming.notice_by)},
                            {"plans", plans}});
    }
    return meetings;
}

nlohmann::json duties_json(const StatusReport& report) {
    nlohmann::json duties = nlohmann::json::array();
    for (const DutyStatus& duty : report.duties) {
        nlohmann::json open = nlohmann::json::array();
        for (const DutyOccasion& occasion : duty.open) {
            open.push_back(
                {{"occasion", occasion.text(duty.rule)},
                 {"budget_year",
                  occasion.budget_year ? nlohmann::json(*occasion.budget_year) : nlohmann::json()},
                 {"meeting", date_json(occasion.meeting)},
                 {"due", iso(occasion.due)},
                 {"overdue", occasion.overdue},
                 {"days", occasion.days}});
        }
        nlohmann::json last;
        if (duty.last) {
            last = {{"date", iso(duty.last->date)}, {"by", duty.last->by}, {"seq", duty.last->seq}};
        }
        duties.push_back({{"duty", duty.rule.id},
                          {"body", duty.rule.body},
                          {"to", duty.rule.to ? nlohmann::json(*duty.rule.to) : nlohmann::json()},
                          {"every", duty.rule.every_text()},
                          {"last_fulfilled", last},
                          {"open", open}});
    }
    return duties;
}

nlohmann::json mandates_json(const StatusReport& report) {
    nlohmann::json mandates = nlohmann::json::array();
    for (const Mandate& mandate : report.mandates) {
        mandates.push_back({{"case", mandate.basis.render()},
                            {"by", mandate.by},
                            {"to", mandate.to},
                            {"from", iso(mandate.from)},
                            {"until", date_json(mandate.until)},
                            {"scope", mandate.scope},
                            {"conditions", mandate.conditions},
                            {"seq", mandate.seq}});
    }
    return mandates;
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
                 {"planned_meeting", date_json(step.planned_meeting)},
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
        nlohmann::json adopted;
        if (cycle.adopted_budget) {
            adopted = cycle.adopted_budget->to_details();
            adopted["seq"] = cycle.adopted_budget->seq;
        }
        cycles.push_back({{"budget_year", cycle.budget_year},
                          {"adopted_budget", adopted},
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
            {"strategy", strategy},
            {"meetings", meetings_json(report)},
            {"duties", duties_json(report)},
            {"mandates", mandates_json(report)}};
}

void run_status(CommandRun& run, std::optional<int> year, const std::string& format) {
    const Date today = make_clock(run.globals)->today();
    OrganisationState state = read_state(run.globals, today);
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
