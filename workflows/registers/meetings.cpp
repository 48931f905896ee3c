#include "workflows/registers/meetings.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

namespace cycle {

namespace {

std::string meeting_name(const std::string& body, const Date& date) {
    return "the " + body + "'s meeting on " + iso(date);
}

}  // namespace

std::string Meeting::plans_text() const {
    std::string text;
    for (const PlannedStep& plan : plans) {
        text += (text.empty() ? "" : ", ") + step_name(plan.step) + " " +
                std::to_string(plan.budget_year);
    }
    return text;
}

std::string Meeting::cases_text() const {
    std::string text;
    for (const CaseNumber& number : cases) text += (text.empty() ? "" : ", ") + number.render();
    return text;
}

std::optional<std::string> MeetingRegister::schedule(const std::string& body, const Date& date,
                                                     std::vector<PlannedStep> plans,
                                                     std::int64_t seq, const Date& on) {
    // A meeting cancelled or held releases its day and its planned steps from the day it was
    // cancelled or held: replayed as of an earlier day, it still holds them.
    // Only meetings released after `on` can refuse it; in vector order, as the message names
    // the first.
    std::vector<std::size_t> released_later;
    for (auto it = released_.upper_bound(on); it != released_.end(); ++it) {
        released_later.push_back(it->second);
    }
    std::sort(released_later.begin(), released_later.end());
    for (const std::size_t index : released_later) {
        const Meeting& other = meetings_[index];
        const auto released = other.cancelled_on ? other.cancelled_on
                              : other.held_seq   ? std::optional<Date>(other.date)
                                                 : std::nullopt;
        if (!released || on >= *released) continue;
        const bool same_day = other.body == body && other.date == date && !other.live();
        const bool same_plan = std::any_of(plans.begin(), plans.end(), [&](const PlannedStep& p) {
            return std::find(other.plans.begin(), other.plans.end(), p) != other.plans.end();
        });
        if (same_day || same_plan) {
            return meeting_name(other.body, other.date) + " was " +
                   (other.cancelled_on ? "cancelled" : "held") + " on " + iso(*released) + " (#" +
                   std::to_string(other.cancelled_seq ? *other.cancelled_seq : *other.held_seq) +
                   "); a meeting that takes over from it is scheduled on or after that day";
        }
    }
    if (const Meeting* existing = find(body, date)) {
        return meeting_name(body, date) + " is " +
               (existing->held_seq
                    ? "recorded as held, as #" + std::to_string(*existing->held_seq)
                    : "scheduled already, as #" + std::to_string(existing->scheduled_seq));
    }
    for (const PlannedStep& plan : plans) {
        if (const Meeting* other = planned_for(plan.step, plan.budget_year)) {
            return step_name(plan.step) + " " + std::to_string(plan.budget_year) +
                   " is planned already for " + meeting_name(other->body, other->date) + " (#" +
                   std::to_string(other->scheduled_seq) + "); cancel that meeting first";
        }
    }
    Meeting meeting;
    meeting.body = body;
    meeting.date = date;
    meeting.scheduled_seq = seq;
    meeting.scheduled_on = on;
    meeting.plans = std::move(plans);
    const std::size_t index = meetings_.size();
    live_by_day_.emplace(std::make_pair(body, date), index);
    for (const PlannedStep& plan : meeting.plans) {
        planned_.emplace(std::make_pair(plan.step, plan.budget_year), index);
    }
    meetings_.push_back(std::move(meeting));
    return std::nullopt;
}

std::optional<std::string> MeetingRegister::cancel(const std::string& body, const Date& date,
                                                   std::int64_t seq, const Date& on) {
    Meeting* meeting = find_live(body, date);
    if (meeting == nullptr) return "no meeting of the " + body + " is scheduled on " + iso(date);
    if (meeting->held_seq) {
        return meeting_name(body, date) + " was held (#" + std::to_string(*meeting->held_seq) +
               "); a held meeting cannot be cancelled";
    }
    if (on < meeting->scheduled_on) {
        return meeting_name(body, date) + " was scheduled on " + iso(meeting->scheduled_on) +
               " (#" + std::to_string(meeting->scheduled_seq) +
               "); it cannot be cancelled on a day before that";
    }
    meeting->cancelled_seq = seq;
    meeting->cancelled_on = on;
    const std::size_t index = static_cast<std::size_t>(meeting - meetings_.data());
    live_by_day_.erase(std::make_pair(body, date));
    for (const PlannedStep& plan : meeting->plans) {
        planned_.erase(std::make_pair(plan.step, plan.budget_year));
    }
    released_.emplace(on, index);
    return std::nullopt;
}

std::optional<std::string> MeetingRegister::hold(const std::string& body, const Date& date,
                                                 std::vector<CaseNumber> cases, std::int64_t seq) {
    Meeting* meeting = find_live(body, date);
    if (meeting == nullptr) {
        live_by_day_.emplace(std::make_pair(body, date), meetings_.size());
        meetings_.push_back(
            Meeting{body, date, 0, date, {}, std::nullopt, {}, std::nullopt, std::nullopt});
        meeting = &meetings_.back();
    } else if (meeting->held_seq) {
        return meeting_name(body, date) + " is recorded as held already, as #" +
               std::to_string(*meeting->held_seq);
    }
    meeting->held_seq = seq;
    meeting->cases = std::move(cases);
    for (const PlannedStep& plan : meeting->plans) {
        planned_.erase(std::make_pair(plan.step, plan.budget_year));
    }
    released_.emplace(date, static_cast<std::size_t>(meeting - meetings_.data()));
    return std::nullopt;
}

const Meeting* MeetingRegister::find(const std::string& body, const Date& date) const {
    const auto found = live_by_day_.find(std::make_pair(body, date));
    return found == live_by_day_.end() ? nullptr : &meetings_[found->second];
}

Meeting* MeetingRegister::find_live(const std::string& body, const Date& date) {
    return const_cast<Meeting*>(std::as_const(*this).find(body, date));
}

std::vector<const Meeting*> MeetingRegister::live(const std::optional<std::string>& body) const {
    std::vector<const Meeting*> result;
    for (const Meeting& meeting : meetings_) {
        if (meeting.live() && (!body || meeting.body == *body)) result.push_back(&meeting);
    }
    std::stable_sort(result.begin(), result.end(), [](const Meeting* a, const Meeting* b) {
        return std::tie(a->date, a->body) < std::tie(b->date, b->body);
    });
    return result;
}

const Meeting* MeetingRegister::planned_for(const Step& step, int budget_year) const {
    const auto found = planned_.find(std::make_pair(step, budget_year));
    return found == planned_.end() ? nullptr : &meetings_[found->second];
}

std::optional<Date> notice_deadline(const Organisation& org, const Meeting& meeting) {
    const auto period = org.notice_of(meeting.body);
    if (!period) return std::nullopt;
    if (period->working_days) return org.calendar().working_days_before(meeting.date, period->days);
    return org.calendar().on_or_before(meeting.date - boost::gregorian::days(period->days));
}

std::string notice_period_text(const NoticePeriod& period) {
    return std::to_string(period.days) + (period.working_days ? " working days" : " days");
}

}  // namespace cycle
