// `cycle meeting schedule|cancel|held|list`: the meetings of the organisation's bodies, kept in
// the case log and judged on replay (workflows/registers/meetings). A meeting is scheduled ahead,
// with the cycle steps planned for it; the notice goes out at least the body's notice-days before;
// a held meeting records the cases it treated, each already in the body's series.
#include <algorithm>
#include <boost/algorithm/string/join.hpp>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/log_writer.hpp"
#include "cli/presentation/table.hpp"
#include "config/model/schedule.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

struct MeetingOptions {
    std::string body;
    std::string date;
    std::vector<std::string> plans;  // schedule
    std::optional<int> year;         // schedule, with plans
    std::vector<std::string> cases;  // held
};

// --plan STEP: a step of the config in force; a recurring one by its occurrence
// ("tertial-report-t1").
std::vector<PlannedStep> planned_steps(const Organisation& org, const MeetingOptions& options) {
    if (options.plans.empty()) {
        if (options.year) throw_bad_input("--year goes with --plan STEP; nothing is planned");
        return {};
    }
    if (!options.year) {
        throw_bad_input("--plan needs --year: the budget year of the planned steps");
    }
    std::vector<std::string> names;
    for (const Step& step : org.cycle_steps) names.push_back(step.slug());
    std::vector<PlannedStep> plans;
    for (const std::string& name : options.plans) {
        const auto found = std::find_if(org.cycle_steps.begin(), org.cycle_steps.end(),
                                        [&name](const Step& step) { return step.slug() == name; });
        if (found == org.cycle_steps.end()) {
            throw_bad_input("--plan: expected a step of the cycle (" +
                            boost::algorithm::join(names, ", ") + "), got " + quote(name) +
                            did_you_mean(name, names));
        }
        const PlannedStep plan{*found, *options.year};
        if (std::find(plans.begin(), plans.end(), plan) != plans.end()) {
            throw_bad_input("--plan " + name + " is given twice");
        }
        plans.push_back(plan);
    }
    return plans;
}

std::string notice_text(const Organisation& org, const Meeting& meeting, const Date& today) {
    const auto notice = notice_deadline(org, meeting);
    if (!notice) return "no notice period set for the " + meeting.body;
    // Scheduled at short notice: say so now, since remind lists no notice day once past.
    return "notice by " + long_date(*notice) + " (" +
           notice_period_text(*org.notice_of(meeting.body)) + " before" +
           (*notice < today ? "; that day has passed" : "") + ")";
}

void run_schedule(CommandRun& run, const MeetingOptions& options) {
    check_actor(run.globals);
    const auto clock = make_clock(run.globals);
    const Date today = clock->today();
    const Date date = parse_date_option("--date", options.date);
    if (date < today) {
        throw_bad_input("--date " + iso(date) + " is before today (" + iso(today) +
                        "); a meeting that took place is recorded with `cycle meeting held`");
    }
    if (!options.plans.empty() && !options.year) {
        throw_bad_input("--plan needs --year: the budget year of the planned steps");
    }
    LogWriter writer(run.globals);
    const Organisation& org = writer.state().organisation_on(today);
    const std::vector<PlannedStep> plans = planned_steps(org, options);
    check_body("--body", org, options.body);
    if (options.year) check_budget_year(org, *options.year);
    Event event = writer.next_event(kind_meeting_scheduled, today, *clock);
    event.body = options.body;
    event.details = {{"meeting", iso(date)}};
    if (!plans.empty()) {
        nlohmann::json items = nlohmann::json::array();
        for (const PlannedStep& plan : plans) {
            nlohmann::json item = {{"step", plan.step.id}, {"budget_year", plan.budget_year}};
            if (plan.step.every != Recurrence::none) item["occurrence"] = plan.step.occurrence;
            items.push_back(item);
        }
        event.details["plans"] = items;
    }
    writer.judge(event);
    writer.append_and_commit(event);
    const Meeting* meeting = writer.state().meetings().find(options.body, date);
    std::cout << "recorded #" << event.seq << " " << options.body << " meeting on "
              << long_date(date) << ": " << notice_text(org, *meeting, today)
              << (plans.empty() ? "" : "; planned: " + meeting->plans_text()) << "\n";
}

void run_cancel(CommandRun& run, const MeetingOptions& options) {
    check_actor(run.globals);
    const auto clock = make_clock(run.globals);
    const Date date = parse_date_option("--date", options.date);
    LogWriter writer(run.globals);
    check_body("--body", writer.state().organisation_on(clock->today()), options.body);
    Event event = writer.next_event(kind_meeting_cancelled, clock->today(), *clock);
    event.body = options.body;
    event.details = {{"meeting", iso(date)}};
    writer.judge(event);
    writer.append_and_commit(event);
    std::cout << "recorded #" << event.seq << " " << options.body << " meeting on "
              << long_date(date) << " cancelled\n";
}

