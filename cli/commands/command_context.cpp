#include "cli/commands/command_context.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"

namespace cycle {

GlobalOptions default_global_options() {
    GlobalOptions options;
    const char* db = std::getenv("CYCLE_DB");
    options.db = db != nullptr && *db != '\0' ? db : "cycle.db";
    const char* user = std::getenv("USER");
    if (user != nullptr && *user != '\0') {
        options.actor = user;
    } else if (const passwd* entry = getpwuid(getuid()); entry != nullptr) {
        options.actor = entry->pw_name;
    } else {
        options.actor = "uid " + std::to_string(getuid());
    }
    return options;
}

std::unique_ptr<Clock> make_clock(const GlobalOptions& options) {
    std::optional<std::string> recorded_at;
#ifdef CYCLE_TEST_CLOCK
    // Only a test build (CMake option CYCLE_TEST_CLOCK) lets the environment say when events
    // were recorded: in the binary a council runs, recorded-at is always the true moment.
    if (const char* fixed = std::getenv("CYCLE_RECORDED_AT"); fixed != nullptr) {
        if (!is_utc_timestamp(fixed)) {
            throw_bad_input("$CYCLE_RECORDED_AT: expected YYYY-MM-DDTHH:MM:SSZ, got " +
                            quote(fixed));
        }
        recorded_at = fixed;
    }
#endif
    if (options.today.empty()) {
        if (!recorded_at) return std::make_unique<SystemClock>();
        return std::make_unique<FixedClock>(SystemClock().today(), recorded_at);
    }
    return std::make_unique<FixedClock>(parse_date_option("--today", options.today), recorded_at);
}

boost::posix_time::ptime moment_of_run(const GlobalOptions& options, const Clock& clock) {
    if (!options.today.empty()) return oslo_start_of_day_utc(clock.today());
    return boost::posix_time::second_clock::universal_time();
}

std::string choose_organisation(const CaseLog& log, const GlobalOptions& options) {
    // The common case, a registered --org, without listing the others.
    if (!options.org.empty() && log.is_registered(options.org)) return options.org;
    const std::vector<std::string> ids = log.organisations();
    if (ids.empty()) {
        throw_storage("--db " + quote(options.db) +
                      " holds no organisation; register one with: cycle init --config FILE");
    }
    if (!options.org.empty()) {
        if (std::find(ids.begin(), ids.end(), options.org) == ids.end()) {
            throw_bad_input("--org: no organisation " + quote(options.org) + " in " +
                            quote(options.db) + did_you_mean(options.org, ids));
        }
        return options.org;
    }
    if (ids.size() > 1) {
        std::string list;
        for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
        throw_bad_input("--org: " + quote(options.db) + " holds " + std::to_string(ids.size()) +
                        " organisations (" + list + "); choose one with --org ID");
    }
    return ids.front();
}

std::optional<Language> lang_option(const std::optional<std::string>& option) {
    if (!option) return std::nullopt;
#ifdef CYCLE_TEST_CLOCK
    // The pseudo-locale of test builds (tests/i18n), never in the binary a council runs.
    if (*option == "qps") return Language::qps;
#endif
    const auto language = parse_language(*option);
    if (!language) throw_bad_input("--lang: expected nb, nn or en, got " + quote(*option));
    return language;
}

Language language_for(const std::optional<Language>& asked, const Organisation& org) {
    return asked ? *asked : parse_language(org.language).value_or(Language::nb);
}

OrganisationState read_state(const GlobalOptions& options, const Date& as_of) {
    Database db(options.db, OpenMode::read_only);
    CaseLog log(db.sql());
    return replay(log.workflow_events(choose_organisation(log, options)), as_of);
}

void check_budget_year(const Organisation& org, int year) {
    constexpr int last_year = 2200;  // today's year + 1, for the last day a date may be
    if (year < org.first_tracked_year || year > last_year) {
        throw_bad_input("--year " + std::to_string(year) + " is outside the budget years " +
                        org.id + " tracks (" + std::to_string(org.first_tracked_year) + "-" +
                        std::to_string(last_year) + ")");
    }
}

void check_one_line(const char* option, const std::string& value) {
    if (!is_one_line_text(value)) {
        throw_bad_input(std::string(option) + ": expected one line of text, got " + quote(value));
    }
}

void check_body(const char* option, const Organisation& org, const std::string& body) {
    std::vector<std::string> ids;
    for (const Body& known : org.bodies) ids.push_back(known.id);
    if (std::find(ids.begin(), ids.end(), body) != ids.end()) return;
    std::string list;
    for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
    throw_bad_input(std::string(option) + ": unknown body " + quote(body) +
                    did_you_mean(body, ids) + " (bodies: " + list + ")");
}

void check_actor(const GlobalOptions& options) {
    if (!is_one_line_text(options.actor)) {
        throw_bad_input("--actor: expected a name on one line, got " + quote(options.actor));
    }
}

void throw_storage_failure(const GlobalOptions& options, const std::exception& error) {
    const std::string what = error.what();
    if (what.find("database is locked") != std::string::npos) {
        throw_storage("--db " + quote(options.db) + " is locked by another writer; gave up after " +
                      std::to_string(busy_timeout_ms / 1000) +
                      " s, nothing was written; try again");
    }
    throw_storage("--db " + quote(options.db) + ": " + what);
}

}  // namespace cycle
