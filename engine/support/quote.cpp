#include "engine/support/quote.hpp"

#include <cstdint>
#include <cstdio>
#include <optional>

namespace cycle {

namespace {

// Decodes the UTF-8 sequence at `at`, advancing it; nothing for an invalid sequence (then
// `at` has moved past one byte).
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at++);
    if (lead < 0x80) return lead;
    int length = 0;
    char32_t point = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 1;
        point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 2;
        point = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 3;
        point = lead & 0x07;
    } else {
        return std::nullopt;
    }
    if (at + static_cast<std::size_t>(length) > text.size()) return std::nullopt;
    for (int i = 0; i < length; ++i) {
        if ((byte(at + static_cast<std::size_t>(i)) & 0xC0) != 0x80) return std::nullopt;
        point = (point << 6) | (byte(at + static_cast<std::size_t>(i)) & 0x3F);
    }
    const char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
    if (point < smallest[length] || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) {
        return std::nullopt;
    }
    at += static_cast<std::size_t>(length);
    return point;
}

bool breaks_line(char32_t point) {
    return point < 0x20 || (point >= 0x7F && point <= 0x9F) || point == 0x2028 || point == 0x2029 ||
           (point >= 0x202A && point <= 0x202E) || (point >= 0x2066 && point <= 0x2069) ||
           point == 0x200E || point == 0x200F || point == 0x061C;
}

std::string escaped(char32_t point) {
    switch (point) {
        case '\n':
            return "\\n";
        case '\r':
            return "\\r";
        case '\t':
            return "\\t";
        default: {
            char buffer[16];  // room for "\\u" and the 8 hex digits a char32_t can need
            std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(point));
            return buffer;
        }
    }
}

// Copies `text`, escaping what would break the line but the controls in `kept`; `in_quotes`
// also escapes '"' and '\'.
std::string escape(std::string_view text, bool in_quotes, std::string_view kept = {}) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = at;
        const auto point = next_code_point(text, at);
        if (!point) {
            out += "\xEF\xBF\xBD";  // U+FFFD
        } else if (breaks_line(*point) &&
                   !(*point < 0x80 && kept.find(static_cast<char>(*point)) != kept.npos)) {
            out += escaped(*point);
        } else if (in_quotes && (*point == '"' || *point == '\\')) {
            out += '\\';
            out += static_cast<char>(*point);
        } else {
            out.append(text.substr(start, at - start));
        }
    }
    return out;
}

}  // namespace

std::string quote(std::string_view text) {
    return "\"" + escape(text, true) + "\"";
}

std::string one_line(std::string_view text) {
    return escape(text, false);
}

std::string visible_text(std::string_view text, std::string_view kept) {
    return escape(text, false, kept);
}

bool is_single_line(std::string_view text) {
    std::size_t at = 0;
    while (at < text.size()) {
        const auto point = next_code_point(text, at);
        if (!point || breaks_line(*point)) return false;
    }
    return true;
}

bool is_one_line_text(std::string_view text) {
    return is_single_line(text) && text.find_first_not_of(' ') != std::string_view::npos;
}

}  // namespace cycle
