// One entry of the case log. The log is the only source of truth: every state is rebuilt by
// replaying these in sequence order. Field names and kinds are a file format (DO NOT CHANGE).
#pragma once

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "engine/log/case_number.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle {

// Kinds besides the step names of engine/log/step.hpp.
inline constexpr const char* kind_organisation_registered = "organisation-registered";
inline constexpr const char* kind_config_changed = "config-changed";
// A case opened in a body's series (`cycle case open`): the number is allocated, no decision.
inline constexpr const char* kind_case_opened = "case-opened";
// A correction of an earlier event (`cycle correct`): details.corrects names its seq. The log
// is never edited; the corrected event stays as it was, and the machines keep judging it.
inline constexpr const char* kind_correction = "correction";
// A mandate granted by a body's decision (case number = the basis, in the grantor's series),
// and its revocation by a later decision (case number = the revoking decision).
inline constexpr const char* kind_mandate_granted = "mandate-granted";
inline constexpr const char* kind_mandate_revoked = "mandate-revoked";
// A body's meeting (details.meeting = its day): scheduled on the event's date, with the cycle
// steps planned for it (details.plans); cancelled; held on its day, with the cases treated
// (details.cases, in the body's series).
inline constexpr const char* kind_meeting_scheduled = "meeting-scheduled";
inline constexpr const char* kind_meeting_cancelled = "meeting-cancelled";
inline constexpr const char* kind_meeting_held = "meeting-held";
// A report that fulfils a duty no step fulfils (details.duty; details.meeting for a duty at
// each meeting).
inline constexpr const char* kind_duty_reported = "duty-reported";
// Every kind above, in the order they are listed.
inline constexpr std::array<const char*, 10> other_event_kinds = {kind_organisation_registered,
                                                                  kind_config_changed,
                                                                  kind_case_opened,
                                                                  kind_correction,
                                                                  kind_mandate_granted,
                                                                  kind_mandate_revoked,
                                                                  kind_meeting_scheduled,
                                                                  kind_meeting_cancelled,
                                                                  kind_meeting_held,
                                                                  kind_duty_reported};

struct Event {
    std::int64_t seq = 0;            // 1, 2, 3, ... across the whole database
    std::string org;                 // organisation id
    std::string recorded_at;         // UTC, "YYYY-MM-DDTHH:MM:SSZ": when it was written
    Date effective_date;             // when it happened (the decision's date)
    std::string actor;               // who recorded it
    std::string kind;                // a step name or one of the kinds above
    std::optional<int> budget_year;  // the cycle it belongs to, if any
    std::string body;                // the deciding body, or "" for organisation events
    std::optional<CaseNumber> case_number;
    nlohmann::json details = nlohmann::json::object();  // kind-specific facts
    bool irregular = false;                             // late or overridden
    std::string reason;                                 // why it is irregular, for auditors
    std::string prev_hash;  // hex SHA-256 of the previous event (zeros for seq 1)
    std::string hash;       // hex SHA-256(prev_hash || canonical bytes)
};

// The event as one JSON object, the shape `cycle log --format json` writes one per line.
nlohmann::json event_to_json(const Event& event);

}  // namespace cycle
