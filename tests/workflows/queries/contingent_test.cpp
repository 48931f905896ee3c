// The contingent: the seed's table for 2021 (section 4.2.3) exactly, and what each rounding
// does to the half krone in it.
#include "workflows/queries/contingent.hpp"

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
    // NOK 999 999 999 999.99 (engine/money/decimal); at the config's largest population and weight
    // a row is some 10^22 NOK. Two rows of 5 * 10^18 each fit, their total does not.
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

// EXAMPLE DATA: a member of the format-2 config.
Member member(const char* name, std::int64_t population, std::int64_t weight_thousandths) {
    Member result;
    result.name = name;
    result.kind = "municipality";
    result.population = population;
    result.weight_thousandths = weight_thousandths;
    return result;
}

TEST_CASE("contingent: base amount x count + population x weight x rate, rounded per row") {
    Member group = member("Kommuner", 1'541'412, 1000);
    group.is_group = true;
    group.count = 63;
    group.count_given = true;
    const Member no_rate = member("Example kommune", 1000, 0);  // weight 0 (format 2)
    const Member half = member("Fylkeskommune", 1'612'550, 500);
    // NOK 25 000 a member + NOK 2.70 per inhabitant.
    const ContingentTable table =
        compute_contingent({group, no_rate, half}, 270, ContingentRounding::half_up, 2021, 25'000);
    // 63 x 25 000 = 1 575 000, + 1 541 412 x 2.70 = 4 161 812.4 -> 5 736 812.
    CHECK(table.rows[0].base_nok == 1'575'000);
    CHECK(table.rows[0].nok == 5'736'812);
    // Weight 0: the base amount alone.
    CHECK(table.rows[1].base_nok == 25'000);
    CHECK(table.rows[1].nok == 25'000);
    // 25 000 + 2 176 942.5, the half krone rounded up: 2 201 943.
    CHECK(table.rows[2].nok == 2'201'943);
    CHECK(table.total_nok == 5'736'812 + 25'000 + 2'201'943);
    CHECK(table.total_population == 1'541'412 + 1000 + 1'612'550);
    CHECK(table.base_nok == 25'000);
    // Rounded per row: half-even takes the half krone down.
    CHECK(
        compute_contingent({half}, 270, ContingentRounding::half_even, 2021, 25'000).rows[0].nok ==
        2'201'942);
    // Without a base amount, as format 1 counts: population x weight x rate only.
    CHECK(compute_contingent({group}, 270, ContingentRounding::half_up, 2021).rows[0].nok ==
          4'161'812);
}

TEST_CASE("contingent: joined and left: a member pays for Y if in on 1 January of Y") {
    CHECK(first_paying_year(testing::day("2021-07-01")) == 2022);
    CHECK(first_paying_year(testing::day("2021-01-01")) == 2021);
    CHECK(first_paying_year(testing::day("2020-12-31")) == 2021);
    CHECK(last_paying_year(testing::day("2021-01-01")) == 2020);
    CHECK(last_paying_year(testing::day("2021-01-02")) == 2021);
    CHECK(last_paying_year(testing::day("2021-12-31")) == 2021);

    Member joined_july = member("Joined July", 2000, 1000);
    joined_july.joined = testing::day("2021-07-01");
    Member joined_new_year = member("Joined New Year", 3000, 1000);
    joined_new_year.joined = testing::day("2021-01-01");
    Member left_new_year = member("Left New Year", 4000, 1000);
    left_new_year.left = testing::day("2021-01-01");
    Member left_january = member("Left 2 January", 5000, 1000);
    left_january.left = testing::day("2021-01-02");
    const std::vector<Member> members = {joined_july, joined_new_year, left_new_year, left_january};
    auto table = [&members](int year) {
        return compute_contingent(members, 270, ContingentRounding::half_up, year, 100);
    };
    // 2021: who joined on 1 January pays, who left on 1 January does not; 100 + pop x 2.70.
    const ContingentTable in_2021 = table(2021);
    CHECK(amounts(in_2021) == std::vector<std::int64_t>{0, 8200, 0, 13'600});
    CHECK(in_2021.rows[0].note() == "joined 2021-07-01: pays from 2022");
    CHECK(in_2021.rows[0].membership == ContingentRow::Membership::not_yet_joined);
    CHECK(in_2021.rows[1].note().empty());
    CHECK(in_2021.rows[2].note() == "left 2021-01-01: last paid for 2020");
    CHECK(in_2021.rows[2].base_nok == 0);
    // Members who do not pay are left out of the total population.
    CHECK(in_2021.total_population == 3000 + 5000);
    CHECK(in_2021.total_nok == 8200 + 13'600);
    // 2020: only those who had not yet left.
    CHECK(amounts(table(2020)) == std::vector<std::int64_t>{0, 0, 10'900, 13'600});
    CHECK(table(2020).rows[1].note() == "joined 2021-01-01: pays from 2021");
    // 2022: the July joiner pays; the one who left on 2 January 2021 paid for 2021 last.
    CHECK(amounts(table(2022)) == std::vector<std::int64_t>{5500, 8200, 0, 0});
    CHECK(table(2022).rows[3].note() == "left 2021-01-02: last paid for 2021");
    // Without a budget year everyone pays.
    CHECK(amounts(compute_contingent(members, 270, ContingentRounding::half_up)) ==
          std::vector<std::int64_t>{5400, 8100, 10'800, 13'500});
}

TEST_CASE("contingent: base amount x count beyond 64 bits is refused, not wrapped") {
    Member group = member("Big", 1, 1000);
    group.is_group = true;
    group.count = 100'000;  // the config's cap, at the largest base amount it takes
    CHECK(testing::error_of([&] {
              compute_contingent({group}, 270, ContingentRounding::half_up, 2021,
                                 999'999'999'999'999);
          }) ==
          "exit 2: contingent: Big's base amount NOK 999999999999999 x count 100000 + population "
          "1 x weight 1.000 x NOK 2.70 per inhabitant does not fit in 64 bits (beyond "
          "±9 223 372 036 854 775 807)");
}

}  // namespace
}  // namespace cycle
