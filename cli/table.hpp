// Plain output shapes for cli/: a column-aligned text table and RFC 4180 CSV.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace cycle {

using Row = std::vector<std::string>;

// Columns padded to their widest cell (counted in UTF-8 characters), two spaces apart,
// each line prefixed by `indent`; trailing spaces trimmed.
void print_table(std::ostream& out, const std::vector<Row>& rows, const std::string& indent = "");

// One CSV record, CRLF-terminated; fields quoted when they hold a comma, quote or line break.
void print_csv_record(std::ostream& out, const Row& fields);

// 2176943 -> "2 176 943", -5244 -> "-5 244": amounts as Norwegian tables print them.
std::string grouped_amount(std::int64_t value);

}  // namespace cycle
