#include "engine/money/checked_money.hpp"

#include "engine/support/error.hpp"

namespace cycle {

void throw_amount_overflow(const std::string& what) {
    throw_bad_input(what + " does not fit in 64 bits (beyond ±9 223 372 036 854 775 807)");
}

}  // namespace cycle
