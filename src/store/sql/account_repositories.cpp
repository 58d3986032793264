#include <map>
#include <string_view>

#include <nlohmann/json.hpp>

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/repositories.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertUser =
    "INSERT INTO users (email, name, locale, is_admin, password_hash, created_at) "
    "VALUES (:email, :name, :locale, :admin, :hash, :created) RETURNING id";
constexpr const char* kUserColumns = "SELECT id, email, name, locale, is_admin, password_hash, created_at FROM users ";
constexpr const char* kSetPassword = "UPDATE users SET password_hash = :hash WHERE id = :id";
constexpr const char* kSetProfile = "UPDATE users SET name = :name, locale = :locale WHERE id = :id";

constexpr const char* kInsertSession =
    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at) "
    "VALUES (:hash, :user, :csrf, :created, :expires, :seen)";
constexpr const char* kSessionWithUser =
    "SELECT s.token_hash, s.user_id, s.csrf_token, s.created_at, s.expires_at, s.last_seen_at, "
    "u.id, u.email, u.name, u.locale, u.is_admin, u.password_hash, u.created_at "
    "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = :hash";
constexpr const char* kTouchSession = "UPDATE sessions SET last_seen_at = :at WHERE token_hash = :hash";
constexpr const char* kDeleteSession = "DELETE FROM sessions WHERE token_hash = :hash";
constexpr const char* kDeleteOtherSessions = "DELETE FROM sessions WHERE user_id = :user AND token_hash <> :keep";
constexpr const char* kDeleteExpiredSessions =
    "DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at <= :idle";

constexpr const char* kAddThrottleKey =
    "INSERT INTO throttle_keys (throttle_key, locked_at) VALUES (:key, :at) ON CONFLICT (throttle_key) DO NOTHING";
// Takes the key's row lock on PostgreSQL (SQLite's one writer is serialised already).
constexpr const char* kLockThrottleKey = "UPDATE throttle_keys SET locked_at = :at WHERE throttle_key = :key";
constexpr const char* kInsertFailure =
    "INSERT INTO login_failures (throttle_key, failed_at) VALUES (:key, :at) RETURNING id";
constexpr const char* kDeleteFailure = "DELETE FROM login_failures WHERE id = :id";
constexpr const char* kCountFailures =
    "SELECT COUNT(*) FROM login_failures WHERE throttle_key = :key AND failed_at > :since";
constexpr const char* kClearFailures = "DELETE FROM login_failures WHERE throttle_key = :key";
// throttle_keys rows are kept: deleting them here, while other transactions lock them, could deadlock.
constexpr const char* kPruneFailures = "DELETE FROM login_failures WHERE failed_at < :before";

constexpr const char* kInsertInvitation =
    "INSERT INTO invitations (token_hash, email, name, district_id, side, role, invited_by, created_at, expires_at) "
    "VALUES (:hash, :email, :name, :district, :side, :role, :by, :created, :expires) RETURNING id";
constexpr const char* kInvitationColumns =
    "SELECT id, token_hash, email, name, district_id, side, role, invited_by, created_at, expires_at, used_at "
    "FROM invitations ";
constexpr const char* kPendingInvitations =
    "SELECT i.id, i.email, i.name, i.district_id, i.side, i.role, i.invited_by, i.created_at, i.expires_at, "
    "d.name, u.name FROM invitations i JOIN districts d ON d.id = i.district_id JOIN users u ON u.id = i.invited_by "
    "WHERE i.email = :email AND i.used_at IS NULL AND i.expires_at > :now ORDER BY i.id DESC";
constexpr const char* kDeleteUnusedInvitation = "DELETE FROM invitations WHERE id = :id AND used_at IS NULL";
constexpr const char* kMarkInvitationUsed =
    "UPDATE invitations SET used_at = :at WHERE id = :id AND used_at IS NULL";

// A person's row. Read by id on many requests (an audit page's people, a notification's recipient), so kept.
struct UserRow {
  domain::User u;
  int admin = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(u.id);
    st.into(u.email);
    st.into(u.name);
    st.into(u.locale);
    st.into(admin);
    st.into(u.passwordHash);
    st.into(u.createdAt);
  }
  domain::User take() const {
    auto user = u;
    user.admin = admin != 0;
    return user;
  }
};

template <class Key>
Result<domain::User> fetchUser(soci::session& sql, const char* where, const Key& key) {
  auto rows = selectKept<UserRow>(sql, std::string(kUserColumns) + where, key);
  if (rows.empty()) return notFound("no such user");
  return std::move(rows.front());
}

