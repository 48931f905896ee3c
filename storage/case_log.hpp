// The case log table: append with the hash chain, read in sequence order, verify the chain.
// Appending does not open a transaction: the caller holds an IMMEDIATE one around replay,
// judgement and append, so that the check and the write see the same log.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/event.hpp"

namespace cycle {

struct VerifyResult {
    bool intact = true;
    std::int64_t first_broken_seq = 0;  // when !intact
    std::string problem;                // when !intact: what is wrong there
    std::int64_t event_count = 0;
    std::string head_hash;  // hash of the last event (genesis when empty)
};

class CaseLog {
  public:
    explicit CaseLog(SQLite::Database& db) : db_(db) {}

    // One organisation's events in sequence order. Error(storage) on a row that cannot be read.
    std::vector<Event> events(const std::string& org) const;
    // Ids of the registered organisations, in registration order.
    std::vector<std::string> organisations() const;

    // The event that first cited a case number, if any event did.
    std::optional<std::int64_t> first_citation(const std::string& org,
                                               const CaseNumber& number) const;

    std::int64_t next_seq() const;
    // Stores `event` as the next link: sets seq, prev_hash and hash; registers its case number.
    void append(Event& event);

    // Recomputes every link from the first event, then checks that the case_number table
    // holds exactly the case numbers the log cites, each with the first event citing it.
    VerifyResult verify() const;

  private:
    SQLite::Database& db_;
};

}  // namespace cycle