void run_held(CommandRun& run, const MeetingOptions& options) {
    check_actor(run.globals);
    const auto clock = make_clock(run.globals);
    const Date date = parse_date_option("--date", options.date);
    if (date > clock->today()) {
        throw_bad_input("--date " + iso(date) + " is after today (" + iso(clock->today()) +
                        "); record a meeting as held once it is; plan it with "
                        "`cycle meeting schedule`");
    }
    std::vector<std::string> cases;
    std::vector<CaseNumber> numbers;
    for (const std::string& text : options.cases) {
        const CaseNumber number = parse_case_option("--case", text, options.body);
        if (std::find(numbers.begin(), numbers.end(), number) != numbers.end()) {
            throw_bad_input("--case " + number.render() + " is given twice");
        }
        numbers.push_back(number);
        cases.push_back(number.render());
    }
    LogWriter writer(run.globals);
    check_body("--body", writer.state().organisation_on(date), options.body);
    for (const CaseNumber& number : numbers) writer.require_case("--case", number, date);
    Event event = writer.next_event(kind_meeting_held, date, *clock);
    event.body = options.body;
    event.details = {{"meeting", iso(date)}, {"cases", cases}};
    writer.judge(event);
    writer.append_and_commit(event);
    std::cout << "recorded #" << event.seq << " " << options.body << " meeting on "
              << long_date(date) << " held"
              << (cases.empty() ? "" : "; cases treated: " + boost::algorithm::join(cases, ", "))
              << "\n";
}

std::string meeting_state(const Meeting& meeting, const Date& today) {
    if (meeting.cancelled_seq) return "cancelled #" + std::to_string(*meeting.cancelled_seq);
    if (meeting.held_seq) return "held #" + std::to_string(*meeting.held_seq);
    return "scheduled #" + std::to_string(meeting.scheduled_seq) +
           (meeting.date < today ? ", not recorded as held" : "");
}

void run_list(CommandRun& run, std::optional<int> year, const std::optional<std::string>& body) {
    const auto clock = make_clock(run.globals);
    const Date today = clock->today();
    OrganisationState state = read_state(run.globals, today);
    const Organisation& org = state.organisation_on(today);
    if (body) check_body("--body", org, *body);
    std::vector<const Meeting*> meetings;
    for (const Meeting& meeting : state.meetings().all()) {
        if ((!year || meeting.date.year() == *year) && (!body || meeting.body == *body)) {
            meetings.push_back(&meeting);
        }
    }
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting* a, const Meeting* b) {
        return std::tie(a->date, a->body) < std::tie(b->date, b->body);
    });
    std::vector<Row> rows = {{"date", "body", "state", "notice by", "planned", "cases treated"}};
    for (const Meeting* meeting : meetings) {
        const auto notice = notice_deadline(org, *meeting);
        rows.push_back({iso(meeting->date), meeting->body, meeting_state(*meeting, today),
                        notice ? iso(*notice) : "", meeting->plans_text(), meeting->cases_text()});
    }
    std::cout << "Meetings" << (body ? " of the " + *body : "")
              << (year ? " in " + std::to_string(*year) : "") << ": " << meetings.size() << "\n";
    if (!meetings.empty()) print_table(std::cout, rows, "  ");
}

}  // namespace

void add_meeting_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "meeting", "Meetings: schedule (with planned steps), cancel, held (with cases), list");
    command->require_subcommand(1);

    auto* schedule = command->add_subcommand("schedule", "Plan a meeting of a body");
    auto s = std::make_shared<MeetingOptions>();
    schedule->add_option("--body", s->body, "The body that meets")->required();
    schedule->add_option("--date", s->date, "The meeting's day, not before --today")->required();
    schedule->add_option("--plan", s->plans,
                         "A step of the cycle to decide there (repeatable; needs --year)");
    schedule->add_option("--year", s->year, "The budget year of the planned steps");
    schedule->callback([&run, s] { run_schedule(run, *s); });

    auto* cancel = command->add_subcommand("cancel", "Record that a scheduled meeting is off");
    auto c = std::make_shared<MeetingOptions>();
    cancel->add_option("--body", c->body, "The body")->required();
    cancel->add_option("--date", c->date, "The scheduled meeting's day")->required();
    cancel->callback([&run, c] { run_cancel(run, *c); });

    auto* held = command->add_subcommand("held", "Record a meeting held, with the cases treated");
    auto h = std::make_shared<MeetingOptions>();
    held->add_option("--body", h->body, "The body that met")->required();
    held->add_option("--date", h->date, "The meeting's day, not after --today")->required();
    held->add_option("--case", h->cases, "A case treated, in the body's series (N/YY ...)");
    held->callback([&run, h] { run_held(run, *h); });

    auto* list = command->add_subcommand("list", "Every meeting recorded, with its state");
    auto year = std::make_shared<std::optional<int>>();
    auto body = std::make_shared<std::optional<std::string>>();
    list->add_option("--year", *year, "Only meetings in this calendar year");
    list->add_option("--body", *body, "Only this body's meetings");
    list->callback([&run, year, body] { run_list(run, *year, *body); });
}

}  // namespace cycle
