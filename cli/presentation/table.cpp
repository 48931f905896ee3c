#include "cli/presentation/table.hpp"

#include <algorithm>
#include <string_view>

#include "engine/support/quote.hpp"

namespace cycle {

namespace {

std::size_t display_width(const std::string& text) {
    // Count code points: continuation bytes (10xxxxxx) do not start a character.
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

void print_table(std::ostream& out, const std::vector<Row>& given, const std::string& indent) {
    std::vector<Row> rows = given;
    for (Row& row : rows) {
        for (std::string& cell : row) cell = one_line(cell);
    }
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        if (widths.size() < row.size()) widths.resize(row.size(), 0);
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    }
    for (const auto& row : rows) {
        std::string line = indent;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - display_width(row[i]) + 2, ' ');
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << '\n';
    }
}

CsvCell CsvCell::number(std::int64_t value) {
    CsvCell cell(std::to_string(value));
    cell.is_number = true;
    return cell;
}

void print_csv_record(std::ostream& out, const CsvRecord& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string field = cells[i].text;
        if (!cells[i].is_number && !field.empty() &&
            std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos) {
            field.insert(0, 1, '\'');
        }
        if (i > 0) out << ',';
        if (field.find_first_of(",\"\r\n") == std::string::npos) {
            out << field;
            continue;
        }
        out << '"';
        for (char c : field) {
            if (c == '"') out << '"';
            out << c;
        }
        out << '"';
    }
    out << "\r\n";
}

std::string grouped_amount(std::int64_t value) {
    // The magnitude unsigned: -INT64_MIN does not fit in 64 bits.
    const std::uint64_t magnitude =
        value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const std::string digits = std::to_string(magnitude);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) out += ' ';
        out += digits[i];
    }
    return (value < 0 ? "-" : "") + out;
}

}  // namespace cycle
