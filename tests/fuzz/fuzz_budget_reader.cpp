// Fuzz target for config/yaml/budget_reader's load_budget_text (`cycle budget check FILE`, and the
// documents `record --budget` and `--accounts` store), followed by engine/budget/budget_check's
// check_budget on what it accepts, as `cycle budget check` does.
// Contract: for any bytes the reader returns a document or throws cycle::Error(bad_input);
// anything else would reach cli/main.cpp as an unforeseen failure (exit 4), so this aborts.
// check_budget is pure and throws nothing for a document the reader accepted: amounts are
// capped at 15 digits so that no sum overflows (UBSan would report it).
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <typeinfo>

#include "config/yaml/budget_reader.hpp"
#include "engine/budget/budget_check.hpp"
#include "engine/support/error.hpp"
#include "tests/fuzz/fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    cycle::BudgetDocument document;
    try {
        document = cycle::load_budget_text(text, "fuzz.yaml");
    } catch (const cycle::Error& error) {
        FUZZ_CHECK(error.code() == cycle::ExitCode::bad_input,
                   std::string("not bad_input: ") + error.what());
        return 0;
    } catch (const std::exception& error) {
        FUZZ_FAIL(std::string("unforeseen ") + typeid(error).name() + ": " + error.what());
    } catch (...) {
        FUZZ_FAIL("unforeseen exception of a type not derived from std::exception");
    }
    try {
        (void)cycle::check_budget(document);
    } catch (const std::exception& error) {
        FUZZ_FAIL(std::string("check_budget threw ") + typeid(error).name() + ": " + error.what());
    }
    return 0;
}
