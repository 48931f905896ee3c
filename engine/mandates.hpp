// Mandates (fullmakter): authority a body grants another by a decision, e.g. the board's case
// 58/20 lets the secretariat run day-to-day finances. Rebuilt from the case log like every
// state: a grant is active from its first day through its last (if any), and a revocation
// ends it the day before the revoking decision's date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/calendar_date.hpp"
#include "engine/case_number.hpp"

namespace cycle {

struct Mandate {
    std::int64_t seq = 0;  // the grant's event
    CaseNumber basis;      // the granting decision, in the grantor's series
    std::string by;        // grantor
    std::string to;        // grantee
    std::string scope;
    std::string grounds;  // what the mandate rests on, if stated
    std::vector<std::string> conditions;
    Date from;                  // first day in force
    std::optional<Date> until;  // last day in force, if limited
    std::optional<Date> revoked_on;
    std::optional<CaseNumber> revoked_by;

    bool active_on(const Date& day) const;
};

class MandateRegister {
  public:
    // Each returns a refusal, or nothing when the change was made.
    std::optional<std::string> grant(Mandate mandate);
    std::optional<std::string> revoke(const CaseNumber& basis, const CaseNumber& by_case,
                                      const Date& on);

    // Why `body` may not act under the mandate of case `basis` (any series) on `day`, or
    // nothing when it may.
    std::optional<std::string> refusal_to_act(const std::string& basis_text,
                                              const std::string& body, const Date& day) const;

    const Mandate* find(const CaseNumber& basis) const;
    std::vector<const Mandate*> active_on(const Date& day) const;
    const std::vector<Mandate>& all() const { return mandates_; }

  private:
    std::vector<Mandate> mandates_;
};

}  // namespace cycle
