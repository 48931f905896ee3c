// Reads a config's `steps` (config/yaml/config_loader calls it): format 1's five fixed steps with
// their implied order and roles, or format 2's own steps with names, order (`after`), roles,
// phases, optional and recurring steps (docs/config.md). Checks the steps against each other
// too: unknown or circular references, deadlines that can never be met, missing roles.
#pragma once

#include <string>
#include <vector>

#include "config/model/organisation.hpp"
#include "config/yaml/map_reader.hpp"

namespace cycle {

// Fills org.steps and org.cycle_steps; org.format and org.reminders must be read already.
void read_steps(const MapReader& top, const std::vector<std::string>& bodies, Organisation& org);

// A name in each language, `owner`'s `key`: {nb: ..., nn: ..., en: ...}, at least one.
void read_titles(const MapReader& owner, const std::string& key, std::string& nb, std::string& nn,
                 std::string& en);

// lead-days and overdue-every-days of `map`, over `policy`.
ReminderPolicy read_reminder_policy(const MapReader& map, ReminderPolicy policy);

}  // namespace cycle
