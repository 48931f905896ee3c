// `cycle import FILE [--batch N]`: appends the events of a JSON-lines file (one event a line,
// the shape `cycle log --format json` and `cycle export` write) after judging each like a
// recording command would (cli/commands/log_import.hpp). A line that carries seq, prev_hash and
// hash must be exactly the next link; one without them is chained here. All lines go in one
// transaction, or with --batch N one per N events, each reported when committed. A bad line
// is named FILE:LINE (FILE:LINE:COL for JSON syntax) and nothing of its transaction is kept;
// a database the import created is removed again if nothing was committed to it.
#include <SQLiteCpp/Transaction.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

#include "cli/commands/commands.hpp"
#include "cli/commands/created_database.hpp"
#include "cli/commands/log_import.hpp"
#include "engine/log/event_json.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"

namespace cycle {

namespace {

struct ImportOptions {
    std::string file;
    std::size_t batch = 0;  // 0: one transaction for the whole file
};

// Where nlohmann's parse error happened and why, without its exception-id prefix.
std::string syntax_problem(const nlohmann::json::parse_error& error) {
    const std::string what = error.what();
    const auto column = what.find("column ");
    const auto colon = what.find(": ", column == std::string::npos ? 0 : column);
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

class Importer {
  public:
    Importer(Database& db, const ImportOptions& options, const Date& today)
        : db_(db), options_(options), today_(today), log_(db.sql()) {}

    // Reads `input` to its end; Error naming the line on the first bad one.
    void run(std::istream& input) {
        begin();
        std::string line;
        std::size_t line_number = 0;
        while (read_line(input, line)) {
            ++line_number;
            if (line.size() > max_event_bytes) {
                fail(ExitCode::bad_input, where(line_number) + ": longer than " +
                                              std::to_string(max_event_bytes) +
                                              " bytes, the most one event may take");
            }
            if (line.empty()) continue;  // a blank line (e.g. at the end) holds no event
            admit_line(line, line_number);
            if (options_.batch != 0 && pending_ == options_.batch) {
                commit(line_number);
                begin();
            }
        }
        if (input.bad()) {
            throw_bad_input(where(line_number + 1) + ": cannot be read: " + std::strerror(errno));
        }
        commit(line_number);
        std::cout << "imported " << imported_ << (imported_ == 1 ? " event" : " events");
        if (imported_ == 1) std::cout << " (#" << last_seq_ << ")";
        if (imported_ > 1) std::cout << " (#" << first_imported_ << "-#" << last_seq_ << ")";
        std::cout << " from " << options_.file << "\n";
    }

    bool committed_any() const { return committed_ > 0; }

  private:
    // Reads the next line into `line`, without its newline; false at the end of the input.
    // A line longer than max_event_bytes is cut at max_event_bytes + 1 bytes and the rest of
    // the input left unread, so that no line can take more memory than an event may.
    bool read_line(std::istream& input, std::string& line) {
        buffer_.resize(max_event_bytes + 2);
        input.getline(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        const auto read = static_cast<std::size_t>(input.gcount());
        if (read == 0 && input.eof()) return false;
        if (input.fail() && !input.eof()) {  // the buffer filled up before a newline came
            line.assign(buffer_.data(), max_event_bytes + 1);
            return true;
        }
        const bool had_newline = !input.eof();
        line.assign(buffer_.data(), read - (had_newline ? 1 : 0));
        return true;
    }

    std::string where(std::size_t line_number) const {
        return options_.file + ":" + std::to_string(line_number);
    }

    void begin() {
        transaction_.emplace(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        db_.upgrade_schema();
        log_.forget_head();
        // Between two batches another writer may have appended; then the states are rebuilt.
        if (!import_ || log_.next_seq() != last_seq_ + 1) {
            import_ = std::make_unique<LogImport>(log_, today_);
        }
        batch_first_line_ = 0;
    }

    void admit_line(const std::string& line, std::size_t line_number) {
        if (batch_first_line_ == 0) batch_first_line_ = line_number;
        // Checked on the text: parsing builds every level it reads (details nest at most
        // max_details_depth levels below the event's own object).
        if (json_text_nested_deeper_than(line, max_details_depth + 1)) {
            fail(ExitCode::bad_input, where(line_number) + ": nested more than " +
                                          std::to_string(max_details_depth + 1) +
                                          " levels deep; details may nest " +
                                          std::to_string(max_details_depth));
        }
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error& error) {
            fail(ExitCode::bad_input,
                 where(line_number) + ":" + std::to_string(error.byte) +
                     ": expected one JSON object a line: " + syntax_problem(error));
        } catch (const nlohmann::json::out_of_range& error) {
            // Well-formed JSON that nlohmann cannot hold, a number beyond a double (1e400),
            // is out_of_range, not parse_error; it is the file's fault all the same.
            fail(ExitCode::bad_input, where(line_number) + ": " + json_error_text(error) +
                                          " (a number must fit in a double)");
        }
        DecodedEvent decoded;
        try {
            decoded = event_from_json(json);
        } catch (const EventFormatError& error) {
            fail(ExitCode::bad_input, where(line_number) + ": " + error.what());
        }
        try {
            import_->admit(decoded);
        } catch (const Error& error) {
            fail(error.code(), where(line_number) + ": " + error.what());
        }
        if (imported_ == 0) first_imported_ = decoded.event.seq;
        last_seq_ = decoded.event.seq;
        ++imported_;
        ++pending_;
    }

    void commit(std::size_t last_line) {
        db_.commit(*transaction_);
        transaction_.reset();
        if (pending_ > 0 && options_.batch != 0) {
            std::cout << "committed lines " << batch_first_line_ << "-" << last_line << ": events #"
                      << last_seq_ - static_cast<std::int64_t>(pending_) + 1 << "-#" << last_seq_
                      << "\n"
                      << std::flush;  // a batch is reported once it is safe, not later
        }
        if (pending_ > 0) ++committed_;
        committed_events_ += pending_;
        pending_ = 0;
    }

    // Rolls the open transaction back and throws, saying what earlier batches kept.
    [[noreturn]] void fail(ExitCode code, std::string message) {
        transaction_.reset();
        if (committed_events_ > 0) {
            message += "; the " + std::to_string(committed_events_) +
                       " events of earlier batches stay imported";
        } else {
            message += "; nothing was imported";
        }
        throw Error(code, message);
    }

    Database& db_;
    const ImportOptions& options_;
    Date today_;
    CaseLog log_;
    std::unique_ptr<LogImport> import_;
    std::vector<char> buffer_;  // read_line's
    std::optional<SQLite::Transaction> transaction_;
    std::size_t batch_first_line_ = 0;
    std::size_t pending_ = 0;  // admitted in the open transaction
    std::size_t imported_ = 0;
    std::size_t committed_ = 0;  // transactions committed with events in them
    std::size_t committed_events_ = 0;
    std::int64_t first_imported_ = 0;
    std::int64_t last_seq_ = 0;
};

void run_import(CommandRun& run, const ImportOptions& options) {
    const auto clock = make_clock(run.globals);
    std::ifstream file;
    if (options.file != "-") {
        file.open(options.file);
        if (!file) {
            throw_bad_input(options.file + ": cannot be read: " + std::strerror(errno));
        }
    }
    std::istream& input = options.file == "-" ? std::cin : file;
    // One this import created holds nothing worth keeping unless a batch was committed to it.
    CreatedDatabase created(run.globals.db);
    Database db(run.globals.db, created.existed() ? OpenMode::read_write : OpenMode::create);
    Importer importer(db, options, clock->today());
    try {
        importer.run(input);
    } catch (...) {
        if (importer.committed_any()) created.keep();
        throw;
    }
    created.keep();
}

}  // namespace

void add_import_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "import",
        "Append the events of a JSON-lines file (as cycle export writes), each judged "
        "like a recording command; creates the database if missing");
    auto options = std::make_shared<ImportOptions>();
    command->add_option("FILE", options->file, "JSON lines, one event a line; - reads stdin")
        ->required();
    command
        ->add_option("--batch", options->batch,
                     "Commit every N events (default: the whole file in one transaction)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}));
    command->callback([&run, options] { run_import(run, *options); });
}

}  // namespace cycle
