#pragma once
// Joint bodies. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/body/body.hpp"
#include "domain/body/policy.hpp"

namespace accord::domain {

struct BodyInput {
  std::optional<std::string> name;
  std::optional<std::string> level;
  std::optional<std::string> school;
  std::optional<long long> laborSeats;
  std::optional<long long> managementSeats;
  std::optional<std::string> ruleKind;
  std::optional<long long> quorumPerSide;
  std::optional<long long> supermajorityK;
  std::optional<long long> supermajorityN;
  std::optional<std::string> fallback;
  std::optional<std::string> advanceRule;
};

Result<Body> createBody(Store& store, const Caller& caller, long long districtId, const BodyInput& input,
                        UnixSeconds now);

// Changes what `input` names; co-chairs change through setCoChair.
Result<Body> updateBody(Store& store, const Caller& caller, long long districtId, long long bodyId,
                        const BodyInput& input, UnixSeconds now);

Result<Page<Body>> listBodies(Store& store, const Caller& caller, long long districtId, long long cursor, int limit);

struct BodyView {
  Body body;
  std::vector<BodyMember> members;
  std::optional<BodyMember> mySeat;
  std::vector<std::string> mayActFor;  // the sides whose seats, co-chair and signers the caller may change
};
Result<BodyView> getBody(Store& store, const Caller& caller, long long districtId, long long bodyId);

struct NewBodyMember {
  long long userId = 0;
  std::string seat = "member";
};
// The person must belong to the district; their side comes from that membership. Seating and unseating
// someone, like naming a co-chair, is for those who may act for that person's side (mayActForSide).
Result<BodyMember> addBodyMember(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                 const NewBodyMember& input, UnixSeconds now);
Result<void> removeBodyMember(Store& store, const Caller& caller, long long districtId, long long bodyId,
                              long long userId, UnixSeconds now);

// Checks `input` and writes what it names into `body` (shared by create and update).
Result<void> applyBodyInput(Body& body, const BodyInput& input);

// Makes a member of the body its co-chair for their side; replacing a co-chair opens a charter review.
Result<Body> setCoChair(Store& store, const Caller& caller, long long districtId, long long bodyId, long long userId,
                        UnixSeconds now);

}  // namespace accord::domain
