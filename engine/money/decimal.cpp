#include "engine/money/decimal.hpp"

namespace cycle {

std::optional<std::int64_t> parse_decimal(std::string_view text, int places) {
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int fraction_digits = 0;
    bool seen_separator = false;
    int whole_digits = 0;
    for (char c : text) {
        if (c == '.' || c == ',') {
            if (seen_separator) return std::nullopt;
            seen_separator = true;
        } else if (c >= '0' && c <= '9') {
            if (seen_separator) {
                if (++fraction_digits > places) return std::nullopt;
                fraction = fraction * 10 + (c - '0');
            } else {
                if (++whole_digits > 12) return std::nullopt;
                whole = whole * 10 + (c - '0');
            }
        } else {
            return std::nullopt;
        }
    }
    if (whole_digits == 0 || (seen_separator && fraction_digits == 0)) return std::nullopt;
    for (int i = fraction_digits; i < places; ++i) fraction *= 10;
    std::int64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    return whole * scale + fraction;
}

std::string format_decimal(std::int64_t scaled, int places) {
    std::int64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    std::string text = std::to_string(scaled / scale);
    if (places > 0) {
        std::string fraction = std::to_string(scaled % scale);
        // Appended piece by piece: "." + std::string(...) makes g++ 12 at -O3 warn falsely
        // (-Wrestrict, GCC bug 105329).
        text += '.';
        text.append(static_cast<std::size_t>(places) - fraction.size(), '0');
        text += fraction;
    }
    return text;
}

}  // namespace cycle
