#pragma once
// Accounts: adding people, signing in and out, passwords, invitations.
// Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "common/config.hpp"
#include "domain/account/account.hpp"
#include "domain/notification/notification.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// The signed-in person behind a request.
struct Caller {
  User user;
  Session session;
};

struct NewUser {
  std::string email;
  std::string name;
  std::string locale = "en";
  bool admin = false;
  std::string password;
};
Result<User> addUser(Store& store, const NewUser& input, UnixSeconds now);

struct SignedIn {
  User user;
  std::string token;  // goes into the cookie, nowhere else
  Session session;
};
struct LogInInput {
  std::string email;
  std::string password;
  std::string clientAddress;
};
Result<SignedIn> logIn(Store& store, const Config& config, const LogInInput& input, UnixSeconds now);

// Resolves a session cookie's token to its caller; kUnauthenticated when missing, expired or idle too long.
Result<Caller> authenticate(Store& store, const Config& config, const std::string& token, UnixSeconds now);

Result<void> logOut(Store& store, const Caller& caller);

struct PasswordChange {
  std::string currentPassword;
  std::string newPassword;
  std::string clientAddress;
};
// The current password is checked through the throttle of sign-in. Ends the caller's other sessions
// and revokes the caller's calendar feeds in every district.
Result<void> changePassword(Store& store, const Config& config, const Caller& caller, const PasswordChange& input,
                            UnixSeconds now);

struct UpdateProfile {
  std::optional<std::string> name;
  std::optional<std::string> locale;
};
Result<User> updateProfile(Store& store, const Caller& caller, const UpdateProfile& input);

struct InvitationInput {
  long long districtId = 0;
  std::string email;
  std::string name;
  std::string side;
  std::string role;
};
struct Invited {
  Invitation invitation;
  std::string delivery;   // "sent" or "not_sent"
  std::string message;    // for the inviter: what happened and what to do next
  std::string mailError;  // for the log only, when the mail server refused
};
// Records the invitation and emails its link to the invited address through `mailer` (nullptr: no
// mail is configured). Neither the token nor the link is returned: the link proves the address.
Result<Invited> invitePerson(Store& store, const Config& config, Mailer* mailer, const Caller& caller,
                             const InvitationInput& input, UnixSeconds now);

struct AcceptInput {
  std::string token;
  std::optional<std::string> password;  // sets a new account's password; not used for an existing one
  std::string locale = "en";
  const Caller* caller = nullptr;       // the signed-in person, if any
};
struct Accepted {
  User user;
  long long districtId = 0;
  std::optional<SignedIn> signedIn;  // a new account's first session
};
// With the emailed link's token. An address without an account gets one (with `password`) and is
// signed in. An address with an account joins only from that account's own session (kUnauthenticated
// without a session); any other session is answered as an invalid token.
Result<Accepted> acceptInvitation(Store& store, const Config& config, const AcceptInput& input, UnixSeconds now);

// Unused, unexpired invitations to the caller's email, with district and inviter names.
Result<std::vector<Invitation>> listMyInvitations(Store& store, const Caller& caller, UnixSeconds now);
// kNotFound for an invitation to another address.
Result<Invitation> acceptMyInvitation(Store& store, const Caller& caller, long long invitationId, UnixSeconds now);
Result<void> declineMyInvitation(Store& store, const Caller& caller, long long invitationId, UnixSeconds now);

// Shared by the ways of accepting: marks the invitation used and adds the membership if missing.
Result<void> joinInvitedDistrict(Transaction& tx, const Invitation& inv, const User& user, UnixSeconds now);
// The caller's own pending invitation, or kNotFound.
Result<Invitation> pendingInvitationOf(Transaction& tx, const Caller& caller, long long invitationId,
                                       UnixSeconds now);

// Shared by sign-in paths: opens a new session for `user` in `tx`.
Result<SignedIn> openSession(Transaction& tx, const Config& config, const User& user, UnixSeconds now);

}  // namespace accord::domain
