// The compiled message catalogs (po/<language>.mo), built into the binary by po/embed.cmake,
// which writes the definition of embedded_catalogs(). Read only by cli/presentation/catalog.
#pragma once

#include <span>
#include <string_view>

namespace cycle {

struct EmbeddedCatalog {
    std::string_view language;  // "nb", "nn"
    std::span<const char> bytes;
};

std::span<const EmbeddedCatalog> embedded_catalogs();

}  // namespace cycle
