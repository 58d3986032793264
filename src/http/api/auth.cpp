#include <optional>

#include <fmt/format.h>

#include "http/api/render.hpp"
#include "http/api/routes.hpp"
#include "mail/smtp_mailer.hpp"

namespace accord::http {

namespace {

std::string sessionCookie(const Config& config, const std::string& token, long long maxAge) {
  return fmt::format("{}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}", kSessionCookie, token, maxAge,
                     config.cookieSecure ? "; Secure" : "");
}

Response signedInResponse(const Config& config, const domain::SignedIn& in) {
  Response r = jsonResponse(200, {{"user", userJson(in.user)},
                                  {"csrf_token", in.session.csrfToken},
                                  {"expires_at", in.session.expiresAt}});
  r.with("Set-Cookie", sessionCookie(config, in.token, config.sessionTtlSeconds));
  return r;
}

Result<Response> logIn(Services s, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(std::string email, requiredString(body, "email"));
  ACCORD_TRY(std::string password, requiredString(body, "password"));
  ACCORD_TRY(auto in, domain::logIn(s.store, s.config, {email, password, req.clientAddress}, nowSeconds()));
  return signedInResponse(s.config, in);
}

Result<Response> logOut(Services s, Request& req) {
  ACCORD_CHECK(domain::logOut(s.store, *req.caller));
  Response r = noContent();
  r.with("Set-Cookie", sessionCookie(s.config, "", 0));
  return r;
}

Result<Response> me(Request& req) {
  return jsonResponse(200, {{"user", userJson(req.caller->user)},
                            {"csrf_token", req.caller->session.csrfToken},
                            {"expires_at", req.caller->session.expiresAt}});
}

Result<Response> updateMe(Services s, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  domain::UpdateProfile input;
  ACCORD_TRY(input.name, optionalString(body, "name"));
  ACCORD_TRY(input.locale, optionalString(body, "locale"));
  ACCORD_TRY(auto user, domain::updateProfile(s.store, *req.caller, input));
  return jsonResponse(200, {{"user", userJson(user)}});
}

Result<Response> changePassword(Services s, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  domain::PasswordChange input;
  ACCORD_TRY(input.currentPassword, requiredString(body, "current_password"));
  ACCORD_TRY(input.newPassword, requiredString(body, "new_password"));
  input.clientAddress = req.clientAddress;
  ACCORD_CHECK(domain::changePassword(s.store, s.config, *req.caller, input, nowSeconds()));
  return noContent();
}

Result<Response> invite(Services s, Request& req) {
  domain::InvitationInput input;
  ACCORD_TRY(input.districtId, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(input.email, requiredString(body, "email"));
  ACCORD_TRY(input.name, requiredString(body, "name"));
  ACCORD_TRY(input.side, requiredString(body, "side"));
  ACCORD_TRY(input.role, requiredString(body, "role"));
  std::optional<mail::SmtpMailer> mailer;
  if (!s.config.smtpUrl.empty()) mailer.emplace(s.config);
  ACCORD_TRY(auto invited, domain::invitePerson(s.store, s.config, mailer ? &*mailer : nullptr, *req.caller, input,
                                                nowSeconds()));
  const auto& inv = invited.invitation;
  if (!invited.mailError.empty())
    s.log.error("an invitation could not be emailed", {{"invitation_id", inv.id}, {"error", invited.mailError}});
  return jsonResponse(201, {{"id", inv.id},
                            {"district_id", inv.districtId},
                            {"email", inv.email},
                            {"name", inv.name},
                            {"side", inv.side},
                            {"role", inv.role},
                            {"expires_at", inv.expiresAt},
                            {"delivery", invited.delivery},
                            {"message", invited.message}});
}

json sessionJson(const domain::User& user, const domain::Session& session) {
  return {{"user", userJson(user)}, {"csrf_token", session.csrfToken}, {"expires_at", session.expiresAt}};
}

Result<Response> acceptInvitation(Services s, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  domain::AcceptInput input;
  ACCORD_TRY(input.token, requiredString(body, "token"));
  ACCORD_TRY(input.password, optionalString(body, "password"));
  ACCORD_TRY(auto locale, optionalString(body, "locale"));
  input.locale = locale.value_or("en");
  if (req.caller) input.caller = &*req.caller;
  ACCORD_TRY(auto accepted, domain::acceptInvitation(s.store, s.config, input, nowSeconds()));
  if (accepted.signedIn) {
    Response r = signedInResponse(s.config, *accepted.signedIn);
    json out = sessionJson(accepted.signedIn->user, accepted.signedIn->session);
    out["district_id"] = accepted.districtId;
    r.body = out.dump();
    return r;
  }
  json out = sessionJson(accepted.user, req.caller->session);
  out["district_id"] = accepted.districtId;
  return jsonResponse(200, out);
}

json myInvitationJson(const domain::Invitation& inv) {
  return {{"id", inv.id},
          {"district_id", inv.districtId},
          {"district_name", inv.districtName},
          {"name", inv.name},
          {"side", inv.side},
          {"role", inv.role},
          {"invited_by_name", inv.inviterName},
          {"created_at", inv.createdAt},
          {"expires_at", inv.expiresAt}};
}

Result<Response> myInvitations(Services s, Request& req) {
  ACCORD_TRY(auto list, domain::listMyInvitations(s.store, *req.caller, nowSeconds()));
  json items = json::array();
  for (const auto& inv : list) items.push_back(myInvitationJson(inv));
  return jsonResponse(200, {{"items", items}});
}

Result<Response> acceptMyInvitation(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "invitation", "invitation"));
  ACCORD_TRY(auto inv, domain::acceptMyInvitation(s.store, *req.caller, id, nowSeconds()));
  return jsonResponse(200, {{"district_id", inv.districtId}, {"side", inv.side}, {"role", inv.role}});
}

Result<Response> declineMyInvitation(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "invitation", "invitation"));
  ACCORD_CHECK(domain::declineMyInvitation(s.store, *req.caller, id, nowSeconds()));
  return noContent();
}

}  // namespace

void addAuthRoutes(Router& router, Services s) {
  router.add("POST", "/api/v1/auth/login", Access::kPublic, [s](Request& r) { return logIn(s, r); });
  router.add("POST", "/api/v1/auth/logout", Access::kSession, [s](Request& r) { return logOut(s, r); });
  router.add("GET", "/api/v1/me", Access::kSession, [](Request& r) { return me(r); });
  router.add("PATCH", "/api/v1/me", Access::kSession, [s](Request& r) { return updateMe(s, r); });
  router.add("POST", "/api/v1/me/password", Access::kSession, [s](Request& r) { return changePassword(s, r); });
  router.add("POST", "/api/v1/districts/{district}/invitations", Access::kSession,
             [s](Request& r) { return invite(s, r); });
  router.add("POST", "/api/v1/invitations/accept", Access::kOptionalSession,
             [s](Request& r) { return acceptInvitation(s, r); });
  router.add("GET", "/api/v1/me/invitations", Access::kSession, [s](Request& r) { return myInvitations(s, r); });
  router.add("POST", "/api/v1/me/invitations/{invitation}/accept", Access::kSession,
             [s](Request& r) { return acceptMyInvitation(s, r); });
  router.add("POST", "/api/v1/me/invitations/{invitation}/decline", Access::kSession,
             [s](Request& r) { return declineMyInvitation(s, r); });
}

}  // namespace accord::http
