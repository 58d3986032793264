#pragma once
#include <mutex>
#include <optional>

#include <soci/soci.h>

#include "domain/directory/directory.hpp"
#include "domain/practice/practice.hpp"

namespace accord::store {

// The districts' profiles as last read, with the profile version they were read at. Shared by every
// session of a store: peers are found among all 13,000 districts on every request, and the profiles
// change only when a district's figures or demographics do (the database's triggers count that).
class ProfileCache {
 public:
  domain::DistrictProfiles at(long long version) {
    std::lock_guard lock(mutex_);
    return version == version_ ? profiles_ : nullptr;
  }
  void keep(long long version, domain::DistrictProfiles profiles) {
    std::lock_guard lock(mutex_);
    if (version >= version_) version_ = version, profiles_ = std::move(profiles);
  }

 private:
  std::mutex mutex_;
  long long version_ = -1;
  domain::DistrictProfiles profiles_;
};

// Full-text search is the one place the backends differ: FTS5 on SQLite, a tsvector with a GIN
// index on PostgreSQL. The repository asks the session which it is talking to.
class SqlPractices final : public domain::PracticeRepository {
 public:
  SqlPractices(soci::session& sql, ProfileCache& profiles) : sql_(sql), profiles_(profiles) {}
  Result<long long> insert(const domain::Practice& practice) override;
  Result<void> update(const domain::Practice& practice) override;
  Result<domain::Practice> byId(long long practiceId) override;
  Result<domain::Page<domain::Practice>> listOfDistrict(long long districtId, long long afterId, int limit) override;
  Result<std::vector<domain::SearchHit>> search(const domain::PracticeSearch& query, bool& more) override;
  Result<std::optional<domain::SearchVersion>> searchVersion(long long viewerId) override;
  Result<std::optional<domain::PeersVersion>> peersVersion() override;
  Result<long long> insertAdoption(const domain::Adoption& adoption) override;
  Result<std::vector<domain::Adoption>> adoptions(long long practiceId) override;
  Result<domain::DistrictProfiles> profiles() override;
  Result<std::vector<std::vector<domain::PracticeTitle>>> publishedTitles(const std::vector<long long>& districtIds,
                                                                          int limit) override;
  Result<void> follow(long long practiceId, long long userId, UnixSeconds at) override;
  Result<void> unfollow(long long practiceId, long long userId) override;
  Result<domain::FollowState> followState(long long practiceId, long long userId) override;
  Result<domain::Page<domain::FollowedPractice>> followedBy(long long userId, long long afterId, int limit) override;
  Result<std::vector<domain::PracticeUpdate>> updatesFor(long long userId, UnixSeconds from, UnixSeconds to) override;

 private:
  bool postgres() const;
  void writeDetails(const domain::Practice& practice, bool replace);
  std::optional<long long> profileVersion();  // nullopt when its row is gone
  soci::session& sql_;
  ProfileCache& profiles_;
};

class SqlDirectory final : public domain::DirectoryRepository {
 public:
  explicit SqlDirectory(soci::session& sql) : sql_(sql) {}
  Result<void> upsert(const domain::DirectoryEntry& entry) override;
  Result<long long> applyToDistricts(const domain::DirectoryEntry& entry) override;
  Result<long long> count() override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
