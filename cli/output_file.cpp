#include "cli/output_file.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "engine/error.hpp"
#include "engine/quote.hpp"

namespace cycle {

void replace_file(const char* option, const std::string& path, const std::string& content) {
    const std::string temporary = path + ".cycle-tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << content;
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw_bad_input(std::string(option) + ": cannot write " + quote(path));
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw_bad_input(std::string(option) + ": cannot write " + quote(path) + ": " +
                        error.message());
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
