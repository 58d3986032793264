#include "domain/charter/policy.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace accord::domain {

Result<void> mayDraftCharter(const BodyAccess& access, const User& caller) {
  if (access.isCoChair(caller.id) || isDistrictLeader(access.district)) return Ok{};
  return forbidden("only the body's co-chairs and the district's leaders may draft its charter");
}

Result<void> mayEditCharterVersion(const CharterVersion& version) {
  if (version.status == "draft") return Ok{};
  return conflict(fmt::format("version {} is {}: only a draft can change; draft a new version instead",
                              version.number, version.status == "in_force" ? "in force" : "superseded"),
                  "status");
}

Result<std::vector<CharterSigner>> designateSigners(Transaction& tx, const Body& body,
                                                    const std::vector<long long>& userIds) {
  std::vector<long long> ids = userIds;
  if (ids.empty()) {
    if (!body.laborCoChairId || !body.managementCoChairId)
      return invalid("signers", "the body has no co-chair on one side: name the signers");
    ids = {*body.laborCoChairId, *body.managementCoChairId};
  }
  std::vector<CharterSigner> signers;
  for (long long id : ids) {
    if (std::any_of(signers.begin(), signers.end(), [&](const CharterSigner& s) { return s.userId == id; }))
      return invalid("signers", "names the same person twice");
    auto seat = tx.bodies().member(body.id, id);
    if (!seat.ok()) {
      if (seat.error().code == ErrorCode::kNotFound)
        return invalid("signers", fmt::format("person {} is not a member of the body", id));
      return seat.takeError();
    }
    if (seat->side == "neutral") return invalid("signers", "a signer must be on the labor or the management side");
    CharterSigner signer;
    signer.userId = id;
    signer.side = seat->side;
    signer.userName = seat->userName;
    signers.push_back(std::move(signer));
  }
  if (!coversBothSides(signers)) return invalid("signers", "needs at least one labor and one management signer");
  return signers;
}

std::vector<CharterSigner> coChairSigners(const Body& body) {
  std::vector<CharterSigner> signers;
  for (auto [chair, side] :
       {std::pair{body.laborCoChairId, "labor"}, std::pair{body.managementCoChairId, "management"}}) {
    if (!chair) continue;
    CharterSigner signer;
    signer.userId = *chair;
    signer.side = side;
    signers.push_back(std::move(signer));
  }
  return signers;
}

Result<std::vector<SideAuthority>> mayChangeSigners(const BodyAccess& access, const User& caller,
                                                    const std::vector<CharterSigner>& before,
                                                    const std::vector<CharterSigner>& after) {
  auto of = [](const std::vector<CharterSigner>& signers, const std::string& side) {
    std::set<long long> ids;
    for (const auto& s : signers)
      if (s.side == side) ids.insert(s.userId);
    return ids;
  };
  std::vector<SideAuthority> changed;
  for (const std::string side : {"labor", "management"}) {
    if (of(before, side) == of(after, side)) continue;
    ACCORD_TRY(SideAuthority authority, mayActForSide(access, caller, side));
    changed.push_back(std::move(authority));
  }
  return changed;
}

}  // namespace accord::domain
