// What the fuzz targets share: FUZZ_CHECK, which aborts with a message when a parser breaks its
// contract. It aborts rather than throws so that libFuzzer (and the replay driver under ctest)
// treat a broken contract exactly like a crash: libFuzzer saves the input as a reproducer.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

namespace cycle::fuzz {

[[noreturn]] inline void contract_broken(const char* file, int line, const std::string& what) {
    std::fprintf(stderr, "%s:%d: contract broken: %s\n", file, line, what.c_str());
    std::abort();
}

}  // namespace cycle::fuzz

// Checked in every build type: the fuzz targets exist to check, so NDEBUG must not disable it.
#define FUZZ_CHECK(condition, what)                                                              \
    do {                                                                                         \
        if (!(condition)) ::cycle::fuzz::contract_broken(__FILE__, __LINE__, std::string(what)); \
    } while (false)

// For a place that must not be reached, e.g. a catch of an exception type the contract rules out.
#define FUZZ_FAIL(what) ::cycle::fuzz::contract_broken(__FILE__, __LINE__, std::string(what))
