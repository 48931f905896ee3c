#include "engine/time/relative_date.hpp"

#include <cstdio>

namespace cycle {

Date RelativeDate::in_budget_year(int budget_year) const {
    return Date(static_cast<unsigned short>(budget_year + year_offset),
                static_cast<unsigned short>(month), static_cast<unsigned short>(day));
}

std::string RelativeDate::text() const {
    char buffer[32];
    if (year_offset == 0) {
        std::snprintf(buffer, sizeof buffer, "Y-%02d-%02d", month, day);
    } else {
        std::snprintf(buffer, sizeof buffer, "Y%+d-%02d-%02d", year_offset, month, day);
    }
    return buffer;
}

}  // namespace cycle
