// What `cycle remind --new` has shown: one row per deadline and threshold ("lead-14",
// "overdue-2"), so that a daily job shows each reminder once. The deadline's date is part of
// the key: a deadline that moves (its anchor step recorded, the rules changed) is a new one. Kept
// outside the case log and its hash chain: it records what a reminder job printed, not a decision
// of the council.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

#include "engine/time/calendar_date.hpp"

namespace cycle {

class ReminderLog {
  public:
    explicit ReminderLog(SQLite::Database& db) : db_(db) {}

    bool was_shown(const std::string& org, int budget_year, const std::string& item,
                   const Date& deadline, const std::string& threshold) const;
    // Remembers a reminder as shown on `day`. The caller holds the write transaction.
    void mark_shown(const std::string& org, int budget_year, const std::string& item,
                    const Date& deadline, const std::string& threshold, const Date& day);

  private:
    SQLite::Database& db_;
};

}  // namespace cycle
