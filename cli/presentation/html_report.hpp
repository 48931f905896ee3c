// The coordination group's status page (`cycle report --html DIR`): one self-contained HTML
// file (inline CSS and SVG, no scripts, nothing from the network) that reads on screen and
// prints on A4: the live cycles, upcoming deadlines, overdue items, active mandates, open
// duties, the annual wheel of today's year and the latest log entries, in nb, nn or en. Rows and
// sections carry stable ids ("row-2021-budget-adopted", "deadlines") for tests and links. Pure.
#pragma once

#include <string>
#include <vector>

#include "cli/presentation/language.hpp"
#include "engine/log/event.hpp"
#include "workflows/queries/reminders.hpp"
#include "workflows/queries/status.hpp"

namespace cycle {

struct ReportInput {
    const Organisation* organisation = nullptr;
    StatusReport status;
    ReminderList reminders;        // upcoming within the organisation's reach, and overdue
    std::string wheel_svg;         // SvgForm::element
    std::vector<Event> latest;     // the latest log entries, oldest first
    std::int64_t event_count = 0;  // in the log (all organisations): the head's number
    std::string head_hash;         // the log's head when the page was made
};

std::string html_report(const ReportInput& input, Language language);

}  // namespace cycle
