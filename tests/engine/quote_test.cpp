#include "engine/quote.hpp"

#include <doctest/doctest.h>

namespace cycle {
namespace {

TEST_CASE("quote: one line whatever was typed") {
    CHECK(quote("58-20") == "\"58-20\"");
    CHECK(quote("Oslo \"region\" \\ å") == "\"Oslo \\\"region\\\" \\\\ å\"");
    CHECK(quote("two\nlines\r\t") == "\"two\\nlines\\r\\t\"");
    CHECK(quote("x\x7fy") == "\"x\\u007Fy\"");
    CHECK(quote("a\u0085b\u2028c\u202Ed") == "\"a\\u0085b\\u2028c\\u202Ed\"");
    CHECK(quote("bad \xff byte") == "\"bad \xEF\xBF\xBD byte\"");
    CHECK(one_line("file \"x\"\nsecond") == "file \"x\"\\nsecond");
}

TEST_CASE("one-line text: what may be stored") {
    CHECK(is_one_line_text("reorganisation (seed 2.3)"));
    CHECK(is_one_line_text("Representantskapet – vedtak"));
    for (const char* bad : {"", "   ", "a\nb", "a\tb", "a\x7f", "a\u0085b", "a\u2028b", "a\u202Eb",
                            "a\u2066b", "bad \xff", "\xc0\xaf"}) {
        INFO(bad);
        CHECK_FALSE(is_one_line_text(bad));
    }
}

}  // namespace
}  // namespace cycle
