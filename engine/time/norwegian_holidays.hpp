// Norway's public holidays (helligdagsfredloven § 2; 1 and 17 May by the law of 26 April 1947)
// for 1900-2199, with Easter by the Gregorian computus.
#pragma once

#include <string_view>
#include <vector>

#include "engine/time/calendar_date.hpp"

namespace cycle {

struct Holiday {
    Date date;
    std::string_view name_nb;  // "Andre påskedag"
    std::string_view name_en;  // "Easter Monday"
};

// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm; 2076 -> 19 April).
Date easter_sunday(int year);

// The year's public holidays in date order. 1 and 17 May count from 1947, when the law made
// them public holidays.
std::vector<Holiday> norwegian_public_holidays(int year);

}  // namespace cycle
