#include "cli/commands/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "engine/support/error.hpp"
#include "engine/support/quote.hpp"
#include "storage/file_mode.hpp"

namespace cycle {

namespace {

// The mode the file at `path` has now, or a new file's when there is none to keep.
mode_t mode_to_keep(const std::string& path) {
    struct stat existing {};
    if (stat(path.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
        return existing.st_mode & 0777;  // not set-id bits onto a file cycle wrote
    }
    return new_file_mode();
}

bool write_all(int fd, const std::string& content) {
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t count = write(fd, content.data() + written, content.size() - written);
        if (count < 0 && errno == EINTR) continue;
        if (count <= 0) return false;
        written += static_cast<std::size_t>(count);
    }
    return true;
}

}  // namespace

void replace_file(const char* option, const std::string& path, const std::string& content) {
    const auto fail = [&](int error) {
        throw_bad_input(std::string(option) + ": cannot write " + quote(path) + ": " +
                        std::strerror(error));
    };
    // Beside the target, so that the rename stays in one file system.
    const FileBeside temporary = create_file_beside(path);
    const int fd = temporary.fd;
    if (fd < 0) fail(errno);
    const bool written =
        write_all(fd, content) && fchmod(fd, mode_to_keep(path)) == 0 && fsync(fd) == 0;
    const int error = errno;
    if (close(fd) != 0 || !written || rename(temporary.path.c_str(), path.c_str()) != 0) {
        const int reported = written ? errno : error;
        unlink(temporary.path.c_str());
        fail(reported);
    }
    // The rename itself is durable only once the folder is on disk too.
    const std::filesystem::path folder = std::filesystem::path(temporary.path).parent_path();
    const int folder_fd = open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder_fd >= 0) {
        fsync(folder_fd);
        close(folder_fd);
    }
}

void write_output(const char* option, const std::string& path, const std::string& content) {
    if (path != "-") {
        replace_file(option, path, content);
        return;
    }
    std::cout << content << std::flush;
    if (!std::cout) throw_bad_input(std::string(option) + " -: cannot write to stdout");
}

}  // namespace cycle
