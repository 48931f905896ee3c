// The bodies a step or duty goes to, as the JSON outputs give them: null for none, a string
// for one (as every earlier cycle wrote it), a list for several.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cycle {

inline nlohmann::json bodies_json(const std::vector<std::string>& to) {
    if (to.empty()) return nullptr;
    if (to.size() == 1) return to.front();
    return to;
}

}  // namespace cycle
