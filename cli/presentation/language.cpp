#include "cli/presentation/language.hpp"

#include <cstdio>
#include <stdexcept>

#include "cli/presentation/catalog.hpp"
#include "config/model/format1_names.hpp"

namespace cycle {

namespace {

// Month 1-12, January first.
constexpr const char* months[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"),   NC_("month", "May"),      NC_("month", "June"),
    NC_("month", "July"),    NC_("month", "August"),   NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

}  // namespace

std::optional<Language> parse_language(std::string_view code) {
    if (code == "nb") return Language::nb;
    if (code == "nn") return Language::nn;
    if (code == "en") return Language::en;
    return std::nullopt;
}

std::string_view language_code(Language language) {
    // In the enum's order.
    static constexpr std::string_view codes[] = {"nb", "nn", "en", "qps"};
    return codes[static_cast<int>(language)];
}

std::string month_name(Language language, int month) {
    if (month < 1 || month > 12) {
        throw std::out_of_range("month_name: no month " + std::to_string(month));
    }
    return trc(language, "month", months[month - 1]);
}

std::string long_date_in(Language language, const Date& date) {
    // TRANSLATORS: a date written out: {1} the day of the month, {2} the month's name, {3} the
    // year: "5 February 2021".
    return trcf(language, "long date", "{1} {2} {3}", static_cast<int>(date.day()),
                month_name(language, date.month()), static_cast<int>(date.year()));
}

std::string day_month_in(Language language, const MonthDay& day) {
    // TRANSLATORS: a day of every year: {1} the day of the month, {2} the month's name, {3}
    // the month's number: "31 March" (in bokmål "31.3.").
    return trcf(language, "day of the year", "{1} {2}", day.day, month_name(language, day.month),
                day.month);
}

std::string short_date_in(Language language, const Date& date) {
    char text[32];  // room for any int the compiler cannot rule out
    if (worded(language)) {
        std::snprintf(text, sizeof text, "%02d.%02d.%04d", static_cast<int>(date.day()),
                      static_cast<int>(date.month()), static_cast<int>(date.year()));
        return text;
    }
    // English abbreviates a month to its first three letters: "05 Feb 2021".
    std::snprintf(text, sizeof text, "%02d %.3s %04d", static_cast<int>(date.day()),
                  month_name(language, date.month()).c_str(), static_cast<int>(date.year()));
    return text;
}

namespace {

// Of a name the config may give in each language, the one to print: the language asked for,
// else the nearest it gives (bokmål and nynorsk stand in for each other before English does);
// the pseudo-locale qps has bokmål's. Empty when the config gives none.
std::string config_name(Language language, const std::string& nb, const std::string& nn,
                        const std::string& en) {
    const std::string* order[] = {&nb, &nn, &en};
    if (language == Language::en) {
        order[0] = &en;
        order[1] = &nb;
        order[2] = &nn;
    } else if (language == Language::nn) {
        order[0] = &nn;
        order[1] = &nb;
    }
    for (const std::string* name : order) {
        if (!name->empty()) return *name;
    }
    return "";
}

}  // namespace

std::string format1_step_title(Language language, std::string_view step_id) {
    const StepNames* names = format1_step_names(step_id);
    if (names == nullptr) return "";
    return config_name(language, std::string(names->nb), std::string(names->nn),
                       std::string(names->en));
}

std::string strategy_title(Language language, const Organisation& org) {
    // English only its own: without one, status words the guidelines itself.
    if (language == Language::en) return org.strategy_name_en;
    return config_name(language, org.strategy_name_nb, org.strategy_name_nn, "");
}

std::string period_title(Language language, const Step& step) {
    return period_title(language, step.every, step.occurrence);
}

std::string period_title(Language language, Recurrence every, int period) {
    switch (every) {
        case Recurrence::none:
            break;
        case Recurrence::tertial:
            // TRANSLATORS: a tertial of the year (1-3), after a step's name: "Tertialrapport T1".
            return trcf(language, "period", "T{1}", period);
        case Recurrence::quarter:
            // TRANSLATORS: a quarter of the year (1-4): "Kvartalsrapport K3".
            return trcf(language, "period", "Q{1}", period);
        case Recurrence::month: {
            // TRANSLATORS: a month's number, two digits: "Månedsrapport M05".
            const std::string number = (period < 10 ? "0" : "") + std::to_string(period);
            return trcf(language, "period", "M{1}", number);
        }
    }
    return "";
}

std::string step_title(Language language, const Organisation& org, const Step& step) {
    std::string title;
    if (const StepRule* rule = org.find_step(step.id)) {
        title = config_name(language, rule->name_nb, rule->name_nn, rule->name_en);
    } else if (step.id == strategy_adopted && !strategy_title(language, org).empty()) {
        // TRANSLATORS: the step that adopts a strategy the config names ({1}, "Planstrategi").
        title = trf(language, "{1} adopted", strategy_title(language, org));
    } else {
        title = format1_step_title(language, step.id);  // strategy-adopted
    }
    if (title.empty()) return step.name();
    if (step.every != Recurrence::none) title += " " + period_title(language, step);
    return title;
}

std::string body_title(Language language, const Organisation& org, const std::string& body_id) {
    if (const Body* body = org.find_body(body_id)) {
        // `name` is the config's one name, or its bokmål (else nynorsk, else English) one.
        const std::string& named = config_name(language, body->name, body->name_nn, body->name_en);
        if (worded(language) || !body->name_en.empty()) return named;
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

std::string phase_title(Language language, const std::string& phase) {
    for (const char* each : {N_("preparation"), N_("execution"), N_("accounts"), N_("closed")}) {
        if (phase == each) return tr(language, each);
    }
    return phase;
}

}  // namespace cycle
