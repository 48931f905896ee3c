// A step of a budget year's cycle as the config names it: its id, which is the event kind
// stored in the case log, and for a step that recurs within the year the period it is for.
// Ids are a file format: a config's step ids are stored in its case log. The ids of format 1
// configs (Osloregionen's five steps) are below; DO NOT CHANGE them without a migration.
#pragma once

#include <array>
#include <compare>
#include <string>
#include <string_view>

namespace cycle {

// How often a step recurs within a budget year; `none` for once.
enum class Recurrence { none, tertial, quarter, month };
std::string_view recurrence_name(Recurrence every);  // "tertial", ...
int periods_in_year(Recurrence every);               // 3, 4, 12; 1 for none

struct Step {
    std::string id;      // "budget-adopted", "tertial-report"
    int occurrence = 0;  // the period (1-3 tertials, 1-4 quarters, 1-12 months); 0: once
    Recurrence every = Recurrence::none;

    // "budget-adopted", "tertial-report T1", "quarterly-report Q3", "monthly-report M05".
    std::string name() const;
    // The period alone: "T1", "Q3", "M05"; empty for a step that does not recur.
    std::string period_label() const;
    // For identifiers in pages and calendars: "budget-adopted", "tertial-report-t1".
    std::string slug() const;

    auto operator<=>(const Step& other) const = default;
    bool operator==(const Step& other) const = default;
};

// The steps of a format 1 config, in the order its cycle runs, and the strategy step that
// belongs to no budget year.
namespace format1 {
inline constexpr std::string_view contingent_set = "contingent-set";
inline constexpr std::string_view draft_submitted = "draft-submitted";
inline constexpr std::string_view budget_adopted = "budget-adopted";
inline constexpr std::string_view status_report = "status-report";
inline constexpr std::string_view accounts_approved = "accounts-approved";
inline constexpr std::array<std::string_view, 5> steps = {
    contingent_set, draft_submitted, budget_adopted, status_report, accounts_approved};
}  // namespace format1
inline constexpr std::string_view strategy_adopted = "strategy-adopted";

// The longest step id: it is stored as an event kind, which engine/log/event_limits bounds.
inline constexpr std::size_t max_step_id_length = 64;

// Ids of organisations, bodies, duties and steps: lower-case letters, digits and '-',
// starting with a letter.
bool is_identifier(const std::string& text);

inline std::string step_name(const Step& step) {
    return step.name();
}

}  // namespace cycle
