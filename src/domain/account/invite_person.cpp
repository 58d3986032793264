#include "common/crypto.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/district/use_cases.hpp"

namespace accord::domain {

Result<Invited> invitePerson(Store& store, const Config& config, const Caller& caller, const InvitationInput& input,
                             UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Membership mine, memberOf(*tx, input.districtId, caller.user));
  ACCORD_CHECK(mayManageMembers(mine));

  Invited out;
  Invitation& inv = out.invitation;
  ACCORD_TRY(inv.email, normalizeEmail(input.email));
  ACCORD_TRY(inv.name, checkName(input.name));
  ACCORD_CHECK(checkSideAndRole(input.side, input.role));
  if (auto existing = tx->users().byEmail(inv.email); existing.ok()) {
    if (tx->districts().membership(input.districtId, existing->id).ok())
      return conflict("this person is a member of the district already", "email");
  }
  out.token = crypto::randomToken();
  inv.tokenHash = crypto::sha256Hex(out.token);
  inv.districtId = input.districtId;
  inv.side = input.side;
  inv.role = input.role;
  inv.invitedBy = caller.user.id;
  inv.createdAt = now;
  inv.expiresAt = now + config.invitationTtlSeconds;
  ACCORD_TRY(inv.id, tx->invitations().insert(inv));
  ACCORD_CHECK(tx->commit());
  out.link = config.publicUrl + "/invitation/" + out.token;
  return out;
}

}  // namespace accord::domain
