#include <fmt/format.h>

#include "http/api/render.hpp"
#include "http/api/routes.hpp"

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
  ACCORD_TRY(auto invited, domain::invitePerson(s.store, s.config, *req.caller, input, nowSeconds()));
  const auto& inv = invited.invitation;
  return jsonResponse(201, {{"id", inv.id},
                            {"district_id", inv.districtId},
                            {"email", inv.email},
                            {"name", inv.name},
                            {"side", inv.side},
                            {"role", inv.role},
                            {"expires_at", inv.expiresAt},
                            {"token", invited.token},
                            {"link", invited.link}});
}

Result<Response> acceptInvitation(Services s, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  domain::AcceptInput input;
  ACCORD_TRY(input.token, requiredString(body, "token"));
  ACCORD_TRY(input.password, requiredString(body, "password"));
  ACCORD_TRY(auto locale, optionalString(body, "locale"));
  input.locale = locale.value_or("en");
  input.clientAddress = req.clientAddress;
  ACCORD_TRY(auto in, domain::acceptInvitation(s.store, s.config, input, nowSeconds()));
  return signedInResponse(s.config, in);
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
  router.add("POST", "/api/v1/invitations/accept", Access::kPublic,
             [s](Request& r) { return acceptInvitation(s, r); });
}

}  // namespace accord::http
