#pragma once
// Decisions with two-party consent: a proposal in a joint body, decided under the body's rule
// by the stances of its voting members, closed at its deadline or as soon as every voting
// member has taken a stance, and then adopted or not (the body's fallback applies).
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

bool isStance(std::string_view stance);
bool isParticipation(std::string_view level);

struct Decision {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;
  std::optional<long long> issueId;
  bool confidential = false;  // taken from a confidential issue: only the body's members see it
  std::string title;
  std::string text;
  long long proposedBy = 0;
  std::string status = "open";  // open, adopted, no_consent
  UnixSeconds deadline = 0;
  std::vector<std::string> articles;  // contract articles and MOUs it touches
  std::vector<std::string> metrics;   // outcome metrics it means to move
  std::optional<UnixSeconds> effectiveAt;
  std::optional<UnixSeconds> reviewAt;
  std::string participation = "joint";  // informed, consulted, joint
  std::string fallback;                 // the body's fallback, recorded when there is no consent
  UnixSeconds createdAt = 0;
  std::optional<UnixSeconds> closedAt;
  std::string proposedByName;  // filled when read
};

struct Stance {
  long long decisionId = 0;
  long long userId = 0;
  std::string side;
  std::string stance;  // agree, stand_aside, block, abstain
  std::optional<int> vote;  // fist_to_five: 0–5
  std::string reason;
  UnixSeconds at = 0;
  std::string userName;  // filled when read
};

struct DecisionFilter {
  long long bodyId = 0;    // 0: every body
  long long issueId = 0;   // 0: with or without an issue
  std::string status;      // empty: every status
  long long viewerId = 0;  // confidential decisions only of bodies this person sits in
};

class DecisionRepository {
 public:
  virtual ~DecisionRepository() = default;
  virtual Result<long long> insert(const Decision& decision) = 0;
  // Only within the district: a decision of another district is kNotFound.
  virtual Result<Decision> byId(long long districtId, long long decisionId) = 0;
  virtual Result<Page<Decision>> list(long long districtId, const DecisionFilter& filter, long long afterId,
                                      int limit) = 0;
  // Writes the status, the closing time and the fallback.
  virtual Result<void> close(const Decision& decision) = 0;
  // One stance per person: a new one replaces the old.
  virtual Result<void> setStance(const Stance& stance) = 0;
  virtual Result<std::vector<Stance>> stances(long long decisionId) = 0;
};

}  // namespace accord::domain
