// Bokmål and English: month names, dates in each language's style, step titles, labels; and
// the escaping every page goes through.
#include "cli/presentation/language.hpp"

#include <doctest/doctest.h>

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
    CHECK(translate(Language::nb, "Overdue") == "Forsinket");
    CHECK(translate(Language::nb, "days left") == "dager igjen");
    CHECK(translate(Language::nb, "meeting-held") == "møte avholdt");
    CHECK(translate(Language::en, "Overdue") == "Overdue");
    CHECK(translate(Language::nb, "no such label") == "no such label");
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
