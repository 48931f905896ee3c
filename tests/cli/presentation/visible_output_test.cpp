// Standard output's filter: only the line structure passes raw, whatever the writes' sizes.
#include "cli/presentation/visible_output.hpp"

#include <doctest/doctest.h>

#include <ostream>
#include <sstream>
#include <vector>

namespace cycle {
namespace {

// What reaches the target when `pieces` are written one by one, with a flush after each.
std::string through_filter(const std::vector<std::string>& pieces) {
    std::ostringstream target;
    {
        VisibleTextBuffer buffer(*target.rdbuf());
        std::ostream out(&buffer);
        for (const std::string& piece : pieces) out << piece << std::flush;
    }
    return target.str();
}

TEST_CASE("visible output: controls escaped, line structure kept") {
    struct Case {
        const char* name;
        std::vector<std::string> pieces;
        std::string expected;
    };
    const Case cases[] = {
        {"plain lines", {"Årsmøte æøå\n", "two\n"}, "Årsmøte æøå\ntwo\n"},
        {"ESC and CSI", {"a\x1b[31mred\n"}, "a\\u001B[31mred\n"},
        {"BEL", {"ding\x07\n"}, "ding\\u0007\n"},
        {"lone CR", {"ok\rforged\n"}, "ok\\rforged\n"},
        {"CRLF kept (mail, CSV)", {"Subject: x\r\n", "\r\n"}, "Subject: x\r\n\r\n"},
        {"CRLF split over two writes", {"a\r", "\nb\r\n"}, "a\r\nb\r\n"},
        {"CR at the very end", {"a\r"}, "a\\r"},
        {"DEL and C1", {"x\x7f\u009B\n"}, "x\\u007F\\u009B\n"},
        {"bidi", {"sak \u202E\u2066x\n"}, "sak \\u202E\\u2066x\n"},
        {"character split over two writes", {"\xc3", "\xa6\xe2\x80", "\xae\n"}, "æ\\u202E\n"},
        {"invalid UTF-8", {"bad \xff\n"}, "bad \xEF\xBF\xBD\n"},
        {"unfinished character at the end", {"cut \xe2\x80"}, "cut \xEF\xBF\xBD\xEF\xBF\xBD"},
        {"tab", {"a\tb\n"}, "a\\tb\n"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        CHECK(through_filter(c.pieces) == c.expected);
    }
}

TEST_CASE("visible output: a target that refuses bytes fails the stream") {
    struct Refusing : std::streambuf {  // the base class's overflow takes no byte
    } target;
    VisibleTextBuffer buffer(target);
    std::ostream out(&buffer);
    out << "line\n" << std::flush;
    CHECK_FALSE(out.good());
}

}  // namespace
}  // namespace cycle
