#include "cli/commands/log_import.hpp"

#include <algorithm>

#include "engine/log/hash_chain.hpp"
#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"
#include "engine/time/clock.hpp"

namespace cycle {

namespace {

std::string verdict_text(bool irregular, const std::string& reason) {
    return irregular ? "irregular (" + quote(reason) + ")" : "regular";
}

// Error(refused) unless `event` holds a config and that config's SHA-256, as init stores them.
void require_config(const Event& event) {
    const auto config = event.details.find("config");
    const auto digest = event.details.find("config_sha256");
    if (config == event.details.end() || !config->is_string() || digest == event.details.end() ||
        *digest != sha256_hex(config->get<std::string>())) {
        throw_refused("details: " + event.kind + " holds the config and that config's SHA-256");
    }
}

// Whether any config logged so far has `body`: a command checks its --body against the config
// in force, and an event may outlive the config it was recorded under.
bool has_had_body(const OrganisationState& state, const std::string& body) {
    for (const auto& [day, config] : state.configs()) {
        for (const Body& known : config.bodies) {
            if (known.id == body) return true;
        }
    }
    return false;
}

}  // namespace

LogImport::LogImport(CaseLog& log, const Date& today) : log_(log), judge_(today) {
    for (const std::string& id : log_.organisations()) judge_.adopt(id, log_.events(id));
}

void LogJudge::adopt(const std::string& id, const std::vector<Event>& events) {
    Organisation& org = organisations_[id];
    org.state = std::make_unique<OrganisationState>(replay(events));
    for (const Event& event : events) org.cases.note(event);
}

void LogImport::admit(DecodedEvent& decoded) {
    Event& event = decoded.event;
    const std::int64_t next = log_.next_seq();
    if (const std::string last = log_.head_recorded_at(); event.recorded_at < last) {
        throw_bad_input("recorded_at " + event.recorded_at + " is before " + last + ", when #" +
                        std::to_string(next - 1) +
                        " was recorded; the log's time may not move backwards");
    }
    if (decoded.chained) {
        if (event.seq != next) {
            throw_bad_input("seq " + std::to_string(event.seq) + ": expected " +
                            std::to_string(next) + ", the next in the log");
        }
        if (event.prev_hash != log_.head_hash()) {
            throw_bad_input("prev_hash: expected the hash of #" + std::to_string(next - 1) + ", " +
                            log_.head_hash());
        }
        if (chain_hash(event.prev_hash, canonical_bytes(event)) != event.hash) {
            throw_bad_input("hash: does not match the event's contents");
        }
    }
    event.seq = next;  // the machines keep the seq of what they record
    judge_.judge(event);
    log_.append(event);
}

void LogJudge::judge(const Event& event) {
    if (event.effective_date > today_) {
        throw_bad_input("date " + iso(event.effective_date) + " is after today (" + iso(today_) +
                        "); the log holds what has happened");
    }
    // Recorded later than now would lock every writer out until then (the log's time may not
    // move backwards). Now is the system clock's, whatever --today says: an import acting on
    // an earlier day still copies a log recorded since.
    if (event.recorded_at > now_) {
        throw_bad_input("recorded_at " + event.recorded_at +
                        " is later than the moment of this import; the log holds what has "
                        "happened");
    }
    if (event.kind == kind_organisation_registered) {
        register_organisation(event);
        return;
    }
    const auto found = organisations_.find(event.org);
    if (found == organisations_.end()) {
        throw_refused("organisation " + quote(event.org) + " is not registered before this event");
    }
    judge_in(found->second, event);
}

void LogJudge::register_organisation(const Event& event) {
    if (organisations_.contains(event.org)) {
        throw_refused("organisation " + quote(event.org) + " is registered already");
    }
    require_config(event);
    Event judged = event;
    judged.hash.clear();
    std::unique_ptr<OrganisationState> state;
    try {
        state = std::make_unique<OrganisationState>(replay({judged}));
    } catch (const Error& error) {
        throw_refused(error.what());
    }
    if (state->organisation().id != event.org) {
        throw_refused("its config registers " + quote(state->organisation().id) + ", not " +
                      quote(event.org));
    }
    Organisation& org = organisations_[event.org];
    org.state = std::move(state);
    org.cases.note(event);
}

void LogJudge::judge_in(Organisation& org, const Event& event) {
    for (const std::string* body :
         {&event.body, event.case_number ? &event.case_number->body : nullptr}) {
        if (body == nullptr) continue;
        // Config events and corrections of them belong to no body.
        const bool bodiless = event.kind == kind_config_changed || event.kind == kind_correction;
        if (!(bodiless && body->empty()) && !has_had_body(*org.state, *body)) {
            throw_refused("body " + quote(*body) + " is in none of the organisation's configs");
        }
    }
    if (auto refusal = org.cases.refusal(event)) throw_refused(*refusal);
    if (event.kind == kind_config_changed) require_config(event);
    // Judged as new, without the verdict it carries, so that the machines' own verdict can be
    // compared with it.
    // A kind that is cycle's own or a step of one of the organisation's configs; any other
    // is a misspelling, bad input at its line, as the decoder reported it before steps came
    // from configs.
    std::vector<std::string> kinds(other_event_kinds.begin(), other_event_kinds.end());
    kinds.emplace_back(strategy_adopted);
    for (const auto& [day, config] : org.state->configs()) {
        for (const StepRule& rule : config.steps) kinds.push_back(rule.id);
    }
    if (std::find(kinds.begin(), kinds.end(), event.kind) == kinds.end()) {
        throw_bad_input("kind: unknown kind " + quote(event.kind) +
                        did_you_mean(event.kind, kinds));
    }
    Event judged = event;
    judged.hash.clear();
    Verdict verdict;
    try {
        verdict = org.state->apply(judged);
    } catch (const Error& error) {
        throw_refused(error.what());
    } catch (const nlohmann::json::exception& error) {
        throw_refused(event.kind + " cannot be applied: its details do not fit its kind (" +
                      json_error_text(error) + ")");
    } catch (const std::exception& error) {
        throw_refused(event.kind + " cannot be applied: " + error.what());
    }
    if (!verdict.accepted) throw_refused(verdict.refusal);
    if (verdict.override_unused) {
        throw_refused("details.override_reason: nothing needed overriding");
    }
    if (verdict.reason_unused) throw_refused("details.late_reason: it is not late");
    if (verdict.irregular != event.irregular || verdict.irregular_reason != event.reason) {
        throw_refused("the machines judge it " +
                      verdict_text(verdict.irregular, verdict.irregular_reason) +
                      ", the event says " + verdict_text(event.irregular, event.reason));
    }
    org.cases.note(event);
}

}  // namespace cycle
