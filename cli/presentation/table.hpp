// Plain output shapes for cli/: a column-aligned text table and RFC 4180 CSV.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace cycle {

using Row = std::vector<std::string>;

// Columns padded to their widest cell (counted in UTF-8 characters), two spaces apart,
// each line prefixed by `indent`; trailing spaces trimmed. A cell is shown on one line, its
// controls and bidirectional formatting escaped (engine/support/quote's one_line).
void print_table(std::ostream& out, const std::vector<Row>& rows, const std::string& indent = "");

// A CSV cell, text unless made with number(): a spreadsheet computes with numbers only.
struct CsvCell {
    // Implicit, so that a record reads as a list of strings: a cell is text unless it says not.
    CsvCell(std::string value) : text(std::move(value)) {}
    CsvCell(const char* value) : text(value) {}
    static CsvCell number(std::int64_t value);

    std::string text;
    bool is_number = false;
};
using CsvRecord = std::vector<CsvCell>;

// One CSV record, CRLF-terminated; fields quoted when they hold a comma, quote or line break.
// A text cell that starts with = + - @, a tab or a carriage return gets a leading ' first
// (OWASP's advice), so that a spreadsheet never runs it as a formula.
void print_csv_record(std::ostream& out, const CsvRecord& cells);

// 2176943 -> "2 176 943", -5244 -> "-5 244": amounts as Norwegian tables print them.
std::string grouped_amount(std::int64_t value);

}  // namespace cycle
