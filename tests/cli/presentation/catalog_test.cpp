// The catalogs built into the binary: looked up by the English text, per language, with
// plural forms and placeholders from Boost.Locale, and English for a text no catalog has.
#include "cli/presentation/catalog.hpp"

#include <doctest/doctest.h>

#include "cli/presentation/catalog_data.hpp"

namespace cycle {
namespace {

TEST_CASE("catalog: bokmål and nynorsk are built in, English is the message id") {
    bool nb = false;
    bool nn = false;
    for (const EmbeddedCatalog& catalog : embedded_catalogs()) {
        nb = nb || catalog.language == "nb";
        nn = nn || catalog.language == "nn";
        // A compiled catalog starts with GNU gettext's magic number (little-endian here).
        REQUIRE(catalog.bytes.size() > 4);
        CHECK(static_cast<unsigned char>(catalog.bytes[0]) == 0xde);
        CHECK(static_cast<unsigned char>(catalog.bytes[3]) == 0x95);
    }
    CHECK(nb);
    CHECK(nn);
    CHECK(tr(Language::nb, "Overdue") == "Forsinket");
    CHECK(tr(Language::en, "Overdue") == "Overdue");
    // A text no catalog holds prints as it is: English, never empty.
    CHECK(tr(Language::nb, "no such message in any catalog") == "no such message in any catalog");
}

TEST_CASE("catalog: placeholders are filled after translation, numbers plainly") {
    CHECK(trf(Language::en, "{1} of {2}", 3, "Board") == "3 of Board");
    // Boost.Locale formats in the catalog's locale, which is the classic one: no grouping.
    CHECK(trf(Language::nb, "{1}", 1234567) == "1234567");
    CHECK(trnf(Language::en, "{1} item", "{1} items", 1) == "1 item");
    CHECK(trnf(Language::en, "{1} item", "{1} items", 2) == "2 items");
    CHECK(trnf(Language::en, "{1} item", "{1} items", 0) == "0 items");
    // A count beyond int is still a plural, not a wrapped one.
    CHECK(trnf(Language::en, "{1} item", "{1} items", 4'294'967'297L) == "4294967297 items");
}

}  // namespace
}  // namespace cycle
