#include "config/model/deadline_rule.hpp"

namespace cycle {

std::string_view deadline_shift_name(DeadlineShift shift) {
    switch (shift) {
        case DeadlineShift::next_working_day:
            return "next-working-day";
        case DeadlineShift::previous_working_day:
            return "previous-working-day";
        case DeadlineShift::none:
            return "none";
    }
    return "?";
}

std::string DeadlineAnchor::text() const {
    if (step) return step->name();
    if (window_end) return "end-of-window";
    return day.text();
}

DeadlineShift DeadlineRule::default_shift(Kind kind) {
    return kind == Kind::before ? DeadlineShift::previous_working_day
                                : DeadlineShift::next_working_day;
}

std::optional<DeadlineShift> DeadlineRule::unusual_shift() const {
    // A count of working days lands on a working day: nothing to move.
    if (unit == Unit::working_days || shift == default_shift(kind)) return std::nullopt;
    return shift;
}

std::string DeadlineRule::text() const {
    std::string text;
    const bool one = amount == 1;
    const char* unit_word = one ? "day" : "days";
    if (unit == Unit::months) unit_word = one ? "month" : "months";
    if (unit == Unit::working_days) unit_word = one ? "working day" : "working days";
    const std::string count = std::to_string(amount) + " " + unit_word;
    const std::string anchor_text = anchor.window_end ? "end of window"
                                    : anchor.step     ? anchor.step->name()
                                                      : anchor.text();
    switch (kind) {
        case Kind::on:
            text = anchor.step ? "on " + anchor_text : anchor_text;
            break;
        case Kind::after:
            text = count + " after " + anchor_text;
            break;
        case Kind::before:
            text = "at least " + count + " before " + anchor_text;
            break;
    }
    if (const auto shown = unusual_shift()) {
        switch (*shown) {
            case DeadlineShift::none:
                text += ", not moved";
                break;
            case DeadlineShift::next_working_day:
                text += ", moved later";
                break;
            case DeadlineShift::previous_working_day:
                text += ", moved earlier";
                break;
        }
    }
    return text;
}

}  // namespace cycle
