// `cycle remind [--within DAYS] [--format text|json|mail] [--new] [--lang nb|nn|en]`: open
// deadlines due within DAYS and everything overdue, the text and mail in bokmål, nynorsk or
// English (JSON in English). Exit 1 when something is overdue (for cron and monitoring),
// else 0. With --new, only what no earlier --new run showed, and it is remembered as shown
// once the output is written; the case log is not touched.
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "cli/commands/commands.hpp"
#include "cli/presentation/bodies_json.hpp"
#include "cli/presentation/catalog.hpp"
#include "cli/presentation/mail_message.hpp"
#include "cli/presentation/reminder_text.hpp"
#include "cli/presentation/table.hpp"
#include "cli/presentation/wording.hpp"
#include "engine/support/error.hpp"
#include "engine/support/mail_address.hpp"
#include "engine/support/quote.hpp"
#include "storage/reminder_log.hpp"
#include "workflows/queries/reminders.hpp"

namespace cycle {

namespace {

struct RemindOptions {
    std::optional<int> within;
    std::string format = "text";
    bool only_new = false;
    std::vector<std::string> to;
    std::string from;
    std::optional<std::string> lang;  // --lang; unset: the config's language
};

// The text and mail forms, in the language the list was worded in: English as the golden
// tests have always shown it, a worded language with the message catalog's words
// (cli/presentation/wording).
class RemindText {
  public:
    RemindText(const Organisation& org, Language language) : org_(org), language_(language) {}

    // "1 overdue, 2 due within 30 days" / "nothing due within 30 days, nothing overdue".
    std::string summary(const ReminderList& list) const {
        const Language language = language_;
        const long overdue = list.overdue_count();
        const long due = static_cast<long>(list.items.size()) - overdue;
        // A lead time longer than --within lists a deadline further off: the summary says so.
        long furthest = list.within_days;
        for (const Reminder& item : list.items) {
            if (!item.overdue()) furthest = std::max(furthest, item.days);
        }
        const std::string within = days_text(language, furthest);
        if (list.items.empty()) {
            // TRANSLATORS: {1} a number of days: "nothing due within 30 days, nothing overdue".
            return trf(language, "nothing due within {1}, nothing overdue", within);
        }
        // TRANSLATORS: {1} how many deadlines have passed, {2} how many fall due within {3}
        // days: "1 overdue, 2 due within 30 days".
        return trf(language, "{1} overdue, {2} due within {3}", overdue, due, within);
    }

    // `body`: the body a message of its own is for (bodies.X.mail), named after the date.
    std::string report(const ReminderList& list, bool only_new,
                       const std::string& body = "") const {
        const Language language = language_;
        const std::string today =
            worded(language) ? long_date_in(language, list.today) : iso(list.today);
        std::ostringstream out;
        out << list.organisation_name << " (" << list.organisation_id << ") - "
            << (body.empty()
                    // TRANSLATORS: {1} a date: "reminders on 2021-11-10".
                    ? trf(language, "reminders on {1}", today)
                    // TRANSLATORS: {1} a date, {2} the body the reminders are for.
                    : trf(language, "reminders on {1} for {2}", today, body_label(language, body)))
            << ": "
            // TRANSLATORS: {1} the summary of only the reminders no earlier `remind --new` showed:
            // "new: 1 overdue, 2 due within 30 days".
            << (only_new ? trf(language, "new: {1}", summary(list)) : summary(list)) << "\n";
        if (list.items.empty()) return out.str();
        std::vector<Row> rows = {{trc(language, "column", "deadline"),
                                  trc(language, "column", "year"), trc(language, "column", "item"),
                                  trc(language, "column", "body"), trc(language, "column", "state"),
                                  trc(language, "column", "reminder")}};
        std::vector<ReminderText> texts;
        for (const Reminder& item : list.items) {
            const ReminderText& text =
                texts.emplace_back(reminder_text(language, org_, item, list.within_days));
            rows.push_back(
                {date_text(language, item.dates.deadline) + (item.dates.provisional ? "*" : ""),
                 item.budget_year ? std::to_string(*item.budget_year) : "", text.title,
                 route_text(language, org_, item.body, item.to), state_text(language, item),
                 text.trigger});
        }
        out << "\n";
        print_table(out, rows, "  ");
        bool any_note = false;
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            const Reminder& item = list.items[i];
            const ReminderText& text = texts[i];
            std::string note = text.detail;
            if (text.deadline_note) note += (note.empty() ? "" : "; ") + *text.deadline_note;
            if (item.dates.provisional) {
                note += (note.empty() ? "" : "; ") + provisional_note(language);
            }
            if (note.empty()) continue;
            if (!any_note) out << "\n";
            any_note = true;
            out << "  " << (item.budget_year ? std::to_string(*item.budget_year) + " " : "")
                << text.title << " (" << text.deadline_rule << "): " << note << "\n";
        }
        return out.str();
    }

