#include <fmt/format.h>

#include <set>
#include <utility>

#include "common/calendar_date.hpp"
#include "domain/network_survey/use_cases.hpp"
#include "domain/survey/window_rules.hpp"

namespace accord::domain {

Result<void> answerNetworkSurvey(Store& store, const Caller& caller, long long districtId, long long windowId,
                                 const NetworkAnswerInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(WindowAccess found, windowAccess(*tx, districtId, windowId, caller.user));
  const SurveyWindow& window = found.window;
  if (!window.network) return notFound("this survey window has no network survey");
  if (windowStatus(window, isoDateOf(now)) != "open") return conflict("the survey window is not open");
  ACCORD_TRY(auto school, respondentSchool(window.schools, input.school, true));
  if (input.contacts.size() > kMaxNetworkContacts)
    return invalid("contacts", fmt::format("may name at most {} contacts", kMaxNetworkContacts));

  std::set<std::pair<long long, std::string>> seen;
  std::set<long long> members;
  for (std::size_t i = 0; i < input.contacts.size(); ++i) {
    const NetworkContact& contact = input.contacts[i];
    std::string path = fmt::format("contacts[{}]", i);
    if (contact.colleagueId == caller.user.id) return invalid(path + ".colleague_id", "names yourself");
    if (!members.count(contact.colleagueId)) {
      auto membership = tx->districts().membership(districtId, contact.colleagueId);
      if (!membership.ok()) {
        if (membership.error().code == ErrorCode::kNotFound)
          return invalid(path + ".colleague_id", "is not a member of this district");
        return membership.takeError();
      }
      members.insert(contact.colleagueId);
    }
    if (!isNetworkTopic(contact.topic))
      return invalid(path + ".topic", "must be student_data, curriculum, teaching_practice or mentoring");
    if (!isContactFrequency(contact.frequency))
      return invalid(path + ".frequency", "must be daily, weekly, monthly or rarely");
    if (!seen.emplace(contact.colleagueId, contact.topic).second)
      return invalid(path, "names the same colleague and topic twice");
  }

  ACCORD_CHECK(tx->networkSurveys().insertRespondent(window.id, caller.user.id, *school));
  ACCORD_CHECK(tx->networkSurveys().insertNominations(window.id, caller.user.id, input.contacts));
  // No audit entry: who answered and when, beside results read before and after, is what the answer was.
  return tx->commit();
}

}  // namespace accord::domain
