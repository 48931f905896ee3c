// How `status`, `remind` and the pages word the engine's facts in a language.
//
// English is the wording of the JSON formats and of what `remind --new` remembers, so in en
// each function returns exactly the engine's own text (ISO 8601 dates, step and body ids).
// Every worded language (language.hpp's worded()) is for people: the message catalog's words,
// the bodies' names from the config, and dates as "05.02.2021" or "mandag 1. juli 2024". Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/presentation/language.hpp"
#include "config/model/schedule.hpp"
#include "workflows/queries/duty_status.hpp"
#include "workflows/queries/status.hpp"
#include "workflows/registers/meetings.hpp"

namespace cycle {

// "2021-02-05" / "05.02.2021".
std::string date_text(Language language, const Date& day);
// "2020-04-01..2020-06-30" / "01.04.2020–30.06.2020".
std::string period_text(Language language, const Date& from, const std::optional<Date>& to);
// "Mon 1 Jul 2024" / "mandag 1. juli 2024".
std::string weekday_date_text(Language language, const Date& day);
// "1 day", "3 days" / "1 dag", "3 dager".
std::string days_text(Language language, long days);
// "1 working day", "10 working days" / "1 arbeidsdag", "10 arbeidsdager".
std::string working_days_text(Language language, long days);
// How long before a meeting its notice goes out: "14 days", "10 working days"; English keeps
// the engine's own text (notice_period_text, "1 days" too), as the JSON has it.
std::string notice_period_words(Language language, const NoticePeriod& period);

// "due in 3 days", "due today" / "frist om 3 dager", "frist i dag".
std::string due_text(Language language, long days_left);
// "overdue by 1 day" / "forsinket med 1 dag".
std::string overdue_text(Language language, long days_late);
// The note under a table for a deadline marked "*".
std::string provisional_note(Language language);

// A step: "budget-adopted", "tertial-report T1" / its title, "Budsjett vedtatt".
std::string step_text(Language language, const Organisation& org, const Step& step);
// A step's state in a word or two, as the wheel and the status page show it: "done 05 Feb
// 2021", "upcoming", "due", "overdue", "passed over", "optional, not taken".
std::string step_state_word(Language language, const StepStatus& status);
// A body, or who reports to whom: "secretariat -> board" / "Sekretariatet → Styret".
std::string route_text(Language language, const Organisation& org, const std::string& body,
                       const std::optional<std::string>& to);
std::string route_text(Language language, const Organisation& org, const std::string& body,
                       const std::vector<std::string>& to);
// "board meeting 2021-02-05" / "møte i Styret 05.02.2021".
std::string meeting_text(Language language, const Organisation& org, const std::string& body,
                         const Date& day);

// "planned for board meeting 2021-02-05" / "planlagt til møte i Styret 05.02.2021".
std::string planned_for_text(Language language, const Organisation& org, const std::string& body,
                             const Date& day);

// "end of window", "6 months after Y-12-31", "at least 14 days before budget-adopted" /
// "slutten av vinduet", "6 måneder etter Y-12-31", "minst 14 dager før budsjettvedtaket"
// (worded phrase by phrase from the catalog, as DeadlineRule::text words English).
std::string rule_text(Language language, const Organisation& org, const DeadlineRule& rule);
// Why a deadline is not the day its rule counts (see shift_note): "30 Jun 2024 is a Sunday →
// Mon 1 Jul 2024" / "30. juni 2024 er en søndag → mandag 1. juli 2024".
std::optional<std::string> shift_note_text(Language language, const Organisation& org,
                                           const StepTiming& rule, const StepDates& dates);

// What a meeting is to decide: "budget-adopted 2022" / "Budsjett vedtatt for 2022".
std::string plans_text(Language language, const Organisation& org, const Meeting& meeting);
// "each budget year", "each board meeting", "every 4 years", "each year by 03-31" /
// "hvert budsjettår", "hvert møte i Styret", "hvert 4. år", "hvert år innen 31.3.".
std::string every_text(Language language, const Organisation& org, const DutyRule& rule);
// When and by what a duty was last fulfilled: "2021-02-05 (report, #9)",
// "2020-10-28 (strategy-adopted, #3)" / "05.02.2021 (rapportert, #9)",
// "28.10.2020 (Strategiske føringer vedtatt, #3)", "04.10.2021 (Statusrapport 2021, #10)".
std::string fulfilment_text(Language language, const Organisation& org,
                            const DutyFulfilment& fulfilment);
// "budget year 2021", "board meeting 2021-11-05", "next turn" /
// "budsjettår 2021", "møte i Styret 05.11.2021", "neste gang".
std::string occasion_text(Language language, const Organisation& org, const DutyRule& rule,
                          const DutyOccasion& occasion);

}  // namespace cycle
