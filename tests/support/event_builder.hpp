// Test support: case-log events as `cycle init` and `cycle record` would store them.
#pragma once

#include <vector>

#include "engine/log/event.hpp"

namespace cycle::testing {

// #1: the shipped Osloregionen config registered on 2020-03-02.
Event registration();

// A step event for budget year `year` (0: none, as for strategy-adopted).
Event step_event(std::int64_t seq, const char* kind, const char* date, int year,
                 nlohmann::json details = nlohmann::json::object());

// The steps of the seed's 2021 cycle as examples/osloregionen-2021.sh records them (without
// its mandate event, so sequence numbers here run 1-5).
std::vector<Event> example_2021();

}  // namespace cycle::testing
