// Test support: the one-line refusal opening a database gives, to compare whole.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "engine/support/error.hpp"
#include "storage/database.hpp"

namespace cycle::testing {

// The storage error's message opening `path` in `mode` gives; "no error" when it opens.
inline std::string open_error(const std::string& path, OpenMode mode) {
    try {
        Database db(path, mode);
    } catch (const Error& error) {
        CHECK(error.code() == ExitCode::storage);
        return error.what();
    }
    return "no error";
}

}  // namespace cycle::testing
