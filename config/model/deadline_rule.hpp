// How a step's deadline is found in a budget year, as the config states it:
//   on a day:         "Y-1-06-30", or the end of the step's window;
//   N days or months after an anchor (domstolloven § 148 for months);
//   at least N days before an anchor;
//   N working days after, or at least N working days before, an anchor (counting only days
//   that are open, so the day counted is a working day and never moves).
// An anchor is a day relative to the budget year, the end of the step's window, or another
// step of the same budget year (the day it was recorded; while it is open, its deadline).
// A deadline on a closed day then moves (domstolloven § 149): to the next working day, or for
// "at least N days before" to the working day before, unless the rule says otherwise.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "engine/log/step.hpp"
#include "engine/time/relative_date.hpp"

namespace cycle {

enum class DeadlineShift { next_working_day, previous_working_day, none };
std::string_view deadline_shift_name(DeadlineShift shift);  // "next-working-day", ...

struct DeadlineAnchor {
    std::optional<Step> step;  // another step of the same budget year
    bool window_end = false;   // else: the end of the step's own window
    RelativeDate day;          // else: this day
    std::string text() const;  // "draft-submitted", "end-of-window", "Y-12-31"
};

// The words a rule is written in: English here, bokmål in cli/presentation/wording.
struct DeadlineRuleWords {
    const char* day;                               // "day"
    const char* days;                              // "days"
    const char* month;                             // "month"
    const char* months;                            // "months"
    const char* working_day;                       // "working day"
    const char* working_days;                      // "working days"
    const char* end_of_window;                     // "end of window"
    const char* on_step;                           // "on " (before a step's name)
    const char* after;                             // " after "
    const char* at_least;                          // "at least "
    const char* before;                            // " before "
    const char* not_moved;                         // ", not moved"
    const char* moved_later;                       // ", moved later"
    const char* moved_earlier;                     // ", moved earlier"
    std::function<std::string(const Step&)> step;  // an anchor step: "budget-adopted"
};
extern const DeadlineRuleWords english_rule_words;

struct DeadlineRule {
    enum class Kind { on, after, before };
    enum class Unit { days, months, working_days };

    Kind kind = Kind::on;
    DeadlineAnchor anchor;
    int amount = 0;  // for after and before
    Unit unit = Unit::days;
    DeadlineShift shift = DeadlineShift::next_working_day;

    // The shift a rule of this kind has unless it says otherwise.
    static DeadlineShift default_shift(Kind kind);
    // "Y-1-06-30", "end of window", "6 months after Y-12-31", "at least 14 days before
    // budget-adopted"; with ", not moved" (or ", moved earlier"/", moved later") when the
    // shift off closed days is not the default.
    std::string text(const DeadlineRuleWords& words = english_rule_words) const;
};

}  // namespace cycle
