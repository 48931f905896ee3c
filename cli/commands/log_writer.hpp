// One write to the case log, as every recording command makes it: the database opened for
// writing, one IMMEDIATE transaction around reading, judging and appending (so that the check
// and the write see the same log), the organisation chosen and its state replayed. Nothing is
// written unless `append_and_commit` is reached; any throw before it rolls everything back.
#pragma once

#include <SQLiteCpp/Transaction.h>

#include <string>

#include "cli/commands/command_context.hpp"
#include "workflows/state/replay.hpp"

namespace cycle {

class LogWriter {
  public:
    explicit LogWriter(const GlobalOptions& globals);

    CaseLog& log() { return log_; }
    OrganisationState& state() { return state_; }
    const std::string& org() const { return org_; }

    // An event of `kind` dated `date` for the chosen organisation: numbered next, stamped with
    // the moment of recording and the actor.
    Event next_event(std::string kind, const Date& date, const Clock& clock) const;
    // Error(refused) when a decision is already recorded under `number`: one case, one decision.
    void refuse_decided_case(const CaseNumber& number) const;
    // Error(refused) unless `number` is in its body's series, first cited on or before `by`:
    // a case must exist before a meeting treats it or a report cites it.
    void require_case(const char* option, const CaseNumber& number, const Date& by) const;
    // Judges `event` on the very path replay takes; Error(refused) with the machines' reason,
    // or when it cites a case number of a year after its date (engine/log/case_series).
    Verdict judge(const Event& event);
    // Appends the judged event to the chain and commits.
    void append_and_commit(Event& event);

  private:
    const GlobalOptions& globals_;
    Database db_;
    SQLite::Transaction transaction_;
    CaseLog log_;
    std::string org_;
    OrganisationState state_;
};

}  // namespace cycle
