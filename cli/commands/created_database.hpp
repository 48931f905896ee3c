// A database file `import` may create: unless keep() is called, the
// files it made — the database and its -wal, -shm and -journal — are removed when the guard
// goes, so a first write that fails (a full disk) leaves nothing behind. Declare it before the
// Database, so that the database is closed first. A database that existed is never touched,
// nor one that holds a committed event (another command's, made at the same moment).
#pragma once

#include <string>

namespace cycle {

class CreatedDatabase {
  public:
    explicit CreatedDatabase(std::string path);
    ~CreatedDatabase();
    CreatedDatabase(const CreatedDatabase&) = delete;
    CreatedDatabase& operator=(const CreatedDatabase&) = delete;

    // Whether the file was there before (or could not be looked at: then Database refuses it).
    bool existed() const { return existed_; }
    // Something worth keeping was committed: leave the files.
    void keep() { kept_ = true; }

  private:
    std::string path_;
    bool existed_ = false;
    bool kept_ = false;
};

// A new database made under a name of its own beside `target` (".NAME.XXXXXX", created
// exclusively with the mode of a new database), to be linked into place once it holds what
// was committed to it. Until then nothing exists at `target`; the files under the private name
// are removed when the guard goes, whatever happened. Declare it before the Database.
class NewDatabase {
  public:
    // Whether `target` needs making: nothing is there, not even a link.
    static bool needed(const std::string& target);

    explicit NewDatabase(std::string target);
    ~NewDatabase();
    NewDatabase(const NewDatabase&) = delete;
    NewDatabase& operator=(const NewDatabase&) = delete;

    const std::string& path() const { return path_; }
    // With every Database on path() closed: moves what was committed into the file (a
    // checkpoint of its write-ahead log) and links it as `target`. False when something is at
    // `target` by now (another command made it): the caller uses that one. Error(storage)
    // when the file cannot be completed or linked.
    bool link_into_place();

  private:
    std::string target_;
    std::string path_;
};

}  // namespace cycle
