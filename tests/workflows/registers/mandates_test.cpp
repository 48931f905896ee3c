// The mandate register: in force from its first day through its last, ended by revocation
// from the revoking decision's day; who may act under it; what it refuses.
#include "workflows/registers/mandates.hpp"

#include <doctest/doctest.h>

#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

Mandate board_to_secretariat(const char* decided, const char* from,
                             std::optional<const char*> until = std::nullopt) {
    Mandate mandate;
    mandate.seq = 4;
    mandate.basis = CaseNumber{"board", 2020, 58};
    mandate.by = "board";
    mandate.to = "secretariat";
    mandate.scope = "day-to-day financial management (EXAMPLE DATA)";
    mandate.decided = day(decided);
    mandate.from = day(from);
    if (until) mandate.until = day(*until);
    return mandate;
}

TEST_CASE("mandates: first and last day count, the day after does not") {
    MandateRegister register_;
    REQUIRE_FALSE(register_.grant(board_to_secretariat("2021-02-20", "2021-03-01", "2021-03-31")));
    CHECK(register_.refusal_to_act("58/20", "secretariat", day("2021-02-28")) ==
          "the mandate of case 58/20 is not in force on 2021-02-28 (from 2021-03-01 through "
          "2021-03-31)");
    CHECK_FALSE(register_.refusal_to_act("58/20", "secretariat", day("2021-03-01")));
    CHECK_FALSE(register_.refusal_to_act("58/20", "secretariat", day("2021-03-31")));
    CHECK(register_.refusal_to_act("58/20", "secretariat", day("2021-04-01")).has_value());
    CHECK(register_.active_on(day("2021-03-15")).size() == 1);
    CHECK(register_.active_on(day("2021-04-01")).empty());
}

TEST_CASE("mandates: the wrong grantee, an unknown case, a revocation") {
    MandateRegister register_;
    REQUIRE_FALSE(register_.grant(board_to_secretariat("2020-11-02", "2020-11-02")));
    CHECK(register_.refusal_to_act("58/20", "assembly", day("2021-01-01")) ==
          "the mandate of case 58/20 was granted to the secretariat, not the assembly");
    CHECK(register_.refusal_to_act("59/20", "secretariat", day("2021-01-01")) ==
          "no mandate was granted in case 59/20");
    register_.note_use("58/20", "secretariat", day("2021-09-20"));
    CHECK(register_.revoke(CaseNumber{"board", 2020, 58}, CaseNumber{"board", 2021, 70},
                           day("2021-09-20")) ==
          "a step was recorded under the mandate of case 58/20 on 2021-09-20; it cannot be "
          "revoked from 2021-09-20");
    CHECK_FALSE(register_.revoke(CaseNumber{"board", 2020, 58}, CaseNumber{"board", 2021, 70},
                                 day("2021-10-01")));
    CHECK_FALSE(register_.refusal_to_act("58/20", "secretariat", day("2021-09-30")));
    CHECK(register_.refusal_to_act("58/20", "secretariat", day("2021-10-01")) ==
          "the mandate of case 58/20 is not in force on 2021-10-01 (from 2020-11-02, revoked "
          "from 2021-10-01 by case 70/21)");
    CHECK(register_.revoke(CaseNumber{"board", 2020, 58}, CaseNumber{"board", 2021, 71},
                           day("2021-10-05")) ==
          "the mandate of case 58/20 was revoked already on 2021-10-01 (case 70/21)");
}

TEST_CASE("mandates: grants refused") {
    MandateRegister register_;
    CHECK(register_.grant(board_to_secretariat("2021-03-10", "2021-03-01")) ==
          "a mandate cannot be in force (from 2021-03-01) before the decision that grants it "
          "(2021-03-10)");
    CHECK(register_.grant(board_to_secretariat("2021-03-01", "2021-03-10", "2021-03-09")) ==
          "the mandate would end (2021-03-09) before it begins (2021-03-10)");
    Mandate itself = board_to_secretariat("2021-03-01", "2021-03-01");
    itself.to = "board";
    CHECK(register_.grant(itself) == "a body cannot grant a mandate to itself");
    REQUIRE_FALSE(register_.grant(board_to_secretariat("2021-03-01", "2021-03-01")));
    CHECK(register_.grant(board_to_secretariat("2021-03-02", "2021-03-02")) ==
          "the board's case 58/20 grants a mandate already (#4)");
}

TEST_CASE("mandates: of two series with one number, the one granted to the actor counts") {
    MandateRegister register_;
    REQUIRE_FALSE(register_.grant(board_to_secretariat("2020-11-02", "2020-11-02")));
    Mandate assembly = board_to_secretariat("2020-12-01", "2020-12-01");
    assembly.basis.body = "assembly";
    assembly.by = "assembly";
    assembly.to = "board";
    REQUIRE_FALSE(register_.grant(assembly));
    CHECK_FALSE(register_.refusal_to_act("58/20", "secretariat", day("2021-01-01")));
    CHECK_FALSE(register_.refusal_to_act("58/20", "board", day("2021-01-01")));
}

}  // namespace
}  // namespace cycle
