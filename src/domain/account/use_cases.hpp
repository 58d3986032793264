#pragma once
// Accounts: adding people, signing in and out, passwords, invitations.
// Each function is one use case, in a file of the same name.
#include <optional>
#include <string>

#include "common/config.hpp"
#include "domain/account/account.hpp"
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
  std::string token;  // shown once, inside the link
  std::string link;
};
Result<Invited> invitePerson(Store& store, const Config& config, const Caller& caller, const InvitationInput& input,
                             UnixSeconds now);

struct AcceptInput {
  std::string token;
  std::string password;  // sets a new account's password, or proves an existing account's
  std::string locale = "en";
  std::string clientAddress;
};
// Creates the account if needed, joins the district, and signs the person in.
Result<SignedIn> acceptInvitation(Store& store, const Config& config, const AcceptInput& input, UnixSeconds now);

// Shared by sign-in paths: opens a new session for `user` in `tx`.
Result<SignedIn> openSession(Transaction& tx, const Config& config, const User& user, UnixSeconds now);

}  // namespace accord::domain
