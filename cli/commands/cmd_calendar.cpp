// `cycle calendar --ics FILE [--year Y]`: every deadline as a VTODO with an alarm per lead
// time, and every window as an all-day VEVENT, in an RFC 5545 file for Outlook, Thunderbird
// or a phone. UIDs derive from organisation, budget year and step, so a new export updates the
// items of the last one; a recorded step's VTODO becomes COMPLETED. "-" writes to stdout.
// Meetings are all-day VEVENTs (CANCELLED once cancelled), each with a VTODO for the latest
// day to send its notice (COMPLETED once the meeting is held); with --year Y, those from
// 1 January of Y-1 to 31 December of Y+1, the span of that budget year's cycle.

#include "cli/commands/commands.hpp"
#include "cli/commands/output_file.hpp"
#include "cli/presentation/icalendar_writer.hpp"
#include "config/model/schedule.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

std::string body_label(const Organisation& org, const std::string& id) {
    for (const Body& body : org.bodies) {
        if (body.id == id) return body.name + " (" + id + ")";
    }
    return id;
}

std::string uid(const Organisation& org, int year, const Step& step, const char* what) {
    return org.id + "-" + std::to_string(year) + "-" + step.slug() + "-" + what + "@cycle";
}

void write_alarms(ICalendarWriter& ics, const std::string& title,
                  const std::vector<int>& lead_days) {
    for (int lead : lead_days) {
        ics.begin("VALARM");
        ics.raw("ACTION", "DISPLAY");
        ics.text("DESCRIPTION",
                 title + ": due " +
                     (lead == 0 ? std::string("today")
                                : "in " + std::to_string(lead) + (lead == 1 ? " day" : " days")));
        ics.raw("TRIGGER;RELATED=END", "-P" + std::to_string(lead) + "D");
        ics.end("VALARM");
    }
}

void write_step(ICalendarWriter& ics, const Organisation& org, const BudgetCycle& machine,
                const Step& step, const boost::posix_time::ptime& stamp) {
    const int year = machine.budget_year();
    const StepRule& rule = org.rule(step);
    const StepTiming& timing = org.timing(step);
    const StepDates& dates = machine.schedule().at(step);
    std::string who = body_label(org, rule.body);
    for (std::size_t i = 0; i < rule.to.size(); ++i) {
        who += (i == 0 ? " to " : ", ") + body_label(org, rule.to[i]);
    }
    const std::string title = step_name(step) + " for " + std::to_string(year);

    ics.begin("VEVENT");
    ics.raw("UID", uid(org, year, step, "window"));
    ics.utc("DTSTAMP", stamp);
    ics.date("DTSTART", dates.window_from);
    ics.date("DTEND", dates.window_to + boost::gregorian::days(1));  // DTEND is exclusive
    ics.text("SUMMARY", "Window: " + title + " - " + org.name);
    ics.text("DESCRIPTION", who + ", " + iso(dates.window_from) + " to " + iso(dates.window_to));
    ics.raw("TRANSP", "TRANSPARENT");
    ics.end("VEVENT");

    ics.begin("VTODO");
    ics.raw("UID", uid(org, year, step, "deadline"));
    ics.utc("DTSTAMP", stamp);
    ics.date("DUE", dates.deadline);
    ics.text("SUMMARY", "Deadline: " + title + " - " + org.name);
    std::string description = who + "\nDeadline rule: " + timing.deadline.text();
    if (auto note = shift_note(org, timing, dates)) description += "\n" + *note;
    if (dates.provisional) description += "\nProvisional: counted from a step not yet recorded";
    ics.text("DESCRIPTION", description);
    ics.text("CATEGORIES", rule.body);
    if (auto record = machine.records().find(step); record != machine.records().end()) {
        // A client keeps the copy with the higher SEQUENCE: the completed one wins over the
        // open one it imported earlier, even from an export made the same day.
        ics.raw("SEQUENCE", "1");
        ics.raw("STATUS", "COMPLETED");
        // COMPLETED is a UTC date-time; noon keeps the recorded day in every European zone.
        ics.utc("COMPLETED",
                boost::posix_time::ptime(record->second.date, boost::posix_time::hours(12)));
        ics.raw("PERCENT-COMPLETE", "100");
    } else if (!machine.is_pending(step)) {
        // The cycle moved on without it (by override): nothing to do any more.
        ics.raw("SEQUENCE", "1");
        ics.raw("STATUS", "CANCELLED");
    } else {
        ics.raw("SEQUENCE", "0");
        ics.raw("STATUS", "NEEDS-ACTION");
        write_alarms(ics, title, org.reminders_for(step).lead_days);
    }
    ics.end("VTODO");
}

// How many times the log changed this meeting (scheduled, cancelled, scheduled again, held):
// each change raises SEQUENCE, so a client replaces its copy.
int meeting_sequence(const MeetingRegister& meetings, const Meeting& meeting) {
    int changes = -1;
    for (const Meeting& each : meetings.all()) {
        if (each.body != meeting.body || each.date != meeting.date) continue;
        changes +=
            1 + (each.cancelled_seq ? 1 : 0) + (each.held_seq && each.scheduled_seq != 0 ? 1 : 0);
    }
    return changes;
}

