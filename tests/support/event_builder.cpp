#include "tests/support/event_builder.hpp"

#include <stdexcept>

#include "engine/log/hash_chain.hpp"
#include "tests/support/shipped_config.hpp"
#include "workflows/state/replay.hpp"

namespace cycle::testing {

Event registration() {
    Event event;
    event.seq = 1;
    event.org = "osloregionen";
    event.recorded_at = "2020-03-02T09:00:00Z";
    event.effective_date = day("2020-03-02");
    event.actor = "test";
    event.kind = kind_organisation_registered;
    const std::string yaml = osloregionen_yaml();
    event.details = {{"config", yaml}, {"config_sha256", sha256_hex(yaml)}, {"source", "test"}};
    return event;
}

Event step_event(std::int64_t seq, const char* kind, const char* date, int year,
                 nlohmann::json details) {
    Event event;
    event.seq = seq;
    event.org = "osloregionen";
    event.recorded_at = "2021-02-05T12:00:00Z";
    event.effective_date = day(date);
    event.actor = "test";
    event.kind = kind;
    if (year != 0) event.budget_year = year;
    event.details = std::move(details);
    return event;
}

std::vector<Event> example_2021() {
    std::vector<Event> events = {
        registration(),
        step_event(2, "contingent-set", "2020-10-28", 2021,
                   {{"rate_nok_per_inhabitant", "2.70"}, {"late_reason", "reorganisation"}}),
        step_event(3, "strategy-adopted", "2020-10-28", 0, {{"period", "2021-2024"}}),
        step_event(4, "draft-submitted", "2020-11-20", 2021),
        step_event(5, "budget-adopted", "2021-02-05", 2021, {{"late_reason", "reorganisation"}}),
    };
    // Judge them as `cycle record` does, so irregular and reason are what it would store.
    OrganisationState state(day("2020-03-02"), osloregionen());
    for (auto event = events.begin() + 1; event != events.end(); ++event) {
        const Verdict verdict = state.apply(*event);
        if (!verdict.accepted) throw std::logic_error("example refused: " + verdict.refusal);
        event->irregular = verdict.irregular;
        event->reason = verdict.irregular_reason;
    }
    return events;
}

}  // namespace cycle::testing
