#include "config/yaml/config_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <regex>
#include <set>

#include "config/model/schedule.hpp"
#include "config/yaml/duties_reader.hpp"
#include "config/yaml/map_reader.hpp"
#include "config/yaml/relative_date.hpp"
#include "config/yaml/steps_reader.hpp"
#include "engine/money/decimal.hpp"
#include "engine/support/error.hpp"
#include "engine/support/mail_address.hpp"
#include "engine/support/quote.hpp"
#include "engine/support/spelling.hpp"
#include "engine/time/norwegian_holidays.hpp"

namespace cycle {

namespace {

bool has_form(const std::string& text, const char* form) {
    // By hand, not with std::regex: a form is digits and '-' in fixed places ("00-00").
    const std::string_view pattern(form);
    if (text.size() != pattern.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (pattern[i] == '0' ? text[i] < '0' || text[i] > '9' : text[i] != pattern[i])
            return false;
    }
    return true;
}

// A date YYYY-MM-DD at `key`, else "PATH: why" (a day that does not exist) or "expected a date
// (YYYY-MM-DD) for PATH, got X".
Date read_iso_date(const MapReader& map, const std::string& key) {
    const std::string text = map.text(key);
    const DateParse parsed = parse_iso_date(text);
    if (parsed.date) return *parsed.date;
    if (has_form(text, "0000-00-00"))
        map.fail(map.node()[key], map.path(key) + ": " + parsed.problem);
    map.fail(map.node()[key],
             "expected a date (YYYY-MM-DD) for " + map.path(key) + ", got " + quote(text));
}

Member read_member(const std::string& source, const YAML::Node& node, std::size_t index,
                   int format) {
    const MapReader member(
        source, node, "members[" + std::to_string(index) + "]",
        {"name", "group", "kind", "population", "weight", "count", "joined", "left"});
    member.require_format(format, 2, {"count", "joined", "left"});
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
    if (format < 2 && (!parsed || *parsed == 0 || *parsed > 100'000)) {
        member.fail(weight, "expected a positive weight up to 100 with at most 3 decimals for " +
                                member.path("weight") + ", got " + quote(weight.Scalar()));
    }
    // Format 2: a member may pay no rate (weight 0), e.g. one that pays only the base amount.
    if (!parsed || *parsed < 0 || *parsed > 100'000) {
        member.fail(weight, "expected a weight from 0 to 100 with at most 3 decimals for " +
                                member.path("weight") + ", got " + quote(weight.Scalar()));
    }
    result.weight_thousandths = *parsed;
    if (member.has("count")) {
        if (!result.is_group) {
            member.fail(member.node()["count"],
                        member.path("count") +
                            " is the number of members in a group: it goes with \"group\", "
                            "not \"name\"");
        }
        result.count = member.integer("count", 1, 100'000);
        result.count_given = true;
    }
    if (member.has("joined")) result.joined = read_iso_date(member, "joined");
    if (member.has("left")) {
        result.left = read_iso_date(member, "left");
        if (result.joined && *result.left <= *result.joined) {
            member.fail(member.node()["left"], member.path("left") + " (" + iso(*result.left) +
                                                   ") is not after " + member.path("joined") +
                                                   " (" + iso(*result.joined) + ")");
        }
    }
    return result;
}

// One day of closed-days: "12-24" (every year) or "2021-05-14" (once). Nothing when the text has
// neither form; a failure naming the day when it has a form but no such day exists.
struct ClosedDay {
    std::optional<MonthDay> every_year;
    std::optional<Date> date;
};

std::optional<ClosedDay> read_closed_day(const MapReader& top, const YAML::Node& at,
                                         const std::string& text) {
    if (has_form(text, "00-00")) {
        // As a day of 2000, a leap year: 02-29 is closed in the years that have it.
        if (const auto day = parse_iso_date("2000-" + text).date) {
            return ClosedDay{MonthDay{day->month(), day->day()}, std::nullopt};
        }
        top.fail(at, "closed-days: " + quote(text) + " is not a day of any year");
    }
    if (const auto day = parse_iso_date(text).date) return ClosedDay{std::nullopt, *day};
    if (has_form(text, "0000-00-00")) {
        // The form of a date, but no such day: say so rather than ask for the form.
        top.fail(at, "closed-days: " + parse_iso_date(text).problem);
    }
    return std::nullopt;
}

// closed-days: ["12-24", "2021-05-14"]: days closed every year, and single dates; in format 2
// also ranges of either, "12-27..01-02" every year (across the new year when the end comes
// first) and "2021-07-05..2021-07-30" once.
void read_closed_days(const MapReader& top, Organisation& org) {
    const YAML::Node list = top.required("closed-days");
    if (!list.IsSequence())
        top.fail(list, "expected a list of MM-DD or YYYY-MM-DD for closed-days");
    const bool ranges = org.format >= 2;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string text = list[i].IsScalar() ? list[i].Scalar() : "";
        const auto dots = text.find("..");
        const std::string from_text = text.substr(0, dots);
        const std::string to_text = dots == std::string::npos ? "" : text.substr(dots + 2);
        const auto day_form = [](const std::string& part) {
            return has_form(part, "00-00") || has_form(part, "0000-00-00");
        };
        if (!ranges && dots != std::string::npos && day_form(from_text) && day_form(to_text)) {
            top.fail(list[i], "closed-days: " + quote(text) +
                                  " is a range, a format-2 value: add \"format: 2\" at the "
                                  "top of the config (this config is format " +
                                  std::to_string(org.format) + ")");
        }
        if (ranges && dots != std::string::npos) {
            const auto from = read_closed_day(top, list[i], from_text);
            const auto to = read_closed_day(top, list[i], to_text);
            if (from && to && from->every_year && to->every_year) {
                org.closed_days.ranges_every_year.push_back(
                    MonthDayRange{*from->every_year, *to->every_year});
                continue;
            }
            if (from && to && from->date && to->date) {
                if (*to->date < *from->date) {
                    top.fail(list[i], "closed-days: " + quote(text) + " ends (" + to_text +
                                          ") before it starts (" + from_text + ")");
                }
                // A closure of more than a year would move deadlines years off their rules
                // (even before their windows): an office closes for weeks, not for years.
                if (days_between(*from->date, *to->date) >= 366) {
                    top.fail(list[i], "closed-days: " + quote(text) +
                                          " is longer than a year; a closed range is at most "
                                          "366 days");
                }
                org.closed_days.date_ranges.push_back(DateRange{*from->date, *to->date});
                continue;
            }
            top.fail(list[i],
                     "expected a range of days closed every year (MM-DD..MM-DD) or of dates "
                     "(YYYY-MM-DD..YYYY-MM-DD) in closed-days, got " +
                         quote(text));
        }
        if (const auto day = read_closed_day(top, list[i], text)) {
            if (day->every_year) org.closed_days.every_year.push_back(*day->every_year);
            if (day->date) org.closed_days.dates.push_back(*day->date);
            continue;
        }
        top.fail(list[i],
                 std::string(ranges ? "expected a day closed every year (MM-DD), a date "
                                      "(YYYY-MM-DD) or a range of either (MM-DD..MM-DD, "
                                      "YYYY-MM-DD..YYYY-MM-DD)"
                                    : "expected a day closed every year (MM-DD) or a date "
                                      "(YYYY-MM-DD)") +
                     " in closed-days, got " +
                     quote(list[i].IsScalar()
                               ? text
                               : "a " + std::string(list[i].IsMap() ? "mapping" : "list")));
    }
    // A deadline on a closed day moves to the next (or previous) working day; with every day
    // of the year closed there is none, and the search ran off the end of the calendar into
    // Boost's year 9999 (exit 4; a hand-made input, tests/fuzz). A day of a common year is a
    // working day in some years unless it is closed every year (on its own or in a range) or
    // a public holiday every year (one both in 2001 and in 2002, whose Easters differ): on a
    // Tuesday or Wednesday, no moving holiday falls on it. Ranges of dates close a day once,
    // and end by 2199, so a search always finds a working day after them.
    const std::vector<Holiday> holidays_2001 = norwegian_public_holidays(2001);
    const std::vector<Holiday> holidays_2002 = norwegian_public_holidays(2002);
    const auto holiday_every_year = [&](const Date& day) {
        const auto on = [](const std::vector<Holiday>& holidays, const Date& date) {
            return std::any_of(holidays.begin(), holidays.end(),
                               [&date](const Holiday& holiday) { return holiday.date == date; });
        };
        return on(holidays_2001, day) && on(holidays_2002, Date(2002, day.month(), day.day()));
    };
    const auto closed_every_year = [&org](const MonthDay& day) {
        return std::find(org.closed_days.every_year.begin(), org.closed_days.every_year.end(),
                         day) != org.closed_days.every_year.end() ||
               std::any_of(org.closed_days.ranges_every_year.begin(),
                           org.closed_days.ranges_every_year.end(),
                           [&day](const MonthDayRange& range) { return range.contains(day); });
    };
    for (Date day(2001, 1, 1); day.year() == 2001; day += boost::gregorian::days(1)) {
        if (!closed_every_year(MonthDay{day.month(), day.day()}) && !holiday_every_year(day)) {
            return;
        }
    }
    top.fail(list,
             "closed-days closes every day of the year that is not a public holiday, so no "
             "deadline could move to a working day");
}

// contingent: {population-as-of: 2020-01-01, rounding: half-up | half-even | down}; format 2
// adds base-amount (NOK each member pays before the rate) and counts on any day.
void read_contingent(const MapReader& top, Organisation& org) {
    const MapReader contingent(top.source(), top.required("contingent"), "contingent",
                               {"population-as-of", "rounding", "base-amount"});
    contingent.require_format(org.format, 2, {"base-amount"});
    if (contingent.has("population-as-of")) {
        const std::string text = contingent.text("population-as-of");
        const DateParse parsed = parse_iso_date(text);
        if (!parsed.date && has_form(text, "0000-00-00")) {
            // The form of a date, but no such day: say so rather than ask for the form.
            contingent.fail(contingent.node()["population-as-of"],
                            "contingent.population-as-of: " + parsed.problem);
        }
        org.population_as_of = parsed.date;
        if (org.format >= 2 && !org.population_as_of) {
            contingent.fail(
                contingent.node()["population-as-of"],
                "expected a date (YYYY-MM-DD) for contingent.population-as-of, got " + quote(text));
        }
        // Format 1: populations count as of 1 January of the year before the budget year.
        if (!org.population_as_of || org.population_as_of->month() != 1 ||
            org.population_as_of->day() != 1) {
            if (org.format < 2) {
                contingent.fail(contingent.node()["population-as-of"],
                                "expected 1 January of a year (YYYY-01-01) for "
                                "contingent.population-as-of, got " +
                                    quote(text));
            }
        }
    }
    if (contingent.has("rounding")) {
        const ContingentRounding roundings[] = {
            ContingentRounding::half_up, ContingentRounding::half_even, ContingentRounding::down};
        org.contingent_rounding =
            roundings[contingent.choice("rounding", {"half-up", "half-even", "down"})];
    }
    if (contingent.has("base-amount")) {
        // Whole NOK, at most 15 digits as amounts of budget documents; a row's base amount x
        // count is checked arithmetic (workflows/queries/contingent).
        org.contingent_base_nok = contingent.integer("base-amount", 0, 999'999'999'999'999);
    }
}

// A non-empty list of mail addresses at `key`: "expected a list of mail addresses for PATH",
// "expected a mail address (...) in PATH, got X".
std::vector<std::string> read_mail_addresses(const MapReader& mail, const std::string& key) {
    const YAML::Node list = mail.required(key);
    if (!list.IsSequence() || list.size() == 0) {
        mail.fail(list, "expected a list of mail addresses for " + mail.path(key));
    }
    std::vector<std::string> addresses;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string address = list[i].IsScalar() ? list[i].Scalar() : "";
        if (!is_mail_address(address)) {
            mail.fail(list[i],
                      "expected a mail address (name@example.org or "
                      "Name <name@example.org>) in " +
                          mail.path(key) + ", got " + quote(address));
        }
        addresses.push_back(address);
    }
    return addresses;
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
        settings.to = read_mail_addresses(mail, "to");
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

// A body's name: one text, its name in every language but English (format 1 and 2), or in
// format 2 a mapping {nb, nn, en} like a step's. The bokmål name stands in for nynorsk and the
// other way round, as for steps; English falls back to the id in words, as it always has.
Body read_body_name(const MapReader& body, int format, const std::string& id) {
    Body result{id, "", std::nullopt, std::nullopt, std::nullopt};
    const YAML::Node name = body.required("name");
    if (!name.IsMap()) {
        result.name = body.text("name");
        return result;
    }
    if (format < 2) {
        body.fail(name, body.path("name") +
                            " in several languages is format 2: add \"format: 2\" at the top of "
                            "the config (this config is format " +
                            std::to_string(format) + "), or give one name");
    }
    std::string nb;
    read_titles(body, "name", nb, result.name_nn, result.name_en);
    result.name = !nb.empty() ? nb : !result.name_nn.empty() ? result.name_nn : result.name_en;
    return result;
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
        const char* const languages[] = {"nb", "nn", "en"};
        org.language = languages[head.choice("language", {"nb", "nn", "en"})];
    }

    const MapReader bodies(source, top.required("bodies"), "bodies", {});
    std::vector<std::string> body_ids;
    for (auto it = bodies.node().begin(); it != bodies.node().end(); ++it) {
        const std::string id = it->first.Scalar();
        const MapReader body(source, it->second, "bodies." + id,
                             {"name", "notice-days", "notice-working-days", "mail"});
        if (!is_identifier(id)) {
            bodies.fail(it->first,
                        "expected an identifier (lower-case letters, digits and '-') "
                        "as body id, got " +
                            quote(id));
        }
        body.require_format(org.format, 2, {"notice-working-days", "mail"});
        org.bodies.push_back(read_body_name(body, org.format, id));
        if (body.has("notice-days")) {
            org.bodies.back().notice_days = static_cast<int>(body.integer("notice-days", 0, 366));
        }
        if (body.has("notice-working-days")) {
            if (body.has("notice-days")) {
                body.fail(
                    body.node()["notice-working-days"],
                    "bodies." + id + " has both notice-days and notice-working-days: give one");
            }
            org.bodies.back().notice_working_days =
                static_cast<int>(body.integer("notice-working-days", 0, 366));
        }
        if (body.has("mail")) {
            const MapReader mail(source, body.required("mail"), body.path("mail"), {"to", "cc"});
            BodyMail addresses;
            addresses.to = read_mail_addresses(mail, "to");
            if (mail.has("cc")) addresses.cc = read_mail_addresses(mail, "cc");
            org.bodies.back().mail = addresses;
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
                                 {"body", "every-years", "name"});
        strategy.require_format(org.format, 2, {"name"});
        org.strategy_body = strategy.body_reference("body", body_ids);
        if (strategy.has("name")) {
            read_titles(strategy, "name", org.strategy_name_nb, org.strategy_name_nn,
                        org.strategy_name_en);
        }
        org.strategy_every_years = static_cast<int>(strategy.integer("every-years", 1, 20));
    }

    if (top.has("duties")) org.duties = read_duties(top, body_ids, org);
    if (top.has("contingent")) read_contingent(top, org);

    const YAML::Node members = top.required("members");
    if (!members.IsSequence()) top.fail(members, "expected a list for members");
    for (std::size_t i = 0; i < members.size(); ++i) {
        org.members.push_back(read_member(source, members[i], i, org.format));
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
