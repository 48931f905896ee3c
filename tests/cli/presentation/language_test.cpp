// Bokmål and English: month names, dates in each language's style, step titles, labels, the
// catalog's plurals and contexts; and the escaping every page goes through.
#include "cli/presentation/language.hpp"

#include <doctest/doctest.h>

#include "cli/presentation/catalog.hpp"
#include "cli/presentation/xml_text.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

TEST_CASE("language: codes, months and dates in each language's style") {
    CHECK(parse_language("nb") == Language::nb);
    CHECK(parse_language("en") == Language::en);
    CHECK_FALSE(parse_language("no"));
    CHECK_FALSE(parse_language("NB"));
    CHECK(language_code(Language::nb) == "nb");
    CHECK(month_name(Language::nb, 1) == "januar");
    CHECK(month_name(Language::nb, 12) == "desember");
    CHECK(month_name(Language::en, 5) == "May");
    const Date adopted(2021, 2, 5);
    CHECK(long_date_in(Language::nb, adopted) == "5. februar 2021");
    CHECK(long_date_in(Language::en, adopted) == "5 February 2021");
    CHECK(short_date_in(Language::nb, adopted) == "05.02.2021");
    CHECK(short_date_in(Language::en, adopted) == "05 Feb 2021");
    CHECK(short_date_in(Language::nb, Date(2020, 12, 31)) == "31.12.2020");
    CHECK(day_month_in(Language::nb, MonthDay{3, 31}) == "31.3.");
    CHECK(day_month_in(Language::en, MonthDay{3, 31}) == "31 March");
    CHECK_THROWS_AS(month_name(Language::nb, 13), std::out_of_range);
}

TEST_CASE("catalog: plural forms and one English text with two translations by context") {
    CHECK(trnf(Language::nb, "{1} day", "{1} days", 1) == "1 dag");
    CHECK(trnf(Language::nb, "{1} day", "{1} days", 2) == "2 dager");
    CHECK(trnf(Language::en, "{1} day", "{1} days", 1) == "1 day");
    CHECK(trnf(Language::en, "{1} day", "{1} days", 2) == "2 days");
    // "due" is a state on the pages and a deadline as a table's heading.
    CHECK(tr(Language::nb, "due") == "pågår");
    CHECK(trc(Language::nb, "column", "due") == "frist");
    CHECK(trc(Language::en, "column", "due") == "due");
    // "May" the month is not "May" the verb: by context, with the month's own translation.
    CHECK(trc(Language::nb, "month", "May") == "mai");
}

TEST_CASE("language: steps, bodies and labels") {
    CHECK(step_title(Language::nb, testing::osloregionen(), testing::steps::budget_adopted) ==
          "Budsjett vedtatt");
    CHECK(step_title(Language::en, testing::osloregionen(), testing::steps::accounts_approved) ==
          "Accounts approved");
    const Organisation& org = testing::osloregionen();
    CHECK(body_title(Language::nb, org, "board") == "Styret");
    CHECK(body_title(Language::en, org, "board") == "Board");
    CHECK(body_title(Language::en, org, "coordination-group") == "Coordination group");
    CHECK(phase_title(Language::nb, "preparation") == "forberedelse");
    CHECK(phase_title(Language::en, "preparation") == "preparation");
    CHECK(phase_title(Language::nb, "no such phase") == "no such phase");
}

TEST_CASE("language: a recurring step's period, and names that stand in for each other") {
    const Step quarter{"quarterly-report", 3, Recurrence::quarter};
    CHECK(period_title(Language::en, quarter) == "Q3");
    CHECK(period_title(Language::nb, quarter) == "K3");
    CHECK(period_title(Language::nn, quarter) == "K3");
    CHECK(period_title(Language::nb, Step{"tertial-report", 2, Recurrence::tertial}) == "T2");
    CHECK(period_title(Language::nb, Step{"monthly-report", 5, Recurrence::month}) == "M05");
    CHECK(period_title(Language::nb, Step{"budget-adopted", 0, Recurrence::none}).empty());
    // The key --new and the JSON use stays the same in every language.
    CHECK(quarter.period_label() == "Q3");

    Organisation org = testing::osloregionen();
    org.strategy_name_nb.clear();
    org.strategy_name_nn = "Planstrategien";
    CHECK(strategy_title(Language::nb, org) == "Planstrategien");  // nynorsk stands in
    CHECK(strategy_title(Language::nn, org) == "Planstrategien");
    CHECK(strategy_title(Language::en, org).empty());  // English words it itself
    org.bodies.front().name_en = "The Assembly";
    const std::string first = org.bodies.front().id;
    CHECK(body_title(Language::en, org, first) == "The Assembly");
    CHECK(body_title(Language::nb, org, first) == org.bodies.front().name);
}

TEST_CASE("xml text: the five characters as entities, controls and bidi made visible") {
    CHECK(xml_escape("Budsjett & regnskap <2021> \"sak\" 'x'") ==
          "Budsjett &amp; regnskap &lt;2021&gt; &quot;sak&quot; &#39;x&#39;");
    CHECK(xml_escape("linje\tto\nny") == "linje\tto\nny");
    CHECK(xml_escape(std::string("a\x01z", 3)) == "a\\u0001z");
    CHECK(xml_escape("\x1b[31m\u009B\u202Esak<\x7f") == "\\u001B[31m\\u009B\\u202Esak&lt;\\u007F");
    CHECK(xml_escape("bad \xff") == "bad \xEF\xBF\xBD");
    CHECK(xml_escape("Årshjul → Styret") == "Årshjul → Styret");
}

}  // namespace
}  // namespace cycle
