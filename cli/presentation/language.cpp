#include "cli/presentation/language.hpp"

#include <array>
#include <cstdio>
#include <tuple>
#include <utility>

#include "cli/presentation/catalog.hpp"
#include "config/model/format1_names.hpp"

namespace cycle {

namespace {

constexpr std::array<const char*, 12> months_nb = {"januar",    "februar", "mars",     "april",
                                                   "mai",       "juni",    "juli",     "august",
                                                   "september", "oktober", "november", "desember"};
constexpr std::array<const char*, 12> months_en = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};

// The fixed labels of the wheel and the report, which they name at run time (a table's
// headings, a phase, an event's kind): marked here so that xgettext finds them (po/README.md).
[[maybe_unused]] constexpr const char* page_labels[] = {
    N_("Annual wheel"),
    N_("Status report"),
    N_("status on"),
    N_("Budget year"),
    N_("preparation"),
    N_("execution"),
    N_("accounts"),
    N_("closed"),
    N_("Step"),
    N_("Item"),
    N_("Body"),
    N_("Window"),
    N_("Deadline"),
    N_("State"),
    N_("done"),
    N_("upcoming"),
    N_("due"),
    N_("overdue"),
    N_("passed over"),
    N_("optional, not taken"),
    N_("optional"),
    N_("Done"),
    N_("Open"),
    N_("Overdue"),
    N_("Today"),
    N_("Meeting"),
    N_("Meetings"),
    N_("Deadlines"),
    N_("Upcoming deadlines"),
    N_("Overdue items"),
    N_("Active mandates"),
    N_("Open duties"),
    N_("Latest log entries"),
    N_("Live cycles"),
    N_("none"),
    N_("Case"),
    N_("Granted by"),
    N_("To"),
    N_("Scope"),
    N_("Duty"),
    N_("Due"),
    N_("Date"),
    N_("Kind"),
    N_("Irregular"),
    N_("days left"),
    N_("days overdue"),
    N_("Produced by cycle from the case log; the head hash identifies the log it was made from."),
    N_("Head hash"),
    N_("held"),
    N_("irregular"),
    N_("day left"),
    N_("day overdue"),
    N_("next 90 days"),
    N_("organisation-registered"),
    N_("config-changed"),
    N_("case-opened"),
    N_("correction"),
    N_("mandate-granted"),
    N_("mandate-revoked"),
    N_("meeting-scheduled"),
    N_("meeting-cancelled"),
    N_("meeting-held"),
    N_("duty-reported"),
    N_("scheduled"),
    N_("not recorded as held"),
};

}  // namespace

std::optional<Language> parse_language(std::string_view code) {
    if (code == "nb") return Language::nb;
    if (code == "en") return Language::en;
    return std::nullopt;
}

std::string_view language_code(Language language) {
    switch (language) {
        case Language::nb:
            return "nb";
        case Language::nn:
            return "nn";
        case Language::qps:
            return "qps";
        case Language::en:
            break;
    }
    return "en";
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
    return tr(language, std::string(english).c_str());
}

}  // namespace cycle
