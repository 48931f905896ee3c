// A main() for a fuzz target outside libFuzzer: feeds each file named on the command line, and
// each file in each directory named (not recursing; files starting with '.' are skipped, so
// an empty regressions folder can be kept with a .gitkeep), to LLVMFuzzerTestOneInput once.
// This is how the g++ and sanitizer builds run every target over its committed seed corpus
// and its regressions as ctest entries. A broken contract aborts, failing the test; a path
// that does not exist, or nothing to run at all, is an error too, so that a misspelt folder
// cannot pass by running nothing.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_in(const fs::path& path) {
    if (!fs::is_directory(path)) return {path};
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().filename().string().rfind('.', 0) != 0) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());  // the same order on every machine
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path path = argv[i];
        if (!fs::exists(path)) {
            std::cerr << path.string() << ": no such file or directory\n";
            return 2;
        }
        const std::vector<fs::path> found = inputs_in(path);
        files.insert(files.end(), found.begin(), found.end());
    }
    if (files.empty()) {
        std::cerr << "no inputs: give files or directories holding some\n";
        return 2;
    }
    for (const fs::path& file : files) {
        std::ifstream stream(file, std::ios::binary);
        if (!stream) {
            std::cerr << file.string() << ": cannot read\n";
            return 2;
        }
        const std::string bytes((std::istreambuf_iterator<char>(stream)),
                                std::istreambuf_iterator<char>());
        // Named before it runs, so that the input that crashed is the last one in the log.
        std::cerr << "running " << file.string() << " (" << bytes.size() << " bytes)\n";
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
    std::cerr << "ran " << files.size() << " inputs\n";
    return 0;
}
