// A day placed relative to a budget year Y, as configs write it: "Y-1-04-01" is 1 April of
// the year before. config/yaml/relative_date parses the text.
#pragma once

#include <string>

#include "engine/time/calendar_date.hpp"

namespace cycle {

struct RelativeDate {
    int year_offset = 0;
    int month = 1;
    int day = 1;

    Date in_budget_year(int budget_year) const;
    std::string text() const;  // "Y-1-04-01"
};

}  // namespace cycle
