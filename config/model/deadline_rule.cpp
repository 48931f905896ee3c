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

const DeadlineRuleWords english_rule_words = {.day = "day",
                                              .days = "days",
                                              .month = "month",
                                              .months = "months",
                                              .working_day = "working day",
                                              .working_days = "working days",
                                              .end_of_window = "end of window",
                                              .on_step = "on ",
                                              .after = " after ",
                                              .at_least = "at least ",
                                              .before = " before ",
                                              .not_moved = ", not moved",
                                              .moved_later = ", moved later",
                                              .moved_earlier = ", moved earlier",
                                              .step = [](const Step& step) { return step.name(); }};

std::string DeadlineRule::text(const DeadlineRuleWords& words) const {
    std::string text;
    const bool one = amount == 1;
    const char* unit_word = one ? words.day : words.days;
    if (unit == Unit::months) unit_word = one ? words.month : words.months;
    if (unit == Unit::working_days) unit_word = one ? words.working_day : words.working_days;
    const std::string count = std::to_string(amount) + " " + unit_word;
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
    // A count of working days lands on a working day: nothing to move.
    if (unit != Unit::working_days && shift != default_shift(kind)) {
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
