#pragma once
// A joint body's charter. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/account/use_cases.hpp"
#include "domain/charter/charter.hpp"
#include "domain/charter/policy.hpp"

namespace accord::domain {

struct CharterInput {
  std::optional<std::string> mission;
  std::optional<std::vector<std::string>> principles;
  std::optional<std::vector<std::string>> norms;
  std::optional<std::string> reviewDate;
  std::optional<std::vector<long long>> signers;  // user ids; empty (or absent on drafting): the co-chairs
};

// For the audit entries of drafting and editing: the sides whose signers the caller chose, and on what ground.
inline nlohmann::json signerChoices(const std::vector<SideAuthority>& authorities) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& a : authorities) out.push_back({{"side", a.side}, {"as", a.as}});
  return out;
}

// Checks `input` and writes its content (not its signers) into `version`.
Result<void> applyCharterInput(CharterVersion& version, const CharterInput& input);

// A new draft version; by the body's co-chairs and the district's leaders. Signers other than a side's
// co-chair are for that side to name (mayChangeSigners). Each signer but the caller is told that the
// charter waits for their signature; `notified` learns who.
Result<CharterVersion> draftCharter(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    const CharterInput& input, UnixSeconds now,
                                    std::vector<long long>* notified = nullptr);

// Changes a draft, which drops every signature it had; kConflict for a version that is not a draft.
// Changing a side's signers is for that side (mayChangeSigners). Those who had signed, and new
// signers, are told that it waits for their signature (again).
Result<CharterVersion> updateCharter(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                     long long versionId, const CharterInput& input, UnixSeconds now,
                                     std::vector<long long>* notified = nullptr);

// Signs as one of the version's designated signers (else kForbidden); signing twice changes nothing.
// The last signature puts the version in force and supersedes the one before.
Result<CharterVersion> signCharter(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                   long long versionId, UnixSeconds now);

Result<Page<CharterVersion>> listCharterVersions(Store& store, const Caller& caller, long long districtId,
                                                 long long bodyId, long long cursor, int limit);

Result<CharterVersion> getCharterVersion(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                         long long versionId);

struct CharterView {
  std::optional<CharterVersion> inForce;
  bool reviewDue = false;  // the review date has passed, or the body flagged a review
};
// The version in force, if any, for everyone in the district.
Result<CharterView> getCharter(Store& store, const Caller& caller, long long districtId, long long bodyId,
                               UnixSeconds now);

}  // namespace accord::domain
