#pragma once
// Who may see, propose and take a stance on a decision.
#include "domain/body/policy.hpp"
#include "domain/decision/decision.hpp"

namespace accord::domain {

struct DecisionAccess {
  BodyAccess body;
  Decision decision;
};

// The decision must be in the caller's district; one taken from a confidential issue exists
// only for the members of its body (anyone else gets kNotFound).
Result<DecisionAccess> decisionAccess(Transaction& tx, long long districtId, long long decisionId,
                                      const User& caller);

// For a record that links to a decision (an action item, an agenda item): the same rule as
// linkedIssue(): in the district, visible to the caller, and if confidential only from its own body;
// else kNotFound naming `field`.
Result<Decision> linkedDecision(Transaction& tx, long long districtId, long long decisionId,
                                std::optional<long long> fromBody, const User& caller, const char* field);

// Proposals come from the members of the body, of any side.
Result<void> mayPropose(const BodyAccess& access);

// Stances are taken by the body's members of the labor and management sides in a `member` seat.
// Neutral members (facilitators, recorders) never vote; alternates do not vote either: Accord does
// not model substitution, so a body that wants an alternate to vote seats them as a member.
Result<void> mayTakeStance(const BodyAccess& access);

}  // namespace accord::domain
