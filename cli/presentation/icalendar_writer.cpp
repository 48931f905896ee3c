#include "cli/presentation/icalendar_writer.hpp"

#include <cstdio>

#include "engine/support/quote.hpp"

namespace cycle {

std::string ics_date(const Date& day) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", static_cast<int>(day.year()),
                  static_cast<int>(day.month()), static_cast<int>(day.day()));
    return buffer;
}

std::string ics_escape(const std::string& text) {
    std::string escaped;
    // Controls and bidirectional formatting made visible first; their backslash is then
    // escaped as TEXT's, so a calendar shows `\u202E`, never the character itself.
    for (char c : visible_text(text, "\n\r")) {
        switch (c) {
            case '\\':
                escaped += "\\\\";
                break;
            case ';':
                escaped += "\\;";
                break;
            case ',':
                escaped += "\\,";
                break;
            case '\n':
                escaped += "\\n";
                break;
            case '\r':
                break;
            default:
                escaped += c;
        }
    }
    return escaped;
}

void ICalendarWriter::text(const std::string& name, const std::string& value) {
    line(name + ":" + ics_escape(value));
}

void ICalendarWriter::date(const std::string& name, const Date& day) {
    line(name + ";VALUE=DATE:" + ics_date(day));
}

void ICalendarWriter::utc(const std::string& name, const boost::posix_time::ptime& instant) {
    const auto time = instant.time_of_day();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "T%02d%02d%02dZ", static_cast<int>(time.hours()),
                  static_cast<int>(time.minutes()), static_cast<int>(time.seconds()));
    line(name + ":" + ics_date(instant.date()) + buffer);
}

void ICalendarWriter::line(const std::string& content) {
    // The first line holds 75 octets; each continuation holds a space and 74 more.
    std::size_t start = 0;
    std::size_t room = 75;
    while (content.size() - start > room) {
        std::size_t end = start + room;
        while ((static_cast<unsigned char>(content[end]) & 0xC0) == 0x80) --end;
        out_ += content.substr(start, end - start) + "\r\n ";
        start = end;
        room = 74;
    }
    out_ += content.substr(start) + "\r\n";
}

}  // namespace cycle
