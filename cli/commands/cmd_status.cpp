// `cycle status [--year Y] [--format text|json] [--lang nb|en]`: every live cycle on --today,
// rebuilt from the case log as it stood that day. The text is in bokmål or English; the JSON
// shape is documented in README.md, stable, and the same in both.
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/presentation/bodies_json.hpp"
#include "cli/presentation/table.hpp"
#include "cli/presentation/wording.hpp"
#include "engine/support/error.hpp"
#include "workflows/queries/status.hpp"

namespace cycle {

namespace {

// The text form, in one language. English is the form the golden tests and README have always
// shown (ISO dates, step and body ids); bokmål words it for people (cli/presentation/wording).
class StatusText {
  public:
    StatusText(std::ostream& out, Language language, const Organisation& org)
        : out_(out), language_(language), org_(org) {}

    void print(const StatusReport& report) {
        out_ << report.organisation_name << " (" << report.organisation_id << ") - "
             << say("status on " + iso(report.today),
                    "status per " + long_date_in(language_, report.today))
             << "\n";
        for (const CycleStatus& cycle : report.cycles) print_cycle(cycle);
        print_strategy(report);
        print_meetings(report);
        print_duties(report);
        print_mandates(report);
    }

  private:
    std::string say(std::string_view english, std::string_view bokmal) const {
        return cycle::say(language_, english, bokmal);
    }
    Row header(Row english, Row bokmal) const {
        return language_ == Language::nb ? bokmal : english;
    }
    // "Meetings ahead", or "Meetings ahead: none scheduled" when there is nothing under it.
    void heading(const std::string& title, bool empty, const std::string& none) {
        out_ << "\n" << title << (empty ? ": " + none : "") << "\n";
    }
    std::string date(const Date& day) const { return date_text(language_, day); }
    std::string step_word(const Step& step) const {
        return say(step.name(), step_title(language_, org_, step));
    }

    std::string planned_text(const StepStatus& step) const {
        if (!step.planned_meeting) return "";
        return ", " +
               planned_for_text(language_, org_, step.planned_meeting_body, *step.planned_meeting);
    }

    std::string state_text(const StepStatus& step) const {
        switch (step.state) {
            case StepState::done: {
                std::string text = say("done ", "utført ") + date(step.record->date);
                if (step.record->case_number) {
                    text += say(", case ", ", sak ") + step.record->case_number->render();
                }
                if (step.record->irregular) {
                    text +=
                        say(" (irregular #", " (avvik #") + std::to_string(step.record->seq) + ")";
                }
                return text;
            }
            case StepState::upcoming:
                return say("upcoming, window opens in ", "kommende, vinduet åpner om ") +
                       days_text(language_, step.days) + planned_text(step);
            case StepState::due:
                return due_text(language_, step.days) + planned_text(step);
            case StepState::overdue:
                return overdue_text(language_, step.days) + planned_text(step);
            case StepState::passed:
                return say("passed over: the cycle moved on without it",
                           "hoppet over: syklusen gikk videre uten dette steget");
            case StepState::optional:
                return say("optional, not taken", "valgfritt, ikke tatt");
        }
        return "";
    }

    void print_cycle(const CycleStatus& cycle) {
        out_ << "\n"
             << say("Budget year ", "Budsjettår ") << cycle.budget_year << " - "
             << translate(language_, cycle.phase) << "\n";
        std::vector<Row> rows = {header({"step", "body", "window", "deadline", "rule", "state"},
                                        {"steg", "organ", "vindu", "frist", "regel", "tilstand"})};
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
            out_ << say("  adopted budget (#", "  vedtatt budsjett (#") << adopted->seq
                 << say("): income ", "): inntekter ") << grouped_amount(adopted->income)
                 << say(", expenses ", ", utgifter ") << grouped_amount(adopted->expenses)
                 << say(", result ", ", resultat ") << grouped_amount(adopted->result)
                 << (adopted->unit_nok == 1000 ? say(" thousand NOK", " tusen kroner")
                                               : say(" NOK", " kroner"))
                 << say(" (", " (kolonne ") << adopted->column << say(" of ", " i ")
                 << adopted->file << ", SHA-256 " << adopted->sha256.substr(0, 12) << "...)\n";
        }
        // The reason is shown as it was logged.
        for (const Irregularity& irregular : cycle.irregularities) {
            out_ << say("  irregular #", "  avvik #") << irregular.seq << " "
                 << step_word(irregular.step) << " " << date(irregular.date) << ": "
                 << irregular.reason << "\n";
        }
    }

