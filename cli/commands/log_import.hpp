// Admitting whole events into the case log, as `cycle import` reads them: each is judged on
// the path a recording command takes before it is appended, against the log as it stands
// plus the events admitted before it. Refused (Error, nothing appended) are:
//  - an event dated after today, recorded later than now (the system clock) or before the
//    log's last event (bad input);
//  - a chained event whose seq, prev_hash or hash is not the next link (bad input);
//  - an organisation registered twice, an event of one not registered, a registration whose
//    config does not load, names another id or has another digest (refused);
//  - what breaks the case series' rules (engine/log/case_series.hpp) (refused);
//  - what the machines refuse, or judge differently from the event's own irregular/reason,
//    or an override or reason for lateness the machines did not need (refused).
// The caller owns the transaction: nothing is kept unless it commits.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/log/case_series.hpp"
#include "engine/log/event_json.hpp"
#include "engine/time/clock.hpp"
#include "storage/case_log.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

// The judgement alone, over events held in memory: what LogImport and `verify --replay` share.
class LogJudge {
  public:
    // `today` bounds the events' dates; the system clock's moment, their recorded-at.
    explicit LogJudge(const Date& today) : today_(today), now_(SystemClock().now_utc()) {}

    // Takes `events`, one organisation's log as stored, as already judged.
    void adopt(const std::string& org, const std::vector<Event>& events);
    // Judges `event` (its seq set) against everything judged or adopted before it, then
    // keeps it. Error naming what is wrong; nothing is kept then.
    void judge(const Event& event);

  private:
    struct Organisation {
        std::unique_ptr<OrganisationState> state;
        CaseSeries cases;
    };

    void register_organisation(const Event& event);
    void judge_in(Organisation& org, const Event& event);

    Date today_;
    std::string now_;
    std::map<std::string, Organisation> organisations_;
};

class LogImport {
  public:
    // Replays every organisation already in the log. Error(storage) if one cannot be.
    LogImport(CaseLog& log, const Date& today);

    // Judges `decoded` and appends it; on return event.seq and event.hash are its link.
    void admit(DecodedEvent& decoded);

  private:
    CaseLog& log_;
    LogJudge judge_;
};

}  // namespace cycle
