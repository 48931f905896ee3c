#include "cli/presentation/html_report.hpp"

#include "cli/presentation/catalog.hpp"
#include "cli/presentation/reminder_text.hpp"
#include "cli/presentation/wording.hpp"
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

// A section's opening and its heading: "<section id=\"mandates\">\n<h2>Gjeldende
// fullmakter</h2>\n".
std::string section_start(const std::string& id, const std::string& heading) {
    return "<section id=\"" + id + "\">\n<h2>" + xml_escape(heading) + "</h2>\n";
}

std::string cell(const std::string& text, const std::string& css_class = "") {
    return (css_class.empty() ? "<td>" : "<td class=\"" + css_class + "\">") + xml_escape(text) +
           "</td>";
}

// A table: a header row of labels (English, marked N_, translated here), then `rows`; "none"
// in its place when there are no rows and `none_when_empty`.
std::string table(Language language, std::initializer_list<const char*> headers,
                  const std::string& rows, bool none_when_empty = true,
                  const std::string& css_class = "") {
    if (rows.empty() && none_when_empty) {
        return "<p class=\"none\">" + xml_escape(tr(language, "none")) + "</p>\n";
    }
    std::string html =
        css_class.empty() ? "<table>\n<tr>" : "<table class=\"" + css_class + "\">\n<tr>";
    for (const char* heading : headers)
        html += "<th>" + xml_escape(tr(language, heading)) + "</th>";
    return html + "</tr>\n" + rows + "</table>\n";
}

// "1 day left", "60 days left".
std::string days_left_text(Language language, long days) {
    return trnf(language, "{1} day left", "{1} days left", days);
}

// "1 day overdue", "93 days overdue".
std::string days_overdue_text(Language language, long days) {
    return trnf(language, "{1} day overdue", "{1} days overdue", days);
}

std::string days_state_text(Language language, long days, bool overdue) {
    return overdue ? days_overdue_text(language, days) : days_left_text(language, days);
}

// The wheel's word for a step's state, with the case and irregularity of a recorded step and
// the days left or overdue of an open one.
std::string step_state_text(Language language, const StepStatus& step) {
    switch (step.state) {
        case StepState::done: {
            std::string text = step_state_word(language, step);
            if (step.record->case_number) {
                // TRANSLATORS: the case a step was decided in: "Case 12/21".
                text += ", " + trf(language, "Case {1}", step.record->case_number->render());
            }
            if (step.record->irregular) text += " (" + tr(language, "irregular") + ")";
            return text;
        }
        case StepState::due:
            return step_state_word(language, step) + ", " + days_left_text(language, step.days);
        case StepState::overdue:
            return days_overdue_text(language, step.days);
        case StepState::upcoming:
        case StepState::passed:
        case StepState::optional:
            break;
    }
    return step_state_word(language, step);
}

void live_cycles(std::string& html, const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    html += section_start("live-cycles", tr(language, "Live cycles"));
    for (const CycleStatus& cycle : input.status.cycles) {
        const std::string year = std::to_string(cycle.budget_year);
        html += "<h3 id=\"cycle-" + year + "\">" +
                xml_escape(trf(language, "Budget year {1}", year) + " – " +
                           phase_title(language, cycle.phase)) +
                "</h3>\n";
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
        html += table(language, {N_("Step"), N_("Body"), N_("Window"), N_("Deadline"), N_("State")},
                      rows, false, "steps");
    }
    html += "</section>\n";
}

void reminder_table(std::string& html, const ReportInput& input, Language language, bool overdue) {
    const Organisation& org = *input.organisation;
    const char* id = overdue ? "overdue" : "deadlines";
    html += section_start(
        id, overdue ? tr(language, "Overdue items")
                    : trnf(language, "Upcoming deadlines (next {1} day)",
                           "Upcoming deadlines (next {1} days)", input.reminders.within_days));
    std::string rows;
    for (const Reminder& item : input.reminders.items) {
        if (item.overdue() != overdue) continue;
        const std::string what = item.step ? step_title(language, org, *item.step) + " " +
                                                 std::to_string(*item.budget_year)
                                           : reminder_text(language, org, item, 0).title;
        rows += "<tr class=\"" + std::string(overdue ? "overdue" : "upcoming") + "\">" +
                cell(short_date_in(language, item.dates.deadline)) + cell(what) +
                cell(route_title(language, org, item.body, item.to)) +
                cell(days_state_text(language, item.days, overdue), "state") + "</tr>\n";
    }
    html += table(language, {N_("Deadline"), N_("Item"), N_("Body"), N_("State")}, rows);
    html += "</section>\n";
}

