// Reads the config's `duties:` mapping: recurring duties to report (config/model/organisation.hpp's
// DutyRule). Each entry is
//   ID: {body: BODY, to: BODY, every: budget-year | meeting | {years: N}, fulfilled-by: STEP}
// with `fulfilled-by` a cycle step for budget-year duties, absent for meeting duties (a report
// is recorded for each meeting), and strategy-adopted or absent for duties every N years.
#pragma once

#include <string>
#include <vector>

#include "config/model/organisation.hpp"
#include "config/yaml/map_reader.hpp"

namespace cycle {

// `top` is the whole config; `bodies` the ids it declares.
std::vector<DutyRule> read_duties(const MapReader& top, const std::vector<std::string>& bodies,
                                  const Organisation& org);

}  // namespace cycle
