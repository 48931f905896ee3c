// `cycle wheel --year Y --svg FILE [--lang nb|nn|en]`: the annual wheel (årshjul) of calendar
// year Y as an SVG file (workflows/queries/annual_wheel, cli/presentation/wheel_svg), as the log
// stood on --today.
// "-" writes to stdout. Exit 0, or 2 on a bad option (nothing is written then).

#include "cli/commands/commands.hpp"
#include "cli/commands/output_file.hpp"
#include "cli/presentation/wheel_svg.hpp"
#include "engine/support/error.hpp"
#include "workflows/queries/annual_wheel.hpp"

namespace cycle {

namespace {

struct WheelOptions {
    int year = 0;
    std::string svg;
    std::optional<std::string> lang;  // --lang; unset: the config's language
};

void run_wheel(CommandRun& run, const WheelOptions& options) {
    if (options.year < 1900 || options.year > 2199) {
        throw_bad_input("--year: expected a calendar year from 1900 to 2199, got " +
                        std::to_string(options.year));
    }
    const Date today = make_clock(run.globals)->today();
    const std::optional<Language> asked = lang_option(options.lang);
    OrganisationState state = read_state(run.globals, today);
    const Organisation& org = state.organisation_on(today);
    const Language language = language_for(asked, org);
    const AnnualWheel wheel = compute_annual_wheel(state, today, options.year);
    const std::string svg = wheel_svg(wheel, org, language, SvgForm::document);
    write_output("--svg", options.svg, svg);
}

}  // namespace

void add_wheel_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "wheel",
        "The annual wheel (årshjul) of a calendar year as SVG: steps, deadlines, "
        "duties, meetings and today");
    auto options = std::make_shared<WheelOptions>();
    command->add_option("--year", options->year, "The calendar year")->required();
    command->add_option("--svg", options->svg, "The .svg file to write (replaced whole), or -")
        ->required();
    command->add_option("--lang", options->lang, lang_option_help);
    command->callback([&run, options] { run_wheel(run, *options); });
}

}  // namespace cycle