    void print_strategy(const StatusReport& report) {
        if (org_.strategy_body.empty() && !report.strategy) return;  // the config has none
        const std::string named = strategy_title(language_, org_);
        out_ << "\n"
             << (named.empty() ? say("Strategic guidelines", "Strategiske føringer") : named)
             << ": ";
        if (report.strategy && !report.strategy_in_force) {
            out_ << say("none in force for ", "ingen som gjelder for ") << report.today.year()
                 << say("; last adopted ", "; sist vedtatte: ");
        }
        if (report.strategy) {
            out_ << report.strategy->first_year << say("-", "–") << report.strategy->last_year
                 << say(", adopted ", ", vedtatt ") << date(report.strategy->date) << " (#"
                 << report.strategy->seq;
            if (report.strategy->case_number) {
                out_ << say(", case ", ", sak ") << report.strategy->case_number->render();
            }
            out_ << ")\n";
        } else {
            out_ << say("none recorded", "ingen registrert") << "\n";
        }
        for (const StrategyAdoption& irregular : report.strategy_irregular) {
            out_ << say("  irregular #", "  avvik #") << irregular.seq << " "
                 << step_word(Step{std::string(strategy_adopted), 0, Recurrence::none}) << " "
                 << date(irregular.date) << ": " << irregular.irregular_reason << "\n";
        }
    }

    void print_meetings(const StatusReport& report) {
        heading(say("Meetings ahead", "Møter fremover"), report.meetings.empty(),
                say("none scheduled", "ingen berammet"));
        if (report.meetings.empty()) return;
        std::vector<Row> rows = {header({"date", "body", "notice by", "planned"},
                                        {"dato", "organ", "innkallingsfrist", "planlagt"})};
        for (const UpcomingMeeting& upcoming : report.meetings) {
            std::string notice = "-";
            if (upcoming.notice_by) {
                notice = date(*upcoming.notice_by) +
                         (*upcoming.notice_by < report.today ? say(" (passed)", " (utløpt)") : "");
            }
            rows.push_back({date(upcoming.meeting.date),
                            route_text(language_, org_, upcoming.meeting.body, std::nullopt),
                            notice, plans_text(language_, org_, upcoming.meeting)});
        }
        print_table(out_, rows, "  ");
    }

    std::string last_text(const std::optional<DutyFulfilment>& last) const {
        return last ? fulfilment_text(language_, org_, *last) : say("never", "aldri");
    }

    void print_duties(const StatusReport& report) {
        heading(say("Reporting duties", "Rapporteringsplikter"), report.duties.empty(),
                say("none in the config", "ingen i oppsettet"));
        if (report.duties.empty()) return;
        std::vector<Row> rows = {header(
            {"duty", "body", "every", "occasion", "due", "state", "last fulfilled"},
            {"plikt", "organ", "hvor ofte", "gjelder", "frist", "tilstand", "sist oppfylt"})};
        for (const DutyStatus& duty : report.duties) {
            const std::string body = route_text(language_, org_, duty.rule.body, duty.rule.to);
            const std::string every = every_text(language_, org_, duty.rule);
            if (duty.open.empty()) {
                // Only a duty at meetings can have no occasion: no meeting is scheduled.
                const std::string to = duty.rule.to.value_or("");
                rows.push_back({duty.rule.id, body, every,
                                say("no " + to + " meeting ahead",
                                    "ingen berammede møter i " + body_title(language_, org_, to)),
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
             << say("Mandates in force: ", "Gjeldende fullmakter: ") << report.mandates.size()
             << "\n";
        if (report.mandates.empty()) return;
        std::vector<Row> rows = {header({"case", "by -> to", "in force", "scope"},
                                        {"sak", "gitt av → til", "i kraft", "omfang"})};
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
