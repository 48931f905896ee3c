#include "storage/reminder_log.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/VariadicBind.h>

namespace cycle {

bool ReminderLog::was_shown(const std::string& org, int budget_year, const std::string& item,
                            const Date& deadline, const std::string& threshold) const {
    SQLite::Statement query(db_,
                            "SELECT 1 FROM reminder_shown WHERE org = ? AND budget_year = ? "
                            "AND item = ? AND deadline = ? AND threshold = ?");
    SQLite::bind(query, org, budget_year, item, iso(deadline), threshold);
    return query.executeStep();
}

void ReminderLog::mark_shown(const std::string& org, int budget_year, const std::string& item,
                             const Date& deadline, const std::string& threshold, const Date& day) {
    SQLite::Statement insert(db_,
                             "INSERT OR IGNORE INTO reminder_shown "
                             "(org, budget_year, item, deadline, threshold, shown_on) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    SQLite::bind(insert, org, budget_year, item, iso(deadline), threshold, iso(day));
    insert.exec();
}

}  // namespace cycle