    std::string mail_subject(const ReminderList& list, bool only_new,
                             const std::string& body = "") const {
        return "[cycle] " + list.organisation_name +
               (body.empty() ? "" : ", " + body_label(language_, body)) + ": " +
               // TRANSLATORS: a mail's subject: {1} "1 overdue, 2 due within 30 days".
               (only_new ? trf(language_, "new reminders: {1}", summary(list)) : summary(list));
    }

    // The body's id in English, its name in a worded language: as the tables show it.
    std::string body_label(Language language, const std::string& body) const {
        return route_text(language, org_, body, std::nullopt);
    }

  private:
    static std::string state_text(Language language, const Reminder& item) {
        if (item.overdue()) return overdue_text(language, item.days);
        if (item.kind == Reminder::Kind::meeting) {
            // TRANSLATORS: a meeting's state: held today, or in {1} days.
            if (item.days == 0) return tr(language, "today");
            return trf(language, "in {1}", days_text(language, item.days));
        }
        return due_text(language, item.days);
    }

    const Organisation& org_;
    Language language_;
};

// `overdue_total`: every overdue deadline, whether or not --new left it out.
nlohmann::json json_report(const Organisation& org, const ReminderList& list, bool only_new,
                           long overdue_total) {
    nlohmann::json items = nlohmann::json::array();
    for (const Reminder& item : list.items) {
        const ReminderText text = reminder_text(Language::en, org, item, list.within_days);
        items.push_back(
            {{"deadline", iso(item.dates.deadline)},
             {"deadline_rule", text.deadline_rule},
             {"deadline_unshifted", iso(item.dates.unshifted_deadline)},
             {"deadline_note",
              text.deadline_note ? nlohmann::json(*text.deadline_note) : nlohmann::json()},
             {"deadline_provisional", item.dates.provisional},
             {"budget_year",
              item.budget_year ? nlohmann::json(*item.budget_year) : nlohmann::json()},
             {"kind", item.kind_name()},
             {"step", item.step ? nlohmann::json(step_name(*item.step)) : nlohmann::json()},
             {"item", item.subject},
             {"detail", text.detail},
             {"body", item.body},
             {"to", bodies_json(item.to)},
             {"overdue", item.overdue()},
             {"days", item.days},
             {"threshold", item.threshold()},
             {"reminder", text.trigger}});
    }
    return {{"format", "cycle-remind/1"},  // bumped only when a field changes meaning or goes
            {"organisation", {{"id", list.organisation_id}, {"name", list.organisation_name}}},
            {"today", iso(list.today)},
            {"within_days", list.within_days},
            {"only_new", only_new},
            {"overdue", overdue_total},
            {"reminders", items}};
}

// The mail's sender and recipients: --from and --to, else the config's. Checked before any
// work, so that a cron job without addresses fails from its first day, not its first mail.
MailMessage addressed_mail(const RemindOptions& options, const Organisation& org) {
    MailMessage message;
    message.from = !options.from.empty() ? options.from : org.mail ? org.mail->from : "";
    message.to = !options.to.empty() ? options.to
                 : org.mail          ? org.mail->to
                                     : std::vector<std::string>{};
    if (message.from.empty() || message.to.empty()) {
        throw_bad_input(std::string("--format mail needs a sender and recipients: give ") +
                        (message.from.empty() ? "--from ADDRESS" : "") +
                        (message.from.empty() && message.to.empty() ? " and " : "") +
                        (message.to.empty() ? "--to ADDRESS" : "") +
                        ", or set reminders.mail in the config");
    }
    return message;
}

std::string mail_report(const ReminderList& list, bool only_new, const RemindText& text,
                        MailMessage message, const GlobalOptions& globals, const Clock& clock) {
    message.subject = text.mail_subject(list, only_new);
    message.sent_utc = moment_of_run(globals, clock);
    message.body = text.report(list, only_new);
    return render_mail(message);
}

// With bodies' own mail (bodies.X.mail, format 2), one message a body that has items, in the
// config's order of bodies: To the body's addresses, Cc its cc and the coordinator
// (`coordinator.to`: reminders.mail.to); then one to the coordinator with the items of bodies
// without mail, if any (or, when nothing at all is listed, the "nothing due" report). As an
// mbox (render_mbox), even when it holds one message, so that a reader need not guess.
std::string body_mail_report(const ReminderList& list, bool only_new, const RemindText& text,
                             const Organisation& org, const MailMessage& coordinator,
                             const GlobalOptions& globals, const Clock& clock) {
    std::vector<MailMessage> messages;
    std::vector<bool> sent(list.items.size(), false);
    const auto moment = moment_of_run(globals, clock);
    for (const Body& body : org.bodies) {
        if (!body.mail) continue;
        ReminderList part = list;
        part.items.clear();
        for (std::size_t i = 0; i < list.items.size(); ++i) {
            if (list.items[i].body != body.id) continue;
            part.items.push_back(list.items[i]);
            sent[i] = true;
        }
        if (part.items.empty()) continue;
        MailMessage message;
        message.from = coordinator.from;
        message.to = body.mail->to;
        // Copies to the body's cc, then the coordinator, each address once in the message.
        for (const auto* copies : {&body.mail->cc, &coordinator.to}) {
            for (const std::string& address : *copies) {
                if (std::find(message.to.begin(), message.to.end(), address) == message.to.end() &&
                    std::find(message.cc.begin(), message.cc.end(), address) == message.cc.end()) {
                    message.cc.push_back(address);
                }
            }
        }
        message.subject = text.mail_subject(part, only_new, body.id);
        message.sent_utc = moment;
        message.body = text.report(part, only_new, body.id);
        messages.push_back(std::move(message));
    }
    ReminderList rest = list;
    rest.items.clear();
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        if (!sent[i]) rest.items.push_back(list.items[i]);
    }
    if (!rest.items.empty() || messages.empty()) {
        MailMessage message = coordinator;
        message.subject = text.mail_subject(rest, only_new);
        message.sent_utc = moment;
        message.body = text.report(rest, only_new);
        messages.push_back(std::move(message));
    }
    return render_mbox(messages);
}

