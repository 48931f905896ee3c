#include "workflows/registers/mandates.hpp"

namespace cycle {

bool Mandate::active_on(const Date& day) const {
    if (day < from) return false;
    if (until && day > *until) return false;
    if (revoked_on && day >= *revoked_on) return false;
    return true;
}

const Mandate* MandateRegister::find(const CaseNumber& basis) const {
    for (const Mandate& mandate : mandates_) {
        if (mandate.basis == basis) return &mandate;
    }
    return nullptr;
}

std::optional<std::string> MandateRegister::grant(Mandate mandate) {
    if (const Mandate* existing = find(mandate.basis)) {
        return "the " + mandate.by + "'s case " + mandate.basis.render() +
               " grants a mandate already (#" + std::to_string(existing->seq) + ")";
    }
    if (mandate.by == mandate.to) return "a body cannot grant a mandate to itself";
    if (mandate.from < mandate.decided) {
        return "a mandate cannot be in force (from " + iso(mandate.from) +
               ") before the decision that grants it (" + iso(mandate.decided) + ")";
    }
    if (mandate.until && *mandate.until < mandate.from) {
        return "the mandate would end (" + iso(*mandate.until) + ") before it begins (" +
               iso(mandate.from) + ")";
    }
    mandates_.push_back(std::move(mandate));
    return std::nullopt;
}

std::optional<std::string> MandateRegister::revoke(const CaseNumber& basis,
                                                   const CaseNumber& by_case, const Date& on) {
    for (Mandate& mandate : mandates_) {
        if (!(mandate.basis == basis)) continue;
        if (mandate.revoked_on) {
            return "the mandate of case " + basis.render() + " was revoked already on " +
                   iso(*mandate.revoked_on) + " (case " + mandate.revoked_by->render() + ")";
        }
        if (on < mandate.from) {
            return "the mandate of case " + basis.render() + " begins " + iso(mandate.from) +
                   ", after " + iso(on);
        }
        if (mandate.last_used && on <= *mandate.last_used) {
            return "a step was recorded under the mandate of case " + basis.render() + " on " +
                   iso(*mandate.last_used) + "; it cannot be revoked from " + iso(on);
        }
        mandate.revoked_on = on;
        mandate.revoked_by = by_case;
        return std::nullopt;
    }
    return "no mandate was granted in the " + basis.body + "'s case " + basis.render();
}

std::vector<const Mandate*> MandateRegister::active_on(const Date& day) const {
    std::vector<const Mandate*> active;
    for (const Mandate& mandate : mandates_) {
        if (mandate.active_on(day)) active.push_back(&mandate);
    }
    return active;
}

namespace {

// The mandate granted under `basis_text` to `body`, else any granted under it, else none.
template <typename Mandates>
auto* mandate_for(Mandates& mandates, const std::string& basis_text, const std::string& body) {
    decltype(&mandates.front()) any = nullptr;
    for (auto& mandate : mandates) {
        if (mandate.basis.render() != basis_text) continue;
        if (mandate.to == body) return &mandate;
        any = &mandate;
    }
    return any;
}

}  // namespace

void MandateRegister::note_use(const std::string& basis_text, const std::string& body,
                               const Date& day) {
    if (Mandate* mandate = mandate_for(mandates_, basis_text, body)) {
        if (!mandate->last_used || *mandate->last_used < day) mandate->last_used = day;
    }
}

std::optional<std::string> MandateRegister::refusal_to_act(const std::string& basis_text,
                                                           const std::string& body,
                                                           const Date& day) const {
    const Mandate* found = mandate_for(mandates_, basis_text, body);
    if (found == nullptr) return "no mandate was granted in case " + basis_text;
    if (found->to != body) {
        return "the mandate of case " + basis_text + " was granted to the " + found->to +
               ", not the " + body;
    }
    if (!found->active_on(day)) {
        std::string when = "from " + iso(found->from);
        if (found->until) when += " through " + iso(*found->until);
        if (found->revoked_on) {
            when += ", revoked from " + iso(*found->revoked_on) + " by case " +
                    found->revoked_by->render();
        }
        return "the mandate of case " + basis_text + " is not in force on " + iso(day) + " (" +
               when + ")";
    }
    return std::nullopt;
}

}  // namespace cycle
