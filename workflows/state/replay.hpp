// Rebuilds an organisation's state by replaying its case log through the workflow machines.
// Replay never skips an event it is given: one the machines refuse, or one that cannot be
// read, means the log and the rules disagree, and that is reported as Error(storage) naming
// the sequence number. (Commands give it CaseLog::workflow_events: opened cases and
// corrections, which no machine moves on, are left out; `verify` reads every row.)
//
// Rules in force: a config event applies from its effective date. A step is judged by the
// rules in force on the day it happened, among the configs logged before it - exactly what
// `cycle record` saw - so replay reaches the verdicts that were recorded.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "config/model/organisation.hpp"
#include "engine/budget/document_record.hpp"
#include "engine/log/event.hpp"
#include "workflows/machines/budget_cycle.hpp"
#include "workflows/machines/strategy_period.hpp"
#include "workflows/registers/duty_reports.hpp"
#include "workflows/registers/mandates.hpp"
#include "workflows/registers/meetings.hpp"

namespace cycle {

class OrganisationState {
  public:
    // From the organisation-registered event.
    OrganisationState(const Date& registered, Organisation org);

    // Offers one event to the machine it belongs to; a config event adds a set of rules.
    // Returns the machine's verdict. Throws Error(storage) on an event that cannot be read.
    Verdict apply(const Event& event);

    // Every config logged so far, with the day it took effect, in log order.
    const std::deque<std::pair<Date, Organisation>>& configs() const { return configs_; }
    // The latest config, whatever its date.
    const Organisation& organisation() const { return configs_.back().second; }
    // The config in force on `day`: of those logged so far, the one with the latest effective
    // date on or before it (the last logged among equals); the registered one if none.
    const Organisation& organisation_on(const Date& day) const;

    // The machine for a budget year; a year nothing was recorded for starts in preparation.
    // Its schedule is that of the rules in force on `rules_day`.
    // Queries read it through the const overload; only apply() offers it steps.
    BudgetCycle& cycle(int budget_year, const Date& rules_day) {
        return scheduled_cycle(budget_year, rules_day);
    }
    const BudgetCycle& cycle(int budget_year, const Date& rules_day) const {
        return scheduled_cycle(budget_year, rules_day);
    }
    const StrategyPeriod& strategy() const { return *strategy_; }
    const MandateRegister& mandates() const { return mandates_; }
    const MeetingRegister& meetings() const { return meetings_; }
    const DutyReports& duty_reports() const { return duty_reports_; }
    // The budget document adopted for a budget year, if the adoption named one.
    const DocumentRecord* adopted_budget(int budget_year) const {
        const auto found = adopted_budgets_.find(budget_year);
        return found != adopted_budgets_.end() ? &found->second : nullptr;
    }
    // The accounts approved for a budget year, if the approval named their document.
    const DocumentRecord* approved_accounts(int budget_year) const {
        const auto found = approved_accounts_.find(budget_year);
        return found != approved_accounts_.end() ? &found->second : nullptr;
    }

  private:
    Verdict apply_mandate_event(const Event& event);
    Verdict apply_meeting_event(const Event& event);
    Verdict apply_duty_report(const Event& event);
    // Why `plan` cannot be planned for a meeting of `body`, or nothing.
    std::optional<std::string> refusal_to_plan(const PlannedStep& plan, const std::string& body,
                                               const Date& day);

    // A deque: machines keep pointers to the config their schedule came from.
    std::deque<std::pair<Date, Organisation>> configs_;  // in log order
    // Mutable: a budget year's machine is made on first use and rescheduled for the day each
    // caller asks about, so a query that reads a year leaves nothing another caller relies on.
    mutable std::map<int, std::unique_ptr<BudgetCycle>> cycles_;
    BudgetCycle& scheduled_cycle(int budget_year, const Date& rules_day) const;
    std::unique_ptr<StrategyPeriod> strategy_;  // behind a pointer: machines do not move
    MandateRegister mandates_;
    MeetingRegister meetings_;
    DutyReports duty_reports_;
    std::map<int, DocumentRecord> adopted_budgets_;
    std::map<int, DocumentRecord> approved_accounts_;
};

// The organisation's state after its events (in sequence order). With `as_of`, events dated
// later are left out: the state as it stood on that day. The first event must register the
// organisation.
OrganisationState replay(const std::vector<Event>& events, std::optional<Date> as_of = {});

// The facts a step event carries, as the machines take them. An event read from the log
// (it has a hash) carries its recorded verdict too.
StepFacts facts_of(const Event& event);

// "2021-2024" -> {2021, 2024}; nothing unless both are years 1900-2199 and first <= last.
std::optional<std::pair<int, int>> parse_period(std::string_view text);

}  // namespace cycle
