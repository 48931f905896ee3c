// Writing a command's output file: whole or not at all, so that a half-written calendar,
// wheel or page is never left behind (written beside it, then renamed over it).
#pragma once

#include <string>

namespace cycle {

// Replaces `path` with `content`. Error(bad_input) naming `option` when it cannot be written.
void replace_file(const char* option, const std::string& path, const std::string& content);
// The same, where `path` "-" means standard output.
void write_output(const char* option, const std::string& path, const std::string& content);

}  // namespace cycle
