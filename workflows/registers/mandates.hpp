// Mandates (fullmakter): authority a body grants another by a decision, e.g. the board's case
// 58/20 lets the secretariat run day-to-day finances. Rebuilt from the case log like every
// state: a grant is active from its first day through its last (if any), and a revocation
// ends it the day before the revoking decision's date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/log/case_number.hpp"
#include "engine/time/calendar_date.hpp"

namespace cycle {

struct Mandate {
    std::int64_t seq = 0;  // the grant's event
    CaseNumber basis;      // the granting decision, in the grantor's series
    std::string by;        // grantor
    std::string to;        // grantee
    std::string scope;
    std::string grounds;  // what the mandate rests on, if stated
    std::vector<std::string> conditions;
    Date decided;               // the day of the granting decision
    Date from;                  // first day in force, not before `decided`
    std::optional<Date> until;  // last day in force, if limited
    std::optional<Date> revoked_on;
    std::optional<CaseNumber> revoked_by;
    std::optional<Date> last_used;  // the latest step recorded under it

    bool active_on(const Date& day) const;
};

class MandateRegister {
  public:
    // Each returns a refusal, or nothing when the change was made.
    std::optional<std::string> grant(Mandate mandate);
    std::optional<std::string> revoke(const CaseNumber& basis, const CaseNumber& by_case,
                                      const Date& on);

    // Why `body` may not act under the mandate of case `basis_text` ("58/20") on `day`, or
    // nothing when it may. Of mandates granted in several bodies' series under that number,
    // the one granted to `body` counts.
    std::optional<std::string> refusal_to_act(const std::string& basis_text,
                                              const std::string& body, const Date& day) const;
    // Notes a step taken under a mandate, so that it is not revoked from a day before it.
    void note_use(const std::string& basis_text, const std::string& body, const Date& day);

    const Mandate* find(const CaseNumber& basis) const;
    std::vector<const Mandate*> active_on(const Date& day) const;
    const std::vector<Mandate>& all() const { return mandates_; }

  private:
    std::vector<Mandate> mandates_;
};

}  // namespace cycle
