// Fuzz target for engine/time/calendar_date's parse_iso_date (every date a user types or a case
// log holds). Contract: for any text it returns a date or a problem, never throws; a date is
// in 1900-2199 and iso() writes it back as exactly the text given (the parser is strict, so
// there is one spelling of each day), which parses back to the same date; a refusal says why.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/time/calendar_date.hpp"
#include "tests/fuzz/fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const cycle::DateParse parsed = cycle::parse_iso_date(text);
    if (!parsed.date) {
        FUZZ_CHECK(!parsed.problem.empty(), "a refusal without a reason");
        return 0;
    }
    FUZZ_CHECK(parsed.problem.empty(), "a date with a problem: " + parsed.problem);
    FUZZ_CHECK(!parsed.date->is_special(), "a special date for " + std::string(text));
    FUZZ_CHECK(parsed.date->year() >= 1900 && parsed.date->year() <= 2199,
               "year out of range for " + std::string(text));
    const std::string written = cycle::iso(*parsed.date);
    FUZZ_CHECK(written == text, std::string(text) + " is written back as " + written);
    const cycle::DateParse again = cycle::parse_iso_date(written);
    FUZZ_CHECK(again.date && *again.date == *parsed.date, written + " does not read back");
    return 0;
}
