#include "engine/time/clock.hpp"

#include <boost/date_time/local_time/local_time.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>
#include <cstdio>

namespace cycle {

namespace {

// Europe/Oslo as a POSIX rule (Boost sign convention: offset east of UTC is positive):
// CET = UTC+1, CEST = CET+1 from the last Sunday of March 02:00 to the last Sunday of
// October 03:00 - the EU rule Norway has followed since 1996.
const char* const oslo_rule = "CET+01CEST+01,M3.5.0/02:00,M10.5.0/03:00";

}  // namespace

Date SystemClock::today() const {
    namespace lt = boost::local_time;
    const lt::time_zone_ptr oslo(new lt::posix_time_zone(oslo_rule));
    const lt::local_date_time now(boost::posix_time::second_clock::universal_time(), oslo);
    return now.local_time().date();
}

std::string SystemClock::now_utc() const {
    return utc_timestamp(boost::posix_time::second_clock::universal_time());
}

std::string utc_timestamp(const boost::posix_time::ptime& instant) {
    const Date date = instant.date();
    const auto time = instant.time_of_day();
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", iso(date).c_str(),
                  static_cast<int>(time.hours()), static_cast<int>(time.minutes()),
                  static_cast<int>(time.seconds()));
    return buffer;
}

std::string FixedClock::now_utc() const {
    if (now_utc_) return *now_utc_;
    return SystemClock().now_utc();
}

int oslo_utc_offset_minutes(const boost::posix_time::ptime& utc) {
    namespace lt = boost::local_time;
    const lt::time_zone_ptr oslo(new lt::posix_time_zone(oslo_rule));
    const lt::local_date_time local(utc, oslo);
    return static_cast<int>((local.local_time() - utc).total_seconds() / 60);
}

boost::posix_time::ptime oslo_start_of_day_utc(const Date& day) {
    // Midnight is never inside a daylight-saving change in Oslo (they happen at 02:00 and
    // 03:00), so the offset at local midnight is the offset of the day before's evening.
    const boost::posix_time::ptime local(day);
    const boost::posix_time::ptime guess = local - boost::posix_time::hours(1);
    return local - boost::posix_time::minutes(oslo_utc_offset_minutes(guess));
}

bool is_utc_timestamp(const std::string& text) {
    if (text.size() != 20 || text[10] != 'T' || text[19] != 'Z') return false;
    if (!parse_iso_date(text.substr(0, 10)).date) return false;
    const std::string time = text.substr(11, 8);
    int h = 0, m = 0, s = 0;
    char tail = 0;
    if (std::sscanf(time.c_str(), "%2d:%2d:%2d%c", &h, &m, &s, &tail) != 3) return false;
    return time[2] == ':' && time[5] == ':' && h < 24 && m < 60 && s < 60;
}

}  // namespace cycle
