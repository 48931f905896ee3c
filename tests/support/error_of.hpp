// Test support: what a piece of work fails with, as "exit N: message", to compare whole.
#pragma once

#include <string>

#include "engine/support/error.hpp"

namespace cycle::testing {

// "exit 4: case log #2 ..." for an Error; "no error" when the work succeeds.
template <typename Work>
std::string error_of(Work work) {
    try {
        work();
    } catch (const Error& error) {
        return "exit " + std::to_string(static_cast<int>(error.code())) + ": " + error.what();
    }
    return "no error";
}

}  // namespace cycle::testing
