#include "engine/log/case_number.hpp"

#include <cstdio>

#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"

namespace cycle {

const char* const case_number_forms = "N/YY or N/YYYY, e.g. 58/20 or 58/2020";

std::string CaseNumber::render() const {
    // Two digits read back as 20YY, so other centuries keep all four.
    char buffer[32];
    if (year >= 2000 && year <= 2099) {
        std::snprintf(buffer, sizeof buffer, "%d/%02d", sequence, year % 100);
    } else {
        std::snprintf(buffer, sizeof buffer, "%d/%d", sequence, year);
    }
    return buffer;
}

std::optional<CaseNumber> parse_case_number(std::string_view text, std::string body) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const std::string_view number = text.substr(0, slash);
    const std::string_view year = text.substr(slash + 1);
    auto digits_only = [](std::string_view s) {
        if (s.empty()) return false;
        for (char c : s) {
            if (c < '0' || c > '9') return false;
        }
        return true;
    };
    if (!digits_only(number) || number.size() > 6 || number[0] == '0') return std::nullopt;
    if (!digits_only(year) || (year.size() != 2 && year.size() != 4)) return std::nullopt;
    int sequence = 0;
    for (char c : number) sequence = sequence * 10 + (c - '0');
    int full_year = 0;
    for (char c : year) full_year = full_year * 10 + (c - '0');
    if (year.size() == 2) full_year += 2000;
    if (full_year < 1900 || full_year > 2199) return std::nullopt;
    return CaseNumber{std::move(body), full_year, sequence};
}

CaseNumber parse_case_option(std::string_view option, std::string_view text, std::string body) {
    auto parsed = parse_case_number(text, std::move(body));
    if (!parsed) {
        throw_bad_input(std::string(option) + ": " + quote(text) +
                        " is not a case number; expected " + case_number_forms);
    }
    return *parsed;
}

}  // namespace cycle
