#include "engine/support/mail_address.hpp"

#include <regex>

#include "engine/support/quote.hpp"

namespace cycle {

namespace {

// Compiled on first use, not at start-up: every command would pay for them otherwise, and
// only the mail format and address checks need them.
const std::string& address_pattern() {
    static const std::string atext(mail_atext());
    static const std::string dot_atom = "[" + atext + "]+(?:\\.[" + atext + "]+)*";
    static const std::string domain =
        "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+";
    static const std::string pattern = dot_atom + "@" + domain;
    return pattern;
}
const std::regex& bare_address() {
    static const std::regex compiled(address_pattern());
    return compiled;
}
// A display name: no controls (bytes below 0x20, DEL), quotes, angle brackets or backslashes.
const std::regex& named_address_pattern() {
    static const std::regex compiled(
        "([^\\x00-\\x1f\\x7f\"<>\\\\]*[^\\x00-\\x1f\\x7f\"<>\\\\ ]) <(" + address_pattern() + ")>");
    return compiled;
}

}  // namespace

std::string_view mail_atext() {
    return "A-Za-z0-9!#$%&'*+/=?^_`{|}~-";
}

bool is_mail_address(const std::string& text) {
    // RFC 5321 limits a path to 256 octets; a display name needs no more than a line. The cap
    // also keeps std::regex, which recurses per character, off long input.
    if (text.size() > 512) return false;
    if (std::regex_match(text, bare_address())) return true;
    // The regex stops ASCII controls only; a name must also hold no C1 code or bidirectional
    // formatting, which a mail program would show as they are.
    std::smatch match;
    return std::regex_match(text, match, named_address_pattern()) &&
           is_one_line_text(match[1].str());
}

std::optional<NamedAddress> named_address(const std::string& text) {
    std::smatch match;
    if (text.size() > 512 || !std::regex_match(text, match, named_address_pattern())) return {};
    return NamedAddress{match[1].str(), match[2].str()};
}

}  // namespace cycle
