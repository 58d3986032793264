#include "common/crypto.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/district/district.hpp"

namespace accord::domain {

Result<SignedIn> acceptInvitation(Store& store, const Config& config, const AcceptInput& input, UnixSeconds now) {
  if (input.token.empty()) return invalid("token", "is required");
  ACCORD_CHECK(checkLocale(input.locale));
  const std::string tokenHash = crypto::sha256Hex(input.token);

  Invitation inv;
  std::optional<User> existing;
  {
    ACCORD_TRY(auto tx, store.read());
    auto found = tx->invitations().byTokenHash(tokenHash);
    if (!found.ok()) {
      if (found.error().code == ErrorCode::kNotFound) return invalid("token", "this invitation link is not valid");
      return found.takeError();
    }
    inv = std::move(found).value();
    auto user = tx->users().byEmail(inv.email);
    if (user.ok()) existing = std::move(user).value();
  }
  if (inv.usedAt) return conflict("this invitation has been used already", "token");
  if (inv.expiresAt <= now) return invalid("token", "this invitation has expired; ask for a new one");

  User user;
  if (existing) {
    // The inviter sees the link too, so an existing account joins only with its own password.
    if (!crypto::verifyPassword(input.password, existing->passwordHash))
      return invalid("password", "an account with this email exists; enter its password to accept");
    user = *existing;
  } else {
    ACCORD_CHECK(checkPassword(input.password));
    user.email = inv.email;
    user.name = inv.name;
    user.locale = input.locale;
    user.passwordHash = crypto::hashPassword(input.password);
    user.createdAt = now;
  }

  ACCORD_TRY(auto tx, store.write());
  // Marking it used first makes a second, concurrent acceptance fail with kConflict.
  ACCORD_CHECK(tx->invitations().markUsed(inv.id, now));
  if (!existing) {
    ACCORD_TRY(user.id, tx->users().insert(user));
  }
  Membership m;
  m.districtId = inv.districtId;
  m.userId = user.id;
  m.side = inv.side;
  m.role = inv.role;
  m.createdAt = now;
  if (!tx->districts().membership(inv.districtId, user.id).ok()) {
    ACCORD_CHECK(tx->districts().insertMembership(m));
  }
  ACCORD_TRY(SignedIn out, openSession(*tx, config, user, now));
  ACCORD_CHECK(tx->commit());
  return out;
}

}  // namespace accord::domain
