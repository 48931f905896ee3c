#include "storage/file_mode.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"

namespace cycle {

mode_t process_umask() {
    // POSIX has no way to read the umask but to set it; cycle starts no threads that create
    // files meanwhile.
    const mode_t mask = umask(0077);
    umask(mask);
    return mask;
}

mode_t new_database_mode() {
    const mode_t mask = process_umask();
    const mode_t shared = (mask & S_IWGRP) == 0 ? 0660 : 0600;
    return shared & ~mask & ~static_cast<mode_t>(S_IRWXO);
}

mode_t new_file_mode() {
    return 0666 & ~process_umask();
}

FileBeside create_file_beside(const std::string& target) {
    const std::filesystem::path target_path(target);
    const std::filesystem::path folder =
        target_path.has_parent_path() ? target_path.parent_path() : std::filesystem::path(".");
    FileBeside file;
    file.path = (folder / ("." + target_path.filename().string() + ".XXXXXX")).string();
    file.fd = mkstemp(file.path.data());
    return file;
}

void create_database_file(const std::string& path) {
    // O_EXCL: never through a link someone planted, never over a file made meanwhile.
    const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) return;
        throw_storage("--db: cannot create " + quote(path) + ": " + std::strerror(errno));
    }
    // fchmod, not the mode open() takes: the umask would take the group's share back.
    const bool made = fchmod(fd, new_database_mode()) == 0;
    const int error = errno;
    close(fd);
    if (!made) {
        unlink(path.c_str());
        throw_storage("--db: cannot set the mode of " + quote(path) + ": " + std::strerror(error));
    }
}

}  // namespace cycle
