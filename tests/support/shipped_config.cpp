#include "tests/support/shipped_config.hpp"

#include <stdexcept>

#include "config/yaml/config_loader.hpp"

namespace cycle::testing {

std::string osloregionen_yaml() {
    return read_config_bytes(CYCLE_SOURCE_DIR "/config/osloregionen.yaml");
}

const Organisation& osloregionen() {
    static const Organisation org = load_config_file(CYCLE_SOURCE_DIR "/config/osloregionen.yaml");
    return org;
}

Date day(const char* iso_text) {
    const DateParse parsed = parse_iso_date(iso_text);
    if (!parsed.date) throw std::invalid_argument(parsed.problem);
    return *parsed.date;
}

}  // namespace cycle::testing
