#pragma once
// Who may do what with a body's charter. Everyone in the district reads it (bodyAccess);
// the body's co-chairs and the district's leaders draft and edit; only designated signers sign.
#include <vector>

#include "domain/body/policy.hpp"
#include "domain/charter/charter.hpp"

namespace accord::domain {

Result<void> mayDraftCharter(const BodyAccess& access, const User& caller);

// Only a draft can change; kConflict naming the status otherwise.
Result<void> mayEditCharterVersion(const CharterVersion& version);

// The signers for `userIds` (empty: the body's two co-chairs). Each must sit in the body on the labor or
// the management side, none twice, and both sides must be there; kInvalid on field "signers" otherwise.
Result<std::vector<CharterSigner>> designateSigners(Transaction& tx, const Body& body,
                                                    const std::vector<long long>& userIds);

// Who signs for a side is that side's choice (mayActForSide): a caller who names signers of a side other
// than `before` (on a new draft: the body's co-chair of that side) must be able to act for it. Returns the
// authority for each side whose signers change.
Result<std::vector<SideAuthority>> mayChangeSigners(const BodyAccess& access, const User& caller,
                                                    const std::vector<CharterSigner>& before,
                                                    const std::vector<CharterSigner>& after);

// The signers a new draft names when it names none: the body's co-chairs.
std::vector<CharterSigner> coChairSigners(const Body& body);

}  // namespace accord::domain
