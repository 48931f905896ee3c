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
    // The shift to name beside the rule: one that is not its kind's default, on a rule that
    // can land on a closed day (a count of working days never does); else nothing.
    std::optional<DeadlineShift> unusual_shift() const;
    // The engine's own text of the rule, as the JSON has it: "Y-1-06-30", "end of window",
    // "6 months after Y-12-31", "at least 14 days before budget-adopted", with ", not moved"
    // (or ", moved earlier"/", moved later") for an unusual shift. For people:
    // cli/presentation/wording's rule_text.
    std::string text() const;
};

}  // namespace cycle
