#include "cli/presentation/xml_text.hpp"

#include "engine/support/quote.hpp"

namespace cycle {

std::string xml_escape(std::string_view text) {
    const std::string visible = visible_text(text, "\t\n\r");
    std::string out;
    out.reserve(visible.size());
    for (const char c : visible) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace cycle
