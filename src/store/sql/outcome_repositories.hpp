#pragma once
#include <soci/soci.h>

#include "domain/outcome/outcome.hpp"
#include "domain/outcome_import/import.hpp"

namespace accord::store {

class SqlOutcomes final : public domain::OutcomeRepository {
 public:
  explicit SqlOutcomes(soci::session& sql) : sql_(sql) {}

  Result<long long> insertSchool(const domain::School& school) override;
  Result<void> updateSchool(const domain::School& school) override;
  Result<void> deleteSchool(long long districtId, long long schoolId) override;
  Result<domain::School> schoolById(long long districtId, long long schoolId) override;
  Result<domain::Page<domain::School>> listSchools(long long districtId, long long afterId, int limit) override;
  Result<std::vector<domain::School>> allSchools(long long districtId) override;

  Result<long long> insertMetric(const domain::Metric& metric) override;
  Result<void> updateMetric(const domain::Metric& metric) override;
  Result<void> deleteMetric(long long districtId, long long metricId) override;
  Result<domain::Metric> metricByKey(long long districtId, const std::string& key) override;
  Result<std::vector<domain::Metric>> listMetrics(long long districtId) override;

  Result<void> upsertValues(const std::vector<domain::MetricValue>& values) override;
  Result<std::optional<domain::MetricValue>> findValue(const domain::MetricValue& value) override;
  Result<domain::MetricValue> valueById(long long districtId, long long valueId) override;
  Result<void> deleteValue(long long districtId, long long valueId) override;
  Result<domain::Page<domain::MetricValue>> listValues(long long districtId, const domain::ValueFilter& filter,
                                                       long long afterId, int limit) override;
  Result<std::vector<std::string>> groups(long long districtId) override;
  Result<std::vector<domain::MetricValue>> series(long long districtId, const domain::SeriesQuery& query) override;

  Result<void> upsertDemographics(const std::vector<domain::Demographics>& rows) override;
  Result<std::optional<domain::Demographics>> findDemographics(long long districtId, int year,
                                                               long long schoolId) override;
  Result<domain::Page<domain::Demographics>> listDemographics(long long districtId,
                                                              const domain::DemographicsFilter& filter,
                                                              long long afterId, int limit) override;

  Result<std::vector<domain::TimelineEvent>> timeline(long long districtId, long long viewerId, UnixSeconds from,
                                                      UnixSeconds to, long long limit) override;
  Result<std::optional<long long>> chartVersion(long long districtId) override;

 private:
  soci::session& sql_;
};

class SqlImportJobs final : public domain::ImportJobRepository {
 public:
  explicit SqlImportJobs(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::ImportJob& job) override;
  Result<void> finish(const domain::ImportJob& job) override;
  Result<domain::ImportJob> byId(long long districtId, long long jobId) override;
  Result<domain::Page<domain::ImportJob>> list(long long districtId, long long beforeId, int limit) override;
  Result<void> insertErrors(long long jobId, const std::vector<domain::ImportError>& errors) override;
  Result<domain::Page<domain::ImportError>> errors(long long jobId, long long afterId, int limit) override;
  Result<void> claim(long long jobId) override;
  Result<long long> failUnclaimed(UnixSeconds startedBefore, const std::string& message, UnixSeconds now) override;

 private:
  bool postgres() const { return sql_.get_backend_name() == "postgresql"; }

  soci::session& sql_;
};

}  // namespace accord::store
