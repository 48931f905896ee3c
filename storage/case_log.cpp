#include "storage/case_log.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/VariadicBind.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "engine/log/case_series.hpp"
#include "engine/log/event_limits.hpp"
#include "engine/log/hash_chain.hpp"
#include "engine/support/error.hpp"
#include "storage/database.hpp"
#include "storage/schema_check.hpp"

namespace cycle {

namespace {

const char* const select_columns =
    "SELECT seq, org, recorded_at, effective_date, actor, kind, budget_year, body, case_body, "
    "case_year, case_sequence, details, irregular, reason, prev_hash, hash FROM case_log ";

// An INTEGER column's value within [min, max]: SQLite converts other types silently, and a
// converted value would hash like the original.
std::int64_t integer(SQLite::Statement& row, int column, std::int64_t min, std::int64_t max) {
    const SQLite::Column value = row.getColumn(column);
    if (value.getType() != SQLite::INTEGER || value.getInt64() < min || value.getInt64() > max) {
        throw std::runtime_error(std::string(value.getName()) + " is not an integer from " +
                                 std::to_string(min) + " to " + std::to_string(max));
    }
    return value.getInt64();
}

// A TEXT column's value: a number or blob stored there would read back as other text.
std::string text(SQLite::Statement& row, int column) {
    const SQLite::Column value = row.getColumn(column);
    if (value.getType() != SQLite::TEXT) {
        throw std::runtime_error(std::string(value.getName()) + " is not text");
    }
    return value.getString();
}

// The columns of select_columns that hold text.
constexpr std::array<int, 11> text_columns = {1, 2, 3, 4, 5, 7, 8, 11, 13, 14, 15};

// Reads the current row. Throws std::runtime_error saying what is malformed, or breaks the
// limits an import line keeps (engine/log/event_limits.hpp): a row written behind cycle's back
// must not make any reader crash or print what a line of text may not hold.
Event decode_row(SQLite::Statement& row) {
    std::size_t bytes = 0;
    for (int column : text_columns) {
        // The type is read first: asking a number for its bytes converts it.
        const int type = row.getColumn(column).getType();
        if (type == SQLite::TEXT || type == SQLite::BLOB) {
            bytes += static_cast<std::size_t>(row.getColumn(column).getBytes());
        }
    }
    if (bytes > max_event_bytes) {
        throw std::runtime_error("it takes " + std::to_string(bytes) + " bytes, more than the " +
                                 std::to_string(max_event_bytes) + " an event may");
    }
    Event event;
    event.seq = integer(row, 0, 1, INT64_MAX);
    event.org = text(row, 1);
    event.recorded_at = text(row, 2);
    const DateParse date = parse_iso_date(text(row, 3));
    if (!date.date) throw std::runtime_error("effective_date: " + date.problem);
    event.effective_date = *date.date;
    event.actor = text(row, 4);
    event.kind = text(row, 5);
    if (!row.getColumn(6).isNull())
        event.budget_year = static_cast<int>(integer(row, 6, 1900, 2200));
    event.body = text(row, 7);
    if (row.getColumn(8).isNull() != row.getColumn(9).isNull() ||
        row.getColumn(8).isNull() != row.getColumn(10).isNull()) {
        throw std::runtime_error("case columns are incomplete");
    }
    if (!row.getColumn(8).isNull()) {
        event.case_number = CaseNumber{text(row, 8), static_cast<int>(integer(row, 9, 1900, 2199)),
                                       static_cast<int>(integer(row, 10, 1, 999999))};
    }
    const std::string details = text(row, 11);
    // Checked on the text: parsing builds every level it reads, 8 MiB of '[' some gigabyte.
    if (json_text_nested_deeper_than(details, max_details_depth)) {
        throw std::runtime_error("details: nested more than " + std::to_string(max_details_depth) +
                                 " levels deep");
    }
    try {
        event.details = nlohmann::json::parse(details);
    } catch (const nlohmann::json::exception&) {
        throw std::runtime_error("details are not JSON");
    }
    if (!event.details.is_object() || event.details.dump() != details) {
        throw std::runtime_error("details are not in canonical form");
    }
    event.irregular = integer(row, 12, 0, 1) != 0;
    event.reason = text(row, 13);
    event.prev_hash = text(row, 14);
    event.hash = text(row, 15);
    check_event_limits(event);
    return event;
}

}  // namespace

std::vector<Event> CaseLog::events(const std::string& org) const {
    return events_where(org, "WHERE org = ? ORDER BY seq");
}

std::vector<Event> CaseLog::workflow_events(const std::string& org) const {
    return events_where(
        org, std::string("WHERE org = ? AND ") + workflow_kinds_condition + " ORDER BY seq");
}

std::vector<Event> CaseLog::latest_events(const std::string& org, int count,
                                          const Date& up_to) const {
    // iso() writes digits and dashes only: safe to put into the statement.
    std::vector<Event> latest =
        events_where(org, "WHERE org = ? AND effective_date <= '" + iso(up_to) +
                              "' ORDER BY seq DESC LIMIT " + std::to_string(count));
    std::reverse(latest.begin(), latest.end());
    return latest;
}

std::vector<Event> CaseLog::events_where(const std::string& org, const std::string& where) const {
    SQLite::Statement query(db_, select_columns + where);
    query.bind(1, org);
    std::vector<Event> result;
    while (query.executeStep()) {
        try {
            result.push_back(decode_row(query));
        } catch (const std::runtime_error& error) {
            throw_storage("case log #" + std::to_string(query.getColumn(0).getInt64()) +
                          " cannot be read (" + error.what() + "); run cycle verify");
        }
    }
    return result;
}

bool CaseLog::is_registered(const std::string& org) const {
    SQLite::Statement registration(db_,
                                   "SELECT 1 FROM case_log WHERE org = ? AND kind = ? LIMIT 1");
    SQLite::bind(registration, org, kind_organisation_registered);
    return registration.executeStep();
}

// Without reading the whole table, which a log of a million events makes the slowest part of
// every command: the distinct ids come off the (org, seq) index one jump each, and an
// organisation's registration, normally its first event, is found through the same index.
std::vector<std::string> CaseLog::organisations() const {
    SQLite::Statement first_org(db_, "SELECT MIN(org) FROM case_log");
    SQLite::Statement next_org(db_, "SELECT MIN(org) FROM case_log WHERE org > ?");
    SQLite::Statement registration(
        db_, "SELECT seq FROM case_log WHERE org = ? AND kind = ? ORDER BY seq LIMIT 1");
    std::vector<std::pair<std::int64_t, std::string>> registered;  // (seq, id)
    SQLite::Statement* step = &first_org;
    while (step->executeStep() && !step->getColumn(0).isNull()) {
        // Copied out before next_org, which may be the statement it came from, is reset.
        const int type = step->getColumn(0).getType();
        const std::int64_t number = step->getColumn(0).getInt64();
        const double real = step->getColumn(0).getDouble();
        const std::string bytes(static_cast<const char*>(step->getColumn(0).getBlob()),
                                static_cast<std::size_t>(step->getColumn(0).getBytes()));
        next_org.reset();
        // Bound as the type it has, so that each jump goes strictly past it in SQLite's
        // order, even over a row tampered with to hold a number or a blob (verify names it).
        if (type == SQLite::INTEGER) {
            next_org.bind(1, number);
        } else if (type == SQLite::FLOAT) {
            next_org.bind(1, real);
        } else if (type == SQLite::BLOB) {
            next_org.bind(1, bytes.data(), static_cast<int>(bytes.size()));
        } else {
            next_org.bind(1, bytes);
            registration.reset();
            SQLite::bind(registration, bytes, kind_organisation_registered);
            if (registration.executeStep()) {
                registered.emplace_back(registration.getColumn(0).getInt64(), bytes);
            }
        }
        step = &next_org;
    }
    std::sort(registered.begin(), registered.end());
    std::vector<std::string> ids;
    for (auto& entry : registered) ids.push_back(std::move(entry.second));
    return ids;
}

std::optional<std::int64_t> CaseLog::decision_under(const std::string& org,
                                                    const CaseNumber& number) const {
    SQLite::Statement query(db_,
                            "SELECT seq FROM case_log WHERE org = ? AND case_body = ? AND "
                            "case_year = ? AND case_sequence = ? AND kind NOT IN (?, ?, ?, ?, ?) "
                            "ORDER BY seq LIMIT 1");
    SQLite::bind(query, org, number.body, number.year, number.sequence);
    // What is no decision.
    for (int index = 5; const char* kind : kinds_deciding_nothing) {
        query.bind(index++, kind);
    }
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getInt64();
}

std::optional<std::int64_t> CaseLog::first_citing(const std::string& org,
                                                  const CaseNumber& number) const {
    SQLite::Statement query(db_,
                            "SELECT first_seq FROM case_number WHERE org = ? AND body = ? AND "
                            "year = ? AND sequence = ?");
    SQLite::bind(query, org, number.body, number.year, number.sequence);
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getInt64();
}

int CaseLog::next_case_sequence(const std::string& org, const std::string& body, int year) const {
    // The case_number table answers through its primary key; the log, the source of truth,
    // is asked too, so that a table row deleted or changed behind cycle's back cannot make
    // a number be handed out twice (the log is read through the organisation's index).
    SQLite::Statement registered(db_,
                                 "SELECT COALESCE(MAX(sequence), 0) FROM case_number WHERE org = ? "
                                 "AND body = ? AND year = ?");
    // MAX takes text and blobs over numbers, so a value of another type is the one returned.
    SQLite::bind(registered, org, body, year);
    registered.executeStep();
    SQLite::Statement cited(db_,
                            "SELECT COALESCE(MAX(case_sequence), 0) FROM case_log WHERE org = ? "
                            "AND case_body = ? AND case_year = ?");
    SQLite::bind(cited, org, body, year);
    cited.executeStep();
    // A value no case number can have (another type, beyond 999999) was written behind
    // cycle's back: refused, rather than read as a number that would be handed out again.
    const auto highest = [&](SQLite::Statement& query, const char* where) -> std::int64_t {
        const SQLite::Column value = query.getColumn(0);
        if (value.getType() != SQLite::INTEGER || value.getInt64() < 0 ||
            value.getInt64() > 999'999) {
            throw_storage(std::string(where) + " holds a case number for the " + body +
                          "'s series of " + std::to_string(year) +
                          " that no case number can have; nothing was written; run cycle verify");
        }
        return value.getInt64();
    };
    return static_cast<int>(std::max(highest(registered, "the case_number table"),
                                     highest(cited, "the case log"))) +
           1;
}

std::vector<std::string> CaseLog::bodies_with_case(const std::string& org, int year,
                                                   int sequence) const {
    SQLite::Statement query(db_,
                            "SELECT body FROM case_number WHERE org = ? AND year = ? AND "
                            "sequence = ? ORDER BY body");
    SQLite::bind(query, org, year, sequence);
    std::vector<std::string> bodies;
    while (query.executeStep()) bodies.push_back(query.getColumn(0).getString());
    return bodies;
}

std::optional<Event> CaseLog::event(const std::string& org, std::int64_t seq) const {
    SQLite::Statement query(db_, std::string(select_columns) + "WHERE org = ? AND seq = ?");
    SQLite::bind(query, org, seq);
    if (!query.executeStep()) return std::nullopt;
    try {
        return decode_row(query);
    } catch (const std::runtime_error& error) {
        throw_storage("case log #" + std::to_string(seq) + " cannot be read (" + error.what() +
                      "); run cycle verify");
    }
}

std::optional<std::string> CaseLog::hash_of(std::int64_t seq) const {
    SQLite::Statement query(db_, "SELECT hash FROM case_log WHERE seq = ?");
    query.bind(1, seq);
    if (!query.executeStep()) return std::nullopt;
    return query.getColumn(0).getString();
}

std::int64_t CaseLog::next_seq() const {
    if (head_) return head_->seq + 1;
    return db_.execAndGet("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_log").getInt64();
}

std::string CaseLog::head_hash() const {
    if (head_) return head_->hash;
    const std::int64_t last = next_seq() - 1;
    if (last == 0) return genesis_hash;
    const auto hash = hash_of(last);
    if (!hash) throw_storage("case log #" + std::to_string(last) + " is missing; run cycle verify");
    return *hash;
}

void CaseLog::for_each_row(const std::function<void(const Event&)>& visit) const {
    SQLite::Statement query(db_, std::string(select_columns) + "ORDER BY seq");
    while (query.executeStep()) {
        Event event;
        try {
            event = decode_row(query);
        } catch (const std::runtime_error& error) {
            throw_storage("case log #" + std::to_string(query.getColumn(0).getInt64()) +
                          " cannot be read (" + error.what() + "); run cycle verify");
        }
        visit(event);
    }
}

std::string CaseLog::head_recorded_at() const {
    if (head_) return head_->recorded_at;
    const std::int64_t last = next_seq() - 1;
    if (last == 0) return "";
    SQLite::Statement query(db_, "SELECT recorded_at FROM case_log WHERE seq = ?");
    query.bind(1, last);
    if (!query.executeStep()) {
        throw_storage("case log #" + std::to_string(last) + " is missing; run cycle verify");
    }
    return query.getColumn(0).getString();
}

void CaseLog::append(Event& event) {
    if (!head_) head_ = Head{next_seq() - 1, head_hash(), head_recorded_at()};
    if (event.recorded_at < head_->recorded_at) {
        throw_storage("the clock says " + event.recorded_at + ", before #" +
                      std::to_string(head_->seq) + " was recorded (" + head_->recorded_at +
                      "); the log's time may not move backwards, so nothing was written; "
                      "check the system clock");
    }
    event.seq = head_->seq + 1;
    event.prev_hash = head_->hash;
    event.hash = chain_hash(event.prev_hash, canonical_bytes(event));

    if (!insert_event_) {
        insert_event_ = std::make_unique<SQLite::Statement>(
            db_,
            "INSERT INTO case_log (seq, org, recorded_at, effective_date, actor, kind, "
            "budget_year, body, case_body, case_year, case_sequence, details, irregular, reason, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    SQLite::Statement& insert = *insert_event_;
    insert.reset();
    insert.clearBindings();
    SQLite::bind(insert, event.seq, event.org, event.recorded_at, iso(event.effective_date),
                 event.actor, event.kind);
    if (event.budget_year) insert.bind(7, *event.budget_year);
    insert.bind(8, event.body);
    if (event.case_number) {
        insert.bind(9, event.case_number->body);
        insert.bind(10, event.case_number->year);
        insert.bind(11, event.case_number->sequence);
    }
    insert.bind(12, event.details.dump());
    insert.bind(13, event.irregular ? 1 : 0);
    insert.bind(14, event.reason);
    insert.bind(15, event.prev_hash);
    insert.bind(16, event.hash);
    if (insert.exec() != 1) not_stored(event.seq, "no row was stored");
    check_stored(event);

    if (event.case_number && !first_citing(event.org, *event.case_number)) {
        if (!insert_number_) {
            insert_number_ = std::make_unique<SQLite::Statement>(
                db_,
                "INSERT INTO case_number (org, body, year, sequence, first_seq) "
                "VALUES (?, ?, ?, ?, ?)");
        }
        SQLite::Statement& number = *insert_number_;
        number.reset();
        SQLite::bind(number, event.org, event.case_number->body, event.case_number->year,
                     event.case_number->sequence, event.seq);
        if (number.exec() != 1 || first_citing(event.org, *event.case_number) != event.seq) {
            not_stored(event.seq, "its case number " + event.case_number->render() +
                                      " was not registered in the case_number table");
        }
    }
    head_ = Head{event.seq, event.hash, event.recorded_at};
}

void CaseLog::check_stored(const Event& event) const {
    // Read back through the primary key and compared field by field with what was meant: a
    // trigger that swallows or rewrites the row, or a column whose type was changed so that
    // SQLite converts the value, would otherwise pass for a write that landed.
    if (!read_back_) {
        read_back_ =
            std::make_unique<SQLite::Statement>(db_, std::string(select_columns) + "WHERE seq = ?");
    }
    SQLite::Statement& query = *read_back_;
    query.reset();
    query.bind(1, event.seq);
    if (!query.executeStep()) not_stored(event.seq, "no row was stored");
    Event stored;
    try {
        stored = decode_row(query);
    } catch (const std::runtime_error& error) {
        not_stored(event.seq, std::string("it reads back malformed (") + error.what() + ")");
    }
    query.reset();
    const bool same = stored.org == event.org && stored.recorded_at == event.recorded_at &&
                      stored.effective_date == event.effective_date &&
                      stored.actor == event.actor && stored.kind == event.kind &&
                      stored.budget_year == event.budget_year && stored.body == event.body &&
                      stored.case_number == event.case_number && stored.details == event.details &&
                      stored.irregular == event.irregular && stored.reason == event.reason &&
                      stored.prev_hash == event.prev_hash && stored.hash == event.hash;
    if (!same) not_stored(event.seq, "it reads back other than it was written");
}

void CaseLog::not_stored(std::int64_t seq, const std::string& what) {
    throw_storage("case log #" + std::to_string(seq) + " was not stored as written: " + what +
                  "; nothing was written; run cycle verify");
}

namespace {

// Whether `hash` is genesis or the hash of a stored event.
bool is_stored_hash(SQLite::Database& db, const std::string& hash) {
    if (hash == genesis_hash) return true;
    SQLite::Statement query(db, "SELECT 1 FROM case_log WHERE hash = ?");
    query.bind(1, hash);
    return query.executeStep();
}

}  // namespace

VerifyResult CaseLog::verify() const {
    const int version = db_.execAndGet("PRAGMA user_version").getInt();
    std::string unprotected;
    std::string altered;
    for (const SchemaDifference& difference : schema_differences(db_, version)) {
        std::string& first = difference.append_only_trigger ? unprotected : altered;
        if (first.empty()) first = difference.text();
    }
    VerifyResult result;
    if (const auto problem = integrity_problem(db_)) {
        // Rows read from a damaged file may be wrong without SQLite noticing: no chain verdict.
        result.damaged = *problem;
    } else {
        try {
            result = verify_chain();
        } catch (const SQLite::Exception& error) {
            // A table dropped or altered behind cycle's back (named above) that the chain's
            // queries need: no verdict on the chain, as for a damaged file.
            result = VerifyResult{};
            result.damaged = std::string("the log cannot be read (") + error.what() + ")";
        }
    }
    result.unprotected = unprotected;
    result.schema_altered = altered;
    return result;
}

VerifyResult CaseLog::verify_chain() const {
    VerifyResult result;
    result.head_hash = genesis_hash;
    SQLite::Statement query(db_, std::string(select_columns) + "ORDER BY seq");
    std::int64_t expected_seq = 1;
    std::string last_recorded_at;
    // (org, body, year, sequence) -> the first event citing that case number.
    std::map<std::tuple<std::string, std::string, int, int>, std::int64_t> citations;
    auto broken = [&result](std::int64_t seq, std::string problem) {
        result.intact = false;
        result.first_broken_seq = seq;
        result.problem = std::move(problem);
        return result;
    };
    while (query.executeStep()) {
        if (query.getColumn(0).getType() != SQLite::INTEGER)
            return broken(expected_seq, "seq is not an integer");
        const std::int64_t seq = query.getColumn(0).getInt64();
        // Rows come in ascending order, so a seq below the expected one is below 1: decode_row
        // names that row, the first stored, rather than calling #1 missing.
        if (seq > expected_seq) {
            return broken(expected_seq,
                          "missing (the next stored event is #" + std::to_string(seq) + ")");
        }
        Event event;
        try {
            event = decode_row(query);
        } catch (const std::runtime_error& error) {
            return broken(seq, error.what());
        }
        std::string recomputed;
        try {
            // decode_row found the stored details canonical, so they are hashed as stored.
            recomputed = chain_hash(event.prev_hash,
                                    canonical_bytes(event, query.getColumn(11).getString()));
        } catch (const nlohmann::json::exception&) {
            return broken(seq, "a field is not valid UTF-8");
        }
        if (event.prev_hash != result.head_hash) {
            // An event that still matches its own hash was chained to a different predecessor:
            // the one before was rewritten together with its hash, so that is where it broke.
            // Unless its prev_hash is that of another stored event (or genesis): then this one
            // was moved or forged with a stale link, and the predecessor is intact.
            if (recomputed == event.hash && seq > 1 && !is_stored_hash(db_, event.prev_hash)) {
                return broken(seq - 1, "rewritten with a new hash: #" + std::to_string(seq) +
                                           " was chained to a different hash");
            }
            return broken(seq, "prev_hash does not match the hash of the event before it");
        }
        if (recomputed != event.hash) {
            return broken(seq, "stored hash does not match its contents");
        }
        // Fixed-width UTC timestamps: their text order is their time order.
        if (event.recorded_at < last_recorded_at) {
            return broken(seq, "recorded_at " + event.recorded_at + " is before " +
                                   last_recorded_at + ", when #" + std::to_string(seq - 1) +
                                   " was recorded: the log's time moved backwards");
        }
        last_recorded_at = event.recorded_at;
        if (event.case_number) {
            citations.try_emplace(
                std::make_tuple(event.org, event.case_number->body, event.case_number->year,
                                event.case_number->sequence),
                seq);
        }
        result.head_hash = event.hash;
        result.event_count = seq;
        ++expected_seq;
    }
    // The case_number table, which record consults, must say what the chained log says.
    SQLite::Statement numbers(db_,
                              "SELECT org, body, year, sequence, first_seq FROM case_number "
                              "ORDER BY first_seq, org, body, year, sequence");
    while (numbers.executeStep()) {
        const auto key =
            std::make_tuple(numbers.getColumn(0).getString(), numbers.getColumn(1).getString(),
                            numbers.getColumn(2).getInt(), numbers.getColumn(3).getInt());
        const std::int64_t first_seq = numbers.getColumn(4).getInt64();
        const CaseNumber number{std::get<1>(key), std::get<2>(key), std::get<3>(key)};
        const auto cited = citations.find(key);
        // A value of another type reads as the right one above (2021.5 as 2021, a BLOB as its
        // text), but the queries record makes do not find it, so the number would be given again.
        const bool typed = numbers.getColumn(0).getType() == SQLite::TEXT &&
                           numbers.getColumn(1).getType() == SQLite::TEXT &&
                           numbers.getColumn(2).getType() == SQLite::INTEGER &&
                           numbers.getColumn(3).getType() == SQLite::INTEGER &&
                           numbers.getColumn(4).getType() == SQLite::INTEGER;
        if (!typed || first_seq < 1) {
            // Named by the event that first cites the number, where the row can be read as one.
            return broken(cited != citations.end() ? cited->second : first_seq,
                          "the case_number table's row for the " + number.body + "'s case " +
                              number.render() +
                              " is malformed (a value of another type, or "
                              "first_seq below 1)");
        }
        if (first_seq > result.event_count) {
            // An event beyond the log's end: events were cut off it, the first of them is missing.
            return broken(result.event_count + 1,
                          "missing: the case_number table names #" + std::to_string(first_seq) +
                              " as the first to cite the " + number.body + "'s case " +
                              number.render() + ", and the log ends at #" +
                              std::to_string(result.event_count));
        }
        if (cited == citations.end() || cited->second != first_seq) {
            return broken(first_seq, "the case_number table names it as the first to cite the " +
                                         number.body + "'s case " + number.render() +
                                         ", which the log does not");
        }
        citations.erase(cited);
    }
    if (!citations.empty()) {
        const auto& [key, seq] =
            *std::min_element(citations.begin(), citations.end(),
                              [](const auto& a, const auto& b) { return a.second < b.second; });
        const CaseNumber number{std::get<1>(key), std::get<2>(key), std::get<3>(key)};
        return broken(seq, "cites the " + number.body + "'s case " + number.render() +
                               ", which the case_number table does not hold");
    }
    return result;
}

}  // namespace cycle
