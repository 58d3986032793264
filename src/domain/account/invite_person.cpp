#include <fmt/format.h>

#include "common/crypto.hpp"
#include "common/html.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/district/use_cases.hpp"

namespace accord::domain {

namespace {

MailMessage invitationMessage(const Invitation& inv, const std::string& districtName, const std::string& inviterName,
                              const std::string& link) {
  MailMessage m;
  m.to = inv.email;
  m.toName = inv.name;
  m.subject = fmt::format("{} invites you to {} on Accord", inviterName, districtName);
  m.text = fmt::format(
      "{} invites you to join the labor-management partnership of {} on Accord ({} side, role {}).\n\n"
      "To accept, open this link within {} days:\n{}\n\n"
      "If you already have an Accord account, sign in with it when the page asks.\n"
      "If you did not expect this, ignore this message; nothing happens unless the link is opened.\n",
      inviterName, districtName, inv.side, inv.role, (inv.expiresAt - inv.createdAt) / 86400, link);
  m.html = fmt::format(
      "<p>{} invites you to join the labor-management partnership of {} on Accord ({} side, role {}).</p>"
      "<p><a href=\"{}\">Accept the invitation</a> (the link works for {} days).</p>"
      "<p>If you already have an Accord account, sign in with it when the page asks. If you did not expect this, "
      "ignore this message; nothing happens unless the link is opened.</p>",
      escapeHtml(inviterName), escapeHtml(districtName), escapeHtml(inv.side), escapeHtml(inv.role),
      escapeHtml(link), (inv.expiresAt - inv.createdAt) / 86400);
  return m;
}

}  // namespace

Result<Invited> invitePerson(Store& store, const Config& config, Mailer* mailer, const Caller& caller,
                             const InvitationInput& input, UnixSeconds now) {
  Invited out;
  Invitation& inv = out.invitation;
  std::string token = crypto::randomToken();
  std::string districtName;
  {
    ACCORD_TRY(auto tx, store.write());
    ACCORD_TRY(Membership mine, memberOf(*tx, input.districtId, caller.user));
    ACCORD_CHECK(mayManageMembers(mine));
    ACCORD_TRY(inv.email, normalizeEmail(input.email));
    ACCORD_TRY(inv.name, checkName(input.name));
    ACCORD_CHECK(checkSideAndRole(input.side, input.role));
    // Putting someone on a side is for that side's own leaders: one side never seats people on the other.
    ACCORD_TRY(SideAuthority authority, mayAssignSide(mine, caller.user, input.side));
    // Members are listed to those who manage them, so saying so tells them nothing new.
    if (auto existing = tx->users().byEmail(inv.email); existing.ok()) {
      if (tx->districts().membership(input.districtId, existing->id).ok())
        return conflict("this person is a member of the district already", "email");
    }
    ACCORD_TRY(District district, tx->districts().byId(input.districtId));
    districtName = district.name;
    inv.tokenHash = crypto::sha256Hex(token);
    inv.districtId = input.districtId;
    inv.side = input.side;
    inv.role = input.role;
    inv.invitedBy = caller.user.id;
    inv.createdAt = now;
    inv.expiresAt = now + config.invitationTtlSeconds;
    ACCORD_TRY(inv.id, tx->invitations().insert(inv));
    ACCORD_CHECK(audit(*tx, input.districtId, caller, "district.invitation.create", "invitation", inv.id,
                       {{"side", inv.side}, {"role", inv.role}, {"acting_for", authority.side},
                        {"acting_as", authority.as}},
                       now));
    ACCORD_CHECK(tx->commit());
  }

  // The link goes only to the invited address: opening it proves the address is theirs. The answer
  // to the inviter is the same whether or not the address has an account.
  const std::string kInApp =
      "A person who has an Accord account sees the invitation on their home page after signing in. For a "
      "person without one, an administrator creates the account on the server with "
      "`accord user add --email EMAIL --name NAME` (the password on standard input); they then sign in and "
      "accept it there.";
  if (!mailer) {
    out.delivery = "not_sent";
    out.message = "Email is not configured on this server, so the invitation was not sent. " + kInApp;
    return out;
  }
  auto sent = mailer->send(invitationMessage(inv, districtName, caller.user.name,
                                             config.publicUrl + "/invitation/" + token));
  if (!sent.ok()) {
    out.delivery = "not_sent";
    out.message = "The mail server did not accept the invitation, so it was not sent. " + kInApp;
    out.mailError = sent.error().message + (sent.error().detail.empty() ? "" : " (" + sent.error().detail + ")");
    return out;
  }
  out.delivery = "sent";
  out.message = "The invitation was sent by email to " + inv.email + ".";
  return out;
}

}  // namespace accord::domain
