// `cycle status [--year Y] [--format text|json] [--lang nb|nn|en]`: every live cycle on --today,
// rebuilt from the case log as it stood that day. The text is in bokmål, nynorsk or English;
// the JSON shape is documented in README.md, stable, and the same in each.
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/presentation/bodies_json.hpp"
#include "cli/presentation/catalog.hpp"
#include "cli/presentation/table.hpp"
#include "cli/presentation/wording.hpp"
#include "engine/support/error.hpp"
#include "workflows/queries/status.hpp"

namespace cycle {

namespace {

// The text form, in one language. English is the form the golden tests and README have always
// shown (ISO dates, step and body ids); a worded language words it for people, with the
// message catalog's words (cli/presentation/wording).
class StatusText {
  public:
    StatusText(std::ostream& out, Language language, const Organisation& org)
        : out_(out), language_(language), org_(org) {}

    void print(const StatusReport& report) {
        out_ << report.organisation_name << " (" << report.organisation_id
             << ") - "
             // TRANSLATORS: {1} a date: "status on 2021-10-01".
             << trf(language_, "status on {1}",
                    worded(language_) ? long_date_in(language_, report.today) : iso(report.today))
             << "\n";
        for (const CycleStatus& cycle : report.cycles) print_cycle(cycle);
        print_strategy(report);
        print_meetings(report);
        print_duties(report);
        print_mandates(report);
    }

  private:
    // "Meetings ahead", or "Meetings ahead: none scheduled" when there is nothing under it.
    void heading(const std::string& title, bool empty, const std::string& none) {
        out_ << "\n" << title << (empty ? ": " + none : "") << "\n";
    }
    std::string date(const Date& day) const { return date_text(language_, day); }
    std::string step_word(const Step& step) const { return step_text(language_, org_, step); }
    // "  irregular #12 budget-adopted 2021-01-15: the reason, as it was logged".
    void print_irregular(std::int64_t seq, const Step& step, const Date& day,
                         const std::string& reason) {
        out_ << "  "
             // TRANSLATORS: {1} the log entry's number, {2} a step, {3} its date, {4} the reason
             // logged for it.
             << trf(language_, "irregular #{1} {2} {3}: {4}", seq, step_word(step), date(day),
                    reason)
             << "\n";
    }

    std::string planned_text(const StepStatus& step) const {
        if (!step.planned_meeting) return "";
        return ", " +
               planned_for_text(language_, org_, step.planned_meeting_body, *step.planned_meeting);
    }

    std::string state_text(const StepStatus& step) const {
        switch (step.state) {
            case StepState::done: {
                // TRANSLATORS: a step recorded on a date: "done 2021-02-05".
                std::string text = trf(language_, "done {1}", date(step.record->date));
                if (step.record->case_number) {
                    const std::string number = step.record->case_number->render();
                    // TRANSLATORS: {1} "done 2021-02-05", {2} a case number: "done 2021-02-05, case
                    // 58/20".
                    text = trf(language_, "{1}, case {2}", text, number);
                }
                if (step.record->irregular) {
                    // TRANSLATORS: {2} the number of the log entry recorded out of order.
                    text = trf(language_, "{1} (irregular #{2})", text, step.record->seq);
                }
                return text;
            }
            case StepState::upcoming:
                // TRANSLATORS: {1} a number of days: "upcoming, window opens in 3 days".
                return trf(language_, "upcoming, window opens in {1}",
                           days_text(language_, step.days)) +
                       planned_text(step);
            case StepState::due:
                return due_text(language_, step.days) + planned_text(step);
            case StepState::overdue:
                return overdue_text(language_, step.days) + planned_text(step);
            case StepState::passed:
                return tr(language_, "passed over: the cycle moved on without it");
            case StepState::optional:
                return tr(language_, "optional, not taken");
        }
        return "";
    }

