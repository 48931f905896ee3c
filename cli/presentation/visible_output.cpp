#include "cli/presentation/visible_output.hpp"

#include <algorithm>
#include <iostream>
#include <string_view>

#include "engine/support/quote.hpp"

namespace cycle {

namespace {

// Where the complete text in `held` ends: before a trailing UTF-8 lead byte whose character
// has not all arrived, and before a trailing "\r" that may yet turn out to end a CRLF line.
std::size_t complete_prefix(const std::string& held) {
    std::size_t end = held.size();
    for (std::size_t back = 1; back <= 3 && back <= held.size(); ++back) {
        const auto byte = static_cast<unsigned char>(held[held.size() - back]);
        if ((byte & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        const std::size_t length = (byte & 0xE0) == 0xC0   ? 2
                                   : (byte & 0xF0) == 0xE0 ? 3
                                   : (byte & 0xF8) == 0xF0 ? 4
                                                           : 1;
        if (length > back) end = held.size() - back;
        break;
    }
    if (end > 0 && held[end - 1] == '\r') --end;
    return end;
}

bool printable_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F;
    });
}

// A line escaped. Most output is printable ASCII, taken as it is without decoding: `export`
// writes every event through here.
void append_line(std::string& out, std::string_view line) {
    if (printable_ascii(line)) {
        out += line;
    } else {
        out += visible_text(line, "");
    }
}

// `text` escaped line by line; "\n" and "\r\n" stay as they are, every other control shows.
std::string escaped_lines(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t newline = text.find('\n', start);
        if (newline == std::string_view::npos) {
            append_line(out, text.substr(start));
            break;
        }
        const bool crlf = newline > start && text[newline - 1] == '\r';
        append_line(out, text.substr(start, newline - start - (crlf ? 1 : 0)));
        out += crlf ? "\r\n" : "\n";
        start = newline + 1;
    }
    return out;
}

}  // namespace

VisibleTextBuffer::~VisibleTextBuffer() {
    pass_on(true);
    target_.pubsync();
}

VisibleTextBuffer::int_type VisibleTextBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    held_ += traits_type::to_char_type(c);
    return pass_on(false) ? c : traits_type::eof();
}

std::streamsize VisibleTextBuffer::xsputn(const char* text, std::streamsize count) {
    held_.append(text, static_cast<std::size_t>(count));
    return pass_on(false) ? count : 0;
}

int VisibleTextBuffer::sync() {
    if (!pass_on(false)) return -1;
    return target_.pubsync();
}

bool VisibleTextBuffer::pass_on(bool final) {
    const std::size_t end = final ? held_.size() : complete_prefix(held_);
    if (end == 0) return true;
    const std::string out = escaped_lines(std::string_view(held_).substr(0, end));
    held_.erase(0, end);
    return target_.sputn(out.data(), static_cast<std::streamsize>(out.size())) ==
           static_cast<std::streamsize>(out.size());
}

VisibleStandardStreams::VisibleStandardStreams()
    : out_(std::cout.rdbuf()), err_(std::cerr.rdbuf()), visible_out_(*out_), visible_err_(*err_) {
    std::cout.rdbuf(&visible_out_);
    std::cerr.rdbuf(&visible_err_);
}

VisibleStandardStreams::~VisibleStandardStreams() {
    std::cout.flush();
    std::cerr.flush();
    std::cout.rdbuf(out_);
    std::cerr.rdbuf(err_);
}

}  // namespace cycle
