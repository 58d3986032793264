#pragma once
// Who may write, sign off, read and adopt practices. Every practice use case starts here.
#include <string>

#include "domain/account/account.hpp"
#include "domain/district/district.hpp"
#include "domain/practice/practice.hpp"

namespace accord::domain {

// Members of the district on the labor or the management side write its practices (neutral
// members do not speak for either side). Another district's caller gets kNotFound.
Result<Membership> mayWritePractices(Transaction& tx, long long districtId, const User& caller);

// The side of the joint body the caller co-chairs in the district ("labor" or "management");
// kForbidden when they co-chair none. Sign-off is for co-chairs only.
Result<std::string> coChairSide(Transaction& tx, long long districtId, const User& caller);

// A published practice is readable by every signed-in person of the installation; a draft only by
// the members of its district (anyone else: kNotFound). Without a caller (`nullptr`), only a
// published practice marked public is readable.
Result<Practice> readablePractice(Transaction& tx, long long practiceId, const User* caller);

// Anyone signed in may follow a published practice they can read. An unreadable practice is
// kNotFound, as reading it is; a draft of their own district is kConflict.
Result<Practice> mayFollow(Transaction& tx, long long practiceId, const User& caller);

// Adopting into a district is for its leaders (superintendent, union president, board president,
// administrator) and the co-chairs of its joint bodies.
Result<Membership> mayAdopt(Transaction& tx, long long districtId, const User& caller);

}  // namespace accord::domain
