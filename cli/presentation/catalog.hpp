// Every word cycle prints for people comes through here: GNU gettext message catalogs
// (po/nb.po, po/nn.po), read with Boost.Locale from copies compiled into the binary, so that
// the words printed are always the ones it was tested with. The English text is the message id
// and English output; a message the catalog lacks prints in English. Pure after first use.
#pragma once

#include <boost/locale/format.hpp>
#include <locale>
#include <string>

#include "cli/presentation/language.hpp"

namespace cycle {

// The locale that carries `language`'s catalog (the classic one for English): numbers in it
// are formatted plainly, as the golden transcripts have them.
const std::locale& catalog_locale(Language language);

// Marks a text for the catalog where it is named before it is translated (a table's headings):
// xgettext finds it; tr() translates it later.
constexpr const char* N_(const char* english) {
    return english;
}
// The same with a context, for trc: NC_("weekday", "Sunday").
constexpr const char* NC_(const char*, const char* english) {
    return english;
}

// tr(nb, "Overdue") = "Forsinket".
std::string tr(Language language, const char* english);
// With a context, for an English text that has two translations: trc(nb, "state", "due").
std::string trc(Language language, const char* context, const char* english);
// By count, with the language's plural forms: trn(nb, "{1} day", "{1} days", 3) = "{1} dager";
// fill it with trf's placeholders, or use trnf.
std::string trn(Language language, const char* singular, const char* plural, long count);

// A message with placeholders {1}, {2}, … filled in:
// trf(nb, "due in {1}", "3 dager") = "frist om 3 dager".
template <typename... Args>
std::string trf(Language language, const char* english, const Args&... args) {
    boost::locale::format format(tr(language, english));
    ((format % args), ...);
    return format.str(catalog_locale(language));
}

// trf with a context: trcf(nb, "period", "Q{1}", 3) = "K3".
template <typename... Args>
std::string trcf(Language language, const char* context, const char* english, const Args&... args) {
    boost::locale::format format(trc(language, context, english));
    ((format % args), ...);
    return format.str(catalog_locale(language));
}

// trnf(nb, "{1} day", "{1} days", 3) = "3 dager": the count is {1}, the rest follow.
template <typename... Args>
std::string trnf(Language language, const char* singular, const char* plural, long count,
                 const Args&... args) {
    boost::locale::format format(trn(language, singular, plural, count));
    format % count;
    ((format % args), ...);
    return format.str(catalog_locale(language));
}

}  // namespace cycle
