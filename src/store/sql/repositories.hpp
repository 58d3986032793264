#pragma once
// The repositories over SOCI. Their SQL is portable between SQLite and PostgreSQL;
// what differs between the two (schema types, pragmas) lives in the backends' folders.
#include <soci/soci.h>

#include "domain/account/account.hpp"
#include "domain/district/district.hpp"

namespace accord::store {

class SqlUsers final : public domain::UserRepository {
 public:
  explicit SqlUsers(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::User& user) override;
  Result<domain::User> byEmail(const std::string& normalizedEmail) override;
  Result<domain::User> byId(long long id) override;
  Result<std::map<long long, std::string>> namesOf(const std::vector<long long>& ids) override;
  Result<void> setPassword(long long id, const std::string& passwordHash) override;
  Result<void> setProfile(long long id, const std::string& name, const std::string& locale) override;

 private:
  soci::session& sql_;
};

class SqlSessions final : public domain::SessionRepository {
 public:
  explicit SqlSessions(soci::session& sql) : sql_(sql) {}
  Result<void> insert(const domain::Session& session) override;
  Result<std::pair<domain::Session, domain::User>> withUser(const std::string& tokenHash) override;
  Result<void> touch(const std::string& tokenHash, UnixSeconds at) override;
  Result<void> remove(const std::string& tokenHash) override;
  Result<void> removeOthers(long long userId, const std::string& keepTokenHash) override;
  Result<void> removeExpired(UnixSeconds now, UnixSeconds idleBefore) override;

 private:
  soci::session& sql_;
};

class SqlThrottle final : public domain::ThrottleRepository {
 public:
  explicit SqlThrottle(soci::session& sql) : sql_(sql) {}
  Result<long long> reserveAttempt(const std::string& key, UnixSeconds at, UnixSeconds since,
                                   long long limit) override;
  Result<void> removeAttempt(long long id) override;
  Result<void> clear(const std::string& key) override;
  Result<void> removeBefore(UnixSeconds before) override;

 private:
  soci::session& sql_;
};

class SqlInvitations final : public domain::InvitationRepository {
 public:
  explicit SqlInvitations(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::Invitation& invitation) override;
  Result<domain::Invitation> byTokenHash(const std::string& tokenHash) override;
  Result<domain::Invitation> byId(long long id) override;
  Result<std::vector<domain::Invitation>> pendingForEmail(const std::string& normalizedEmail,
                                                          UnixSeconds now) override;
  Result<bool> removeUnused(long long id) override;
  Result<void> markUsed(long long id, UnixSeconds at) override;

 private:
  soci::session& sql_;
};

class SqlDistricts final : public domain::DistrictRepository {
 public:
  explicit SqlDistricts(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::District& district) override;
  Result<domain::District> byId(long long id) override;
  Result<domain::District> byName(const std::string& name) override;
  Result<void> update(const domain::District& district) override;
  Result<domain::Page<domain::District>> listForUser(long long userId, long long afterId, int limit) override;
  Result<long long> insertMembership(const domain::Membership& membership) override;
  Result<domain::Membership> membership(long long districtId, long long userId) override;
  Result<domain::Page<domain::Membership>> listMemberships(long long districtId, long long afterId,
                                                           int limit) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
