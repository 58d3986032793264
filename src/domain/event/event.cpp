#include "domain/event/event.hpp"

#include <algorithm>

namespace accord::domain {

bool isEventKind(std::string_view kind) { return kind == "conference" || kind == "retreat"; }

bool isGoalStatus(std::string_view status) {
  return status == "not_started" || status == "in_progress" || status == "done" || status == "stalled";
}

const std::vector<std::string>& eventSurveyItems() {
  static const std::vector<std::string> items = {"overall", "sessions", "peer_learning", "action_planning"};
  return items;
}

bool Team::fullySigned() const {
  return !members.empty() &&
         std::all_of(members.begin(), members.end(), [](const TeamMember& m) { return m.signedAt.has_value(); });
}

const TeamMember* Team::member(long long userId) const {
  for (const auto& m : members)
    if (m.userId == userId) return &m;
  return nullptr;
}

}  // namespace accord::domain
