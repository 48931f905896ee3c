// Reads an organisation's YAML config (yaml-cpp) and validates it completely before anything
// uses it. Every problem is an Error(bad_input) whose message starts with `file:line:col:`
// and says what was expected; unknown keys get a did-you-mean. The schema is in README.md.
#pragma once

#include <string>

#include "config/model/organisation.hpp"

namespace cycle {

// The newest config format this cycle reads (docs/config.md): 1 is the five fixed steps,
// 2 steps from the config.
inline constexpr int max_config_format = 2;

// Reads and validates the file at `path`; names it as given in messages.
Organisation load_config_file(const std::string& path);

// Validates config text; `source` names it in messages (a path, or "case log #3").
Organisation load_config_text(const std::string& text, const std::string& source);

// The file's bytes, for storing in the case log; throws Error(bad_input) naming the path.
std::string read_config_bytes(const std::string& path);

}  // namespace cycle
