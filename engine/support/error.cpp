#include "engine/support/error.hpp"

namespace cycle {

void throw_bad_input(const std::string& message) {
    throw Error(ExitCode::bad_input, message);
}
void throw_refused(const std::string& message) {
    throw Error(ExitCode::refused, message);
}
void throw_storage(const std::string& message) {
    throw Error(ExitCode::storage, message);
}

}  // namespace cycle