void write_meeting(ICalendarWriter& ics, const Organisation& org, const MeetingRegister& meetings,
                   const Meeting& meeting, const boost::posix_time::ptime& stamp) {
    const std::string id = org.id + "-meeting-" + meeting.body + "-" + ics_date(meeting.date);
    const std::string sequence = std::to_string(meeting_sequence(meetings, meeting));
    const std::string title = "Meeting: " + body_label(org, meeting.body) + " - " + org.name;
    std::string description = body_label(org, meeting.body) + " meets on " + iso(meeting.date);
    const std::string planned = meeting.plans_text();
    if (!planned.empty()) description += "\nPlanned: " + planned;
    const std::string cases = meeting.cases_text();
    if (meeting.held_seq) description += "\nHeld" + (cases.empty() ? "" : "; cases: " + cases);
    const auto notice = notice_deadline(org, meeting);
    if (notice) description += "\nNotice by " + long_date(*notice);

    ics.begin("VEVENT");
    ics.raw("UID", id + "@cycle");
    ics.utc("DTSTAMP", stamp);
    ics.date("DTSTART", meeting.date);
    ics.date("DTEND", meeting.date + boost::gregorian::days(1));
    ics.text("SUMMARY", title);
    ics.text("DESCRIPTION", description);
    ics.text("CATEGORIES", meeting.body);
    ics.raw("SEQUENCE", sequence);
    ics.raw("STATUS", meeting.live() ? "CONFIRMED" : "CANCELLED");
    ics.end("VEVENT");
    // A meeting recorded as held without a schedule: no notice was ever known to be due.
    if (!notice || meeting.scheduled_seq == 0) return;

    ics.begin("VTODO");
    ics.raw("UID", id + "-notice@cycle");
    ics.utc("DTSTAMP", stamp);
    ics.date("DUE", *notice);
    ics.text("SUMMARY", "Notice: " + body_label(org, meeting.body) + " meeting " +
                            iso(meeting.date) + " - " + org.name);
    ics.text("DESCRIPTION",
             "Send the notice at least " + notice_period_text(*org.notice_of(meeting.body)) +
                 " before the meeting" + (planned.empty() ? "" : "\nPlanned: " + planned));
    ics.text("CATEGORIES", meeting.body);
    ics.raw("SEQUENCE", sequence);
    if (!meeting.live()) {
        ics.raw("STATUS", "CANCELLED");
    } else if (meeting.held_seq) {
        // The meeting was held, so its notice went out; the log does not say on which day.
        ics.raw("STATUS", "COMPLETED");
        ics.raw("PERCENT-COMPLETE", "100");
    } else {
        ics.raw("STATUS", "NEEDS-ACTION");
        write_alarms(ics, "Notice of the " + meeting.body + " meeting " + iso(meeting.date),
                     org.reminders.lead_days);
    }
    ics.end("VTODO");
}

// A live meeting, or a cancelled one no live meeting of its body replaced on its day.
bool exported(const MeetingRegister& meetings, const Meeting& meeting) {
    return meeting.live() || meetings.find(meeting.body, meeting.date) == nullptr;
}

void run_calendar(CommandRun& run, const std::string& path, std::optional<int> only_year) {
    const auto clock = make_clock(run.globals);
    const Date today = clock->today();
    OrganisationState state = read_state(run.globals, today);
    const Organisation& org = state.organisation_on(today);
    if (only_year) check_budget_year(org, *only_year);
    const int first = only_year.value_or(org.first_tracked_year);
    const int last = only_year.value_or(std::max(org.first_tracked_year, today.year() + 1));
    const auto stamp = moment_of_run(run.globals, *clock);

    ICalendarWriter ics;
    ics.begin("VCALENDAR");
    ics.raw("VERSION", "2.0");
    ics.raw("PRODID", "-//cycle//cycle deadlines//EN");
    ics.raw("CALSCALE", "GREGORIAN");
    ics.text("X-WR-CALNAME", org.name);
    for (int year = first; year <= last; ++year) {
        const BudgetCycle& machine = state.cycle(year, today);
        for (const Step& step : org.cycle_steps) write_step(ics, org, machine, step, stamp);
    }
    const MeetingRegister& meetings = state.meetings();
    for (const Meeting& meeting : meetings.all()) {
        const bool in_span = !only_year || (meeting.date.year() >= *only_year - 1 &&
                                            meeting.date.year() <= *only_year + 1);
        if (in_span && exported(meetings, meeting)) {
            write_meeting(ics, org, meetings, meeting, stamp);
        }
    }
    ics.end("VCALENDAR");
    write_output("--ics", path, ics.str());
}

}  // namespace

void add_calendar_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "calendar", "Export deadlines (VTODO, with alarms) and windows (VEVENT) as iCalendar");
    auto path = std::make_shared<std::string>();
    auto year = std::make_shared<std::optional<int>>();
    command->add_option("--ics", *path, "The .ics file to write (replaced whole), or - for stdout")
        ->required();
    command->add_option("--year", *year,
                        "Only this budget year (default: the first tracked to next year)");
    command->callback([&run, path, year] { run_calendar(run, *path, *year); });
}

}  // namespace cycle
