// Test support: the shipped Osloregionen config, and dates written the short way.
#pragma once

#include <string>

#include "engine/calendar_date.hpp"
#include "engine/organisation.hpp"

namespace cycle::testing {

const Organisation& osloregionen();
std::string osloregionen_yaml();
// "2021-02-05" -> the date; a malformed literal fails the test loudly.
Date day(const char* iso_text);

}  // namespace cycle::testing
