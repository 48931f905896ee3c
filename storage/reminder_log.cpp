#include "storage/reminder_log.hpp"

#include <SQLiteCpp/Statement.h>

namespace cycle {

bool ReminderLog::was_shown(const std::string& org, int budget_year, const std::string& item,
                            const Date& deadline, const std::string& threshold) const {
    SQLite::Statement query(db_,
                            "SELECT 1 FROM reminder_shown WHERE org = ? AND budget_year = ? "
                            "AND item = ? AND deadline = ? AND threshold = ?");
    query.bind(1, org);
    query.bind(2, budget_year);
    query.bind(3, item);
    query.bind(4, iso(deadline));
    query.bind(5, threshold);
    return query.executeStep();
}

void ReminderLog::mark_shown(const std::string& org, int budget_year, const std::string& item,
                             const Date& deadline, const std::string& threshold, const Date& day) {
    SQLite::Statement insert(db_,
                             "INSERT OR IGNORE INTO reminder_shown "
                             "(org, budget_year, item, deadline, threshold, shown_on) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, org);
    insert.bind(2, budget_year);
    insert.bind(3, item);
    insert.bind(4, iso(deadline));
    insert.bind(5, threshold);
    insert.bind(6, iso(day));
    insert.exec();
}

}  // namespace cycle
