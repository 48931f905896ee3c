// `cycle calendar --ics FILE [--year Y] [--lang nb|nn|en]`: every deadline as a VTODO with an alarm
// per lead time, and every window as an all-day VEVENT, in an RFC 5545 file for Outlook,
// Thunderbird or a phone. UIDs derive from organisation, budget year and step, so a new export
// updates the items of the last one; a recorded step's VTODO becomes COMPLETED. "-" writes to
// stdout. Meetings are all-day VEVENTs (CANCELLED once cancelled), each with a VTODO for the
// latest day to send its notice (COMPLETED once the meeting is held); with --year Y, those from
// 1 January of Y-1 to 31 December of Y+1, the span of that budget year's cycle.
// Summaries and descriptions are in English (step and body ids, ISO dates) unless --lang asks
// for another language, whatever the config's language says; only the words change with it.

#include "cli/commands/commands.hpp"
#include "cli/commands/output_file.hpp"
#include "cli/presentation/catalog.hpp"
#include "cli/presentation/icalendar_writer.hpp"
#include "cli/presentation/wording.hpp"
#include "config/model/schedule.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

// The words of one export: its language, and the organisation named.
struct Words {
    Language language;
    const Organisation& org;
};

// A body as its calendar entries name it: "Styret (board)", its name (its English one if the
// config gives one) and the id CATEGORIES carries; worded, its name alone.
std::string body_label(const Words& words, const std::string& id) {
    if (worded(words.language)) return body_title(words.language, words.org, id);
    if (const Body* body = words.org.find_body(id)) {
        return (body->name_en.empty() ? body->name : body->name_en) + " (" + id + ")";
    }
    return id;
}

// A body in running text: "board"; worded, "Styret".
std::string body_word(const Words& words, const std::string& id) {
    return worded(words.language) ? body_title(words.language, words.org, id) : id;
}

std::string uid(const Organisation& org, int year, const Step& step, const char* what) {
    return org.id + "-" + std::to_string(year) + "-" + step.slug() + "-" + what + "@cycle";
}

void write_alarms(ICalendarWriter& ics, const Words& words, const std::string& title,
                  const std::vector<int>& lead_days) {
    for (int lead : lead_days) {
        ics.begin("VALARM");
        ics.raw("ACTION", "DISPLAY");
        ics.text("DESCRIPTION",
                 lead == 0 ? trf(words.language, "{1}: due today", title)
                           // TRANSLATORS: {2} is what falls due, {1} the number of days left.
                           : trnf(words.language, "{2}: due in {1} day", "{2}: due in {1} days",
                                  lead, title));
        ics.raw("TRIGGER;RELATED=END", "-P" + std::to_string(lead) + "D");
        ics.end("VALARM");
    }
}

