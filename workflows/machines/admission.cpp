#include "workflows/machines/admission.hpp"

namespace cycle {

Verdict judge(const std::string& subject, const std::vector<std::string>& problems,
              const StepFacts& facts, std::optional<Date> deadline) {
    Verdict verdict;
    std::vector<std::string> reasons;
    if (!problems.empty()) {
        if (!facts.override_reason) {
            verdict.refusal = subject + " refused: " + problems.front() +
                              " (record it anyway with --override REASON)";
            return verdict;
        }
        std::string joined;
        for (const auto& problem : problems) joined += (joined.empty() ? "" : "; ") + problem;
        reasons.push_back("override: " + *facts.override_reason + " (" + joined + ")");
    } else if (facts.override_reason) {
        verdict.override_unused = true;
    }
    if (deadline && facts.date > *deadline) {
        const long days = days_between(*deadline, facts.date);
        const std::string lateness = std::to_string(days) + (days == 1 ? " day" : " days") +
                                     " after the deadline " + iso(*deadline);
        if (!facts.late_reason) {
            verdict.refusal = subject + " refused: " + iso(facts.date) + " is " + lateness +
                              "; give the reason with --reason TEXT";
            return verdict;
        }
        reasons.push_back("late, " + lateness + ": " + *facts.late_reason);
    } else if (facts.late_reason) {
        verdict.reason_unused = true;
    }
    verdict.accepted = true;
    if (facts.logged) {
        verdict.irregular = facts.logged->irregular;
        verdict.irregular_reason = facts.logged->reason;
        return verdict;
    }
    verdict.irregular = !reasons.empty();
    for (const auto& reason : reasons) {
        verdict.irregular_reason += (verdict.irregular_reason.empty() ? "" : "; ") + reason;
    }
    return verdict;
}

}  // namespace cycle
