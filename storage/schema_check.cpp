#include "storage/schema_check.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <vector>

#include "storage/database.hpp"

namespace cycle {

namespace {

struct SchemaObject {
    std::string type;
    std::string name;
    std::string table;
    std::optional<std::string> sql;  // NULL for the indexes SQLite makes itself

    bool operator==(const SchemaObject&) const = default;
};

std::vector<SchemaObject> objects_of(SQLite::Database& db) {
    // rowid order is creation order, in which a fresh database lists them.
    SQLite::Statement query(db,
                            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid");
    std::vector<SchemaObject> objects;
    while (query.executeStep()) {
        SchemaObject object;
        // Read as stored, whatever the type: a value of another type is an alteration too.
        object.type = query.getColumn(0).getString();
        object.name = query.getColumn(1).getString();
        object.table = query.getColumn(2).getString();
        if (!query.getColumn(3).isNull()) object.sql = query.getColumn(3).getString();
        objects.push_back(std::move(object));
    }
    return objects;
}

// What cycle creates for `version`, built once per version by running the very statements a
// new or upgraded file gets, in a database in memory: nothing to keep in step by hand.
const std::vector<SchemaObject>& expected_objects(int version) {
    static std::map<int, std::vector<SchemaObject>> built;
    auto found = built.find(version);
    if (found != built.end()) return found->second;
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (int step = 1; step <= version; ++step) {
        for (const std::string& statement : schema_additions(step)) memory.exec(statement);
    }
    return built.emplace(version, objects_of(memory)).first->second;
}

bool is_append_only_trigger(const std::string& name) {
    return std::any_of(append_only_triggers.begin(), append_only_triggers.end(),
                       [&name](const SchemaTrigger& trigger) { return name == trigger.name; });
}

// Whether `actual` is `expected` as an earlier cycle wrote it (database.hpp).
bool earlier_text_of(const SchemaObject& actual, const SchemaObject& expected) {
    if (actual.type != expected.type || actual.name != expected.name ||
        actual.table != expected.table || !actual.sql) {
        return false;
    }
    return std::any_of(earlier_schema_texts.begin(), earlier_schema_texts.end(),
                       [&actual](const EarlierSchemaText& earlier) {
                           return actual.name == earlier.name && *actual.sql == earlier.sql;
                       });
}

SchemaDifference difference(const SchemaObject& object, std::string problem) {
    return SchemaDifference{"the " + object.type + " " + object.name, std::move(problem),
                            object.type == "trigger" && is_append_only_trigger(object.name)};
}

}  // namespace

std::vector<SchemaDifference> schema_differences(SQLite::Database& db, int version) {
    const std::vector<SchemaObject>& expected = expected_objects(version);
    std::vector<SchemaObject> actual = objects_of(db);
    std::vector<SchemaDifference> differences;
    for (const SchemaObject& object : expected) {
        const auto found = std::find_if(actual.begin(), actual.end(),
                                        [&object](const auto& a) { return a.name == object.name; });
        if (found == actual.end()) {
            differences.push_back(difference(object, "is missing"));
        } else if (!(*found == object) && !earlier_text_of(*found, object)) {
            differences.push_back(difference(object, "has been altered"));
        }
    }
    std::sort(actual.begin(), actual.end(),
              [](const SchemaObject& a, const SchemaObject& b) { return a.name < b.name; });
    for (const SchemaObject& object : actual) {
        const bool known = std::any_of(expected.begin(), expected.end(),
                                       [&object](const auto& e) { return e.name == object.name; });
        if (!known) {
            differences.push_back(
                difference(object, "is not part of cycle's schema " + std::to_string(version)));
        }
    }
    return differences;
}

std::optional<std::string> integrity_problem(SQLite::Database& db) {
    // The first message is enough to name the damage; the rest can run to thousands of lines.
    SQLite::Statement check(db, "PRAGMA integrity_check(1)");
    if (!check.executeStep()) return "PRAGMA integrity_check returned nothing";
    const std::string first = check.getColumn(0).getString();
    if (first == "ok") return std::nullopt;
    return first;
}

}  // namespace cycle
