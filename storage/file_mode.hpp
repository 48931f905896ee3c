// The permissions of the files cycle creates. A new database is its owner's alone, or its
// owner's and group's when the umask lets the group write (umask 002 or 007, as in a shared
// folder): 0600 or 0660, less what the umask takes, and never anything for others. Other
// files get what any program's would: 0666 less the umask.
#pragma once

#include <sys/types.h>

#include <string>

namespace cycle {

// The process's umask (read without changing it for longer than the call).
mode_t process_umask();

mode_t new_database_mode();
mode_t new_file_mode();

// A new, empty file beside `target`, named ".NAME.XXXXXX" by mkstemp: made exclusively, with
// an unpredictable name, so no link planted in the folder is followed; mode 0600. `fd` is -1,
// errno set, when it cannot be made. For writing a file whole before it takes `target`'s place.
struct FileBeside {
    int fd = -1;
    std::string path;
};
FileBeside create_file_beside(const std::string& target);

// Creates `path` empty with new_database_mode(), before SQLite opens it: SQLite gives its
// -wal and -shm files the database file's mode. Nothing happens when something, even a
// dangling symbolic link, is already there; Error(storage) when the file cannot be made.
void create_database_file(const std::string& path);

}  // namespace cycle
