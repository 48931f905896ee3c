// Writes iCalendar text (RFC 5545): content lines ending in CRLF, folded at 75 octets without
// splitting a UTF-8 character (§ 3.1), and TEXT values escaped (§ 3.3.11). It knows nothing of
// cycle; cli/commands/cmd_calendar decides what goes in.
#pragma once

#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <string>

#include "engine/time/calendar_date.hpp"

namespace cycle {

class ICalendarWriter {
  public:
    void begin(const std::string& component) { line("BEGIN:" + component); }
    void end(const std::string& component) { line("END:" + component); }
    // A property whose value is written as given (dates, durations, enumerations).
    void raw(const std::string& name, const std::string& value) { line(name + ":" + value); }
    // A TEXT property: the value is escaped.
    void text(const std::string& name, const std::string& value);
    // A DATE property: "DUE;VALUE=DATE:20210205".
    void date(const std::string& name, const Date& day);
    // A UTC DATE-TIME property: "DTSTAMP:20261127T000000Z".
    void utc(const std::string& name, const boost::posix_time::ptime& instant);

    const std::string& str() const { return out_; }

  private:
    void line(const std::string& content);
    std::string out_;
};

// "20210205"
std::string ics_date(const Date& day);
// Backslash, semicolon, comma and line breaks escaped as RFC 5545 TEXT; other controls, C1
// codes and bidirectional formatting made visible as engine/support/quote's visible_text does.
std::string ics_escape(const std::string& text);

}  // namespace cycle
