// Writing a command's output file: whole or not at all, so that a half-written calendar,
// wheel or page is never left behind. Written to a new file of an unpredictable name beside it
// (mkstemp: never through a planted link), synced, then renamed over it; a file that was there
// keeps its mode, a new one gets 0666 less the umask.
#pragma once

#include <string>

namespace cycle {

// Replaces `path` with `content`. Error(bad_input) naming `option` and the reason when it
// cannot be written; the file that was there is then left as it was, and no temporary file.
void replace_file(const char* option, const std::string& path, const std::string& content);
// The same, where `path` "-" means standard output.
void write_output(const char* option, const std::string& path, const std::string& content);

}  // namespace cycle
