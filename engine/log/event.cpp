#include "engine/log/event.hpp"

namespace cycle {

nlohmann::json event_to_json(const Event& event) {
    nlohmann::json json = {
        {"seq", event.seq},
        {"org", event.org},
        {"recorded_at", event.recorded_at},
        {"date", iso(event.effective_date)},
        {"actor", event.actor},
        {"kind", event.kind},
        {"budget_year", event.budget_year ? nlohmann::json(*event.budget_year) : nlohmann::json()},
        {"body", event.body},
        {"case", event.case_number ? nlohmann::json{{"number", event.case_number->render()},
                                                    {"body", event.case_number->body},
                                                    {"year", event.case_number->year},
                                                    {"sequence", event.case_number->sequence}}
                                   : nlohmann::json()},
        {"details", event.details},
        {"irregular", event.irregular},
        {"reason", event.reason},
        {"prev_hash", event.prev_hash},
        {"hash", event.hash},
    };
    return json;
}

}  // namespace cycle
