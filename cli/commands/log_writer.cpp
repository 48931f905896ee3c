#include "cli/commands/log_writer.hpp"

#include "engine/log/case_series.hpp"
#include "engine/support/error.hpp"

namespace cycle {

namespace {

// The connection, its schema brought up to this build's inside the writer's transaction (so
// that a refused command leaves an older file as it was).
SQLite::Database& upgraded(Database& db) {
    db.upgrade_schema();
    return db.sql();
}

}  // namespace

LogWriter::LogWriter(const GlobalOptions& globals)
    : globals_(globals),
      db_(globals.db, OpenMode::read_write),
      transaction_(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE),
      log_(upgraded(db_)),
      org_(choose_organisation(log_, globals)),
      state_(replay(log_.workflow_events(org_))) {}

Event LogWriter::next_event(std::string kind, const Date& date, const Clock& clock) const {
    Event event;
    event.seq = log_.next_seq();
    event.org = org_;
    event.recorded_at = clock.now_utc();
    event.effective_date = date;
    event.actor = globals_.actor;
    event.kind = std::move(kind);
    return event;
}

void LogWriter::refuse_decided_case(const CaseNumber& number) const {
    if (const auto decided = log_.decision_under(org_, number)) {
        throw_refused("--case " + number.render() + ": the " + number.body + "'s case " +
                      number.render() + " is decided already, as #" + std::to_string(*decided) +
                      "; a case number is used for one decision");
    }
}

void LogWriter::require_case(const char* option, const CaseNumber& number, const Date& by) const {
    const auto first = log_.first_citing(org_, number);
    if (!first) {
        throw_refused(std::string(option) + " " + number.render() + ": the " + number.body +
                      "'s series has no such case; open it with `cycle case open` or record "
                      "the decision with --case first");
    }
    const auto event = log_.event(org_, *first);
    if (event && event->effective_date > by) {
        throw_refused(std::string(option) + " " + number.render() + ": the case came into the " +
                      number.body + "'s series on " + iso(event->effective_date) + " (#" +
                      std::to_string(*first) + "), after " + iso(by));
    }
}

Verdict LogWriter::judge(const Event& event) {
    // Refused like a case cited before it came into its series (require_case): the number is
    // well formed, but the log's facts say the case cannot be cited yet.
    if (auto refusal = case_year_refusal(event)) throw_refused(*refusal);
    Verdict verdict = state_.apply(event);
    if (!verdict.accepted) throw_refused(verdict.refusal);
    return verdict;
}

void LogWriter::append_and_commit(Event& event) {
    log_.append(event);
    db_.commit(transaction_);
}

}  // namespace cycle
