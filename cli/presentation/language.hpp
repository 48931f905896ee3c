// The languages cycle prints in: Norwegian bokmål (nb) and English (en), with nynorsk (nn) and
// the test pseudo-locale beside them. Month names and dates in each language's style, from the
// message catalogs (cli/presentation/catalog): "5. februar 2021" / "5 February 2021";
// "05.02.2021" / "05 Feb 2021"; step, strategy and body titles from the config. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "config/model/organisation.hpp"
#include "engine/log/step.hpp"
#include "engine/time/calendar_date.hpp"
#include "engine/time/working_days.hpp"

namespace cycle {

// qps is the pseudo-locale of test builds (tests/i18n): every catalog text marked ⟦…⟧, so
// that a text printed without the catalog stands out.
enum class Language { nb, nn, en, qps };

// English prints the engine's own text (step and body ids, ISO 8601 dates), as the JSON and the
// golden transcripts always have; every other language words it for people, with the config's
// names and the catalog's words and dates.
constexpr bool worded(Language language) {
    return language != Language::en;
}

// "nb", "nn" or "en"; nothing for anything else (the pseudo-locale is the CLI's, tests only).
std::optional<Language> parse_language(std::string_view code);
std::string_view language_code(Language language);  // "nb", "nn", "en", "qps"

// Month 1-12: "januar" / "January"; throws std::out_of_range for any other number.
std::string month_name(Language language, int month);
// "5. februar 2021" / "5 February 2021".
std::string long_date_in(Language language, const Date& date);
// A day of every year: "31.3." / "31 March".
std::string day_month_in(Language language, const MonthDay& day);
// "05.02.2021" (every worded language) / "05 Feb 2021".
std::string short_date_in(Language language, const Date& date);

// A step's title from its config ("Budsjett vedtatt" / "Budget adopted"; a recurring one with
// its period, "Tertialrapport T1"): in the language asked for, else the nearest one the config
// gives (bokmål and nynorsk before English); its name when the config gives none.
std::string step_title(Language language, const Organisation& org, const Step& step);
// A recurring step's period in `language`: "T1", "Q3" / "K3", "M05"; empty for a step that
// does not recur. The step's own key (Step::period_label) stays "Q3" in every language.
std::string period_title(Language language, const Step& step);
// The same of a period of a year: period_title(nb, Recurrence::quarter, 3) = "K3".
std::string period_title(Language language, Recurrence every, int period);
// What the config calls its strategy ("Planstrategi"; in nynorsk bokmål's name when it gives no
// nynorsk one); empty when it gives no name in that language (status then says the catalog's
// "Strategic guidelines").
std::string strategy_title(Language language, const Organisation& org);
// The titles format 1 gives its five steps and strategy-adopted, in the language (qps has
// bokmål's); empty for any other id.
std::string format1_step_title(Language language, std::string_view step_id);
// A body's name in `language`: the config's (bokmål and nynorsk standing in for each other);
// in en its English name, else the id in words ("Board").
std::string body_title(Language language, const Organisation& org, const std::string& body_id);
// Who acts, and to whom: "Sekretariatet → Styret", "Board".
std::string route_title(Language language, const Organisation& org, const std::string& body_id,
                        const std::optional<std::string>& to);
// To several bodies: "Formannskapet → Kommunestyret, Kontrollutvalget".
std::string route_title(Language language, const Organisation& org, const std::string& body_id,
                        const std::vector<std::string>& to);

// A cycle's phase, which workflows/queries/status names in English ("preparation"), in
// `language`: "forberedelse". An unknown one is shown as it is.
std::string phase_title(Language language, const std::string& phase);

}  // namespace cycle