    void print_cycle(const CycleStatus& cycle) {
        out_ << "\n"
             // TRANSLATORS: {1} a budget year, {2} its phase ("preparation", "execution", …).
             << trf(language_, "Budget year {1} - {2}", cycle.budget_year,
                    phase_title(language_, cycle.phase))
             << "\n";
        // The tables' headings have the context "column": the page's "due" is a state.
        std::vector<Row> rows = {
            {trc(language_, "column", "step"), trc(language_, "column", "body"),
             trc(language_, "column", "window"), trc(language_, "column", "deadline"),
             trc(language_, "column", "rule"), trc(language_, "column", "state")}};
        for (const StepStatus& step : cycle.steps) {
            const StepTiming& rule = org_.timing(step.step);
            rows.push_back({step_word(step.step), route_text(language_, org_, step.body, step.to),
                            period_text(language_, step.dates.window_from, step.dates.window_to),
                            date(step.dates.deadline) + (step.dates.provisional ? "*" : ""),
                            rule_text(language_, org_, rule.deadline), state_text(step)});
        }
        print_table(out_, rows, "  ");
        for (const StepStatus& step : cycle.steps) {
            const StepTiming& rule = org_.timing(step.step);
            if (const auto note = shift_note_text(language_, org_, rule, step.dates)) {
                out_ << "  " << step_word(step.step) << ": " << *note << "\n";
            }
            if (step.dates.provisional) {
                out_ << "  " << step_word(step.step) << ": " << provisional_note(language_) << "\n";
            }
        }
        if (const auto& adopted = cycle.adopted_budget) {
            out_ << "  "
                 << trf(language_,
                        // TRANSLATORS: a budget's figures: {1} the log entry, {2} income, {3}
                        // expenses, {4} result, {5} their unit ("thousand NOK"), {6} the column
                        // of the budget file {7} they were read from, {8} the start of the
                        // file's SHA-256 digest.
                        "adopted budget (#{1}): income {2}, expenses {3}, result {4} {5} ({6} of "
                        "{7}, SHA-256 {8}...)",
                        adopted->seq, grouped_amount(adopted->income),
                        grouped_amount(adopted->expenses), grouped_amount(adopted->result),
                        adopted->unit_nok == 1000 ? tr(language_, "thousand NOK")
                                                  : tr(language_, "NOK"),
                        adopted->column, adopted->file, adopted->sha256.substr(0, 12))
                 << "\n";
        }
        // The reason is shown as it was logged.
        for (const Irregularity& irregular : cycle.irregularities) {
            print_irregular(irregular.seq, irregular.step, irregular.date, irregular.reason);
        }
    }

    void print_strategy(const StatusReport& report) {
        if (org_.strategy_body.empty() && !report.strategy) return;  // the config has none
        const std::string named = strategy_title(language_, org_);
        out_ << "\n" << (named.empty() ? tr(language_, "Strategic guidelines") : named) << ": ";
        if (report.strategy) {
            const StrategyAdoption& strategy = *report.strategy;
            const int first = strategy.first_year, last = strategy.last_year;
            // TRANSLATORS: a strategy's period, its first and last year: "2020-2023".
            const std::string period = trf(language_, "{1}-{2}", first, last);
            const std::string adopted_on = date(strategy.date);
            std::string adopted =
                // TRANSLATORS: {1} a strategy's period, {2} the day it was adopted, {3} the log
                // entry.
                trf(language_, "{1}, adopted {2} (#{3})", period, adopted_on, strategy.seq);
            if (strategy.case_number) {
                const std::string number = strategy.case_number->render();
                // TRANSLATORS: as "{1}, adopted {2} (#{3})", with {4} the case number.
                adopted = trf(language_, "{1}, adopted {2} (#{3}, case {4})", period, adopted_on,
                              strategy.seq, number);
            }
            if (report.strategy_in_force) {
                out_ << adopted << "\n";
            } else {
                // TRANSLATORS: {1} this year, {2} the strategy adopted last (its period, day…).
                out_ << trf(language_, "none in force for {1}; last adopted {2}",
                            static_cast<int>(report.today.year()), adopted)
                     << "\n";
            }
        } else {
            out_ << tr(language_, "none recorded") << "\n";
        }
        for (const StrategyAdoption& irregular : report.strategy_irregular) {
            print_irregular(irregular.seq, Step{std::string(strategy_adopted), 0, Recurrence::none},
                            irregular.date, irregular.irregular_reason);
        }
    }

    void print_meetings(const StatusReport& report) {
        heading(tr(language_, "Meetings ahead"), report.meetings.empty(),
                tr(language_, "none scheduled"));
        if (report.meetings.empty()) return;
        std::vector<Row> rows = {
            {trc(language_, "column", "date"), trc(language_, "column", "body"),
             trc(language_, "column", "notice by"), trc(language_, "column", "planned")}};
        for (const UpcomingMeeting& upcoming : report.meetings) {
            std::string notice = "-";
            if (upcoming.notice_by) {
                notice = date(*upcoming.notice_by);
                if (*upcoming.notice_by < report.today) {
                    // TRANSLATORS: {1} the last day to send a meeting's notice, already passed.
                    notice = trf(language_, "{1} (passed)", notice);
                }
            }
            rows.push_back({date(upcoming.meeting.date),
                            route_text(language_, org_, upcoming.meeting.body, std::nullopt),
                            notice, plans_text(language_, org_, upcoming.meeting)});
        }
        print_table(out_, rows, "  ");
    }

