// `cycle correct SEQ --reason TEXT [--date D] [--case N/YY] [--note TEXT]`: records that event
// SEQ was wrong, and what is right, as a new event (kind correction) pointing at it. Nothing is
// edited: the log keeps the original, and the machines keep judging it as it was recorded.
#include <iostream>

#include "cli/commands/commands.hpp"
#include "cli/commands/log_writer.hpp"
#include "engine/log/case_series.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

namespace {

struct CorrectOptions {
    std::int64_t seq = 0;
    std::string reason;
    std::optional<std::string> date;
    std::optional<std::string> case_number;
    std::optional<std::string> note;
};

void run_correct(CommandRun& run, const CorrectOptions& options) {
    check_one_line("--reason", options.reason);
    if (options.note) check_one_line("--note", *options.note);
    nlohmann::json details = {{"corrects", options.seq}, {"reason", options.reason}};
    if (options.date) details["date"] = iso(parse_date_option("--date", *options.date));
    if (options.note) details["note"] = *options.note;
    check_actor(run.globals);
    const auto clock = make_clock(run.globals);

    LogWriter writer(run.globals);
    const std::optional<Event> corrected = writer.log().event(writer.org(), options.seq);
    if (!corrected) {
        throw_bad_input("SEQ: no event #" + std::to_string(options.seq) + " of " + writer.org() +
                        " (the log has " + std::to_string(writer.log().next_seq() - 1) +
                        " events)");
    }
    if (options.case_number) {
        const std::string series =
            corrected->case_number ? corrected->case_number->body : corrected->body;
        const CaseNumber number = parse_case_option("--case", *options.case_number, series);
        const Date right_date =
            options.date ? parse_date_option("--date", *options.date) : corrected->effective_date;
        if (auto refusal = case_year_refusal(number, right_date)) throw_refused(*refusal);
        details["case"] = number.render();
    }
    Event event = writer.next_event(kind_correction, clock->today(), *clock);
    event.body = corrected->body;
    event.budget_year = corrected->budget_year;
    event.details = details;
    writer.judge(event);
    writer.append_and_commit(event);
    std::cout << "recorded #" << event.seq << " correction of #" << options.seq << " ("
              << corrected->kind << ", " << iso(corrected->effective_date)
              << "): " << options.reason << "\n";
}

}  // namespace

void add_correct_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "correct", "Record a correction of event SEQ as a new event; nothing is edited");
    auto options = std::make_shared<CorrectOptions>();
    command->add_option("SEQ", options->seq, "The sequence number of the event to correct")
        ->required()
        ->check(CLI::PositiveNumber);
    command->add_option("--reason", options->reason, "What was wrong")->required();
    command->add_option("--date", options->date, "The right date, if the date was wrong");
    command->add_option("--case", options->case_number, "The right case number, if it was wrong");
    command->add_option("--note", options->note, "Anything else that is right instead");
    command->callback([&run, options] { run_correct(run, *options); });
}

}  // namespace cycle
