#pragma once
// People, their sessions and invitations.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"

namespace accord::domain {

struct User {
  long long id = 0;
  std::string email;  // stored lower-case, unique
  std::string name;
  std::string locale = "en";
  bool admin = false;
  std::string passwordHash;  // empty: no password set yet
  UnixSeconds createdAt = 0;
};

struct Session {
  std::string tokenHash;  // SHA-256 of the cookie's token; the token itself is never stored
  long long userId = 0;
  std::string csrfToken;
  UnixSeconds createdAt = 0;
  UnixSeconds expiresAt = 0;
  UnixSeconds lastSeenAt = 0;
};

struct Invitation {
  long long id = 0;
  std::string tokenHash;
  std::string email;
  std::string name;
  long long districtId = 0;
  std::string side;
  std::string role;
  long long invitedBy = 0;
  UnixSeconds createdAt = 0;
  UnixSeconds expiresAt = 0;
  std::optional<UnixSeconds> usedAt;
  std::string districtName;  // filled when listed for the invited person
  std::string inviterName;   // filled when listed for the invited person
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  // kConflict (field "email") when the email is taken.
  virtual Result<long long> insert(const User& user) = 0;
  virtual Result<User> byEmail(const std::string& normalizedEmail) = 0;
  virtual Result<User> byId(long long id) = 0;
  // The names of the people of these ids that exist, by id: one read however many.
  virtual Result<std::map<long long, std::string>> namesOf(const std::vector<long long>& ids) = 0;
  virtual Result<void> setPassword(long long id, const std::string& passwordHash) = 0;
  virtual Result<void> setProfile(long long id, const std::string& name, const std::string& locale) = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual Result<void> insert(const Session& session) = 0;
  // The session and its person in one statement: the lookup behind every signed-in request.
  virtual Result<std::pair<Session, User>> withUser(const std::string& tokenHash) = 0;
  virtual Result<void> touch(const std::string& tokenHash, UnixSeconds at) = 0;
  virtual Result<void> remove(const std::string& tokenHash) = 0;
  // Ends every session of the user except `keepTokenHash`.
  virtual Result<void> removeOthers(long long userId, const std::string& keepTokenHash) = 0;
  virtual Result<void> removeExpired(UnixSeconds now, UnixSeconds idleBefore) = 0;
};

// Password attempts, counted per key ("account:<email>", "address:<ip>"). An attempt is recorded
// before the password is verified and removed again when it was right, so a failure is counted
// even while its verification is running.
class ThrottleRepository {
 public:
  virtual ~ThrottleRepository() = default;
  // Under a lock on `key` held until the transaction ends: records an attempt at `at` and returns
  // its id, or returns 0 (recording nothing) when `key` has `limit` attempts after `since` already.
  virtual Result<long long> reserveAttempt(const std::string& key, UnixSeconds at, UnixSeconds since,
                                           long long limit) = 0;
  virtual Result<void> removeAttempt(long long id) = 0;
  virtual Result<void> clear(const std::string& key) = 0;
  virtual Result<void> removeBefore(UnixSeconds before) = 0;
};

class InvitationRepository {
 public:
  virtual ~InvitationRepository() = default;
  virtual Result<long long> insert(const Invitation& invitation) = 0;
  virtual Result<Invitation> byTokenHash(const std::string& tokenHash) = 0;
  virtual Result<Invitation> byId(long long id) = 0;
  // Unused and unexpired invitations to `normalizedEmail`, newest first, with district and inviter names.
  virtual Result<std::vector<Invitation>> pendingForEmail(const std::string& normalizedEmail, UnixSeconds now) = 0;
  // Removes an unused invitation; false when there was none.
  virtual Result<bool> removeUnused(long long id) = 0;
  // kConflict when it was used already: an invitation works once.
  virtual Result<void> markUsed(long long id, UnixSeconds at) = 0;
};

}  // namespace accord::domain
