#include "workflows/registers/duty_reports.hpp"

#include <algorithm>

namespace cycle {

std::optional<std::string> DutyReports::add(DutyReport report) {
    if (report.meeting) {
        if (const DutyReport* earlier = for_meeting(report.duty, *report.meeting)) {
            return report.duty + " is reported for the meeting on " + iso(*report.meeting) +
                   " already, as #" + std::to_string(earlier->seq);
        }
    }
    reports_.push_back(std::move(report));
    return std::nullopt;
}

const DutyReport* DutyReports::for_meeting(const std::string& duty, const Date& meeting) const {
    for (const DutyReport& report : reports_) {
        if (report.duty == duty && report.meeting == meeting) return &report;
    }
    return nullptr;
}

const DutyReport* DutyReports::at_meeting(const std::string& body, const Date& meeting) const {
    for (const DutyReport& report : reports_) {
        if (report.meeting == meeting && report.meeting_body == body) return &report;
    }
    return nullptr;
}

const DutyReport* DutyReports::latest(const std::string& duty) const {
    const DutyReport* found = nullptr;
    for (const DutyReport& report : reports_) {
        if (report.duty == duty && (found == nullptr || report.date >= found->date)) {
            found = &report;
        }
    }
    return found;
}

std::vector<const DutyReport*> DutyReports::of(const std::string& duty) const {
    std::vector<const DutyReport*> found;
    for (const DutyReport& report : reports_) {
        if (report.duty == duty) found.push_back(&report);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const DutyReport* a, const DutyReport* b) { return a->date < b->date; });
    return found;
}

}  // namespace cycle
