// Fuzz target for config/yaml/config_loader's load_config_text (`cycle init --config`, and every
// config stored in a case log, which is loaded again on replay).
// Contract: for any bytes it returns an Organisation or throws cycle::Error(bad_input) whose
// message starts with "SOURCE:LINE:COL: ". Any other exception (from yaml-cpp, Boost or the
// standard library) would reach cli/main.cpp as an unforeseen failure (exit 4): a bug, so this
// aborts. An Organisation it returns has a rule for every step of the cycle and can be
// scheduled for its first tracked year, which `init` and `status` do next.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <typeinfo>

#include "config/model/schedule.hpp"
#include "config/yaml/config_loader.hpp"
#include "engine/support/error.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

// Whether `message` starts with "fuzz.yaml:LINE:COL: ". Checked by hand, not with std::regex,
// whose backtracking recursion could overflow the stack on a long message.
bool placed_in_file(std::string_view message) {
    constexpr std::string_view source = "fuzz.yaml:";
    if (message.substr(0, source.size()) != source) return false;
    message.remove_prefix(source.size());
    for (int number = 0; number < 2; ++number) {
        std::size_t digits = 0;
        while (digits < message.size() && message[digits] >= '0' && message[digits] <= '9') {
            ++digits;
        }
        if (digits == 0 || digits >= message.size() || message[digits] != ':') return false;
        message.remove_prefix(digits + 1);
    }
    return message.substr(0, 1) == " ";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const cycle::Organisation org = cycle::load_config_text(text, "fuzz.yaml");
        FUZZ_CHECK(!org.bodies.empty(), "an organisation without bodies");
        FUZZ_CHECK(org.cycle_steps.size() >= org.steps.size(), "a step without a timing");
        const cycle::Schedule schedule = cycle::schedule_for(org, org.first_tracked_year);
        FUZZ_CHECK(schedule.steps.size() == org.cycle_steps.size(), "a step not scheduled");
    } catch (const cycle::Error& error) {
        FUZZ_CHECK(error.code() == cycle::ExitCode::bad_input,
                   std::string("not bad_input: ") + error.what());
        FUZZ_CHECK(placed_in_file(error.what()),
                   std::string("not placed in the file: ") + error.what());
    } catch (const std::exception& error) {
        FUZZ_FAIL(std::string("unforeseen ") + typeid(error).name() + ": " + error.what());
    } catch (...) {
        FUZZ_FAIL("unforeseen exception of a type not derived from std::exception");
    }
    return 0;
}
