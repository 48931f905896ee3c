// Case numbers: political cases are numbered per body and per year, written `58/20`.
// They are data, not strings: (body, year, sequence). Rendered sequence/two-digit year.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cycle {

struct CaseNumber {
    std::string body;  // the body whose series the case belongs to, e.g. "board"
    int year = 0;      // four digits, e.g. 2020
    int sequence = 0;  // 1, 2, 3, ... within (body, year)

    std::string render() const;  // "58/20"; "3/1999" outside 2000-2099, so it reads back
    bool operator==(const CaseNumber&) const = default;
};

// Accepts `58/20` (20 = 2020; two-digit years are 2000-2099) and `58/2020`.
// Returns nothing for anything else; `case_number_forms` says what is accepted.
std::optional<CaseNumber> parse_case_number(std::string_view text, std::string body);
extern const char* const case_number_forms;

// Parses an option's value; throws Error(bad_input) naming the option and the accepted forms.
CaseNumber parse_case_option(std::string_view option, std::string_view text, std::string body);

}  // namespace cycle
