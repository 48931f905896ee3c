// Checked arithmetic for money and populations: every sum, difference and product of amounts
// goes through these, so that none can wrap past 64 bits. On overflow each throws
// Error(bad_input) "WHAT: ... does not fit", WHAT from `describe()` (called only then), which
// names the input that led there (file:line:col of the figure, the member, the decision).
#pragma once

#include <cstdint>
#include <string>

namespace cycle {

[[noreturn]] void throw_amount_overflow(const std::string& what);

template <typename Describe>
std::int64_t checked_add(std::int64_t a, std::int64_t b, Describe&& describe) {
    std::int64_t result = 0;
    if (__builtin_add_overflow(a, b, &result)) throw_amount_overflow(describe());
    return result;
}

template <typename Describe>
std::int64_t checked_subtract(std::int64_t a, std::int64_t b, Describe&& describe) {
    std::int64_t result = 0;
    if (__builtin_sub_overflow(a, b, &result)) throw_amount_overflow(describe());
    return result;
}

template <typename Describe>
std::int64_t checked_multiply(std::int64_t a, std::int64_t b, Describe&& describe) {
    std::int64_t result = 0;
    if (__builtin_mul_overflow(a, b, &result)) throw_amount_overflow(describe());
    return result;
}

}  // namespace cycle
