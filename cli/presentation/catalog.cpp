#include "cli/presentation/catalog.hpp"

#include <algorithm>
#include <boost/locale/gnu_gettext.hpp>
#include <boost/locale/message.hpp>
#include <climits>
#include <string_view>
#include <vector>

#include "cli/presentation/catalog_data.hpp"

namespace cycle {

namespace {

// Boost.Locale asks for "<path>/<language>/LC_MESSAGES/cycle.mo"; it gets the copy compiled
// in (po/embed.cmake), and nothing for any other file, so no catalog installed on the machine
// can change what cycle prints.
std::vector<char> embedded_catalog(const std::string& file_name, const std::string&) {
    for (const EmbeddedCatalog& catalog : embedded_catalogs()) {
        const std::string path =
            "/cycle/" + std::string(catalog.language) + "/LC_MESSAGES/cycle.mo";
        if (file_name == path) {
            return std::vector<char>(catalog.bytes.begin(), catalog.bytes.end());
        }
    }
    return {};
}

std::locale make_locale(Language language) {
    if (language == Language::en) return std::locale::classic();
    boost::locale::gnu_gettext::messages_info info;
    info.language = std::string(language_code(language));
    info.encoding = "UTF-8";
    info.paths = {"/cycle"};
    info.domains = {boost::locale::gnu_gettext::messages_info::domain("cycle")};
    info.callback = embedded_catalog;
    return std::locale(std::locale::classic(),
                       boost::locale::gnu_gettext::create_messages_facet<char>(info));
}

}  // namespace

const std::locale& catalog_locale(Language language) {
    // Each made on first use: a command in English reads no catalog, one in bokmål only its own.
    switch (language) {
        case Language::nb: {
            static const std::locale nb = make_locale(Language::nb);
            return nb;
        }
        case Language::nn: {
            static const std::locale nn = make_locale(Language::nn);
            return nn;
        }
        case Language::qps: {
            static const std::locale qps = make_locale(Language::qps);
            return qps;
        }
        case Language::en:
            break;
    }
    static const std::locale english = std::locale::classic();
    return english;
}

std::string tr(Language language, const char* english) {
    if (language == Language::en) return english;
    return boost::locale::translate(english).str(catalog_locale(language));
}

std::string trc(Language language, const char* context, const char* english) {
    if (language == Language::en) return english;
    return boost::locale::translate(context, english).str(catalog_locale(language));
}

std::string trn(Language language, const char* singular, const char* plural, long count) {
    if (language == Language::en) return count == 1 ? singular : plural;
    // Boost.Locale counts in int; a count beyond it is "many" in every plural rule we ship.
    const int clamped = static_cast<int>(std::clamp<long>(count, INT_MIN, INT_MAX));
    return boost::locale::translate(singular, plural, clamped).str(catalog_locale(language));
}

}  // namespace cycle
