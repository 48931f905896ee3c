// `cycle duty report DUTY [--meeting D | --date D] [--case N/YY] [--note TEXT]`: records that a
// duty no step fulfils was done (kind duty-reported): at a meeting of the body it reports to,
// dated that meeting's day, or, for a duty every N years, on --date. A duty a step fulfils is
// fulfilled by recording that step, and a report of it is refused.
#include <boost/algorithm/string/join.hpp>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/log_writer.hpp"
#include "config/model/schedule.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

struct ReportOptions {
    std::string duty;
    std::optional<std::string> meeting;
    std::optional<std::string> date;
    std::optional<std::string> case_number;
    std::optional<std::string> note;
};

const DutyRule& known_duty(const Organisation& org, const std::string& id) {
    if (const DutyRule* duty = org.find_duty(id)) return *duty;
    std::vector<std::string> ids;
    for (const DutyRule& duty : org.duties) ids.push_back(duty.id);
    if (ids.empty()) throw_bad_input("DUTY " + quote(id) + ": the config declares no duties");
    throw_bad_input("DUTY: expected one of " + boost::algorithm::join(ids, ", ") + ", got " +
                    quote(id) + did_you_mean(id, ids));
}

void run_report(CommandRun& run, const ReportOptions& options) {
    check_actor(run.globals);
    if (options.note) check_one_line("--note", *options.note);
    if (options.meeting && options.date) {
        throw_bad_input("--meeting and --date: give one; a report at a meeting is dated its day");
    }
    const auto clock = make_clock(run.globals);
    const Date today = clock->today();
    const std::string option = options.meeting ? "--meeting" : "--date";
    const Date date = options.meeting ? parse_date_option("--meeting", *options.meeting)
                      : options.date  ? parse_date_option("--date", *options.date)
                                      : today;
    if (date > today) {
        throw_bad_input(option + " " + iso(date) + " is after today (" + iso(today) +
                        "); record a report once it is made");
    }
    LogWriter writer(run.globals);
    const DutyRule& duty = known_duty(writer.state().organisation_on(date), options.duty);
    if (duty.every == DutyRule::Every::meeting && !options.meeting) {
        throw_bad_input("--meeting: duty " + duty.id + " is reported at a meeting of the " +
                        *duty.to + "; give the meeting's day");
    }
    if (duty.every != DutyRule::Every::meeting && options.meeting) {
        throw_bad_input("--meeting: duty " + duty.id + " is not reported at meetings; use --date");
    }
    Event event = writer.next_event(kind_duty_reported, date, *clock);
    event.body = duty.body;
    event.details = {{"duty", duty.id}};
    if (options.meeting) event.details["meeting"] = iso(date);
    if (options.note) event.details["note"] = *options.note;
    if (options.case_number) {
        event.case_number =
            parse_case_option("--case", *options.case_number, duty.to.value_or(duty.body));
        writer.require_case("--case", *event.case_number, date);
    }
    writer.judge(event);
    writer.append_and_commit(event);
    std::cout << "recorded #" << event.seq << " " << duty.id << " reported on " << long_date(date)
              << (options.meeting ? " at the " + *duty.to + "'s meeting" : std::string()) << "\n";
}

}  // namespace

void add_duty_command(CLI::App& app, CommandRun& run) {
    auto* command =
        app.add_subcommand("duty", "Reporting duties: record a report that fulfils one");
    command->require_subcommand(1);
    auto* report = command->add_subcommand(
        "report", "Record a report of a duty no step fulfils (see `cycle status` for duties)");
    auto r = std::make_shared<ReportOptions>();
    report->add_option("DUTY", r->duty, "The duty's id in the config")->required();
    report->add_option("--meeting", r->meeting,
                       "The meeting reported at (for a duty at each meeting): its day");
    report->add_option("--date", r->date, "The day of the report (default: --today)");
    report->add_option("--case", r->case_number, "The case it was treated under (N/YY)");
    report->add_option("--note", r->note, "What was reported, on one line");
    report->callback([&run, r] { run_report(run, *r); });
}

}  // namespace cycle
