// How a machine turns the problems its guards found into a verdict. Shared by every workflow
// so that refusals, overrides and lateness read the same everywhere.
//   - no problems and in time: accepted, regular;
//   - problems without --override: refused, naming the first problem;
//   - problems with --override: accepted, irregular, the override and the problems recorded;
//   - after the deadline: needs --reason (an override does not excuse lateness); kept, irregular;
//   - replayed from the log: once accepted, irregular and reason are those recorded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/log/case_number.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle {

// The verdict a step got when it was recorded, as the case log keeps it.
struct LoggedVerdict {
    bool irregular = false;
    std::string reason;
};

// What the user says about one recorded step.
struct StepFacts {
    std::int64_t seq = 0;  // the sequence number it will have in the case log
    Date date;             // effective date
    std::optional<CaseNumber> case_number;
    std::optional<std::string> late_reason;      // --reason
    std::optional<std::string> override_reason;  // --override
    // Set when replaying the log: an accepted step keeps the irregularity it was recorded
    // with, even where a replay as of an earlier day would word it otherwise.
    std::optional<LoggedVerdict> logged;
};

struct Verdict {
    bool accepted = false;
    std::string refusal;  // why not, when !accepted: one line for the user
    bool irregular = false;
    std::string irregular_reason;  // stored with the event for auditors
    bool override_unused = false;  // --override given, but nothing needed overriding
    bool reason_unused = false;    // --reason given, but the step was in time
};

// `subject` names the step for messages, e.g. "budget-adopted for 2021".
Verdict judge(const std::string& subject, const std::vector<std::string>& problems,
              const StepFacts& facts, std::optional<Date> deadline);

}  // namespace cycle