void write_step(ICalendarWriter& ics, const Words& words, const BudgetCycle& machine,
                const Step& step, const boost::posix_time::ptime& stamp) {
    const Language language = words.language;
    const Organisation& org = words.org;
    const int year = machine.budget_year();
    const StepRule& rule = org.rule(step);
    const StepTiming& timing = org.timing(step);
    const StepDates& dates = machine.schedule().at(step);
    std::string who = body_label(words, rule.body);
    if (!rule.to.empty()) {
        std::string to;
        for (const std::string& each : rule.to) {
            to += (to.empty() ? "" : ", ") + body_label(words, each);
        }
        // TRANSLATORS: who acts, and the bodies it reports to: "Styret (board) to
        // Representantskapet (assembly)".
        who = trf(language, "{1} to {2}", who, to);
    }
    const std::string step_words = step_text(language, org, step);
    // TRANSLATORS: a step and its budget year: "budget-adopted for 2021".
    const std::string title = trf(language, "{1} for {2}", step_words, std::to_string(year));

    ics.begin("VEVENT");
    ics.raw("UID", uid(org, year, step, "window"));
    ics.utc("DTSTAMP", stamp);
    ics.date("DTSTART", dates.window_from);
    ics.date("DTEND", dates.window_to + boost::gregorian::days(1));  // DTEND is exclusive
    // TRANSLATORS: a step's window in a calendar: "Window: budget-adopted for 2021 - Osloregionen".
    ics.text("SUMMARY", trf(language, "Window: {1} - {2}", title, org.name));
    const std::string from = date_text(language, dates.window_from);
    const std::string to = date_text(language, dates.window_to);
    // TRANSLATORS: who acts, and the first and last day of the window.
    ics.text("DESCRIPTION", trf(language, "{1}, {2} to {3}", who, from, to));
    ics.raw("TRANSP", "TRANSPARENT");
    ics.end("VEVENT");

    ics.begin("VTODO");
    ics.raw("UID", uid(org, year, step, "deadline"));
    ics.utc("DTSTAMP", stamp);
    ics.date("DUE", dates.deadline);
    ics.text("SUMMARY", trf(language, "Deadline: {1} - {2}", title, org.name));
    std::string description =
        who + "\n" + trf(language, "Deadline rule: {1}", rule_text(language, org, timing.deadline));
    if (auto note = shift_note_text(language, org, timing, dates)) description += "\n" + *note;
    if (dates.provisional) {
        description += "\n" + tr(language, "Provisional: counted from a step not yet recorded");
    }
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
        write_alarms(ics, words, title, org.reminders_for(step).lead_days);
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

void write_meeting(ICalendarWriter& ics, const Words& words, const MeetingRegister& meetings,
                   const Meeting& meeting, const boost::posix_time::ptime& stamp) {
    const Language language = words.language;
    const Organisation& org = words.org;
    const std::string id = org.id + "-meeting-" + meeting.body + "-" + ics_date(meeting.date);
    const std::string sequence = std::to_string(meeting_sequence(meetings, meeting));
    const std::string day = date_text(language, meeting.date);
    const std::string body = body_label(words, meeting.body);
    const std::string title = trf(language, "Meeting: {1} - {2}", body, org.name);
    // TRANSLATORS: a body, and the day of its meeting: "Styret (board) meets on 2021-02-05".
    std::string description = trf(language, "{1} meets on {2}", body, day);
    const std::string planned = plans_text(language, org, meeting);
    std::string planned_line;
    // TRANSLATORS: the steps a meeting is to decide: "Planned: budget-adopted 2022".
    if (!planned.empty()) planned_line = "\n" + trf(language, "Planned: {1}", planned);
    description += planned_line;
    const std::string cases = meeting.cases_text();
    if (meeting.held_seq && cases.empty()) {
        description += "\n" + tr(language, "Held");
    } else if (meeting.held_seq) {
        // TRANSLATORS: a meeting held, and the cases it treated: "Held; cases: 58/20, 59/20".
        description += "\n" + trf(language, "Held; cases: {1}", cases);
    }
    const auto notice = notice_deadline(org, meeting);
    if (notice) {
        // TRANSLATORS: the latest day to send a meeting's notice: "Notice by Mon 1 Jul 2024".
        description += "\n" + trf(language, "Notice by {1}", weekday_date_text(language, *notice));
    }

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
    // TRANSLATORS: the notice of a meeting in a calendar: "Notice: Styret (board) meeting
    // 2021-02-05 - Osloregionen".
    ics.text("SUMMARY", trf(language, "Notice: {1} meeting {2} - {3}", body, day, org.name));
    // TRANSLATORS: {1} is how long ahead: "14 days", "10 working days".
    ics.text("DESCRIPTION", trf(language, "Send the notice at least {1} before the meeting",
                                notice_period_words(language, *org.notice_of(meeting.body))) +
                                planned_line);
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
        const std::string body_id = body_word(words, meeting.body);
        // TRANSLATORS: a meeting whose notice is due: "Notice of the board meeting 2021-02-05".
        const std::string what = trf(language, "Notice of the {1} meeting {2}", body_id, day);
        write_alarms(ics, words, what, org.reminders.lead_days);
    }
    ics.end("VTODO");
}

struct CalendarOptions {
    std::string ics;
    std::optional<int> year;
    std::optional<std::string> lang;  // --lang; unset: English
};

// A live meeting, or a cancelled one no live meeting of its body replaced on its day.
bool exported(const MeetingRegister& meetings, const Meeting& meeting) {
    return meeting.live() || meetings.find(meeting.body, meeting.date) == nullptr;
}

void run_calendar(CommandRun& run, const CalendarOptions& options) {
    const std::optional<int> only_year = options.year;
    const auto clock = make_clock(run.globals);
    const Date today = clock->today();
    // English unless --lang asks otherwise: the config's language does not change an export.
    const Language language = lang_option(options.lang).value_or(Language::en);
    OrganisationState state = read_state(run.globals, today);
    const Organisation& org = state.organisation_on(today);
    const Words words{language, org};
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
        for (const Step& step : org.cycle_steps) write_step(ics, words, machine, step, stamp);
    }
    const MeetingRegister& meetings = state.meetings();
    for (const Meeting& meeting : meetings.all()) {
        const bool in_span = !only_year || (meeting.date.year() >= *only_year - 1 &&
                                            meeting.date.year() <= *only_year + 1);
        if (in_span && exported(meetings, meeting)) {
            write_meeting(ics, words, meetings, meeting, stamp);
        }
    }
    ics.end("VCALENDAR");
    write_output("--ics", options.ics, ics.str());
}

}  // namespace

void add_calendar_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "calendar", "Export deadlines (VTODO, with alarms) and windows (VEVENT) as iCalendar");
    auto options = std::make_shared<CalendarOptions>();
    command
        ->add_option("--ics", options->ics,
                     "The .ics file to write (replaced whole), or - for stdout")
        ->required();
    command->add_option("--year", options->year,
                        "Only this budget year (default: the first tracked to next year)");
    command->add_option(
        "--lang", options->lang,
        "nb (bokmål), nn (nynorsk) or en (default: en, whatever the config's language)");
    command->callback([&run, options] { run_calendar(run, *options); });
}

}  // namespace cycle
