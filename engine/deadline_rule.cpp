#include "engine/deadline_rule.hpp"

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
    if (step) return std::string(step_name(*step));
    if (window_end) return "end-of-window";
    return day.text();
}

DeadlineShift DeadlineRule::default_shift(Kind kind) {
    return kind == Kind::before ? DeadlineShift::previous_working_day
                                : DeadlineShift::next_working_day;
}

std::string DeadlineRule::text() const {
    std::string text;
    const std::string count =
        std::to_string(amount) + (unit == Unit::months ? (amount == 1 ? " month" : " months")
                                                       : (amount == 1 ? " day" : " days"));
    const std::string anchor_text = anchor.window_end ? "end of window" : anchor.text();
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
    if (shift != default_shift(kind)) {
        switch (shift) {
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
