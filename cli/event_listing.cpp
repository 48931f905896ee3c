#include "cli/event_listing.hpp"

#include "cli/table.hpp"

namespace cycle {

namespace {

// Details as `key=value` pairs for a terminal; a stored config is shown by its digest only.
std::string details_text(const nlohmann::json& details) {
    std::string text;
    for (const auto& [key, value] : details.items()) {
        if (key == "config") continue;
        text += (text.empty() ? "" : "; ") + key + "=" +
                (value.is_string() ? value.get<std::string>() : value.dump());
    }
    return text;
}

// "41/21", or "41/21 (board)" when the case is in another body's series than the event's.
std::string case_text(const Event& event) {
    if (!event.case_number) return "";
    const std::string number = event.case_number->render();
    return event.case_number->body == event.body ? number
                                                 : number + " (" + event.case_number->body + ")";
}

Row log_row(const Event& event, bool for_csv) {
    return {std::to_string(event.seq),
            event.recorded_at,
            iso(event.effective_date),
            event.actor,
            event.body,
            case_text(event),
            event.kind,
            event.budget_year ? std::to_string(*event.budget_year) : "",
            for_csv ? event.details.dump() : details_text(event.details),
            event.irregular ? "yes" : "no",
            event.reason};
}

const Row header = {"seq",  "recorded_at", "date",    "actor",     "body",  "case",
                    "kind", "budget_year", "details", "irregular", "reason"};

}  // namespace

void print_events(std::ostream& out, const std::vector<Event>& events, const std::string& format) {
    if (format == "json") {
        for (const Event& event : events) out << event_to_json(event).dump() << "\n";
    } else if (format == "csv") {
        print_csv_record(out, header);
        for (const Event& event : events) print_csv_record(out, log_row(event, true));
    } else {
        std::vector<Row> rows = {header};
        for (const Event& event : events) rows.push_back(log_row(event, false));
        print_table(out, rows);
    }
}

}  // namespace cycle
