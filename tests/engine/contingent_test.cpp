// The contingent: the seed's table for 2021 (section 4.2.3) exactly, and what each rounding
// does to the half krone in it.
#include "engine/contingent.hpp"

#include <doctest/doctest.h>

#include "tests/support/error_of.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

std::vector<std::int64_t> amounts(const ContingentTable& table) {
    std::vector<std::int64_t> nok;
    for (const ContingentRow& row : table.rows) nok.push_back(row.nok);
    return nok;
}

TEST_CASE("contingent: the seed's 2021 table at NOK 2.70, to the krone") {
    const Organisation& oslo = testing::osloregionen();
    REQUIRE(oslo.population_as_of == testing::day("2020-01-01"));
    const ContingentTable table = compute_contingent(oslo.members, 270, oslo.contingent_rounding);
    CHECK(amounts(table) == std::vector<std::int64_t>{2'176'943, 4'161'812, 3'744'868});
    CHECK(table.total_nok == 10'083'623);
    CHECK(table.total_population == 3'847'456);
}

TEST_CASE("contingent: rounding the counties' half krone (2 176 942.5)") {
    const std::vector<Member>& members = testing::osloregionen().members;
    // Only half-up gives the printed 2 176 943; half-even and down give ...942.
    CHECK(compute_contingent(members, 270, ContingentRounding::half_even).rows[0].nok == 2'176'942);
    CHECK(compute_contingent(members, 270, ContingentRounding::down).rows[0].nok == 2'176'942);
    // Oslo's 3 744 867.6 goes up unless rounded down.
    CHECK(compute_contingent(members, 270, ContingentRounding::half_even).rows[2].nok == 3'744'868);
    CHECK(compute_contingent(members, 270, ContingentRounding::down).rows[2].nok == 3'744'867);
}

TEST_CASE("contingent: division with each rounding") {
    CHECK(divide_rounded(25, 10, ContingentRounding::half_up) == 3);
    CHECK(divide_rounded(25, 10, ContingentRounding::half_even) == 2);
    CHECK(divide_rounded(35, 10, ContingentRounding::half_even) == 4);
    CHECK(divide_rounded(24, 10, ContingentRounding::half_up) == 2);
    CHECK(divide_rounded(29, 10, ContingentRounding::down) == 2);
    CHECK(divide_rounded(0, 10, ContingentRounding::half_up) == 0);
}

TEST_CASE("contingent: the largest rate and weight the inputs allow do not overflow") {
    Member big;
    big.name = "EXAMPLE DATA";
    big.population = 100'000'000;      // the config's cap
    big.weight_thousandths = 100'000;  // weight 100, the cap
    // NOK 10 000 per inhabitant, the cap of --rate: 1e8 x 1e4 x 100 = 1e14 NOK.
    CHECK(compute_contingent({big}, 1'000'000, ContingentRounding::half_up).total_nok ==
          100'000'000'000'000);
}

TEST_CASE("contingent: a row or total beyond 64 bits is refused, not wrapped") {
    // EXAMPLE DATA. The rate an imported contingent-set may carry is read up to
    // NOK 999 999 999 999.99 (engine/decimal); at the config's largest population and weight a
    // row is some 10^22 NOK. Two rows of 5 * 10^18 each fit, their total does not.
    const Member big{"Big", "municipality", false, 100'000'000, 100'000};
    const std::string beyond = " does not fit in 64 bits (beyond ±9 223 372 036 854 775 807)";
    CHECK(testing::error_of([&] {
              compute_contingent({big}, 99'999'999'999'999, ContingentRounding::half_up);
          }) ==
          "exit 2: contingent: Big's population 100000000 x weight 100.000 x NOK "
          "999999999999.99 per inhabitant" +
              beyond);
    const std::int64_t rate = 50'000'000'000;  // NOK 500 000 000.00: a row of 5 * 10^18
    CHECK(compute_contingent({big}, rate, ContingentRounding::down).total_nok ==
          5'000'000'000'000'000'000);
    CHECK(testing::error_of([&] {
              compute_contingent({big, big}, rate, ContingentRounding::down);
          }) == "exit 2: contingent: the total in NOK" + beyond);
}

}  // namespace
}  // namespace cycle
