// Fuzz target for engine/log/case_number's parse_case_number (`--case`, `--under-mandate`).
// Contract: for any text it returns a number or nothing, never throws; a number it returns has
// a sequence of 1-999999 and a year of 1900-2199, renders to a text that parses back to the
// same number (the case log stores the number, the user sees the rendering), and renders
// exactly as given unless the text named a year of 2000-2099 with four digits (58/2020 is
// rendered 58/20).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/log/case_number.hpp"
#include "tests/fuzz/fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = cycle::parse_case_number(text, "board");
    if (!parsed) return 0;
    FUZZ_CHECK(parsed->body == "board", "body not kept for " + std::string(text));
    FUZZ_CHECK(parsed->sequence >= 1 && parsed->sequence <= 999'999,
               "sequence out of range for " + std::string(text));
    FUZZ_CHECK(parsed->year >= 1900 && parsed->year <= 2199,
               "year out of range for " + std::string(text));
    const std::string rendered = parsed->render();
    const auto again = cycle::parse_case_number(rendered, "board");
    FUZZ_CHECK(again && *again == *parsed,
               std::string(text) + " renders as " + rendered + ", which does not read back");
    const bool shortened =
        parsed->year >= 2000 && parsed->year <= 2099 && text.size() == text.find('/') + 5;
    FUZZ_CHECK(shortened || rendered == text,
               std::string(text) + " is rendered differently: " + rendered);
    return 0;
}
