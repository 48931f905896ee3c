#include "cli/presentation/event_listing.hpp"

#include "cli/presentation/table.hpp"

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

// The sequence number and budget year are numbers; everything else is text.
CsvRecord log_record(const Event& event, bool for_csv) {
    return {CsvCell::number(event.seq),
            event.recorded_at,
            iso(event.effective_date),
            event.actor,
            event.body,
            case_text(event),
            event.kind,
            event.budget_year ? CsvCell::number(*event.budget_year) : CsvCell(""),
            for_csv ? event.details.dump() : details_text(event.details),
            event.irregular ? "yes" : "no",
            event.reason};
}

Row log_row(const Event& event) {
    Row row;
    for (CsvCell& cell : log_record(event, false)) row.push_back(std::move(cell.text));
    return row;
}

const Row header = {"seq",  "recorded_at", "date",    "actor",     "body",  "case",
                    "kind", "budget_year", "details", "irregular", "reason"};

}  // namespace

void print_events(std::ostream& out, const std::vector<Event>& events, const std::string& format) {
    if (format == "json") {
        for (const Event& event : events) out << event_to_json(event).dump() << "\n";
    } else if (format == "csv") {
        print_csv_record(out, CsvRecord(header.begin(), header.end()));
        for (const Event& event : events) print_csv_record(out, log_record(event, true));
    } else {
        std::vector<Row> rows = {header};
        for (const Event& event : events) rows.push_back(log_row(event));
        print_table(out, rows);
    }
}

}  // namespace cycle
