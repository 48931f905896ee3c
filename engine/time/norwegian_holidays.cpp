#include "engine/time/norwegian_holidays.hpp"

#include <algorithm>

namespace cycle {

Date easter_sunday(int year) {
    // Meeus/Jones/Butcher: exact for every Gregorian year.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

std::vector<Holiday> norwegian_public_holidays(int year) {
    const auto on = [year](int month, int day) {
        return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                    static_cast<unsigned short>(day));
    };
    const Date easter = easter_sunday(year);
    const auto days = [](int n) { return boost::gregorian::days(n); };
    std::vector<Holiday> holidays = {
        {on(1, 1), "Første nyttårsdag", "New Year's Day"},
        {easter - days(3), "Skjærtorsdag", "Maundy Thursday"},
        {easter - days(2), "Langfredag", "Good Friday"},
        {easter, "Første påskedag", "Easter Sunday"},
        {easter + days(1), "Andre påskedag", "Easter Monday"},
        {easter + days(39), "Kristi himmelfartsdag", "Ascension Day"},
        {easter + days(49), "Første pinsedag", "Whit Sunday"},
        {easter + days(50), "Andre pinsedag", "Whit Monday"},
        {on(12, 25), "Første juledag", "Christmas Day"},
        {on(12, 26), "Andre juledag", "St Stephen's Day"},
    };
    if (year >= 1947) {
        holidays.push_back({on(5, 1), "Offentlig høytidsdag (1. mai)", "Labour Day"});
        holidays.push_back({on(5, 17), "Grunnlovsdag", "Constitution Day"});
    }
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return holidays;
}

}  // namespace cycle
