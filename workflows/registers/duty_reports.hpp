// Reports recorded to fulfil a duty that no cycle step fulfils (`cycle duty report`): the
// board informed at a meeting, say. Rebuilt from the case log; pure. A duty at each meeting is
// reported at most once per meeting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/log/case_number.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle {

struct DutyReport {
    std::int64_t seq = 0;
    std::string duty;
    Date date;
    std::optional<Date> meeting;  // for a duty at each meeting: the meeting's day
    std::string meeting_body;     // and whose meeting it was
    std::optional<CaseNumber> case_number;
};

class DutyReports {
  public:
    // A refusal, or nothing when the report was added.
    std::optional<std::string> add(DutyReport report);
    // The report of `duty` for the meeting on `meeting`, if any.
    const DutyReport* for_meeting(const std::string& duty, const Date& meeting) const;
    // A report of any duty at the meeting of `body` on `meeting`, if any.
    const DutyReport* at_meeting(const std::string& body, const Date& meeting) const;
    // Every report of `duty`, by date (in log order among equals).
    std::vector<const DutyReport*> of(const std::string& duty) const;
    // The latest report of `duty` by date, if any.
    const DutyReport* latest(const std::string& duty) const;

  private:
    std::vector<DutyReport> reports_;
};

}  // namespace cycle
