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

const DeadlineRuleWords english_rule_words = {
    .day = "day",
    .days = "days",
    .month = "month",
    .months = "months",
    .end_of_window = "end of window",
    .on_step = "on ",
    .after = " after ",
    .at_least = "at least ",
    .before = " before ",
    .not_moved = ", not moved",
    .moved_later = ", moved later",
    .moved_earlier = ", moved earlier",
    .step = [](Step step) { return std::string(step_name(step)); }};

std::string DeadlineRule::text(const DeadlineRuleWords& words) const {
    std::string text;
    const bool one = amount == 1;
    const std::string count = std::to_string(amount) + " " +
                              (unit == Unit::months ? (one ? words.month : words.months)
                                                    : (one ? words.day : words.days));
    const std::string anchor_text = anchor.window_end ? words.end_of_window
                                    : anchor.step     ? words.step(*anchor.step)
                                                      : anchor.text();
    switch (kind) {
        case Kind::on:
            text = anchor.step ? words.on_step + anchor_text : anchor_text;
            break;
        case Kind::after:
            text = count + words.after + anchor_text;
            break;
        case Kind::before:
            text = words.at_least + count + words.before + anchor_text;
            break;
    }
    if (shift != default_shift(kind)) {
        switch (shift) {
            case DeadlineShift::none:
                text += words.not_moved;
                break;
            case DeadlineShift::next_working_day:
                text += words.moved_later;
                break;
            case DeadlineShift::previous_working_day:
                text += words.moved_earlier;
                break;
        }
    }
    return text;
}

}  // namespace cycle
