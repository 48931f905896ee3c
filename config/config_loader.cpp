#include "config/config_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <regex>
#include <set>

#include "config/duties_reader.hpp"
#include "config/map_reader.hpp"
#include "config/relative_date.hpp"
#include "config/steps_reader.hpp"
#include "engine/decimal.hpp"
#include "engine/error.hpp"
#include "engine/mail_message.hpp"
#include "engine/norwegian_holidays.hpp"
#include "engine/quote.hpp"
#include "engine/schedule.hpp"
#include "engine/spelling.hpp"

namespace cycle {

namespace {

Member read_member(const std::string& source, const YAML::Node& node, std::size_t index) {
    const MapReader member(source, node, "members[" + std::to_string(index) + "]",
                           {"name", "group", "kind", "population", "weight"});
    Member result;
    if (member.has("name") == member.has("group")) {
        member.fail(node,
                    "members[" + std::to_string(index) +
                        "] needs exactly one of \"name\" (one member) or \"group\" (several)");
    }
    result.is_group = member.has("group");
    result.name = member.text(result.is_group ? "group" : "name");
    result.kind = member.identifier("kind");
    result.population = member.integer("population", 0, 100'000'000);
    const YAML::Node weight = member.required("weight");
    const auto parsed = weight.IsScalar() ? parse_decimal(weight.Scalar(), 3) : std::nullopt;
    if (!parsed || *parsed == 0 || *parsed > 100'000) {
        member.fail(weight, "expected a positive weight up to 100 with at most 3 decimals for " +
                                member.path("weight") + ", got " + quote(weight.Scalar()));
    }
    result.weight_thousandths = *parsed;
    return result;
}

// closed-days: ["12-24", "2021-05-14"]: days closed every year, and single dates.
void read_closed_days(const MapReader& top, Organisation& org) {
    const YAML::Node list = top.required("closed-days");
    if (!list.IsSequence())
        top.fail(list, "expected a list of MM-DD or YYYY-MM-DD for closed-days");
    static const std::regex month_day("([0-9]{2})-([0-9]{2})");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string text = list[i].IsScalar() ? list[i].Scalar() : "";
        std::smatch match;
        if (std::regex_match(text, match, month_day)) {
            // As a day of 2000, a leap year: 02-29 is closed in the years that have it.
            const auto day = parse_iso_date("2000-" + text).date;
            if (day) {
                org.closed_every_year.push_back(MonthDay{day->month(), day->day()});
                continue;
            }
            top.fail(list[i], "closed-days: " + quote(text) + " is not a day of any year");
        } else if (const auto day = parse_iso_date(text).date) {
            org.closed_dates.push_back(*day);
            continue;
        } else if (std::regex_match(text, std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}"))) {
            // The form of a date, but no such day: say so rather than ask for the form.
            top.fail(list[i], "closed-days: " + parse_iso_date(text).problem);
        }
        top.fail(list[i],
                 "expected a day closed every year (MM-DD) or a date (YYYY-MM-DD) in "
                 "closed-days, got " +
                     quote(list[i].IsScalar()
                               ? text
                               : "a " + std::string(list[i].IsMap() ? "mapping" : "list")));
    }
    // A deadline on a closed day moves to the next (or previous) working day; with every day
    // of the year closed there is none, and the search ran off the end of the calendar into
    // Boost's year 9999 (exit 4; a hand-made input, tests/fuzz). A day of a common year is a
    // working day in some years unless it is closed every year or a public holiday every year
    // (one both in 2001 and in 2002, whose Easters differ): on a Tuesday or Wednesday, no
    // moving holiday falls on it.
    const std::vector<Holiday> holidays_2001 = norwegian_public_holidays(2001);
    const std::vector<Holiday> holidays_2002 = norwegian_public_holidays(2002);
    const auto holiday_every_year = [&](const Date& day) {
        const auto on = [](const std::vector<Holiday>& holidays, const Date& date) {
            return std::any_of(holidays.begin(), holidays.end(),
                               [&date](const Holiday& holiday) { return holiday.date == date; });
        };
        return on(holidays_2001, day) && on(holidays_2002, Date(2002, day.month(), day.day()));
    };
    for (Date day(2001, 1, 1); day.year() == 2001; day += boost::gregorian::days(1)) {
        const MonthDay every_year{day.month(), day.day()};
        if (std::find(org.closed_every_year.begin(), org.closed_every_year.end(), every_year) ==
                org.closed_every_year.end() &&
            !holiday_every_year(day)) {
            return;
        }
    }
    top.fail(list,
             "closed-days closes every day of the year that is not a public holiday, so no "
             "deadline could move to a working day");
}

// contingent: {population-as-of: 2020-01-01, rounding: half-up | half-even | down}.
void read_contingent(const MapReader& top, Organisation& org) {
    const MapReader contingent(top.source(), top.required("contingent"), "contingent",
                               {"population-as-of", "rounding"});
    if (contingent.has("population-as-of")) {
        const std::string text = contingent.text("population-as-of");
        const DateParse parsed = parse_iso_date(text);
        if (!parsed.date && std::regex_match(text, std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}"))) {
            // The form of a date, but no such day: say so rather than ask for the form.
            contingent.fail(contingent.node()["population-as-of"],
                            "contingent.population-as-of: " + parsed.problem);
        }
        org.population_as_of = parsed.date;
        // Populations count as of 1 January of the year before the budget year.
        if (!org.population_as_of || org.population_as_of->month() != 1 ||
            org.population_as_of->day() != 1) {
            contingent.fail(
                contingent.node()["population-as-of"],
                "expected 1 January of a year (YYYY-01-01) for contingent.population-as-of, got " +
                    quote(text));
        }
    }
    if (contingent.has("rounding")) {
        const ContingentRounding roundings[] = {
            ContingentRounding::half_up, ContingentRounding::half_even, ContingentRounding::down};
        org.contingent_rounding =
            roundings[contingent.choice("rounding", {"half-up", "half-even", "down"})];
    }
}

// reminders: the lead times and overdue interval for every step (a step may override them),
// how far ahead `cycle remind` looks, and where its mail goes.
void read_reminders(const MapReader& top, Organisation& org) {
    const MapReader reminders(top.source(), top.required("reminders"), "reminders",
                              {"lead-days", "overdue-every-days", "within-days", "mail"});
    org.reminders = read_reminder_policy(reminders, org.reminders);
    if (reminders.has("within-days")) {
        org.remind_within_days = static_cast<int>(reminders.integer("within-days", 0, 3660));
    }
    if (reminders.has("mail")) {
        const MapReader mail(top.source(), reminders.required("mail"), "reminders.mail",
                             {"from", "to"});
        MailSettings settings;
        settings.from = mail.text("from");
        if (!is_mail_address(settings.from)) {
            mail.fail(mail.node()["from"],
                      "expected a mail address (name@example.org or "
                      "Name <name@example.org>) for reminders.mail.from, got " +
                          quote(settings.from));
        }
        const YAML::Node to = mail.required("to");
        if (!to.IsSequence() || to.size() == 0) {
            mail.fail(to, "expected a list of mail addresses for reminders.mail.to");
        }
        for (std::size_t i = 0; i < to.size(); ++i) {
            const std::string address = to[i].IsScalar() ? to[i].Scalar() : "";
            if (!is_mail_address(address)) {
                mail.fail(to[i],
                          "expected a mail address (name@example.org or "
                          "Name <name@example.org>) in reminders.mail.to, got " +
                              quote(address));
            }
            settings.to.push_back(address);
        }
        org.mail = settings;
    }
}

// `format: 2`; absent, 1 (every config written before formats existed). A later format is
// refused rather than read by rules its author did not write for.
int read_format(const MapReader& top) {
    if (!top.has("format")) return 1;
    const YAML::Node value = top.required("format");
    const std::string text = value.IsScalar() ? value.Scalar() : "";
    if (text == "1" || text == "2") return text[0] - '0';
    // A later format than this cycle knows asks for a newer cycle; 0, or a number written
    // with a leading zero, is no format at all.
    if (!text.empty() && text.size() < 10 && text[0] != '0' &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        top.fail(value, "this config is format " + text + "; this cycle reads formats " +
                            std::to_string(1) + " and " + std::to_string(max_config_format) +
                            ": install a newer cycle");
    }
    top.fail(value,
             "expected 1 or 2 for format, got " +
                 quote(value.IsScalar() ? text
                                        : "a " + std::string(value.IsMap() ? "mapping" : "list")));
}

Organisation read_organisation(const std::string& source, const YAML::Node& root) {
    if (!root || root.IsNull()) {
        MapReader::fail_at(source, YAML::Mark(),
                           "empty config; expected a mapping with keys "
                           "organisation, bodies, steps, strategy, members");
    }
    const MapReader top(source, root, "the config",
                        {"format", "organisation", "bodies", "closed-days", "reminders", "steps",
                         "strategy", "members", "duties", "contingent"});
    Organisation org;
    org.format = read_format(top);

    const MapReader head(source, top.required("organisation"), "organisation",
                         {"id", "name", "first-tracked-year", "language"});
    org.id = head.identifier("id");
    org.name = head.text("name");
    org.first_tracked_year = static_cast<int>(head.integer("first-tracked-year", 1900, 2199));
    if (head.has("language")) {
        const char* const languages[] = {"nb", "en"};
        org.language = languages[head.choice("language", {"nb", "en"})];
    }

    const MapReader bodies(source, top.required("bodies"), "bodies", {});
    std::vector<std::string> body_ids;
    for (auto it = bodies.node().begin(); it != bodies.node().end(); ++it) {
        const std::string id = it->first.Scalar();
        const MapReader body(source, it->second, "bodies." + id, {"name", "notice-days"});
        if (!is_identifier(id)) {
            bodies.fail(it->first,
                        "expected an identifier (lower-case letters, digits and '-') "
                        "as body id, got " +
                            quote(id));
        }
        org.bodies.push_back(Body{id, body.text("name"), std::nullopt});
        if (body.has("notice-days")) {
            org.bodies.back().notice_days = static_cast<int>(body.integer("notice-days", 0, 366));
        }
        body_ids.push_back(id);
    }
    if (body_ids.empty()) bodies.fail(bodies.node(), "expected at least one body in bodies");

    if (top.has("closed-days")) read_closed_days(top, org);
    if (top.has("reminders")) read_reminders(top, org);

    read_steps(top, body_ids, org);

    // Format 1 has one strategy cycle; in format 2 a council may have none.
    if (org.format >= 2 && !top.has("strategy")) {
        org.strategy_body.clear();
    } else {
        const MapReader strategy(source, top.required("strategy"), "strategy",
                                 {"body", "every-years"});
        org.strategy_body = strategy.body_reference("body", body_ids);
        org.strategy_every_years = static_cast<int>(strategy.integer("every-years", 1, 20));
    }

    if (top.has("duties")) org.duties = read_duties(top, body_ids, org);
    if (top.has("contingent")) read_contingent(top, org);

    const YAML::Node members = top.required("members");
    if (!members.IsSequence()) top.fail(members, "expected a list for members");
    for (std::size_t i = 0; i < members.size(); ++i) {
        org.members.push_back(read_member(source, members[i], i));
    }
    return org;
}

}  // namespace

Organisation load_config_text(const std::string& text, const std::string& source) {
    return read_organisation(source, MapReader::load(text, source));
}

std::string read_config_bytes(const std::string& path) {
    return MapReader::read_file(path, "--config");
}

Organisation load_config_file(const std::string& path) {
    return load_config_text(read_config_bytes(path), path);
}

}  // namespace cycle
