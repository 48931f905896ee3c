// Errors a user sees, each tied to a documented exit code.
// Every failure cycle foresees is one of these; cli/ prints what() on one line and exits with
// code() (anything else is a bug, which cli/main.cpp reports with exit 4). Nothing is written
// to the database when one is thrown mid-command: writers hold an IMMEDIATE transaction that
// rolls back on unwind.
#pragma once

#include <stdexcept>
#include <string>

namespace cycle {

// DO NOT CHANGE THESE VALUES: scripts and cron jobs depend on them (README, `cycle --help`).
enum class ExitCode : int {
    ok = 0,
    check_failed = 1,  // a check ran and found problems (e.g. `verify` found a broken chain)
    bad_input = 2,     // usage, config, dates, case numbers
    refused = 3,       // the workflow refused the step
    storage = 4,       // locked, corrupt or unknown database
};

class Error : public std::runtime_error {
  public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ExitCode code() const { return code_; }

  private:
    ExitCode code_;
};

[[noreturn]] void throw_bad_input(const std::string& message);
[[noreturn]] void throw_refused(const std::string& message);
[[noreturn]] void throw_storage(const std::string& message);

}  // namespace cycle
