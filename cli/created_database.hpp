// A database file a command may create (`init`, `import`): unless keep() is called, the
// files it made — the database and its -wal, -shm and -journal — are removed when the guard
// goes, so a first write that fails (a full disk) leaves nothing behind. Declare it before the
// Database, so that the database is closed first. A database that existed is never touched.
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

}  // namespace cycle
