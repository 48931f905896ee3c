#include "engine/support/spelling.hpp"

#include <doctest/doctest.h>

namespace cycle {
namespace {

TEST_CASE("did you mean: close names only") {
    const std::vector<std::string> keys = {"body", "to", "window", "deadline"};
    CHECK(did_you_mean("widow", keys) == "; did you mean \"window\"?");
    CHECK(did_you_mean("deadlien", keys) == "; did you mean \"deadline\"?");
    CHECK(did_you_mean("bdy", keys) == "; did you mean \"body\"?");
    CHECK(did_you_mean("population", keys).empty());
    CHECK(closest_name("statsu", {"init", "record", "status", "log", "verify"}) == "status");
}

}  // namespace
}  // namespace cycle
