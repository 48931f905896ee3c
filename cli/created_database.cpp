#include "cli/created_database.hpp"

#include <filesystem>
#include <system_error>

namespace cycle {

CreatedDatabase::CreatedDatabase(std::string path) : path_(std::move(path)) {
    // Unreachable counts as existing: Database then refuses it, and nothing is removed.
    std::error_code unreachable;
    existed_ = std::filesystem::exists(path_, unreachable) || unreachable;
}

CreatedDatabase::~CreatedDatabase() {
    if (existed_ || kept_) return;
    // Sidecar files of a database that did not exist are this command's (or stale ones
    // SQLite would otherwise read as belonging to the new file).
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path_ + suffix, ignored);
    }
}

}  // namespace cycle
