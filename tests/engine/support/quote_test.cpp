#include "engine/support/quote.hpp"

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

TEST_CASE("visible text: what could drive a terminal shows as an escape") {
    struct Case {
        const char* name;
        std::string text;
        std::string kept;
        std::string expected;
    };
    const Case cases[] = {
        {"ESC", "a\x1b.b", "", "a\\u001B.b"},
        {"CSI colour", "\x1b[31mred\x1b[0m", "", "\\u001B[31mred\\u001B[0m"},
        {"title via OSC and BEL", "\x1b]0;owned\x07", "", "\\u001B]0;owned\\u0007"},
        {"CR overwriting the line", "ok\rforged", "", "ok\\rforged"},
        {"DEL", "x\x7f", "", "x\\u007F"},
        {"C1 CSI 0x9B", "a\u009B31mb", "", "a\\u009B31mb"},
        {"right-to-left override", "sak \u202E02/85", "", "sak \\u202E02/85"},
        {"left-to-right isolate", "\u2066x\u2069", "", "\\u2066x\\u2069"},
        {"bidi marks", "\u200E\u200F\u061C", "", "\\u200E\\u200F\\u061C"},
        {"invalid UTF-8", "bad \xff\xc0\xaf end", "",
         "bad \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end"},
        {"cut UTF-8 character", "\xe2\x80", "", "\xEF\xBF\xBD\xEF\xBF\xBD"},
        {"Norwegian letters stay", "Årsmøte på Ærø – æøå", "", "Årsmøte på Ærø – æøå"},
        {"quotes and backslashes stay", "\"a\" \\ b", "", "\"a\" \\ b"},
        {"newline escaped unless kept", "a\nb\tc", "", "a\\nb\\tc"},
        {"kept line structure", "a\nb\tc\x1b", "\t\n", "a\nb\tc\\u001B"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        CHECK(visible_text(c.text, c.kept) == c.expected);
    }
    CHECK(one_line("a\x1b[2Jb\u202E") == visible_text("a\x1b[2Jb\u202E", ""));
}

}  // namespace
}  // namespace cycle
