// Test support: a fresh path in a private temporary directory, removed afterwards.
#pragma once

#include <filesystem>
#include <string>

namespace cycle::testing {

class TempFile {
  public:
    explicit TempFile(const std::string& name);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    std::string path() const { return path_.string(); }

  private:
    std::filesystem::path directory_;
    std::filesystem::path path_;
};

}  // namespace cycle::testing
