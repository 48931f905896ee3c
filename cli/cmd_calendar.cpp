// `cycle calendar --ics FILE [--year Y]`: every deadline as a VTODO with an alarm per lead
// time, and every window as an all-day VEVENT, in an RFC 5545 file for Outlook, Thunderbird
// or a phone. UIDs derive from organisation, budget year and step, so a new export updates the
// items of the last one; a recorded step's VTODO becomes COMPLETED. "-" writes to stdout.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "engine/error.hpp"
#include "engine/icalendar_writer.hpp"
#include "engine/quote.hpp"
#include "engine/replay.hpp"

namespace cycle {

namespace {

std::string body_label(const Organisation& org, const std::string& id) {
    for (const Body& body : org.bodies) {
        if (body.id == id) return body.name + " (" + id + ")";
    }
    return id;
}

std::string uid(const Organisation& org, int year, Step step, const char* what) {
    return org.id + "-" + std::to_string(year) + "-" + std::string(step_name(step)) + "-" + what +
           "@cycle";
}

void write_step(ICalendarWriter& ics, const Organisation& org, const BudgetCycle& machine,
                Step step, const boost::posix_time::ptime& stamp) {
    const int year = machine.budget_year();
    const StepRule& rule = org.steps.at(step);
    const StepDates& dates = machine.schedule().at(step);
    const std::string who =
        body_label(org, rule.body) + (rule.to ? " to " + body_label(org, *rule.to) : "");
    const std::string title = std::string(step_name(step)) + " for " + std::to_string(year);

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
    std::string description = who + "\nDeadline rule: " + rule.deadline.text();
    if (auto note = shift_note(org, rule, dates)) description += "\n" + *note;
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
        for (int lead : org.reminders_for(step).lead_days) {
            ics.begin("VALARM");
            ics.raw("ACTION", "DISPLAY");
            ics.text("DESCRIPTION", title + ": due " +
                                        (lead == 0 ? std::string("today")
                                                   : "in " + std::to_string(lead) +
                                                         (lead == 1 ? " day" : " days")));
            ics.raw("TRIGGER;RELATED=END", "-P" + std::to_string(lead) + "D");
            ics.end("VALARM");
        }
    }
    ics.end("VTODO");
}

// Replaces `path` whole or not at all: a half-written calendar is never left behind.
void write_file(const std::string& path, const std::string& content) {
    const std::string temporary = path + ".cycle-tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        out.close();
        if (!out) {
            std::filesystem::remove(temporary);
            throw_bad_input("--ics: cannot write " + quote(path));
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary);
        throw_bad_input("--ics: cannot write " + quote(path) + ": " + error.message());
    }
}

void run_calendar(CommandRun& run, const std::string& path, std::optional<int> only_year) {
    const auto clock = make_clock(run.globals);
    const Date today = clock->today();
    Database db(run.globals.db, OpenMode::read_only);
    CaseLog log(db.sql());
    OrganisationState state = replay(log.events(choose_organisation(log, run.globals)), today);
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
        for (Step step : cycle_steps) write_step(ics, org, machine, step, stamp);
    }
    ics.end("VCALENDAR");
    if (path == "-") {
        std::cout << ics.str() << std::flush;
        if (!std::cout) throw_bad_input("--ics -: cannot write to stdout");
    } else {
        write_file(path, ics.str());
    }
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
