// The names format 1 gives Osloregionen's five steps and the strategy's adoption, in each
// language: a format 1 config has no `name:` keys, and a format 2 config keeps these for the
// same ids unless it names them (config/yaml/steps_reader). Organisation data, not catalog text.
#pragma once

#include <string_view>

namespace cycle {

struct StepNames {
    std::string_view nb, nn, en;
};

// "Budsjett vedtatt" / "Budsjett vedteke" / "Budget adopted"; nothing for any other id.
const StepNames* format1_step_names(std::string_view step_id);

}  // namespace cycle
