#pragma once
#include <soci/soci.h>

#include "domain/decision/decision.hpp"
#include "domain/decision/decision_log.hpp"

namespace accord::store {

class SqlDecisions final : public domain::DecisionRepository {
 public:
  explicit SqlDecisions(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::Decision& decision) override;
  Result<domain::Decision> byId(long long districtId, long long decisionId) override;
  Result<domain::Page<domain::Decision>> list(long long districtId, const domain::DecisionFilter& filter,
                                              long long afterId, int limit) override;
  Result<void> close(const domain::Decision& decision) override;
  Result<void> setStance(const domain::Stance& stance) override;
  Result<std::vector<domain::Stance>> stances(long long decisionId) override;

 private:
  soci::session& sql_;
};

class SqlDecisionLog final : public domain::DecisionLogRepository {
 public:
  explicit SqlDecisionLog(soci::session& sql) : sql_(sql) {}
  Result<void> append(const domain::LogEntry& entry) override;
  Result<std::optional<domain::LogEntry>> last(long long districtId) override;
  Result<domain::Page<domain::LogEntry>> list(long long districtId, long long afterId, int limit) override;
  Result<void> each(long long districtId, const std::function<bool(const domain::LogEntry&)>& visit) override;
  Result<std::vector<long long>> districts() override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
