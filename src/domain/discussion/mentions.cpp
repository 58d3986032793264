#include "domain/discussion/mentions.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "domain/body/body.hpp"

namespace accord::domain {

Result<std::vector<Mention>> checkMentions(Transaction& tx, long long bodyId, const std::vector<long long>& userIds) {
  if (userIds.size() > kCommentMaxMentions)
    return invalid("mentions", fmt::format("may name at most {} people", kCommentMaxMentions));
  ACCORD_TRY(std::vector<BodyMember> members, tx.bodies().members(bodyId));
  std::vector<Mention> mentions;
  for (long long id : userIds) {
    if (std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.userId == id; })) continue;
    auto member = std::find_if(members.begin(), members.end(), [&](const BodyMember& m) { return m.userId == id; });
    if (member == members.end()) return invalid("mentions", fmt::format("{} is not a member of the body", id));
    mentions.push_back({id, member->userName});
  }
  return mentions;
}

}  // namespace accord::domain
