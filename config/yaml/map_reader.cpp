#include "config/yaml/map_reader.hpp"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>

#include "config/yaml/relative_date.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"

namespace cycle {

std::string shown_value(const YAML::Node& value) {
    if (value.IsScalar()) return quote(value.Scalar());
    if (value.IsSequence()) return "a list";
    if (value.IsMap()) return "a mapping";
    return "nothing";
}

namespace {

// Why a text written as a date relative to the budget year is not one, or "" when it is not
// written as one at all: "Y-02-29" has the form, but not every year has that day.
std::string relative_date_defect(const std::string& text) {
    // The form Y[+-N]-MM-DD, checked by hand rather than with std::regex: libstdc++'s matcher
    // recurses once per character, and a year offset of 300 000 digits overflowed the stack
    // (a hand-made input, tests/fuzz). The last six characters are "-MM-DD"; what lies
    // between them and the Y is nothing or a sign and digits.
    const auto digits = [](std::string_view part) {
        return !part.empty() &&
               std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (text.size() < 7 || text[0] != 'Y') return "";
    const std::string_view tail = std::string_view(text).substr(text.size() - 6);
    if (tail[0] != '-' || tail[3] != '-' || !digits(tail.substr(1, 2)) ||
        !digits(tail.substr(4, 2))) {
        return "";
    }
    const std::string_view offset = std::string_view(text).substr(1, text.size() - 7);
    if (!offset.empty() && ((offset[0] != '+' && offset[0] != '-') || !digits(offset.substr(1)))) {
        return "";
    }
    if (offset.size() > 2) return "the year offset goes from -9 to +9";
    const std::string month_text(tail.substr(1, 2));
    const std::string day_text(tail.substr(4, 2));
    const int month = std::stoi(month_text);
    const int day = std::stoi(day_text);
    if (month < 1 || month > 12) return "there is no month " + month_text;
    if (month == 2 && day == 29) return "29 February is not a day of every year";
    return "there is no day " + day_text + " in month " + month_text;
}

}  // namespace

MapReader::MapReader(const std::string& source, const YAML::Node& node, std::string where,
                     std::vector<std::string> allowed)
    : source_(source), node_(node), where_(std::move(where)), allowed_(std::move(allowed)) {
    if (!node_.IsMap()) fail(node_, "expected a mapping for " + where_);
    std::set<std::string> seen;
    for (auto it = node_.begin(); it != node_.end(); ++it) {
        const std::string key = it->first.Scalar();
        if (!seen.insert(key).second) {
            fail(it->first, "duplicate key " + quote(key) + " in " + where_);
        }
        if (!allowed_.empty() &&
            std::find(allowed_.begin(), allowed_.end(), key) == allowed_.end()) {
            fail(it->first,
                 "unknown key " + quote(key) + " in " + where_ + did_you_mean(key, allowed_));
        }
    }
}

void MapReader::fail_at(const std::string& source, const YAML::Mark& mark,
                        const std::string& message) {
    throw_bad_input(source + ":" + std::to_string(mark.line + 1) + ":" +
                    std::to_string(mark.column + 1) + ": " + message);
}

namespace {

// Notes where each document of a YAML stream starts, and nothing else.
class DocumentStarts : public YAML::EventHandler {
  public:
    std::vector<YAML::Mark> starts;
    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

}  // namespace

YAML::Node MapReader::load(const std::string& text, const std::string& source) {
    try {
        return YAML::Load(text);
    } catch (const YAML::ParserException& error) {
        fail_at(source, error.mark, "YAML syntax error: " + error.msg);
    }
}

void MapReader::refuse_second_document(const std::string& text, const std::string& source) {
    try {
        // YAML::Load reads the first document only: a second one would be silently ignored.
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        DocumentStarts documents;
        while (documents.starts.size() < 2 && parser.HandleNextDocument(documents)) {
        }
        if (documents.starts.size() > 1) {
            fail_at(source, documents.starts[1],
                    "a second YAML document (after ---); expected one document a file");
        }
    } catch (const YAML::ParserException& error) {
        fail_at(source, error.mark, "YAML syntax error: " + error.msg);
    }
}

std::string MapReader::read_file(const std::string& path, const std::string& option) {
    // The error_code form: a path the user may not reach is "cannot read", not a crash.
    std::error_code unreachable;
    if (std::filesystem::is_directory(path, unreachable)) {
        throw_bad_input(option + ": " + quote(path) + " is a folder; expected a YAML file");
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) throw_bad_input(option + ": cannot read " + quote(path));
    // Read at most one byte past the limit, so that an endless or huge file is never held
    // whole in memory (a size from stat would not bound a FIFO or a file still growing).
    std::string bytes(max_file_bytes + 1, '\0');
    file.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (file.bad()) throw_bad_input(option + ": cannot read " + quote(path));
    bytes.resize(static_cast<std::size_t>(file.gcount()));
    if (bytes.size() > max_file_bytes) {
        throw_bad_input(quote(path) + ": larger than " + std::to_string(max_file_bytes) +
                        " bytes (1 MiB), the most a config or budget document may be");
    }
    refuse_second_document(bytes, path);
    return bytes;
}

std::size_t MapReader::choice(const std::string& key, const std::vector<std::string>& names) const {
    const std::string value = text(key);
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == value) return i;
    }
    std::string list;
    for (std::size_t i = 0; i < names.size(); ++i) {
        list += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
    }
    fail(node_[key], "expected " + list + " for " + path(key) + ", got " + quote(value) +
                         did_you_mean(value, names));
}

std::string MapReader::text(const std::string& key) const {
    const YAML::Node value = required(key);
    if (!value.IsScalar() || !is_one_line_text(value.Scalar())) {
        fail(value, "expected one line of text for " + path(key));
    }
    return value.Scalar();
}

std::string MapReader::identifier(const std::string& key) const {
    const std::string value = text(key);
    if (!is_identifier(value)) {
        fail(node_[key], "expected an identifier (lower-case letters, digits and '-') for " +
                             path(key) + ", got " + quote(value));
    }
    return value;
}

long long MapReader::integer(const std::string& key, long long min, long long max) const {
    const YAML::Node value = required(key);
    const std::string& scalar = value.Scalar();
    long long number = 0;
    const auto [end, error] = std::from_chars(scalar.data(), scalar.data() + scalar.size(), number);
    if (!value.IsScalar() || error != std::errc() || end != scalar.data() + scalar.size()) {
        fail(value, "expected a whole number for " + path(key) + ", got " + shown_value(value));
    }
    if (number < min || number > max) {
        fail(value, path(key) + " must be between " + std::to_string(min) + " and " +
                        std::to_string(max) + ", got " + scalar);
    }
    return number;
}

RelativeDate MapReader::relative_date(const std::string& key) const {
    const YAML::Node value = required(key);
    auto parsed = value.IsScalar() ? parse_relative_date(value.Scalar()) : std::nullopt;
    if (!parsed) {
        const std::string defect = value.IsScalar() ? relative_date_defect(value.Scalar()) : "";
        fail(value, "expected a date relative to the budget year (" +
                        std::string(relative_date_form) + ") for " + path(key) + ", got " +
                        shown_value(value) + (defect.empty() ? "" : ": " + defect));
    }
    return *parsed;
}

std::string MapReader::body_reference(const std::string& key,
                                      const std::vector<std::string>& bodies) const {
    const std::string value = text(key);
    if (std::find(bodies.begin(), bodies.end(), value) == bodies.end()) {
        std::string list;
        for (const std::string& body : bodies) list += (list.empty() ? "" : ", ") + body;
        fail(node_[key], "unknown body " + quote(value) + " for " + path(key) +
                             did_you_mean(value, bodies) + " (bodies: " + list + ")");
    }
    return value;
}

void MapReader::require_format(int format, int needed, const std::vector<std::string>& keys) const {
    if (format >= needed) return;
    for (const std::string& key : keys) {
        if (!has(key)) continue;
        // The key itself, not its value: that is where the author looks.
        YAML::Mark mark = node_[key].Mark();
        for (auto it = node_.begin(); it != node_.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key) mark = it->first.Mark();
        }
        fail_at(source_, mark,
                path(key) + " is a format-" + std::to_string(needed) + " key: add \"format: " +
                    std::to_string(needed) + "\" at the top of the config (this config is format " +
                    std::to_string(format) + ")");
    }
}

}  // namespace cycle
