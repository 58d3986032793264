#include "common/crypto.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/district/district.hpp"

namespace accord::domain {

namespace {
// One answer for an unknown token and for a token meant for someone other than the signed-in person,
// so that the answer does not tell whether the invited address has an account.
Error notValid() { return Error{ErrorCode::kInvalid, "this invitation link is not valid", "token", {}}; }
}  // namespace

Result<void> joinInvitedDistrict(Transaction& tx, const Invitation& inv, const User& user, UnixSeconds now) {
  // Marking it used first makes a second, concurrent acceptance fail with kConflict.
  ACCORD_CHECK(tx.invitations().markUsed(inv.id, now));
  if (tx.districts().membership(inv.districtId, user.id).ok()) return Ok{};
  Membership m;
  m.districtId = inv.districtId;
  m.userId = user.id;
  m.side = inv.side;
  m.role = inv.role;
  m.createdAt = now;
  ACCORD_CHECK(tx.districts().insertMembership(m));
  return Ok{};
}

Result<Accepted> acceptInvitation(Store& store, const Config& config, const AcceptInput& input, UnixSeconds now) {
  if (input.token.empty()) return invalid("token", "is required");
  ACCORD_CHECK(checkLocale(input.locale));

  Invitation inv;
  std::optional<User> existing;
  {
    ACCORD_TRY(auto tx, store.read());
    auto found = tx->invitations().byTokenHash(crypto::sha256Hex(input.token));
    if (!found.ok()) {
      if (found.error().code == ErrorCode::kNotFound) return notValid();
      return found.takeError();
    }
    inv = std::move(found).value();
    auto user = tx->users().byEmail(inv.email);
    if (user.ok()) existing = std::move(user).value();
    else if (user.error().code != ErrorCode::kNotFound) return user.takeError();
  }
  if (input.caller && input.caller->user.email != inv.email) return notValid();
  if (inv.usedAt) return conflict("this invitation has been used already", "token");
  if (inv.expiresAt <= now) return invalid("token", "this invitation has expired; ask for a new one");

  Accepted out;
  out.districtId = inv.districtId;
  if (existing) {
    // Only the link's holder gets here, and the link went to this address alone. An account joins
    // from its own session, never with a password typed into this page.
    if (!input.caller)
      return Error{ErrorCode::kUnauthenticated, "sign in as the person invited, then accept the invitation",
                   "token", {}};
    out.user = input.caller->user;
    ACCORD_TRY(auto tx, store.write());
    ACCORD_CHECK(joinInvitedDistrict(*tx, inv, out.user, now));
    ACCORD_CHECK(tx->commit());
    return out;
  }

  if (!input.password || input.password->empty()) return invalid("password", "is required");
  ACCORD_CHECK(checkPassword(*input.password));
  out.user.email = inv.email;
  out.user.name = inv.name;
  out.user.locale = input.locale;
  out.user.passwordHash = crypto::hashPassword(*input.password);
  out.user.createdAt = now;

  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(out.user.id, tx->users().insert(out.user));
  ACCORD_CHECK(joinInvitedDistrict(*tx, inv, out.user, now));
  ACCORD_TRY(out.signedIn, openSession(*tx, config, out.user, now));
  ACCORD_CHECK(tx->commit());
  return out;
}

}  // namespace accord::domain