// The names of people by id, the ids given as a JSON list: one statement, kept, however many ids. On
// SQLite each id is looked up as the list is walked: `IN (SELECT ... json_each)` first built a temporary
// index of the list, half of the statement's cost (an id given twice comes twice, to the same name).
constexpr const char* kNamesOfSqlite =
    "SELECT u.id, u.name FROM json_each(:ids) k JOIN users u ON u.id = k.value";
constexpr const char* kNamesOfPostgres =
    "SELECT u.id, u.name FROM users u WHERE u.id IN "
    "(SELECT CAST(k.value AS bigint) FROM jsonb_array_elements_text(CAST(:ids AS jsonb)) AS k(value))";

// A session with its person, read by every signed-in request.
struct SessionWithUserRow {
  domain::Session s;
  UserRow user;
  template <class Columns>
  void bind(Columns& st) {
    st.into(s.tokenHash);
    st.into(s.userId);
    st.into(s.csrfToken);
    st.into(s.createdAt);
    st.into(s.expiresAt);
    st.into(s.lastSeenAt);
    user.bind(st);
  }
  std::pair<domain::Session, domain::User> take() const { return {s, user.take()}; }
};

}  // namespace

Result<long long> SqlUsers::insert(const domain::User& user) {
  return guarded(
      "insert user",
      [&]() -> Result<long long> {
        long long id = 0;
        int admin = user.admin ? 1 : 0;
        sql_ << kInsertUser, use(user.email), use(user.name), use(user.locale), use(admin), use(user.passwordHash),
            use(user.createdAt), into(id);
        return id;
      },
      conflict("an account with this email exists already", "email"));
}

Result<domain::User> SqlUsers::byEmail(const std::string& normalizedEmail) {
  return guarded("user by email", [&] { return fetchUser(sql_, "WHERE email = :email", normalizedEmail); });
}

Result<domain::User> SqlUsers::byId(long long id) {
  return guarded("user by id", [&] { return fetchUser(sql_, "WHERE id = :id", id); });
}

Result<std::map<long long, std::string>> SqlUsers::namesOf(const std::vector<long long>& ids) {
  return guarded("names of users", [&]() -> Result<std::map<long long, std::string>> {
    std::map<long long, std::string> out;
    if (ids.empty()) return out;
    bool postgres = sql_.get_backend_name() == "postgresql";
    auto rows = selectKept<IdTextRow>(sql_, postgres ? kNamesOfPostgres : kNamesOfSqlite, nlohmann::json(ids).dump());
    for (auto& [id, name] : rows) out.emplace(id, std::move(name));
    return out;
  });
}

Result<void> SqlUsers::setPassword(long long id, const std::string& passwordHash) {
  return guarded("set password", [&]() -> Result<void> {
    sql_ << kSetPassword, use(passwordHash), use(id);
    return Ok{};
  });
}

Result<void> SqlUsers::setProfile(long long id, const std::string& name, const std::string& locale) {
  return guarded("set profile", [&]() -> Result<void> {
    sql_ << kSetProfile, use(name), use(locale), use(id);
    return Ok{};
  });
}

Result<void> SqlSessions::insert(const domain::Session& s) {
  return guarded("insert session", [&]() -> Result<void> {
    sql_ << kInsertSession, use(s.tokenHash), use(s.userId), use(s.csrfToken), use(s.createdAt), use(s.expiresAt),
        use(s.lastSeenAt);
    return Ok{};
  });
}

Result<std::pair<domain::Session, domain::User>> SqlSessions::withUser(const std::string& tokenHash) {
  return guarded("session with user", [&]() -> Result<std::pair<domain::Session, domain::User>> {
    auto rows = selectKept<SessionWithUserRow>(sql_, kSessionWithUser, tokenHash);
    if (rows.empty()) return notFound("no such session");
    return std::move(rows.front());
  });
}

Result<void> SqlSessions::touch(const std::string& tokenHash, UnixSeconds at) {
  return guarded("touch session", [&]() -> Result<void> {
    sql_ << kTouchSession, use(at), use(tokenHash);
    return Ok{};
  });
}

Result<void> SqlSessions::remove(const std::string& tokenHash) {
  return guarded("delete session", [&]() -> Result<void> {
    sql_ << kDeleteSession, use(tokenHash);
    return Ok{};
  });
}

Result<void> SqlSessions::removeOthers(long long userId, const std::string& keepTokenHash) {
  return guarded("delete other sessions", [&]() -> Result<void> {
    sql_ << kDeleteOtherSessions, use(userId), use(keepTokenHash);
    return Ok{};
  });
}

Result<void> SqlSessions::removeExpired(UnixSeconds now, UnixSeconds idleBefore) {
  return guarded("delete expired sessions", [&]() -> Result<void> {
    sql_ << kDeleteExpiredSessions, use(now), use(idleBefore);
    return Ok{};
  });
}

