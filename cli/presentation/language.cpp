#include "cli/presentation/language.hpp"

#include <array>
#include <cstdio>
#include <tuple>
#include <utility>

#include "config/model/format1_names.hpp"

namespace cycle {

namespace {

constexpr std::array<const char*, 12> months_nb = {"januar",    "februar", "mars",     "april",
                                                   "mai",       "juni",    "juli",     "august",
                                                   "september", "oktober", "november", "desember"};
constexpr std::array<const char*, 12> months_en = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};

// Every label the wheel and the report use, English first.
constexpr std::pair<const char*, const char*> labels[] = {
    {"Annual wheel", "Årshjul"},
    {"Status report", "Statusside"},
    {"status on", "status per"},
    {"Budget year", "Budsjettår"},
    {"preparation", "forberedelse"},
    {"execution", "gjennomføring"},
    {"accounts", "regnskap"},
    {"closed", "avsluttet"},
    {"Step", "Steg"},
    {"Item", "Gjelder"},
    {"Body", "Organ"},
    {"Window", "Vindu"},
    {"Deadline", "Frist"},
    {"State", "Tilstand"},
    {"done", "utført"},
    {"upcoming", "kommende"},
    {"due", "pågår"},
    {"overdue", "forsinket"},
    {"passed over", "hoppet over"},
    {"optional, not taken", "valgfritt, ikke tatt"},
    {"optional", "valgfritt"},
    {"Done", "Utført"},
    {"Open", "Åpen"},
    {"Overdue", "Forsinket"},
    {"Today", "I dag"},
    {"Meeting", "Møte"},
    {"Meetings", "Møter"},
    {"Deadlines", "Frister"},
    {"Upcoming deadlines", "Kommende frister"},
    {"Overdue items", "Forsinkede saker"},
    {"Active mandates", "Gjeldende fullmakter"},
    {"Open duties", "Åpne rapporteringsplikter"},
    {"Latest log entries", "Siste loggføringer"},
    {"Live cycles", "Aktive sykluser"},
    {"none", "ingen"},
    {"Case", "Sak"},
    {"Granted by", "Gitt av"},
    {"To", "Til"},
    {"Scope", "Omfang"},
    {"Duty", "Plikt"},
    {"Due", "Frist"},
    {"Date", "Dato"},
    {"Kind", "Type"},
    {"Irregular", "Avvik"},
    {"days left", "dager igjen"},
    {"days overdue", "dager over fristen"},
    {"Produced by cycle from the case log; the head hash identifies the log it was made from.",
     "Laget av cycle fra saksloggen; hodehashen identifiserer loggen siden bygger på."},
    {"Head hash", "Hodehash"},
    {"held", "avholdt"},
    {"irregular", "avvik"},
    {"day left", "dag igjen"},
    {"day overdue", "dag over fristen"},
    {"next 90 days", "neste 90 dager"},
    {"organisation-registered", "organisasjon registrert"},
    {"config-changed", "oppsett endret"},
    {"case-opened", "sak opprettet"},
    {"correction", "rettelse"},
    {"mandate-granted", "fullmakt gitt"},
    {"mandate-revoked", "fullmakt trukket tilbake"},
    {"meeting-scheduled", "møte berammet"},
    {"meeting-cancelled", "møte avlyst"},
    {"meeting-held", "møte avholdt"},
    {"duty-reported", "plikt rapportert"},
    {"scheduled", "berammet"},
    {"not recorded as held", "ikke registrert som avholdt"},
};

}  // namespace

std::optional<Language> parse_language(std::string_view code) {
    if (code == "nb") return Language::nb;
    if (code == "en") return Language::en;
    return std::nullopt;
}

std::string_view language_code(Language language) {
    return language == Language::nb ? "nb" : "en";
}

std::string month_name(Language language, int month) {
    const auto index = static_cast<std::size_t>(month - 1);
    return language == Language::nb ? months_nb.at(index) : months_en.at(index);
}

std::string long_date_in(Language language, const Date& date) {
    const std::string day = std::to_string(date.day());
    const std::string month = month_name(language, date.month());
    const std::string year = std::to_string(date.year());
    if (language == Language::nb) return day + ". " + month + " " + year;
    return day + " " + month + " " + year;
}

std::string short_date_in(Language language, const Date& date) {
    char text[32];  // room for any int the compiler cannot rule out
    if (language == Language::nb) {
        std::snprintf(text, sizeof text, "%02d.%02d.%04d", static_cast<int>(date.day()),
                      static_cast<int>(date.month()), static_cast<int>(date.year()));
        return text;
    }
    std::snprintf(text, sizeof text, "%02d %.3s %04d", static_cast<int>(date.day()),
                  months_en.at(static_cast<std::size_t>(date.month() - 1)),
                  static_cast<int>(date.year()));
    return text;
}

std::string format1_step_title(Language language, std::string_view step_id) {
    const StepNames* names = format1_step_names(step_id);
    if (names == nullptr) return "";
    return std::string(language == Language::nb ? names->nb : names->en);
}

std::string strategy_title(Language language, const Organisation& org) {
    return language == Language::nb ? org.strategy_name_nb : org.strategy_name_en;
}

std::string step_title(Language language, const Organisation& org, const Step& step) {
    std::string title;
    if (const StepRule* rule = org.find_step(step.id)) {
        // The language asked for, else the nearest the config gives: bokmål and nynorsk
        // stand in for each other before English does.
        const std::string* order[] = {&rule->name_nb, &rule->name_nn, &rule->name_en};
        if (language == Language::en) {
            order[0] = &rule->name_en;
            order[1] = &rule->name_nb;
            order[2] = &rule->name_nn;
        }
        for (const std::string* name : order) {
            if (!name->empty()) {
                title = *name;
                break;
            }
        }
    } else if (step.id == strategy_adopted && !strategy_title(language, org).empty()) {
        title =
            strategy_title(language, org) + (language == Language::nb ? " vedtatt" : " adopted");
    } else {
        title = format1_step_title(language, step.id);  // strategy-adopted
    }
    if (title.empty()) return step.name();
    if (step.every != Recurrence::none) title += " " + step.period_label();
    return title;
}

std::string body_title(Language language, const Organisation& org, const std::string& body_id) {
    if (language == Language::nb) {
        for (const Body& body : org.bodies) {
            if (body.id == body_id) return body.name;
        }
    }
    std::string words = body_id;
    for (char& c : words) {
        if (c == '-') c = ' ';
    }
    if (!words.empty() && words[0] >= 'a' && words[0] <= 'z') {
        words[0] = static_cast<char>(words[0] - 'a' + 'A');
    }
    return words;
}

std::string route_title(Language language, const Organisation& org, const std::string& body_id,
                        const std::optional<std::string>& to) {
    std::string text = body_title(language, org, body_id);
    if (to) text += " → " + body_title(language, org, *to);
    return text;
}

std::string route_title(Language language, const Organisation& org, const std::string& body_id,
                        const std::vector<std::string>& to) {
    std::string text = body_title(language, org, body_id);
    for (std::size_t i = 0; i < to.size(); ++i) {
        text += (i == 0 ? " → " : ", ") + body_title(language, org, to[i]);
    }
    return text;
}

std::string translate(Language language, std::string_view english) {
    if (language == Language::en) return std::string(english);
    for (const auto& [en, nb] : labels) {
        if (english == en) return nb;
    }
    return std::string(english);
}

}  // namespace cycle
