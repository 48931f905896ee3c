// The limits every event keeps: depth read from the text before parsing, one-line text.
#include "engine/log/event_limits.hpp"

#include <doctest/doctest.h>

#include <string>

#include "tests/support/event_builder.hpp"

namespace cycle {
namespace {

TEST_CASE("event limits: nesting is counted on the text, brackets in strings aside") {
    const struct {
        std::string text;
        int levels;
        bool deeper;
    } rows[] = {
        {"{}", 1, false},
        {"{}", 0, true},
        {"{\"a\":[[1]]}", 3, false},
        {"{\"a\":[[1]]}", 2, true},
        // Brackets inside strings, escaped quotes included, are text.
        {"{\"a\":\"[[[[\"}", 1, false},
        {"{\"a\":\"\\\"[[[[\"}", 1, false},
        {"{\"a\\\\\":[[1]]}", 2, true},  // an escaped backslash ends before the quote
        {std::string(65, '[') + std::string(65, ']'), 64, true},
        {std::string(64, '[') + std::string(64, ']'), 64, false},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        CHECK(json_text_nested_deeper_than(row.text, row.levels) == row.deeper);
    }
}

TEST_CASE("event limits: text a line may not hold is named by its field") {
    const struct {
        const char* name;
        nlohmann::json details;
        const char* error;
    } rows[] = {
        {"a title with ESC",
         {{"title", "a\x1b[2J"}},
         "details.title: expected one line of text, got \"a\\u001B[2J\""},
        {"a note in a list",
         {{"plans", {{{"note", "a\xe2\x80\xae"}}}}},
         "details.plans[0].note: expected one line of text, got \"a\\u202E\""},
        {"a line break in a key", {{"a\nb", 1}}, "details.a\\nb: expected a key on one line"},
        {"blank text is a single line", {{"note", " "}}, "no error"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        Event event = testing::step_event(1, "status-report", "2021-09-01", 2021);
        event.details = row.details;
        std::string error = "no error";
        try {
            check_event_limits(event);
        } catch (const EventFormatError& caught) {
            error = caught.what();
        }
        CHECK(error == row.error);
    }
    // A registration's config is YAML, of many lines.
    Event registration = testing::registration();
    CHECK(registration.details["config"].get<std::string>().find('\n') != std::string::npos);
    CHECK_NOTHROW(check_event_limits(registration));
}

}  // namespace
}  // namespace cycle
