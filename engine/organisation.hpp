// An organisation as its YAML config describes it: bodies, the rules that place each step's
// window and deadline relative to the budget year, and the members who pay contingent.
// Built by config/config_loader; read-only everywhere else.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/calendar_date.hpp"
#include "engine/step.hpp"

namespace cycle {

// A day placed relative to budget year Y: "Y-1-04-01" is 1 April of the year before.
struct RelativeDate {
    int year_offset = 0;
    int month = 1;
    int day = 1;

    Date in_budget_year(int budget_year) const;
    std::string text() const;  // "Y-1-04-01"
};

struct Body {
    std::string id;    // "board": used in commands, case numbers and the case log
    std::string name;  // "Styret"
};

struct StepRule {
    std::string body;               // who decides or acts
    std::optional<std::string> to;  // to whom (status-report goes to the board)
    RelativeDate window_from;
    RelativeDate window_to;
    RelativeDate deadline;
};

// A member or a group of members; the contingent is population x weight x rate.
struct Member {
    std::string name;
    std::string kind;       // "county", "municipality", ...
    bool is_group = false;  // "all other municipalities" as one row
    std::int64_t population = 0;
    std::int64_t weight_thousandths = 1000;  // 0.5 -> 500, 2 -> 2000
};

struct Organisation {
    std::string id;
    std::string name;
    int first_tracked_year = 0;
    std::vector<Body> bodies;
    std::map<Step, StepRule> steps;  // the five cycle steps
    std::string strategy_body;       // who adopts strategic guidelines
    int strategy_every_years = 4;
    std::vector<Member> members;
};

}  // namespace cycle
