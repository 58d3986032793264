#pragma once
// The people a comment names: members of the subject's body, each once.
#include <vector>

#include "domain/discussion/discussion.hpp"

namespace accord::domain {

Result<std::vector<Mention>> checkMentions(Transaction& tx, long long bodyId, const std::vector<long long>& userIds);

}  // namespace accord::domain
