#pragma once
#include <soci/soci.h>

#include "domain/directory/directory.hpp"
#include "domain/practice/practice.hpp"

namespace accord::store {

// Full-text search is the one place the backends differ: FTS5 on SQLite, a tsvector with a GIN
// index on PostgreSQL. The repository asks the session which it is talking to.
class SqlPractices final : public domain::PracticeRepository {
 public:
  explicit SqlPractices(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::Practice& practice) override;
  Result<void> update(const domain::Practice& practice) override;
  Result<domain::Practice> byId(long long practiceId) override;
  Result<domain::Page<domain::Practice>> listOfDistrict(long long districtId, long long afterId, int limit) override;
  Result<std::vector<domain::SearchHit>> search(const domain::PracticeSearch& query, bool& more) override;
  Result<long long> insertAdoption(const domain::Adoption& adoption) override;
  Result<std::vector<domain::Adoption>> adoptions(long long practiceId) override;
  Result<std::vector<domain::DistrictProfile>> profiles() override;
  Result<std::vector<domain::PracticeTitle>> publishedTitles(long long districtId, int limit) override;
  Result<void> follow(long long practiceId, long long userId, UnixSeconds at) override;
  Result<void> unfollow(long long practiceId, long long userId) override;
  Result<domain::FollowState> followState(long long practiceId, long long userId) override;
  Result<domain::Page<domain::FollowedPractice>> followedBy(long long userId, long long afterId, int limit) override;
  Result<std::vector<domain::PracticeUpdate>> updatesFor(long long userId, UnixSeconds from, UnixSeconds to) override;

 private:
  bool postgres() const;
  void writeDetails(const domain::Practice& practice, bool replace);
  soci::session& sql_;
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
