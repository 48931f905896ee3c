// The case log table: append with the hash chain, read in sequence order, verify the chain.
// Appending does not open a transaction: the caller holds an IMMEDIATE one around replay,
// judgement and append, so that the check and the write see the same log.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/log/event.hpp"

namespace cycle {

struct VerifyResult {
    bool intact = true;
    std::int64_t first_broken_seq = 0;  // when !intact
    std::string problem;                // when !intact: what is wrong there
    std::int64_t event_count = 0;
    std::string head_hash;  // hash of the last event (genesis when empty)
    // When a trigger that keeps the log append-only is missing or altered, which and how;
    // checked whether or not the chain is intact. Empty when all are in place.
    std::string unprotected;
    // The first other schema object that is missing, altered or not cycle's; empty when none.
    std::string schema_altered;
    // What PRAGMA integrity_check found first, or why SQLite could not read the chain (a table
    // dropped or altered); then there is no verdict on the chain (intact stays true,
    // event_count 0). Empty when the file is sound.
    std::string damaged;
};

class CaseLog {
  public:
    explicit CaseLog(SQLite::Database& db) : db_(db) {}

    // One organisation's events in sequence order. Error(storage) on a row that cannot be read.
    std::vector<Event> events(const std::string& org) const;
    // The same without the kinds no workflow machine moves on (opened cases, corrections):
    // what replay needs, read through a partial index (schema 3), so that the case register,
    // most of a council's log, costs nothing to a replay. For a readable log, replay() of
    // these and of events() reach the same state; the rows left out are not decoded, so one
    // made unreadable behind cycle's back is reported by `verify`, not by the commands that
    // replay.
    std::vector<Event> workflow_events(const std::string& org) const;
    // The organisation's latest `count` events dated on or before `up_to`, oldest first.
    std::vector<Event> latest_events(const std::string& org, int count, const Date& up_to) const;
    // Ids of the registered organisations, in registration order.
    std::vector<std::string> organisations() const;
    // Whether `org` is among them: one index lookup, however many organisations there are.
    bool is_registered(const std::string& org) const;

    // The first decision (a step or mandate event) recorded under a case number, if any. An
    // opened case, a correction or a duty's report citing it is no decision.
    std::optional<std::int64_t> decision_under(const std::string& org,
                                               const CaseNumber& number) const;
    // The event that first cited a case number (and so registered it), if any.
    std::optional<std::int64_t> first_citing(const std::string& org,
                                             const CaseNumber& number) const;
    // The next free number in a body's series for a year: one more than the highest in use in
    // the case_number table or cited by the log (numbers registered from elsewhere included),
    // 1 for a year with none. Call it inside the write transaction that appends the case, so
    // two allocations never collide. Error(storage) on a value no case number can have.
    int next_case_sequence(const std::string& org, const std::string& body, int year) const;
    // The bodies whose series hold case number/year.
    std::vector<std::string> bodies_with_case(const std::string& org, int year, int sequence) const;
    // The event with sequence number `seq` of an organisation, if any.
    std::optional<Event> event(const std::string& org, std::int64_t seq) const;
    // The hash stored for event `seq` (any organisation), if there is one.
    std::optional<std::string> hash_of(std::int64_t seq) const;

    std::int64_t next_seq() const;
    // The hash the next event is chained to (genesis_hash for an empty log).
    std::string head_hash() const;
    // When the last event was recorded ("" for an empty log): no event may be recorded
    // before it, so append() refuses an event whose recorded_at is earlier (Error(storage)).
    std::string head_recorded_at() const;
    // Every event of the database in sequence order, one at a time (memory stays flat however
    // long the log). Error(storage) on a row that cannot be read.
    template <typename Visit>
    void for_each_event(Visit visit) const {
        for_each_row([&visit](const Event& event) { visit(event); });
    }
    // Stores `event` as the next link: sets seq, prev_hash and hash; registers its case number.
    // Each row is read back and compared with what was meant: Error(storage) when it did not
    // land as written (the caller's transaction then rolls back).
    // It remembers the link it wrote, so that a run of appends (an import) reads nothing back;
    // call forget_head() when a new transaction begins, as another writer may have appended.
    void append(Event& event);
    void forget_head() { head_.reset(); }

    // Compares the schema objects with cycle's and runs SQLite's integrity check; on a sound
    // file recomputes every link from the first event (each row held to the limits of
    // engine/log/event_limits.hpp, recorded_at never earlier than the event before), then checks
    // that the case_number table holds exactly the case numbers the log cites, each with the
    // first event citing it. When an event matches its own hash but not its predecessor's,
    // the predecessor is named: it was rewritten with a new hash.
    VerifyResult verify() const;

  private:
    VerifyResult verify_chain() const;
    void check_stored(const Event& event) const;
    [[noreturn]] static void not_stored(std::int64_t seq, const std::string& what);
    // The organisation's rows matching `where` (which binds the org as ?1), decoded.
    std::vector<Event> events_where(const std::string& org, const std::string& where) const;
    void for_each_row(const std::function<void(const Event&)>& visit) const;

    struct Head {
        std::int64_t seq = 0;
        std::string hash;
        std::string recorded_at;  // "" for an empty log
    };

    SQLite::Database& db_;
    std::optional<Head> head_;  // the last link this object appended, while it is current
    std::unique_ptr<SQLite::Statement> insert_event_;       // prepared on the first append
    std::unique_ptr<SQLite::Statement> insert_number_;      // prepared on the first case number
    mutable std::unique_ptr<SQLite::Statement> read_back_;  // prepared on the first append
};

}  // namespace cycle
