// A mail address as cycle accepts one, in a config or on the command line: "name@example.org"
// or "Display Name <name@example.org>", a dot-atom address and a display name of printable
// text without quotes, angle brackets, backslashes, controls or bidirectional formatting
// (other UTF-8 allowed). Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cycle {

bool is_mail_address(const std::string& text);

// "Display Name <name@example.org>" split into its name and mailbox; nothing for a bare one.
struct NamedAddress {
    std::string name;
    std::string mailbox;
};
std::optional<NamedAddress> named_address(const std::string& text);

// The characters of an RFC 5322 atom (atext), as a regex bracket expression's contents.
std::string_view mail_atext();

}  // namespace cycle
