#include "engine/log/case_series.hpp"

#include "engine/support/quote.hpp"

namespace cycle {

bool decides_case(const std::string& kind) {
    for (const char* other : kinds_deciding_nothing) {
        if (kind == other) return false;
    }
    return true;
}

std::optional<std::string> case_year_refusal(const CaseNumber& number, const Date& by) {
    if (number.year <= by.year()) return std::nullopt;
    return "the " + number.body + "'s case " + number.render() + " is numbered in " +
           std::to_string(number.year) + ", after " + iso(by) +
           ": a case can be cited only from the year it is opened";
}

std::optional<std::string> case_year_refusal(const Event& event) {
    if (event.case_number) {
        if (auto refusal = case_year_refusal(*event.case_number, event.effective_date)) {
            return refusal;
        }
    }
    if (event.kind == kind_correction && event.details.contains("case") &&
        event.details.contains("date")) {
        // The right number with the right date; without a date the corrected event's holds,
        // which cmd_correct checks (an imported correction cannot see it here).
        const nlohmann::json& number_text = event.details.at("case");
        const nlohmann::json& date_text = event.details.at("date");
        const auto number = number_text.is_string()
                                ? parse_case_number(number_text.get<std::string>(), event.body)
                                : std::nullopt;
        const auto date = date_text.is_string() ? parse_iso_date(date_text.get<std::string>()).date
                                                : std::nullopt;
        if (number && date) return case_year_refusal(*number, *date);
    }
    if (event.kind != kind_meeting_held || !event.details.contains("cases")) return std::nullopt;
    const nlohmann::json& cases = event.details.at("cases");
    if (!cases.is_array()) return std::nullopt;  // refused as malformed by CaseSeries::refusal
    for (const nlohmann::json& text : cases) {
        const auto number = text.is_string()
                                ? parse_case_number(text.get<std::string>(), event.body)
                                : std::nullopt;
        if (!number) continue;
        if (auto refusal = case_year_refusal(*number, event.effective_date)) return refusal;
    }
    return std::nullopt;
}

std::optional<std::string> CaseSeries::refusal_to_cite(const CaseNumber& number,
                                                       const Date& by) const {
    const auto found = cases_.find(Key{number.body, number.year, number.sequence});
    if (found == cases_.end()) {
        return "the " + number.body + "'s series has no case " + number.render();
    }
    if (found->second.first_day > by) {
        return "the " + number.body + "'s case " + number.render() + " came into its series on " +
               iso(found->second.first_day) + " (#" + std::to_string(found->second.first_seq) +
               "), after " + iso(by);
    }
    return std::nullopt;
}

std::optional<std::string> CaseSeries::refusal(const Event& event) const {
    if (auto refusal = case_year_refusal(event)) return refusal;
    if (event.kind == kind_meeting_held && event.details.contains("cases")) {
        const nlohmann::json& cases = event.details.at("cases");
        if (!cases.is_array()) return std::string("details.cases is not a list");
        for (const nlohmann::json& text : cases) {
            if (!text.is_string()) return std::string("details.cases holds a non-text entry");
            const auto number = parse_case_number(text.get<std::string>(), event.body);
            if (!number) {
                return "details.cases: expected case numbers (" + std::string(case_number_forms) +
                       "), got " + quote(text.get<std::string>());
            }
            if (auto refusal = refusal_to_cite(*number, event.effective_date)) return refusal;
        }
    }
    if (!event.case_number) return std::nullopt;
    const CaseNumber& number = *event.case_number;
    if (event.kind == kind_case_opened) {
        // The series the case belongs in is that of the year it was opened.
        const auto highest = highest_.find({number.body, event.effective_date.year()});
        const int next = highest == highest_.end() ? 1 : highest->second + 1;
        if (number.year != event.effective_date.year() || number.sequence != next) {
            return "case-opened " + number.render() + " in the " + number.body +
                   "'s series: the next number there on " + iso(event.effective_date) + " is " +
                   CaseNumber{number.body, event.effective_date.year(), next}.render();
        }
        return std::nullopt;
    }
    if (event.kind == kind_duty_reported) return refusal_to_cite(number, event.effective_date);
    if (!decides_case(event.kind)) return std::nullopt;
    const auto found = cases_.find(Key{number.body, number.year, number.sequence});
    if (found != cases_.end() && found->second.decision_seq) {
        return "the " + number.body + "'s case " + number.render() + " is decided already, as #" +
               std::to_string(*found->second.decision_seq) +
               "; a case number is used for one decision";
    }
    return std::nullopt;
}

void CaseSeries::note(const Event& event) {
    if (!event.case_number) return;
    const CaseNumber& number = *event.case_number;
    auto [entry, added] = cases_.try_emplace(Key{number.body, number.year, number.sequence});
    if (added) {
        entry->second.first_seq = event.seq;
        entry->second.first_day = event.effective_date;
        int& highest = highest_[{number.body, number.year}];
        if (number.sequence > highest) highest = number.sequence;
    }
    if (decides_case(event.kind) && !entry->second.decision_seq) {
        entry->second.decision_seq = event.seq;
    }
}

}  // namespace cycle
