#pragma once
#include <soci/soci.h>

#include "domain/issue/issue.hpp"

namespace accord::store {

class SqlIssues final : public domain::IssueRepository {
 public:
  explicit SqlIssues(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::Issue& issue) override;
  Result<domain::Issue> byId(long long districtId, long long issueId) override;
  Result<std::vector<domain::StepCount>> stepCounts(long long districtId, const domain::IssueFilter& filter) override;
  Result<domain::Page<domain::Issue>> list(long long districtId, const domain::IssueFilter& filter, long long afterId,
                                           int limit) override;
  Result<void> update(const domain::Issue& issue) override;
  Result<long long> insertItem(const domain::IssueItem& item) override;
  Result<std::vector<domain::IssueItem>> items(long long issueId) override;
  Result<void> setScore(long long issueId, const domain::IssueScore& score) override;
  Result<bool> replaceScore(long long issueId, const domain::IssueScore& score,
                            const std::optional<domain::IssueScore>& seen) override;
  Result<std::vector<domain::IssueScore>> scores(long long issueId) override;
  Result<std::vector<domain::StepReady>> readiness(long long issueId, const std::string& step) override;
  Result<void> markReady(const domain::Issue& issue, const domain::StepReady& ready) override;
  Result<void> clearReadiness(long long issueId) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
