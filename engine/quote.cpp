#include "engine/quote.hpp"

#include <nlohmann/json.hpp>

#include "engine/hash_chain.hpp"

namespace cycle {

std::string quote(std::string_view text) {
    return nlohmann::json(std::string(text))
        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool is_one_line_text(std::string_view text) {
    bool has_visible = false;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) return false;
        if (byte != ' ') has_visible = true;
    }
    return has_visible && is_valid_utf8(std::string(text));
}

}  // namespace cycle
