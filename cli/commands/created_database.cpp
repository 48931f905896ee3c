#include "cli/commands/created_database.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "storage/database.hpp"
#include "storage/file_mode.hpp"

namespace cycle {

CreatedDatabase::CreatedDatabase(std::string path) : path_(std::move(path)) {
    // Unreachable counts as existing: Database then refuses it, and nothing is removed.
    std::error_code unreachable;
    existed_ = std::filesystem::exists(path_, unreachable) || unreachable;
}

namespace {

// The database at `path` and what SQLite keeps beside it.
void remove_database_files(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path + suffix, ignored);
    }
}

// Whether the file at `path` holds a committed event, asked under the write lock: another
// command that opened the file this one made (one creating the same database at the same
// moment) may have committed to it, or be committing; its work is never removed.
bool holds_events(const std::string& path) {
    try {
        SQLite::Database db(path, SQLite::OPEN_READWRITE, busy_timeout_ms);
        SQLite::Transaction lock(db, SQLite::TransactionBehavior::IMMEDIATE);
        return db.execAndGet("SELECT EXISTS (SELECT 1 FROM case_log)").getInt() != 0;
    } catch (const SQLite::Exception& error) {
        // No case_log table: no schema was ever committed. Locked past the timeout: another
        // command is writing, so the file is not this one's to remove. Anything else (a
        // file a full disk left empty or torn) holds nothing that was committed.
        const int code = error.getErrorCode() & 0xff;
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }
}

}  // namespace

CreatedDatabase::~CreatedDatabase() {
    if (existed_ || kept_) return;
    if (holds_events(path_)) return;
    // Sidecar files of a database that did not exist are this command's (or stale ones
    // SQLite would otherwise read as belonging to the new file).
    remove_database_files(path_);
}

bool NewDatabase::needed(const std::string& target) {
    // not_found only when nothing is there (another failure, a folder that cannot be
    // entered, gives none: then Database refuses the path as it is).
    std::error_code ignored;
    return std::filesystem::symlink_status(target, ignored).type() ==
           std::filesystem::file_type::not_found;
}

NewDatabase::NewDatabase(std::string target) : target_(std::move(target)) {
    check_database_path(target_);  // before a file is made for it
    const FileBeside file = create_file_beside(target_);
    if (file.fd < 0) {
        throw_storage("--db: cannot create " + quote(target_) + ": " + std::strerror(errno));
    }
    const int fd = file.fd;
    path_ = file.path;
    const bool made = fchmod(fd, new_database_mode()) == 0;
    const int error = errno;
    close(fd);
    if (!made) {
        remove_database_files(path_);
        throw_storage("--db: cannot set the mode of " + quote(target_) + ": " +
                      std::strerror(error));
    }
}

NewDatabase::~NewDatabase() {
    remove_database_files(path_);
}

bool NewDatabase::link_into_place() {
    {
        // The write-ahead log is named after the private path: what it holds must be in the
        // file itself before the file is known by another name.
        SQLite::Database db(path_, SQLite::OPEN_READWRITE);
        SQLite::Statement checkpoint(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        if (!checkpoint.executeStep() || checkpoint.getColumn(0).getInt() != 0) {
            throw_storage("--db: cannot complete the new database " + quote(target_) +
                          "; nothing was written");
        }
    }
    if (link(path_.c_str(), target_.c_str()) != 0) {
        if (errno == EEXIST) return false;
        throw_storage("--db: cannot create " + quote(target_) + ": " + std::strerror(errno));
    }
    return true;
}

}  // namespace cycle
