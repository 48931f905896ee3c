#include "tests/support/temp_file.hpp"

#include <stdlib.h>

#include <stdexcept>

namespace cycle::testing {

TempFile::TempFile(const std::string& name) {
    std::string pattern = (std::filesystem::temp_directory_path() / "cycle-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    directory_ = pattern;
    path_ = directory_ / name;
}

TempFile::~TempFile() {
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
}

}  // namespace cycle::testing
