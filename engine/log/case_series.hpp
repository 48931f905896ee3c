// An organisation's case series as its log has filled them, in memory: which numbers are in
// use, the event that first cited each and its day, and which carry a decision. It keeps the
// rules the recording commands keep against the database (cli/commands/log_writer, cmd_case) for
// events that arrive whole, as `cycle import` reads them:
//  - one case number, one decision (a step or mandate event; opening a case, a correction
//    or a duty's report citing a case decides nothing);
//  - a case opened takes the next number of its body's series for its year;
//  - a meeting treats, and a report cites, only cases in the series by that day.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "engine/log/event.hpp"

namespace cycle {

class CaseSeries {
  public:
    // Why `event` may not follow the events noted so far, or nothing.
    std::optional<std::string> refusal(const Event& event) const;
    // Takes `event` (already in the log, or accepted) into the series.
    void note(const Event& event);

  private:
    struct Entry {
        std::int64_t first_seq = 0;
        Date first_day;
        std::optional<std::int64_t> decision_seq;
    };
    using Key = std::tuple<std::string, int, int>;  // body, year, sequence

    std::optional<std::string> refusal_to_cite(const CaseNumber& number, const Date& by) const;

    std::map<Key, Entry> cases_;
    std::map<std::pair<std::string, int>, int> highest_;  // (body, year) -> highest sequence
};

// Why an event dated `by` may not cite `number`: a case's number carries the year it was
// opened in, so one of a later year did not exist yet ("--case 12/21" on 2020-12-10). Nothing
// when it may. Both the recording commands (cli/commands/log_writer) and `cycle import` ask this.
std::optional<std::string> case_year_refusal(const CaseNumber& number, const Date& by);
// The same for every case number `event` cites: its own and a meeting's details.cases.
std::optional<std::string> case_year_refusal(const Event& event);

// The kinds that cite a case number without deciding it.
inline constexpr std::array<const char*, 5> kinds_deciding_nothing = {
    kind_case_opened, kind_correction, kind_organisation_registered, kind_config_changed,
    kind_duty_reported};
// Whether an event of `kind` is a decision under its case number.
bool decides_case(const std::string& kind);

}  // namespace cycle
