// `cycle report --html DIR [--lang nb|nn|en]`: the coordination group's status page
// (cli/presentation/html_report) as DIR/index.html, made from the log as it stood on --today (the
// latest entries are those dated up to --today; the head is the log's when the page is made);
// DIR is created if missing. Exit 0, or 2 on a bad option (nothing is written then).
#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/output_file.hpp"
#include "cli/presentation/html_report.hpp"
#include "cli/presentation/wheel_svg.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "workflows/queries/annual_wheel.hpp"

namespace cycle {

namespace {

constexpr int latest_count = 20;
// How far ahead "upcoming deadlines" looks: a quarter, what a coordination group plans over
// (a config's reminders.within-days is for the secretariat's daily reminders).
constexpr int upcoming_days = 90;

struct ReportOptions {
    std::string html;
    std::optional<std::string> lang;  // --lang; unset: the config's language
};

void run_report(CommandRun& run, const ReportOptions& options) {
    const Date today = make_clock(run.globals)->today();
    const std::optional<Language> asked = lang_option(options.lang);
    Database db(run.globals.db, OpenMode::read_only);
    // One read transaction: the state, the entries and the head all come from one snapshot of
    // the log, even while another process appends.
    SQLite::Transaction snapshot(db.sql(), SQLite::TransactionBehavior::DEFERRED);
    CaseLog log(db.sql());
    const std::string org_id = choose_organisation(log, run.globals);
    OrganisationState state = replay(log.workflow_events(org_id), today);
    const Organisation& org = state.organisation_on(today);
    const Language language = language_for(asked, org);

    ReportInput input;
    input.organisation = &org;
    input.status = compute_status(state, today, std::nullopt);
    input.reminders = compute_reminders(state, today, upcoming_days);
    const AnnualWheel wheel = compute_annual_wheel(state, today, today.year());
    input.wheel_svg = wheel_svg(wheel, org, language, SvgForm::element);
    input.latest = log.latest_events(org_id, latest_count, today);
    input.event_count = log.next_seq() - 1;
    input.head_hash = log.head_hash();
    const std::string page = html_report(input, language);

    const std::filesystem::path folder(options.html);
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error || !std::filesystem::is_directory(folder)) {
        throw_bad_input("--html: cannot make the folder " + quote(options.html) +
                        (error ? ": " + error.message() : ""));
    }
    const std::string path = (folder / "index.html").string();
    replace_file("--html", path, page);
    std::cout << "wrote " << path << "\n";
}

}  // namespace

void add_report_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "report",
        "The status page as one self-contained HTML file (DIR/index.html): live "
        "cycles, deadlines, overdue items, mandates, duties, the annual wheel, the log");
    auto options = std::make_shared<ReportOptions>();
    command->add_option("--html", options->html, "The folder to write index.html in")->required();
    command->add_option("--lang", options->lang, lang_option_help);
    command->callback([&run, options] { run_report(run, *options); });
}

}  // namespace cycle