    std::string last_text(const std::optional<DutyFulfilment>& last) const {
        // TRANSLATORS: when a duty was last fulfilled: never.
        return last ? fulfilment_text(language_, org_, *last) : tr(language_, "never");
    }

    void print_duties(const StatusReport& report) {
        heading(tr(language_, "Reporting duties"), report.duties.empty(),
                tr(language_, "none in the config"));
        if (report.duties.empty()) return;
        std::vector<Row> rows = {
            {trc(language_, "column", "duty"), trc(language_, "column", "body"),
             trc(language_, "column", "every"), trc(language_, "column", "occasion"),
             trc(language_, "column", "due"), trc(language_, "column", "state"),
             trc(language_, "column", "last fulfilled")}};
        for (const DutyStatus& duty : report.duties) {
            const std::string body = route_text(language_, org_, duty.rule.body, duty.rule.to);
            const std::string every = every_text(language_, org_, duty.rule);
            if (duty.open.empty()) {
                // Only a duty at meetings can have no occasion: no meeting is scheduled.
                const std::string to = duty.rule.to.value_or("");
                rows.push_back({duty.rule.id, body, every,
                                // TRANSLATORS: {1} a body ("board", in bokmål its name): "no
                                // board meeting ahead".
                                trf(language_, "no {1} meeting ahead",
                                    worded(language_) ? body_title(language_, org_, to) : to),
                                "-", "-", last_text(duty.last)});
            }
            for (const DutyOccasion& occasion : duty.open) {
                rows.push_back({duty.rule.id, body, every,
                                occasion_text(language_, org_, duty.rule, occasion),
                                date(occasion.due),
                                occasion.overdue ? overdue_text(language_, occasion.days)
                                                 : due_text(language_, occasion.days),
                                last_text(duty.last)});
            }
        }
        print_table(out_, rows, "  ");
    }

    void print_mandates(const StatusReport& report) {
        out_ << "\n"
             // TRANSLATORS: {1} how many mandates are in force.
             << trf(language_, "Mandates in force: {1}", report.mandates.size()) << "\n";
        if (report.mandates.empty()) return;
        std::vector<Row> rows = {
            {trc(language_, "column", "case"), trc(language_, "column", "by -> to"),
             trc(language_, "column", "in force"), trc(language_, "column", "scope")}};
        for (const Mandate& mandate : report.mandates) {
            rows.push_back({mandate.basis.render(),
                            route_text(language_, org_, mandate.by, mandate.to),
                            period_text(language_, mandate.from, mandate.until), mandate.scope});
        }
        print_table(out_, rows, "  ");
    }

    std::ostream& out_;
    Language language_;
    const Organisation& org_;
};

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
                 {"to", bodies_json(step.to)},
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

struct StatusOptions {
    std::optional<int> year;
    std::string format = "text";
    std::optional<std::string> lang;  // --lang; unset: the config's language
};

void run_status(CommandRun& run, const StatusOptions& options) {
    const Date today = make_clock(run.globals)->today();
    const std::optional<Language> asked = lang_option(options.lang);  // checked for json too
    OrganisationState state = read_state(run.globals, today);
    const Organisation& org = state.organisation_on(today);
    if (options.year) check_budget_year(org, *options.year);
    const StatusReport report = compute_status(state, today, options.year);
    if (options.format == "json") {
        std::cout << to_json(report).dump(2) << "\n";  // the same in every language
    } else {
        StatusText(std::cout, language_for(asked, org), org).print(report);
    }
}

}  // namespace

void add_status_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "status",
        "Every live cycle on --today (Y-1 accounts, Y execution, Y+1 preparation): "
        "phase, steps, deadlines, irregularities");
    auto options = std::make_shared<StatusOptions>();
    command->add_option("--year", options->year, "Only this budget year");
    command->add_option("--format", options->format, "text or json (JSON is in English)")
        ->check(CLI::IsMember({"text", "json"}));
    command->add_option("--lang", options->lang, lang_option_help);
    command->callback([&run, options] { run_status(run, *options); });
}

}  // namespace cycle
