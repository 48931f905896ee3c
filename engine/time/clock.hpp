// The clock: the only place the real date and time are read. Every command takes
// `--today YYYY-MM-DD`, which gives a FixedClock; tests never read the real date.
#pragma once

#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <optional>
#include <string>

#include "engine/time/calendar_date.hpp"

namespace cycle {

class Clock {
  public:
    virtual ~Clock() = default;
    // The council's date: today in Europe/Oslo.
    virtual Date today() const = 0;
    // The instant an event is recorded, UTC, as "YYYY-MM-DDTHH:MM:SSZ".
    virtual std::string now_utc() const = 0;
};

// Reads the system clock. `today` uses Europe/Oslo's rules (CET/CEST), so a cron job that
// runs at 00:30 Norwegian time sees the Norwegian date, whatever the machine's time zone.
class SystemClock : public Clock {
  public:
    Date today() const override;
    std::string now_utc() const override;
};

// A clock whose date is given; `now_utc` is either given too (tests, reproducible examples)
// or read from the system, so that recorded-at stays the true moment of recording.
class FixedClock : public Clock {
  public:
    FixedClock(Date today, std::optional<std::string> now_utc)
        : today_(today), now_utc_(std::move(now_utc)) {}
    Date today() const override { return today_; }
    std::string now_utc() const override;

  private:
    Date today_;
    std::optional<std::string> now_utc_;
};

// Europe/Oslo's offset from UTC at an instant, in minutes (60 in winter, 120 in summer).
int oslo_utc_offset_minutes(const boost::posix_time::ptime& utc);
// The instant a day begins in Europe/Oslo, as UTC.
boost::posix_time::ptime oslo_start_of_day_utc(const Date& day);

// `instant` (UTC) as recorded-at is written, "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_timestamp(const boost::posix_time::ptime& instant);

// Checks the shape "YYYY-MM-DDTHH:MM:SSZ" of a fixed recorded-at instant.
bool is_utc_timestamp(const std::string& text);

}  // namespace cycle
