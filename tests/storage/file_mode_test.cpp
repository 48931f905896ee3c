// The modes of new files: a database for its owner (and group, when the umask shares with it).
#include "storage/file_mode.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "tests/support/temp_file.hpp"

namespace cycle {
namespace {

// Sets the umask for one scope.
class Umask {
  public:
    explicit Umask(mode_t mask) : saved_(umask(mask)) {}
    ~Umask() { umask(saved_); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

  private:
    mode_t saved_;
};

mode_t mode_of(const std::string& path) {
    struct stat info {};
    REQUIRE(lstat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

TEST_CASE("file mode: a new database is never open to others, to the group only when shared") {
    struct Case {
        mode_t mask;
        mode_t database;
        mode_t other_file;
    };
    const Case cases[] = {
        {0022, 0600, 0644}, {0002, 0660, 0664}, {0077, 0600, 0600},
        {0027, 0600, 0640}, {0007, 0660, 0660}, {0000, 0660, 0666},
    };
    for (const Case& c : cases) {
        INFO("umask " << std::oct << c.mask);
        const Umask scope(c.mask);
        CHECK(process_umask() == c.mask);
        CHECK(new_database_mode() == c.database);
        CHECK(new_file_mode() == c.other_file);
        testing::TempFile file("cycle.db");
        create_database_file(file.path());
        CHECK(mode_of(file.path()) == c.database);
        CHECK(std::filesystem::file_size(file.path()) == 0);
    }
}

TEST_CASE("file mode: what is already there is left as it was") {
    const Umask scope(0022);
    testing::TempFile file("cycle.db");
    { std::ofstream(file.path()) << "kept"; }
    chmod(file.path().c_str(), 0644);
    create_database_file(file.path());
    CHECK(mode_of(file.path()) == 0644);
    CHECK(std::filesystem::file_size(file.path()) == 4);

    // A link planted where the database is to be is not followed: its target is not made.
    testing::TempFile link("planted.db");
    const std::string target = link.path() + "-target";
    std::filesystem::create_symlink(target, link.path());
    create_database_file(link.path());
    CHECK_FALSE(std::filesystem::exists(target));
}

}  // namespace
}  // namespace cycle
