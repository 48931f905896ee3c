#include "engine/log/step.hpp"

#include <algorithm>

namespace cycle {

bool is_identifier(const std::string& text) {
    // By hand, not with std::regex: libstdc++'s matcher recurses once per character, and an
    // id of a few hundred thousand letters overflowed the stack (a hand-made input, tests/fuzz).
    if (text.empty() || text[0] < 'a' || text[0] > 'z') return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

std::string_view recurrence_name(Recurrence every) {
    switch (every) {
        case Recurrence::none:
            return "none";
        case Recurrence::tertial:
            return "tertial";
        case Recurrence::quarter:
            return "quarter";
        case Recurrence::month:
            return "month";
    }
    return "?";
}

int periods_in_year(Recurrence every) {
    switch (every) {
        case Recurrence::none:
            return 1;
        case Recurrence::tertial:
            return 3;
        case Recurrence::quarter:
            return 4;
        case Recurrence::month:
            return 12;
    }
    return 1;
}

std::string Step::period_label() const {
    switch (every) {
        case Recurrence::none:
            return "";
        case Recurrence::tertial:
            return "T" + std::to_string(occurrence);
        case Recurrence::quarter:
            return "Q" + std::to_string(occurrence);
        case Recurrence::month:
            return std::string(occurrence < 10 ? "M0" : "M") + std::to_string(occurrence);
    }
    return "";
}

std::string Step::slug() const {
    if (every == Recurrence::none) return id;
    std::string label = period_label();
    label[0] = static_cast<char>(label[0] - 'A' + 'a');
    return id + "-" + label;
}

std::string Step::name() const {
    if (every == Recurrence::none) return id;
    return id + " " + period_label();
}

}  // namespace cycle
