#include "config/model/format1_names.hpp"

#include <array>
#include <utility>

#include "engine/log/step.hpp"

namespace cycle {

const StepNames* format1_step_names(std::string_view step_id) {
    // Bokmål as the seed document words them; nynorsk in its own forms (vedteke, rekneskap,
    // godkjend, føringar); English as cycle has always printed them.
    static const std::array<std::pair<std::string_view, StepNames>, 6> names = {{
        {format1::contingent_set, {"Kontingent fastsatt", "Kontingent fastsett", "Contingent set"}},
        {format1::draft_submitted, {"Forslag levert", "Forslag levert", "Draft submitted"}},
        {format1::budget_adopted, {"Budsjett vedtatt", "Budsjett vedteke", "Budget adopted"}},
        {format1::status_report, {"Statusrapport", "Statusrapport", "Status report"}},
        {format1::accounts_approved,
         {"Regnskap godkjent", "Rekneskap godkjend", "Accounts approved"}},
        {strategy_adopted,
         {"Strategiske føringer vedtatt", "Strategiske føringar vedtekne",
          "Strategic guidelines adopted"}},
    }};
    for (const auto& [id, step_names] : names) {
        if (id == step_id) return &step_names;
    }
    return nullptr;
}

}  // namespace cycle
