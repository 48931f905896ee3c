// iCalendar content lines: escaping, dates, and folding at 75 octets (RFC 5545 § 3.1).
#include "cli/presentation/icalendar_writer.hpp"

#include <doctest/doctest.h>

#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

TEST_CASE("icalendar: TEXT values are escaped") {
    CHECK(ics_escape("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne");
    // Controls and bidi made visible, their backslash escaped as TEXT's: a reader sees \u202E.
    CHECK(ics_escape("x\x1b[2J\u202Ey\r\n") == "x\\\\u001B[2J\\\\u202Ey\\n");
    ICalendarWriter ics;
    ics.text("SUMMARY", "Styret, sak 58/20; frist");
    ics.date("DUE", day("2021-02-05"));
    ics.utc("DTSTAMP", boost::posix_time::ptime(day("2021-01-14"), boost::posix_time::hours(23)));
    CHECK(ics.str() ==
          "SUMMARY:Styret\\, sak 58/20\\; frist\r\n"
          "DUE;VALUE=DATE:20210205\r\n"
          "DTSTAMP:20210114T230000Z\r\n");
}

TEST_CASE("icalendar: long lines fold at 75 octets, never inside a UTF-8 character") {
    ICalendarWriter ics;
    // "SUMMARY:" is 8 octets; then 66 ASCII letters and "å" (2 octets) straddle octet 75.
    ics.text("SUMMARY", std::string(66, 'x') + "å" + std::string(80, 'y'));
    const std::string folded = ics.str();
    CHECK(folded == "SUMMARY:" + std::string(66, 'x') + "\r\n å" + std::string(72, 'y') + "\r\n " +
                        std::string(8, 'y') + "\r\n");
    std::size_t start = 0;
    while (start < folded.size()) {
        const std::size_t end = folded.find("\r\n", start);
        CHECK(end - start <= 75);
        start = end + 2;
    }
}

}  // namespace
}  // namespace cycle
