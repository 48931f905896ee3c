#include "cli/presentation/html_report.hpp"

#include "cli/presentation/reminder_text.hpp"
#include "cli/presentation/xml_text.hpp"

namespace cycle {

namespace {

// Page and print styles: A4 with 15 mm margins, tables that do not split a row across pages,
// the wheel on a page of its own when printed.
const char* const style = R"css(
@page { size: A4; margin: 15mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
       color: #1a1a1a; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 2mm 0; }
h2 { font-size: 13pt; margin: 7mm 0 2mm 0; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 4mm 0 1mm 0; }
p.subtitle { margin: 0; color: #444; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { background: #eee; }
tr { page-break-inside: avoid; }
.state-done td.state { color: #1b5e20; }
.state-overdue td.state, .overdue td.state { color: #c62828; font-weight: bold; }
.state-passed td.state { color: #757575; }
.swatch { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; }
p.none { color: #666; font-style: italic; }
#wheel svg { width: 100%; height: auto; max-width: 180mm; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #555; word-break: break-all; }
@media print { #wheel { page-break-before: always; } }
)css";

std::string cell(const std::string& text, const std::string& css_class = "") {
    return (css_class.empty() ? "<td>" : "<td class=\"" + css_class + "\">") + xml_escape(text) +
           "</td>";
}

// A table: a header row of labels (translated), then `rows`; "none" in its place when there
// are no rows and `none_when_empty`.
std::string table(Language language, std::initializer_list<const char*> headers,
                  const std::string& rows, bool none_when_empty = true,
                  const std::string& css_class = "") {
    if (rows.empty() && none_when_empty) {
        return "<p class=\"none\">" + xml_escape(translate(language, "none")) + "</p>\n";
    }
    std::string html =
        css_class.empty() ? "<table>\n<tr>" : "<table class=\"" + css_class + "\">\n<tr>";
    for (const char* heading : headers)
        html += "<th>" + xml_escape(translate(language, heading)) + "</th>";
    return html + "</tr>\n" + rows + "</table>\n";
}

// "1 day left", "60 days left", "93 days overdue"; `which` is "left" or "overdue".
std::string days_left_text(Language language, long days, const char* which) {
    const std::string label = std::string(days == 1 ? "day " : "days ") + which;
    return std::to_string(days) + " " + translate(language, label);
}

std::string step_state_text(Language language, const StepStatus& step) {
    switch (step.state) {
        case StepState::done: {
            std::string text =
                translate(language, "done") + " " + short_date_in(language, step.record->date);
            if (step.record->case_number) {
                text +=
                    ", " + translate(language, "Case") + " " + step.record->case_number->render();
            }
            if (step.record->irregular) text += " (" + translate(language, "irregular") + ")";
            return text;
        }
        case StepState::upcoming:
            return translate(language, "upcoming");
        case StepState::due:
            return translate(language, "due") + ", " + days_left_text(language, step.days, "left");
        case StepState::overdue:
            return days_left_text(language, step.days, "overdue");
        case StepState::passed:
            return translate(language, "passed over");
        case StepState::optional:
            return translate(language, "optional, not taken");
    }
    return "";
}

void live_cycles(std::string& html, const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    html += "<section id=\"live-cycles\">\n<h2>" + xml_escape(translate(language, "Live cycles")) +
            "</h2>\n";
    for (const CycleStatus& cycle : input.status.cycles) {
        const std::string year = std::to_string(cycle.budget_year);
        html += "<h3 id=\"cycle-" + year + "\">" + xml_escape(translate(language, "Budget year")) +
                " " + year + " – " + xml_escape(translate(language, cycle.phase)) + "</h3>\n";
        std::string rows;
        for (const StepStatus& step : cycle.steps) {
            rows += "<tr id=\"row-" + year + "-" + step.step.slug() + "\" class=\"state-" +
                    std::string(step_state_name(step.state)) + "\">" +
                    cell(step_title(language, org, step.step)) +
                    cell(route_title(language, org, step.body, step.to)) +
                    cell(short_date_in(language, step.dates.window_from) + "–" +
                         short_date_in(language, step.dates.window_to)) +
                    cell(short_date_in(language, step.dates.deadline)) +
                    cell(step_state_text(language, step), "state") + "</tr>\n";
        }
        html +=
            table(language, {"Step", "Body", "Window", "Deadline", "State"}, rows, false, "steps");
    }
    html += "</section>\n";
}

void reminder_table(std::string& html, const ReportInput& input, Language language, bool overdue) {
    const Organisation& org = *input.organisation;
    const char* id = overdue ? "overdue" : "deadlines";
    html += "<section id=\"" + std::string(id) + "\">\n<h2>" +
            xml_escape(overdue ? translate(language, "Overdue items")
                               : translate(language, "Upcoming deadlines") + " (" +
                                     translate(language, "next 90 days") + ")") +
            "</h2>\n";
    std::string rows;
    for (const Reminder& item : input.reminders.items) {
        if (item.overdue() != overdue) continue;
        const std::string what = item.step ? step_title(language, org, *item.step) + " " +
                                                 std::to_string(*item.budget_year)
                                           : reminder_text(language, org, item, 0).title;
        rows += "<tr class=\"" + std::string(overdue ? "overdue" : "upcoming") + "\">" +
                cell(short_date_in(language, item.dates.deadline)) + cell(what) +
                cell(route_title(language, org, item.body, item.to)) +
                cell(days_left_text(language, item.days, overdue ? "overdue" : "left"), "state") +
                "</tr>\n";
    }
    html += table(language, {"Deadline", "Item", "Body", "State"}, rows);
    html += "</section>\n";
}

void mandates(std::string& html, const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    html += "<section id=\"mandates\">\n<h2>" + xml_escape(translate(language, "Active mandates")) +
            "</h2>\n";
    std::string rows;
    for (const Mandate& mandate : input.status.mandates) {
        rows += "<tr id=\"mandate-" + mandate.basis.body + "-" +
                std::to_string(mandate.basis.sequence) + "-" + std::to_string(mandate.basis.year) +
                "\">" + cell(mandate.basis.render()) + cell(body_title(language, org, mandate.by)) +
                cell(body_title(language, org, mandate.to)) + cell(mandate.scope) +
                cell(short_date_in(language, mandate.from)) + "</tr>\n";
    }
    html += table(language, {"Case", "Granted by", "To", "Scope", "Date"}, rows) + "</section>\n";
}

void duties(std::string& html, const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    html += "<section id=\"open-duties\">\n<h2>" + xml_escape(translate(language, "Open duties")) +
            "</h2>\n";
    std::string rows;
    for (const DutyStatus& duty : input.status.duties) {
        for (const DutyOccasion& occasion : duty.open) {
            rows +=
                "<tr id=\"open-duty-" + duty.rule.id + "-" + iso(occasion.due) + "\" class=\"" +
                (occasion.overdue ? "overdue" : "open") + "\">" + cell(duty.rule.id) +
                cell(route_title(language, org, duty.rule.body, duty.rule.to)) +
                cell(short_date_in(language, occasion.due)) +
                cell(days_left_text(language, occasion.days, occasion.overdue ? "overdue" : "left"),
                     "state") +
                "</tr>\n";
        }
    }
    html += table(language, {"Duty", "Body", "Due", "State"}, rows);
    html += "</section>\n";
}

std::string kind_text(Language language, const Organisation& org, const std::string& kind) {
    if (org.find_step(kind) != nullptr || kind == strategy_adopted) {
        return step_title(language, org, Step{kind, 0, Recurrence::none});
    }
    std::string text = translate(language, kind);  // "meeting-held" -> "møte avholdt"
    if (language == Language::en) {
        for (char& c : text) {
            if (c == '-') c = ' ';
        }
    }
    return text;
}

void latest_entries(std::string& html, const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    html += "<section id=\"log\">\n<h2>" + xml_escape(translate(language, "Latest log entries")) +
            "</h2>\n";
    std::string rows;
    for (auto event = input.latest.rbegin(); event != input.latest.rend(); ++event) {
        rows += "<tr id=\"event-" + std::to_string(event->seq) + "\">" +
                cell(std::to_string(event->seq)) +
                cell(short_date_in(language, event->effective_date)) +
                cell(kind_text(language, org, event->kind)) +
                cell(event->body.empty() ? "" : body_title(language, org, event->body)) +
                cell(event->case_number ? event->case_number->render() : "") +
                cell(event->irregular ? event->reason : "") + "</tr>\n";
    }
    html += table(language, {"#", "Date", "Kind", "Body", "Case", "Irregular"}, rows, false) +
            "</section>\n";
}

}  // namespace

std::string html_report(const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    const std::string title = translate(language, "Status report") + " – " + org.name;
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(language)) +
                       "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + xml_escape(title) +
                       "</title>\n<style>" + style + "</style>\n</head>\n<body>\n";
    html +=
        "<header>\n<h1>" + xml_escape(org.name) +
        "</h1>\n<p class=\"subtitle\" id=\"report-date\">" +
        xml_escape(translate(language, "Status report") + ", " + translate(language, "status on") +
                   " " + long_date_in(language, input.status.today)) +
        "</p>\n</header>\n";
    live_cycles(html, input, language);
    reminder_table(html, input, language, false);
    reminder_table(html, input, language, true);
    mandates(html, input, language);
    duties(html, input, language);
    html += "<section id=\"wheel\">\n<h2>" + xml_escape(translate(language, "Annual wheel")) + " " +
            std::to_string(input.status.today.year()) + "</h2>\n" + input.wheel_svg +
            "</section>\n";
    latest_entries(html, input, language);
    html += "<footer>\n<p>" +
            xml_escape(translate(language,
                                 "Produced by cycle from the case log; the head hash "
                                 "identifies the log it was made from.")) +
            "</p>\n<p id=\"head-hash\">" + xml_escape(translate(language, "Head hash")) + " #" +
            std::to_string(input.event_count) + ": " + xml_escape(input.head_hash) +
            "</p>\n</footer>\n</body>\n</html>\n";
    return html;
}

}  // namespace cycle