Result<long long> SqlThrottle::reserveAttempt(const std::string& key, UnixSeconds at, UnixSeconds since,
                                              long long limit) {
  return guarded("reserve a password attempt", [&]() -> Result<long long> {
    sql_ << kAddThrottleKey, use(key), use(at);
    sql_ << kLockThrottleKey, use(at), use(key);
    long long count = 0;
    sql_ << kCountFailures, use(key), use(since), into(count);
    if (count >= limit) return 0LL;
    long long id = 0;
    sql_ << kInsertFailure, use(key), use(at), into(id);
    return id;
  });
}

Result<void> SqlThrottle::removeAttempt(long long id) {
  return guarded("remove a password attempt", [&]() -> Result<void> {
    sql_ << kDeleteFailure, use(id);
    return Ok{};
  });
}

Result<void> SqlThrottle::clear(const std::string& key) {
  return guarded("clear login failures", [&]() -> Result<void> {
    sql_ << kClearFailures, use(key);
    return Ok{};
  });
}

Result<void> SqlThrottle::removeBefore(UnixSeconds before) {
  return guarded("prune login failures", [&]() -> Result<void> {
    sql_ << kPruneFailures, use(before);
    return Ok{};
  });
}

Result<long long> SqlInvitations::insert(const domain::Invitation& i) {
  return guarded("insert invitation", [&]() -> Result<long long> {
    long long id = 0;
    sql_ << kInsertInvitation, use(i.tokenHash), use(i.email), use(i.name), use(i.districtId), use(i.side),
        use(i.role), use(i.invitedBy), use(i.createdAt), use(i.expiresAt), into(id);
    return id;
  });
}

namespace {

Result<domain::Invitation> fetchInvitation(soci::session& sql, const char* where, const std::string& hash,
                                           long long id) {
  domain::Invitation i;
  long long usedAt = 0;
  soci::indicator usedInd = soci::i_null;
  if (std::string_view(where) == "token") {
    sql << kInvitationColumns << "WHERE token_hash = :hash", into(i.id), into(i.tokenHash), into(i.email),
        into(i.name), into(i.districtId), into(i.side), into(i.role), into(i.invitedBy), into(i.createdAt),
        into(i.expiresAt), into(usedAt, usedInd), use(hash);
  } else {
    sql << kInvitationColumns << "WHERE id = :id", into(i.id), into(i.tokenHash), into(i.email), into(i.name),
        into(i.districtId), into(i.side), into(i.role), into(i.invitedBy), into(i.createdAt), into(i.expiresAt),
        into(usedAt, usedInd), use(id);
  }
  if (!sql.got_data()) return notFound("no such invitation");
  if (usedInd == soci::i_ok) i.usedAt = usedAt;
  return i;
}

}  // namespace

Result<domain::Invitation> SqlInvitations::byTokenHash(const std::string& tokenHash) {
  return guarded("invitation by token", [&] { return fetchInvitation(sql_, "token", tokenHash, 0); });
}

Result<domain::Invitation> SqlInvitations::byId(long long id) {
  return guarded("invitation by id", [&] { return fetchInvitation(sql_, "id", {}, id); });
}

Result<std::vector<domain::Invitation>> SqlInvitations::pendingForEmail(const std::string& normalizedEmail,
                                                                         UnixSeconds now) {
  return guarded("pending invitations", [&]() -> Result<std::vector<domain::Invitation>> {
    std::vector<domain::Invitation> out;
    domain::Invitation i;
    soci::statement st = (sql_.prepare << kPendingInvitations, into(i.id), into(i.email), into(i.name),
                          into(i.districtId), into(i.side), into(i.role), into(i.invitedBy), into(i.createdAt),
                          into(i.expiresAt), into(i.districtName), into(i.inviterName), use(normalizedEmail),
                          use(now));
    st.execute();
    while (st.fetch()) out.push_back(i);
    return out;
  });
}

Result<bool> SqlInvitations::removeUnused(long long id) {
  return guarded("remove invitation", [&]() -> Result<bool> {
    soci::statement st = (sql_.prepare << kDeleteUnusedInvitation, use(id));
    st.execute(true);
    return st.get_affected_rows() == 1;
  });
}

Result<void> SqlInvitations::markUsed(long long id, UnixSeconds at) {
  return guarded("use invitation", [&]() -> Result<void> {
    soci::statement st = (sql_.prepare << kMarkInvitationUsed, use(at), use(id));
    st.execute(true);
    if (st.get_affected_rows() != 1) return conflict("this invitation has been used already", "token");
    return Ok{};
  });
}

}  // namespace accord::store