void check_addresses(const RemindOptions& options) {
    const std::string form = " (name@example.org or \"Name <name@example.org>\")";
    if (!options.from.empty() && !is_mail_address(options.from)) {
        throw_bad_input("--from: expected a mail address" + form + ", got " + quote(options.from));
    }
    for (const std::string& address : options.to) {
        if (!is_mail_address(address)) {
            throw_bad_input("--to: expected a mail address" + form + ", got " + quote(address));
        }
    }
}

// Keeps the reminders no earlier --new run showed, and remembers them as shown.
void keep_new(ReminderList& list, ReminderLog& shown) {
    std::vector<Reminder> fresh;
    for (Reminder& item : list.items) {
        const std::string key = item.key();
        const int year = item.budget_year.value_or(0);
        if (shown.was_shown(list.organisation_id, year, key, item.dates.deadline,
                            item.threshold())) {
            continue;
        }
        shown.mark_shown(list.organisation_id, year, key, item.dates.deadline, item.threshold(),
                         list.today);
        fresh.push_back(std::move(item));
    }
    list.items = std::move(fresh);
}

void run_remind(CommandRun& run, const RemindOptions& options) {
    check_addresses(options);
    const std::optional<Language> asked = lang_option(options.lang);  // before the file opens
    const auto clock = make_clock(run.globals);
    const Date today = clock->today();
    Database db(run.globals.db, options.only_new ? OpenMode::read_write : OpenMode::read_only);
    // --new reads what was shown and marks the new under one write lock, so that two jobs
    // running at once never both show a reminder.
    std::optional<SQLite::Transaction> transaction;
    if (options.only_new) {
        transaction.emplace(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        db.upgrade_schema();  // a version 1 file gets its reminder_shown table
    }
    CaseLog log(db.sql());
    const std::string org_id = choose_organisation(log, run.globals);
    OrganisationState state = replay(log.workflow_events(org_id), today);
    const Organisation& org = state.organisation_on(today);
    // JSON is in English whatever --lang says: scripts read it.
    const Language language = options.format == "json" ? Language::en : language_for(asked, org);
    std::optional<MailMessage> mail;
    if (options.format == "mail") mail = addressed_mail(options, org);
    const int within = options.within.value_or(org.remind_within_days);
    ReminderList list = compute_reminders(state, today, within);
    // The exit code tells monitoring whether anything is overdue, shown before or not.
    const long overdue = list.overdue_count();
    if (options.only_new) {
        ReminderLog shown(db.sql());
        keep_new(list, shown);
    }
    std::string output;
    if (options.format == "json") {
        output = json_report(org, list, options.only_new, overdue).dump(2) + "\n";
    } else if (!options.only_new || !list.items.empty()) {
        // --new with nothing new prints nothing, so that cron sends no mail.
        // --to replaces every recipient the config names, the bodies' too: one message.
        if (options.format == "mail" && options.to.empty() && org.any_body_mail()) {
            output = body_mail_report(list, options.only_new, RemindText(org, language), org, *mail,
                                      run.globals, *clock);
        } else if (options.format == "mail") {
            output = mail_report(list, options.only_new, RemindText(org, language), *mail,
                                 run.globals, *clock);
        } else {
            output = RemindText(org, language).report(list, options.only_new);
        }
    }
    std::cout << output << std::flush;
    if (!std::cout) throw_storage("remind: could not write the reminders; nothing marked as shown");
    if (transaction) db.commit(*transaction);
    run.exit_code = static_cast<int>(overdue > 0 ? ExitCode::check_failed : ExitCode::ok);
}

}  // namespace

void add_remind_command(CLI::App& app, CommandRun& run) {
    auto* command = app.add_subcommand(
        "remind",
        "Open deadlines due within DAYS and everything overdue, by date; exit 1 if anything is "
        "overdue");
    auto options = std::make_shared<RemindOptions>();
    command
        ->add_option("--within", options->within,
                     "Days ahead to look (default: reminders.within-days in the config, 30)")
        ->check(CLI::Range(0, 3660));
    command
        ->add_option("--format", options->format,
                     "text, json (in English), or mail (an RFC 5322 message for sendmail -t)")
        ->check(CLI::IsMember({"text", "json", "mail"}));
    command->add_flag("--new", options->only_new,
                      "Only reminders no earlier --new run showed; remembers them (not in the "
                      "case log)");
    command->add_option("--to", options->to, "Mail recipient (repeatable; default from config)");
    command->add_option("--from", options->from, "Mail sender (default from config)");
    command->add_option("--lang", options->lang, lang_option_help);
    command->callback([&run, options] { run_remind(run, *options); });
}

}  // namespace cycle
