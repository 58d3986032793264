#pragma once
// Joint bodies: the district labor–management committee, school-site teams, committees.
// Each has a labor and a management co-chair, seats per side, members and alternates, and
// a decision rule with a written fallback for when there is no consent.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct DecisionRule {
  std::string kind = "consensus";  // consensus, fist_to_five, per_side_majority, supermajority, equal_vote
  int quorumPerSide = 1;           // votes each side must cast for a valid decision
  int supermajorityK = 0;          // for supermajority: k agrees ...
  int supermajorityN = 0;          // ... of n seats
  std::string fallback;            // what happens when there is no consent
};

bool isRuleKind(std::string_view kind);
// Who moves an issue on to its next step: both_sides (a labor and a management member have each said
// their side is ready) or any_member (any member of the body, alone).
bool isAdvanceRule(std::string_view rule);
bool isBodyLevel(std::string_view level);

struct Body {
  long long id = 0;
  long long districtId = 0;
  std::string name;
  std::string level = "district";  // district, site, committee
  std::string school;              // for a site team
  int laborSeats = 0;
  int managementSeats = 0;
  DecisionRule rule;
  std::string advanceRule = "both_sides";
  std::optional<long long> laborCoChairId;
  std::optional<long long> managementCoChairId;
  bool charterReviewDue = false;  // set when a co-chair is replaced; cleared when a new charter takes effect
  UnixSeconds createdAt = 0;
};

struct BodyMember {
  long long id = 0;
  long long bodyId = 0;
  long long userId = 0;
  std::string side;           // from the person's district membership
  std::string seat = "member";  // member or alternate
  UnixSeconds createdAt = 0;
  std::string userName;       // filled when listed
};

// Who votes on the body's decisions: its members of the labor and management sides, not alternates
// nor neutral seats.
bool votes(const BodyMember& member);

struct BodyWithSeat {
  Body body;
  std::optional<BodyMember> seat;
};

class BodyRepository {
 public:
  virtual ~BodyRepository() = default;
  virtual Result<long long> insert(const Body& body) = 0;
  // Only within the district: a body of another district is kNotFound.
  virtual Result<Body> byId(long long districtId, long long bodyId) = 0;
  virtual Result<Page<Body>> list(long long districtId, long long afterId, int limit) = 0;
  virtual Result<void> update(const Body& body) = 0;
  // kConflict when the person is in the body already.
  virtual Result<long long> insertMember(const BodyMember& member) = 0;
  virtual Result<void> removeMember(long long bodyId, long long userId) = 0;
  // Every member, with names, in the order the body is shown: by side, then name.
  virtual Result<std::vector<BodyMember>> members(long long bodyId) = 0;
  // Every member without names, in no order: cheaper, for what only counts or notifies them.
  virtual Result<std::vector<BodyMember>> seats(long long bodyId) = 0;
  virtual Result<BodyMember> member(long long bodyId, long long userId) = 0;
  // The body (only within the district, as byId) and the person's seat in it if any, without the
  // person's name, in one look: what every check of access to a body's records reads.
  virtual Result<BodyWithSeat> withSeatOf(long long districtId, long long bodyId, long long userId) = 0;
  // The bodies of the district in which the person sits.
  virtual Result<std::vector<BodyMember>> seatsOf(long long districtId, long long userId) = 0;
};

}  // namespace accord::domain
