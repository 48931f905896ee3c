// `cycle case open --body BODY --title TEXT [--date D]`: allocates the next number in the
// body's series for the year of D and records it (kind case-opened); prints the number alone,
// e.g. `59/20`, for scripts. `cycle case show N/YY [--body B]`: every event under the case,
// and the corrections of those events.
#include <algorithm>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/log_writer.hpp"
#include "cli/presentation/event_listing.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

constexpr int highest_case_sequence = 999'999;  // what parse_case_number reads back

struct OpenOptions {
    std::string body;
    std::string title;
    std::optional<std::string> date;
};

void run_open(CommandRun& run, const OpenOptions& options) {
    const auto clock = make_clock(run.globals);
    const Date date = options.date ? parse_date_option("--date", *options.date) : clock->today();
    if (date > clock->today()) {
        throw_bad_input("--date " + iso(date) + " is after today (" + iso(clock->today()) +
                        "); open a case on the day it is opened");
    }
    check_one_line("--title", options.title);
    check_actor(run.globals);

    // The number is allocated and appended under one write lock: concurrent openings queue
    // behind it (busy timeout) and each sees the number the one before took.
    LogWriter writer(run.globals);
    check_body("--body", writer.state().organisation_on(date), options.body);
    const int sequence = writer.log().next_case_sequence(writer.org(), options.body, date.year());
    if (sequence > highest_case_sequence) {
        // Only a number given by hand gets this far; name the event that gave it.
        const CaseNumber last{options.body, date.year(), highest_case_sequence};
        const auto by = writer.log().first_citing(writer.org(), last);
        throw_refused("the " + options.body + "'s series for " + std::to_string(date.year()) +
                      " is full: case " + last.render() + ", the highest number there can be, " +
                      (by ? "was registered by #" + std::to_string(*by) : "is in use") +
                      "; numbers are never reused (see cycle case show " + last.render() +
                      " --body " + options.body + ")");
    }
    Event event = writer.next_event(kind_case_opened, date, *clock);
    event.body = options.body;
    event.case_number = CaseNumber{options.body, date.year(), sequence};
    event.details = {{"title", options.title}};
    writer.judge(event);
    writer.append_and_commit(event);
    std::cout << event.case_number->render() << "\n";
}

void run_show(CommandRun& run, const std::string& number_text,
              const std::optional<std::string>& body, const std::string& format) {
    const CaseNumber number = parse_case_option("CASE", number_text, body.value_or(""));
    Database db(run.globals.db, OpenMode::read_only);
    CaseLog log(db.sql());
    const std::string org = choose_organisation(log, run.globals);
    const std::vector<std::string> bodies = log.bodies_with_case(org, number.year, number.sequence);
    std::string list;
    for (const std::string& id : bodies) list += (list.empty() ? "" : ", ") + id;
    if (body && std::find(bodies.begin(), bodies.end(), *body) == bodies.end()) {
        throw_bad_input("CASE: no case " + number.render() + " in the " + *body + "'s series" +
                        (bodies.empty() ? "" : " (it is in the series of " + list + ")"));
    }
    if (bodies.empty()) throw_bad_input("CASE: no case " + number.render() + " is recorded");
    if (!body && bodies.size() > 1) {
        throw_bad_input("CASE: " + number.render() + " is in the series of " + list +
                        "; say which with --body");
    }
    const std::string series = body.value_or(bodies.front());
    const std::string rendered = CaseNumber{series, number.year, number.sequence}.render();
    std::vector<Event> shown;
    std::vector<std::int64_t> shown_seqs;
    bool grants_mandate = false;
    for (Event& event : log.events(org)) {
        const bool cites = event.case_number && event.case_number->body == series &&
                           event.case_number->year == number.year &&
                           event.case_number->sequence == number.sequence;
        if (cites && event.kind == kind_mandate_granted) grants_mandate = true;
        // What the case's mandate was used for, and its revocation (under another number).
        const bool under_its_mandate =
            grants_mandate && event.details.value("under_mandate", std::string()) == rendered;
        const bool revokes_it = event.kind == kind_mandate_revoked && event.body == series &&
                                event.details.value("revokes", std::string()) == rendered;
        // The meetings that treated it.
        const bool treated =
            event.kind == kind_meeting_held && event.body == series &&
            event.details.contains("cases") && event.details.at("cases").is_array() &&
            std::find(event.details.at("cases").begin(), event.details.at("cases").end(),
                      rendered) != event.details.at("cases").end();
        bool corrects = false;
        if (event.kind == kind_correction) {
            const nlohmann::json& target = event.details.at("corrects");
            if (!target.is_number_integer()) {
                throw_storage("case log #" + std::to_string(event.seq) +
                              " cannot be read (corrects is not a sequence number); run cycle "
                              "verify");
            }
            // Corrections of what is shown, corrections of those included.
            corrects = std::find(shown_seqs.begin(), shown_seqs.end(),
                                 target.get<std::int64_t>()) != shown_seqs.end();
        }
        if (cites || under_its_mandate || revokes_it || treated || corrects) {
            shown_seqs.push_back(event.seq);
            shown.push_back(std::move(event));
        }
    }
    print_events(std::cout, shown, format);
}

}  // namespace

void add_case_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand("case", "Case numbers: open a case, show one");
    command->require_subcommand(1);

    auto* open = command->add_subcommand(
        "open", "Allocate the next number in a body's series for the year and print it (59/20)");
    auto options = std::make_shared<OpenOptions>();
    open->add_option("--body", options->body, "The body whose series the case is in")->required();
    open->add_option("--title", options->title, "What the case is about")->required();
    open->add_option("--date", options->date, "The day it is opened (default: --today)");
    open->callback([&run, options] { run_open(run, *options); });

    auto* show = command->add_subcommand("show", "Everything recorded under a case number");
    auto number = std::make_shared<std::string>();
    auto body = std::make_shared<std::optional<std::string>>();
    auto format = std::make_shared<std::string>("text");
    show->add_option("CASE", *number, "The case number, 58/20 or 58/2020")->required();
    show->add_option("--body", *body, "The body's series, when several have the number");
    show->add_option("--format", *format, "text, json (one object per line) or csv")
        ->check(CLI::IsMember({"text", "json", "csv"}));
    show->callback([&run, number, body, format] { run_show(run, *number, *body, *format); });
}

}  // namespace cycle