void mandates(std::string& html, const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    html += section_start("mandates", tr(language, "Active mandates"));
    std::string rows;
    for (const Mandate& mandate : input.status.mandates) {
        rows += "<tr id=\"mandate-" + mandate.basis.body + "-" +
                std::to_string(mandate.basis.sequence) + "-" + std::to_string(mandate.basis.year) +
                "\">" + cell(mandate.basis.render()) + cell(body_title(language, org, mandate.by)) +
                cell(body_title(language, org, mandate.to)) + cell(mandate.scope) +
                cell(short_date_in(language, mandate.from)) + "</tr>\n";
    }
    html +=
        table(language, {N_("Case"), N_("Granted by"), N_("To"), N_("Scope"), N_("Date")}, rows) +
        "</section>\n";
}

void duties(std::string& html, const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    html += section_start("open-duties", tr(language, "Open duties"));
    std::string rows;
    for (const DutyStatus& duty : input.status.duties) {
        for (const DutyOccasion& occasion : duty.open) {
            rows += "<tr id=\"open-duty-" + duty.rule.id + "-" + iso(occasion.due) + "\" class=\"" +
                    (occasion.overdue ? "overdue" : "open") + "\">" + cell(duty.rule.id) +
                    cell(route_title(language, org, duty.rule.body, duty.rule.to)) +
                    cell(short_date_in(language, occasion.due)) +
                    cell(days_state_text(language, occasion.days, occasion.overdue), "state") +
                    "</tr>\n";
        }
    }
    html += table(language, {N_("Duty"), N_("Body"), N_("Due"), N_("State")}, rows);
    html += "</section>\n";
}

// The kinds of engine/log/event.hpp besides the steps, in words.
constexpr std::pair<const char*, const char*> kind_words[] = {
    {kind_organisation_registered, N_("organisation registered")},
    {kind_config_changed, N_("config changed")},
    {kind_case_opened, N_("case opened")},
    {kind_correction, N_("correction")},
    {kind_mandate_granted, N_("mandate granted")},
    {kind_mandate_revoked, N_("mandate revoked")},
    {kind_meeting_scheduled, N_("meeting scheduled")},
    {kind_meeting_cancelled, N_("meeting cancelled")},
    {kind_meeting_held, N_("meeting held")},
    {kind_duty_reported, N_("duty reported")},
};

// An event's kind: a step's title, "meeting held"; a step the config no longer has by its id
// (in English with spaces for its hyphens).
std::string kind_text(Language language, const Organisation& org, const std::string& kind) {
    if (org.find_step(kind) != nullptr || kind == strategy_adopted) {
        return step_title(language, org, Step{kind, 0, Recurrence::none});
    }
    for (const auto& [id, words] : kind_words) {
        if (kind == id) return tr(language, words);
    }
    std::string text = kind;
    if (!worded(language)) {
        for (char& c : text) {
            if (c == '-') c = ' ';
        }
    }
    return text;
}

void latest_entries(std::string& html, const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    html += section_start("log", tr(language, "Latest log entries"));
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
    html += table(language,
                  {
                      // TRANSLATORS: the heading of the column of the log entries' numbers.
                      N_("#"),
                      N_("Date"),
                      N_("Kind"),
                      N_("Body"),
                      N_("Case"),
                      N_("Irregular"),
                  },
                  rows, false) +
            "</section>\n";
}

}  // namespace

std::string html_report(const ReportInput& input, Language language) {
    const Organisation& org = *input.organisation;
    const std::string title = trf(language, "Status report – {1}", org.name);
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(language)) +
                       "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + xml_escape(title) +
                       "</title>\n<style>" + style + "</style>\n</head>\n<body>\n";
    html += "<header>\n<h1>" + xml_escape(org.name) +
            "</h1>\n<p class=\"subtitle\" id=\"report-date\">" +
            xml_escape(trf(language, "Status report, status on {1}",
                           long_date_in(language, input.status.today))) +
            "</p>\n</header>\n";
    live_cycles(html, input, language);
    reminder_table(html, input, language, false);
    reminder_table(html, input, language, true);
    mandates(html, input, language);
    duties(html, input, language);
    html += section_start("wheel", trf(language, "Annual wheel {1}",
                                       std::to_string(input.status.today.year()))) +
            input.wheel_svg + "</section>\n";
    latest_entries(html, input, language);
    html += "<footer>\n<p>" +
            xml_escape(tr(language,
                          "Produced by cycle from the case log; the head hash identifies the log "
                          "it was made from.")) +
            "</p>\n<p id=\"head-hash\">" +
            // TRANSLATORS: the log's head: its number of entries, and its hash.
            xml_escape(trf(language, "Head hash #{1}: {2}", std::to_string(input.event_count),
                           input.head_hash)) +
            "</p>\n</footer>\n</body>\n</html>\n";
    return html;
}

}  // namespace cycle
