// What every command shares: the global options (--db, --org, --today, --actor), the clock
// they imply, and opening the database and picking the organisation.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cli/presentation/language.hpp"
#include "config/model/organisation.hpp"
#include "engine/time/clock.hpp"
#include "storage/case_log.hpp"
#include "storage/database.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

struct GlobalOptions {
    std::string db;     // --db, default $CYCLE_DB, else ./cycle.db
    std::string org;    // --org, default: the only organisation in the database
    std::string today;  // --today YYYY-MM-DD, default: today in Europe/Oslo
    std::string actor;  // --actor, default $USER, else the login name
};

// Fills the defaults that come from the environment.
GlobalOptions default_global_options();

// The clock for this run: recorded-at is the true moment of writing. Only in a test build
// (CYCLE_TEST_CLOCK) does $CYCLE_RECORDED_AT (YYYY-MM-DDTHH:MM:SSZ) fix it, for tests.
std::unique_ptr<Clock> make_clock(const GlobalOptions& options);

// The instant a command stamps its output with (a mail's Date, a calendar's DTSTAMP): with
// --today, the start of that day in Europe/Oslo, so that output is reproducible; else now.
boost::posix_time::ptime moment_of_run(const GlobalOptions& options, const Clock& clock);

// The organisation a command works on: --org if given (it must be registered), else the
// only one. Error(bad_input) when it is ambiguous or unknown; Error(storage) when none.
std::string choose_organisation(const CaseLog& log, const GlobalOptions& options);

// For read commands: opens the database read-only, chooses the organisation, and replays its
// log as it stood on `as_of` (the events dated on or before it).
OrganisationState read_state(const GlobalOptions& options, const Date& as_of);

// --year must be a budget year the organisation tracks: from its first tracked year to 2200
// (the cycle in preparation on the last day a date may be, 2199-12-31). Error(bad_input)
// otherwise.
void check_budget_year(const Organisation& org, int year);

// An option's text must be one line (no control characters, not blank). Error(bad_input)
// naming the option otherwise.
void check_one_line(const char* option, const std::string& value);

// A body the organisation has, or Error(bad_input) naming the option, with the closest id
// and the list of bodies.
void check_body(const char* option, const Organisation& org, const std::string& body);

// The language --lang asks for, if given: "nb" or "en"; anything else, "" too, is
// Error(bad_input) naming the option. Called before the database opens, so that a bad option
// leaves even a file an older version wrote untouched.
std::optional<Language> lang_option(const std::optional<std::string>& option);
// The language asked for, else the organisation's configured one (nb when it names none).
Language language_for(const std::optional<Language>& asked, const Organisation& org);
inline constexpr const char* lang_option_help =
    "nb (bokmål), nn (nynorsk) or en (default: the config's language, else nb)";

// --actor must name someone on one line. Error(bad_input) otherwise.
void check_actor(const GlobalOptions& options);

// Names the database in a storage failure SQLite reported (locked, corrupt, read-only).
[[noreturn]] void throw_storage_failure(const GlobalOptions& options, const std::exception& error);

}  // namespace cycle
