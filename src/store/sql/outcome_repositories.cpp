#include "store/sql/outcome_repositories.hpp"

#include <map>
#include <tuple>

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertSchool =
    "INSERT INTO schools (district_id, name, state_code, level, created_at, updated_at) "
    "VALUES (:district, :name, :code, :level, :created, :updated) RETURNING id";
constexpr const char* kUpdateSchool =
    "UPDATE schools SET name = :name, state_code = :code, level = :level, updated_at = :updated "
    "WHERE id = :id AND district_id = :district";
constexpr const char* kDeleteSchoolValues =
    "DELETE FROM metric_values WHERE district_id = :district AND scope = 'school' AND school_id = :school";
constexpr const char* kDeleteSchoolDemographics =
    "DELETE FROM demographics WHERE district_id = :district AND school_id = :school";
constexpr const char* kDeleteSchool = "DELETE FROM schools WHERE district_id = :district AND id = :school";
constexpr const char* kSchoolColumns =
    "SELECT id, district_id, name, state_code, level, created_at, updated_at FROM schools ";
constexpr const char* kSchoolById = "WHERE district_id = :district AND id = :id";
constexpr const char* kSchoolsOfDistrict = "WHERE district_id = :district AND id > :after ORDER BY id LIMIT :limit";
constexpr const char* kAllSchools = "WHERE district_id = :district ORDER BY name, id";

constexpr const char* kInsertMetric =
    "INSERT INTO metrics (district_id, key, name_en, name_es, unit, higher_is_better, created_at) "
    "VALUES (:district, :key, :name_en, :name_es, :unit, :higher, :created) RETURNING id";
constexpr const char* kUpdateMetric =
    "UPDATE metrics SET name_en = :name_en, name_es = :name_es, unit = :unit, higher_is_better = :higher "
    "WHERE id = :id AND district_id = :district";
constexpr const char* kDeleteMetricValues =
    "DELETE FROM metric_values WHERE district_id = :district AND metric_id = :metric";
constexpr const char* kDeleteMetric = "DELETE FROM metrics WHERE district_id = :district AND id = :metric";
constexpr const char* kMetricColumns =
    "SELECT id, district_id, key, name_en, name_es, unit, higher_is_better, created_at FROM metrics ";
// A district's own keys never repeat a built-in one (createMetric checks), so at most one row matches.
constexpr const char* kMetricByKey = "WHERE (district_id = :district OR district_id IS NULL) AND key = :key";
constexpr const char* kMetricsOfDistrict =
    "WHERE district_id = :district OR district_id IS NULL "
    "ORDER BY CASE WHEN district_id IS NULL THEN 0 ELSE 1 END, id";

constexpr const char* kUpsertValuesHead =
    "INSERT INTO metric_values (district_id, metric_id, year, scope, school_id, student_group, value, n, source, "
    "import_id, updated_at) VALUES ";
constexpr const char* kUpsertValuesTail =
    " ON CONFLICT (district_id, metric_id, year, scope, school_id, student_group) DO UPDATE SET "
    "value = excluded.value, n = excluded.n, source = excluded.source, import_id = excluded.import_id, "
    "updated_at = excluded.updated_at";
constexpr const char* kValueColumns =
    "SELECT v.id, v.district_id, v.metric_id, v.year, v.scope, v.school_id, v.student_group, v.value, v.n, "
    "v.source, v.import_id, v.updated_at, m.key FROM metric_values v JOIN metrics m ON m.id = v.metric_id ";
constexpr const char* kValueByKey =
    "WHERE v.district_id = :district AND v.metric_id = :metric AND v.year = :year AND v.scope = :scope "
    "AND v.school_id = :school AND v.student_group = :grp";
constexpr const char* kValueById = "WHERE v.district_id = :district AND v.id = :id";
constexpr const char* kDeleteValue = "DELETE FROM metric_values WHERE district_id = :district AND id = :id";
constexpr const char* kValuesOfDistrict =
    "WHERE v.district_id = :district AND v.id > :after AND (:metric = 0 OR v.metric_id = :metric2) "
    "AND (:year = 0 OR v.year = :year2) AND (:scope = '' OR v.scope = :scope2) "
    "AND (:school = 0 OR v.school_id = :school2) AND (:grp = '' OR v.student_group = :grp2) "
    "ORDER BY v.id LIMIT :limit";
// Served by metric_values_series (district_id, student_group, metric_id, year).
// A chart's points: only the columns it draws, in the order of the series index, so neither a
// join nor a sort is needed; each line's points come in year order.
constexpr const char* kSeries =
    "SELECT v.metric_id, v.year, v.scope, v.school_id, v.value, v.n FROM metric_values v "
    "WHERE v.district_id = :district AND v.student_group = :grp AND v.year >= :from AND v.year <= :to "
    "AND (:schools = 1 OR v.scope <> 'school') ";
constexpr const char* kSeriesOrder = " ORDER BY v.metric_id, v.year";
// The district's groups, one index step each (metric_values_series starts with district_id,
// student_group) rather than a read of every value it has.
constexpr const char* kGroups =
    "WITH RECURSIVE g(name) AS (SELECT MIN(student_group) FROM metric_values WHERE district_id = :district "
    "UNION ALL SELECT (SELECT MIN(v.student_group) FROM metric_values v WHERE v.district_id = :district2 "
    "AND v.student_group > g.name) FROM g WHERE g.name IS NOT NULL) "
    "SELECT name FROM g WHERE name IS NOT NULL ORDER BY name";

constexpr const char* kUpsertDemographicsHead =
    "INSERT INTO demographics (district_id, year, school_id, enrollment, low_income_pct, english_learners_pct, "
    "minority_pct, source, import_id, updated_at) VALUES ";
constexpr const char* kUpsertDemographicsTail =
    " ON CONFLICT (district_id, year, school_id) DO UPDATE SET enrollment = excluded.enrollment, "
    "low_income_pct = excluded.low_income_pct, english_learners_pct = excluded.english_learners_pct, "
    "minority_pct = excluded.minority_pct, source = excluded.source, import_id = excluded.import_id, "
    "updated_at = excluded.updated_at";
constexpr const char* kDemographicsColumns =
    "SELECT id, district_id, year, school_id, enrollment, low_income_pct, english_learners_pct, minority_pct, "
    "source, import_id, updated_at FROM demographics ";
constexpr const char* kDemographicsByKey = "WHERE district_id = :district AND year = :year AND school_id = :school";
constexpr const char* kDemographicsOfDistrict =
    "WHERE district_id = :district AND id > :after AND (:year = 0 OR year = :year2) "
    "AND (:anyschool = 1 OR school_id = :school) ORDER BY id LIMIT :limit";

// Adopted decisions (a confidential one only for its body's members) and charter versions that took effect.
constexpr const char* kTimeline =
    "SELECT * FROM (SELECT 'decision', d.id, d.body_id, b.name, d.title, 0, COALESCE(d.effective_at, d.closed_at), d.closed_at, "
    "d.effective_at FROM decisions d JOIN bodies b ON b.id = d.body_id "
    "WHERE d.district_id = :district AND d.status = 'adopted' AND COALESCE(d.effective_at, d.closed_at) >= :from "
    "AND COALESCE(d.effective_at, d.closed_at) <= :to AND (d.confidential = 0 OR EXISTS (SELECT 1 FROM "
    "body_members bm WHERE bm.body_id = d.body_id AND bm.user_id = :viewer)) "
    "UNION ALL "
    "SELECT 'charter_version', c.id, c.body_id, b.name, '', c.number, c.effective_at, NULL, c.effective_at "
    "FROM charter_versions c JOIN bodies b ON b.id = c.body_id "
    "WHERE c.district_id = :district2 AND c.status IN ('in_force', 'superseded') AND c.effective_at IS NOT NULL "
    "AND c.effective_at >= :from2 AND c.effective_at <= :to2 "
    "ORDER BY 7 DESC, 1 DESC, 2 DESC LIMIT :limit) newest ORDER BY 7, 1, 2";

constexpr const char* kChartVersion = "SELECT version FROM chart_versions WHERE district_id = :district";

constexpr const char* kInsertJob =
    "INSERT INTO import_jobs (district_id, format, file_name, status, bytes_total, bytes_read, rows_read, "
    "rows_imported, rows_skipped, rows_failed, message, created_by, started_at) VALUES (:district, :format, :file, "
    ":status, :total, :read, :rows_read, :imported, :skipped, :failed, :message, :by, :started) RETURNING id";
constexpr const char* kFinishJob =
    "UPDATE import_jobs SET status = :status, bytes_read = :read, rows_read = :rows_read, rows_imported = :imported, "
    "rows_skipped = :skipped, rows_failed = :failed, message = :message, finished_at = :finished WHERE id = :id";
// On PostgreSQL a job is claimed by an advisory lock that lasts as long as the importing
// transaction, so any server can tell a job still being run from one whose server went away. On
// SQLite the importing transaction holds the only write lock, so whoever can write sees no job
// being imported (a job between its transaction and its end is ended again by its own import).
constexpr const char* kClaimJob = "SELECT pg_advisory_xact_lock(7275617, CAST(:id % 2147483647 AS INTEGER))";
constexpr const char* kFailUnclaimedJobs =
    "UPDATE import_jobs SET status = 'failed', message = :message, finished_at = :now "
    "WHERE status = 'running' AND started_at < :before";
constexpr const char* kUnclaimedOnPostgres =
    " AND pg_try_advisory_xact_lock(7275617, CAST(id % 2147483647 AS INTEGER))";
constexpr const char* kJobColumns =
    "SELECT id, district_id, format, file_name, status, bytes_total, bytes_read, rows_read, rows_imported, "
    "rows_skipped, rows_failed, message, created_by, started_at, finished_at FROM import_jobs ";
constexpr const char* kJobById = "WHERE district_id = :district AND id = :id";
constexpr const char* kJobsOfDistrict =
    "WHERE district_id = :district AND (:before = 0 OR id < :before2) ORDER BY id DESC LIMIT :limit";
constexpr const char* kInsertError =
    "INSERT INTO import_errors (job_id, line, column_name, reason) VALUES (:job, :line, :column, :reason)";
constexpr const char* kErrorsOfJob =
    "SELECT id, line, column_name, reason FROM import_errors WHERE job_id = :job AND id > :after "
    "ORDER BY id LIMIT :limit";

struct JobRow {
  domain::ImportJob j;
  OptionalColumn<long long> createdBy, finishedAt;
  template <class Columns>
  void bind(Columns& st) {
    st.into(j.id);
    st.into(j.districtId);
    st.into(j.format);
    st.into(j.fileName);
    st.into(j.status);
    st.into(j.bytesTotal);
    st.into(j.bytesRead);
    st.into(j.rowsRead);
    st.into(j.rowsImported);
    st.into(j.rowsSkipped);
    st.into(j.rowsFailed);
    st.into(j.message);
    st.into(createdBy);
    st.into(j.startedAt);
    st.into(finishedAt);
  }
  domain::ImportJob take() const {
    domain::ImportJob out = j;
    out.createdBy = createdBy.get();
    out.finishedAt = finishedAt.get();
    return out;
  }
};

struct ErrorRow {
  domain::ImportError e;
  template <class Columns>
  void bind(Columns& st) {
    st.into(e.id);
    st.into(e.line);
    st.into(e.column);
    st.into(e.reason);
  }
  domain::ImportError take() const { return e; }
};

// Rows per multi-row INSERT: 80 rows of at most 11 parameters stay under SQLite's 999.
constexpr std::size_t kBatchRows = 80;

struct SchoolRow {
  domain::School s;
  OptionalColumn<std::string> code;
  template <class Columns>
  void bind(Columns& st) {
    st.into(s.id);
    st.into(s.districtId);
    st.into(s.name);
    st.into(code);
    st.into(s.level);
    st.into(s.createdAt);
    st.into(s.updatedAt);
  }
  domain::School take() const {
    domain::School out = s;
    out.stateCode = code.get();
    return out;
  }
};

struct MetricRow {
  domain::Metric m;
  OptionalColumn<long long> district;
  int higher = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(m.id);
    st.into(district);
    st.into(m.key);
    st.into(m.nameEn);
    st.into(m.nameEs);
    st.into(m.unit);
    st.into(higher);
    st.into(m.createdAt);
  }
  domain::Metric take() const {
    domain::Metric out = m;
    out.districtId = district.get();
    out.higherIsBetter = higher != 0;
    return out;
  }
};

struct ValueRow {
  domain::MetricValue v;
  OptionalColumn<double> value;
  OptionalColumn<long long> n, importId;
  template <class Columns>
  void bind(Columns& st) {
    st.into(v.id);
    st.into(v.districtId);
    st.into(v.metricId);
    st.into(v.year);
    st.into(v.scope);
    st.into(v.schoolId);
    st.into(v.group);
    st.into(value);
    st.into(n);
    st.into(v.source);
    st.into(importId);
    st.into(v.updatedAt);
    st.into(v.metricKey);
  }
  domain::MetricValue take() const {
    domain::MetricValue out = v;
    out.value = value.get();
    out.n = n.get();
    out.importId = importId.get();
    return out;
  }
};

// A point of a series: what OutcomeSeriesRow's select (kSeries) reads.
struct OutcomeSeriesRow {
  domain::MetricValue v;
  OptionalColumn<double> value;
  OptionalColumn<long long> n;
  template <class Columns>
  void bind(Columns& st) {
    st.into(v.metricId);
    st.into(v.year);
    st.into(v.scope);
    st.into(v.schoolId);
    st.into(value);
    st.into(n);
  }
  domain::MetricValue take() const {
    domain::MetricValue out = v;
    out.value = value.get();
    out.n = n.get();
    return out;
  }
};

struct DemographicsRow {
  domain::Demographics d;
  OptionalColumn<long long> enrollment, importId;
  OptionalColumn<double> lowIncome, englishLearners, minority;
  template <class Columns>
  void bind(Columns& st) {
    st.into(d.id);
    st.into(d.districtId);
    st.into(d.year);
    st.into(d.schoolId);
    st.into(enrollment);
    st.into(lowIncome);
    st.into(englishLearners);
    st.into(minority);
    st.into(d.source);
    st.into(importId);
    st.into(d.updatedAt);
  }
  domain::Demographics take() const {
    domain::Demographics out = d;
    out.enrollment = enrollment.get();
    out.lowIncomePct = lowIncome.get();
    out.englishLearnersPct = englishLearners.get();
    out.minorityPct = minority.get();
    out.importId = importId.get();
    return out;
  }
};

struct OutcomeEventRow {
  domain::TimelineEvent e;
  OptionalColumn<long long> closed, effective;
  template <class Columns>
  void bind(Columns& st) {
    st.into(e.type);
    st.into(e.id);
    st.into(e.bodyId);
    st.into(e.bodyName);
    st.into(e.title);
    st.into(e.charterNumber);
    st.into(e.at);
    st.into(closed);
    st.into(effective);
  }
  domain::TimelineEvent take() const {
    domain::TimelineEvent out = e;
    out.closedAt = closed.get();
    out.effectiveAt = effective.get();
    return out;
  }
};

// "(:a0, :b0, ...), (:a1, ...)": `rows` groups of `columns` placeholders.
std::string placeholders(std::size_t rows, std::size_t columns) {
  std::string out;
  for (std::size_t r = 0; r < rows; ++r) {
    out += r ? ", (" : "(";
    for (std::size_t c = 0; c < columns; ++c) {
      if (c) out += ", ";
      out += ":p" + std::to_string(r) + "_" + std::to_string(c);
    }
    out += ")";
  }
  return out;
}

void runStatement(soci::session& sql, const std::string& text, const std::function<void(soci::statement&)>& bind) {
  soci::statement st(sql);
  bind(st);
  st.alloc();
  st.prepare(text);
  st.define_and_bind();
  st.execute(true);
}

// One row's parameters held while its statement runs.
struct ValueParams {
  long long district, metric, school;
  int year;
  std::string scope, group, source;
  Nullable<double> value;
  Nullable<long long> n, importId;
  long long updated;
  explicit ValueParams(const domain::MetricValue& v)
      : district(v.districtId),
        metric(v.metricId),
        school(v.schoolId),
        year(v.year),
        scope(v.scope),
        group(v.group),
        source(v.source),
        value(v.value),
        n(v.n),
        importId(v.importId),
        updated(v.updatedAt) {}
  void bind(soci::statement& st) {
    st.exchange(use(district));
    st.exchange(use(metric));
    st.exchange(use(year));
    st.exchange(use(scope));
    st.exchange(use(school));
    st.exchange(use(group));
    st.exchange(use(value.value, value.ind));
    st.exchange(use(n.value, n.ind));
    st.exchange(use(source));
    st.exchange(use(importId.value, importId.ind));
    st.exchange(use(updated));
  }
};

struct DemographicsParams {
  long long district, school;
  int year;
  Nullable<long long> enrollment;
  Nullable<double> lowIncome, englishLearners, minority;
  std::string source;
  Nullable<long long> importId;
  long long updated;
  explicit DemographicsParams(const domain::Demographics& d)
      : district(d.districtId),
        school(d.schoolId),
        year(d.year),
        enrollment(d.enrollment),
        lowIncome(d.lowIncomePct),
        englishLearners(d.englishLearnersPct),
        minority(d.minorityPct),
        source(d.source),
        importId(d.importId),
        updated(d.updatedAt) {}
  void bind(soci::statement& st) {
    st.exchange(use(district));
    st.exchange(use(year));
    st.exchange(use(school));
    st.exchange(use(enrollment.value, enrollment.ind));
    st.exchange(use(lowIncome.value, lowIncome.ind));
    st.exchange(use(englishLearners.value, englishLearners.ind));
    st.exchange(use(minority.value, minority.ind));
    st.exchange(use(source));
    st.exchange(use(importId.value, importId.ind));
    st.exchange(use(updated));
  }
};

// Writes `rows` in multi-row upserts. A statement may not touch one row twice (PostgreSQL refuses),
// so within a batch a later row of the same key replaces the earlier one, as it would in sequence.
template <class Params, class Row, class KeyOf>
void upsertInBatches(soci::session& sql, const std::vector<Row>& rows, const char* head, const char* tail,
                     std::size_t columns, KeyOf keyOf) {
  std::vector<Params> batch;
  batch.reserve(kBatchRows);
  std::map<decltype(keyOf(rows.front())), std::size_t> seen;
  auto flush = [&] {
    if (batch.empty()) return;
    runStatement(sql, std::string(head) + placeholders(batch.size(), columns) + tail, [&](soci::statement& st) {
      for (auto& p : batch) p.bind(st);
    });
    batch.clear();
    seen.clear();
  };
  for (const auto& row : rows) {
    auto key = keyOf(row);
    if (auto it = seen.find(key); it != seen.end()) {
      batch[it->second] = Params(row);
      continue;
    }
    seen.emplace(key, batch.size());
    batch.emplace_back(row);
    if (batch.size() == kBatchRows) flush();
  }
  flush();
}

}  // namespace

// ---- schools

Result<long long> SqlOutcomes::insertSchool(const domain::School& s) {
  return guarded(
      "insert school",
      [&]() -> Result<long long> {
        long long id = 0;
        Nullable<std::string> code(s.stateCode);
        sql_ << kInsertSchool, use(s.districtId), use(s.name), use(code.value, code.ind), use(s.level),
            use(s.createdAt), use(s.updatedAt), into(id);
        return id;
      },
      conflict("another school of the district has this state code", "state_code"));
}

Result<void> SqlOutcomes::updateSchool(const domain::School& s) {
  return guarded(
      "update school",
      [&]() -> Result<void> {
        Nullable<std::string> code(s.stateCode);
        sql_ << kUpdateSchool, use(s.name), use(code.value, code.ind), use(s.level), use(s.updatedAt), use(s.id),
            use(s.districtId);
        return Ok{};
      },
      conflict("another school of the district has this state code", "state_code"));
}

Result<void> SqlOutcomes::deleteSchool(long long districtId, long long schoolId) {
  return guarded("delete school", [&]() -> Result<void> {
    sql_ << kDeleteSchoolValues, use(districtId), use(schoolId);
    sql_ << kDeleteSchoolDemographics, use(districtId), use(schoolId);
    sql_ << kDeleteSchool, use(districtId), use(schoolId);
    return Ok{};
  });
}

Result<domain::School> SqlOutcomes::schoolById(long long districtId, long long schoolId) {
  return guarded("school by id", [&]() -> Result<domain::School> {
    auto rows = selectKept<SchoolRow>(sql_, std::string(kSchoolColumns) + kSchoolById, districtId, schoolId);
    if (rows.empty()) return notFound("no such school");
    return rows.front();
  });
}

Result<domain::Page<domain::School>> SqlOutcomes::listSchools(long long districtId, long long afterId, int limit) {
  return guarded("list schools", [&]() -> Result<domain::Page<domain::School>> {
    int fetch = limit + 1;
    auto rows = selectKept<SchoolRow>(sql_, std::string(kSchoolColumns) + kSchoolsOfDistrict, districtId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::School& s) { return s.id; });
  });
}

Result<std::vector<domain::School>> SqlOutcomes::allSchools(long long districtId) {
  return guarded("all schools", [&]() -> Result<std::vector<domain::School>> {
    return selectKept<SchoolRow>(sql_, std::string(kSchoolColumns) + kAllSchools, districtId);
  });
}

// ---- metrics

Result<long long> SqlOutcomes::insertMetric(const domain::Metric& m) {
  return guarded(
      "insert metric",
      [&]() -> Result<long long> {
        long long id = 0;
        Nullable<long long> district(m.districtId);
        int higher = m.higherIsBetter ? 1 : 0;
        sql_ << kInsertMetric, use(district.value, district.ind), use(m.key), use(m.nameEn), use(m.nameEs),
            use(m.unit), use(higher), use(m.createdAt), into(id);
        return id;
      },
      conflict("a metric with this key exists already", "key"));
}

Result<void> SqlOutcomes::updateMetric(const domain::Metric& m) {
  return guarded("update metric", [&]() -> Result<void> {
    if (!m.districtId) return internal("a built-in metric was to be changed");
    int higher = m.higherIsBetter ? 1 : 0;
    long long district = *m.districtId;
    sql_ << kUpdateMetric, use(m.nameEn), use(m.nameEs), use(m.unit), use(higher), use(m.id), use(district);
    return Ok{};
  });
}

Result<void> SqlOutcomes::deleteMetric(long long districtId, long long metricId) {
  return guarded("delete metric", [&]() -> Result<void> {
    sql_ << kDeleteMetricValues, use(districtId), use(metricId);
    sql_ << kDeleteMetric, use(districtId), use(metricId);
    return Ok{};
  });
}

Result<domain::Metric> SqlOutcomes::metricByKey(long long districtId, const std::string& key) {
  return guarded("metric by key", [&]() -> Result<domain::Metric> {
    auto rows = selectKept<MetricRow>(sql_, std::string(kMetricColumns) + kMetricByKey, districtId, key);
    if (rows.empty()) return notFound("no such metric");
    return rows.front();
  });
}

Result<std::vector<domain::Metric>> SqlOutcomes::listMetrics(long long districtId) {
  return guarded("list metrics", [&]() -> Result<std::vector<domain::Metric>> {
    return selectKept<MetricRow>(sql_, std::string(kMetricColumns) + kMetricsOfDistrict, districtId);
  });
}

// ---- values

Result<void> SqlOutcomes::upsertValues(const std::vector<domain::MetricValue>& values) {
  return guarded("upsert metric values", [&]() -> Result<void> {
    if (values.empty()) return Ok{};
    upsertInBatches<ValueParams>(sql_, values, kUpsertValuesHead, kUpsertValuesTail, 11,
                                 [](const domain::MetricValue& v) {
                                   return std::make_tuple(v.districtId, v.metricId, v.year, v.scope, v.schoolId,
                                                          v.group);
                                 });
    return Ok{};
  });
}

Result<std::optional<domain::MetricValue>> SqlOutcomes::findValue(const domain::MetricValue& v) {
  return guarded("find metric value", [&]() -> Result<std::optional<domain::MetricValue>> {
    auto rows = selectKept<ValueRow>(sql_, std::string(kValueColumns) + kValueByKey, v.districtId, v.metricId, v.year, v.scope, v.schoolId, v.group);
    if (rows.empty()) return std::optional<domain::MetricValue>();
    return std::optional<domain::MetricValue>(rows.front());
  });
}

Result<domain::MetricValue> SqlOutcomes::valueById(long long districtId, long long valueId) {
  return guarded("metric value by id", [&]() -> Result<domain::MetricValue> {
    auto rows = selectKept<ValueRow>(sql_, std::string(kValueColumns) + kValueById, districtId, valueId);
    if (rows.empty()) return notFound("no such value");
    return rows.front();
  });
}

Result<void> SqlOutcomes::deleteValue(long long districtId, long long valueId) {
  return guarded("delete metric value", [&]() -> Result<void> {
    sql_ << kDeleteValue, use(districtId), use(valueId);
    return Ok{};
  });
}

Result<domain::Page<domain::MetricValue>> SqlOutcomes::listValues(long long districtId,
                                                                  const domain::ValueFilter& f, long long afterId,
                                                                  int limit) {
  return guarded("list metric values", [&]() -> Result<domain::Page<domain::MetricValue>> {
    int fetch = limit + 1;
    auto rows = selectKept<ValueRow>(sql_, std::string(kValueColumns) + kValuesOfDistrict, districtId, afterId, f.metricId, f.metricId, f.year, f.year, f.scope, f.scope, f.schoolId, f.schoolId, f.group, f.group, fetch);
    return toPage(std::move(rows), limit, [](const domain::MetricValue& v) { return v.id; });
  });
}

Result<std::vector<std::string>> SqlOutcomes::groups(long long districtId) {
  return guarded("student groups", [&]() -> Result<std::vector<std::string>> {
    return selectKept<TextRow>(sql_, kGroups, districtId, districtId);
  });
}

Result<std::vector<domain::MetricValue>> SqlOutcomes::series(long long districtId, const domain::SeriesQuery& q) {
  return guarded("metric series", [&]() -> Result<std::vector<domain::MetricValue>> {
    std::string text = kSeries;
    // Metric ids come from the database, never from the request: written into the SQL as numbers.
    if (!q.metricIds.empty()) {
      text += "AND v.metric_id IN (";
      for (std::size_t i = 0; i < q.metricIds.size(); ++i) text += (i ? ", " : "") + std::to_string(q.metricIds[i]);
      text += ")";
    }
    text += kSeriesOrder;
    int schools = q.includeSchools ? 1 : 0;
    // The text differs by the metrics asked for: prepared for this call only, not kept.
    return selectAll<OutcomeSeriesRow>(sql_, text, [&](soci::statement& st) {
      st.exchange(use(districtId));
      st.exchange(use(q.group));
      st.exchange(use(q.fromYear));
      st.exchange(use(q.toYear));
      st.exchange(use(schools));
    });
  });
}

// ---- demographics

Result<void> SqlOutcomes::upsertDemographics(const std::vector<domain::Demographics>& rows) {
  return guarded("upsert demographics", [&]() -> Result<void> {
    if (rows.empty()) return Ok{};
    upsertInBatches<DemographicsParams>(sql_, rows, kUpsertDemographicsHead, kUpsertDemographicsTail, 10,
                                        [](const domain::Demographics& d) {
                                          return std::make_tuple(d.districtId, d.year, d.schoolId);
                                        });
    return Ok{};
  });
}

Result<std::optional<domain::Demographics>> SqlOutcomes::findDemographics(long long districtId, int year,
                                                                          long long schoolId) {
  return guarded("find demographics", [&]() -> Result<std::optional<domain::Demographics>> {
    auto rows = selectKept<DemographicsRow>(sql_, std::string(kDemographicsColumns) + kDemographicsByKey, districtId, year, schoolId);
    if (rows.empty()) return std::optional<domain::Demographics>();
    return std::optional<domain::Demographics>(rows.front());
  });
}

Result<domain::Page<domain::Demographics>> SqlOutcomes::listDemographics(long long districtId,
                                                                         const domain::DemographicsFilter& f,
                                                                         long long afterId, int limit) {
  return guarded("list demographics", [&]() -> Result<domain::Page<domain::Demographics>> {
    int fetch = limit + 1;
    int anySchool = f.schoolId ? 0 : 1;
    long long school = f.schoolId.value_or(0);
    auto rows = selectKept<DemographicsRow>(sql_, std::string(kDemographicsColumns) + kDemographicsOfDistrict, districtId, afterId, f.year, f.year, anySchool, school, fetch);
    return toPage(std::move(rows), limit, [](const domain::Demographics& d) { return d.id; });
  });
}

// ---- timeline

Result<std::vector<domain::TimelineEvent>> SqlOutcomes::timeline(long long districtId, long long viewerId,
                                                                 UnixSeconds from, UnixSeconds to, long long limit) {
  return guarded("outcome timeline", [&]() -> Result<std::vector<domain::TimelineEvent>> {
    return selectKept<OutcomeEventRow>(sql_, kTimeline, districtId, from, to, viewerId, districtId, from, to, limit);
  });
}

Result<std::optional<long long>> SqlOutcomes::chartVersion(long long districtId) {
  return guarded("chart version", [&]() -> Result<std::optional<long long>> {
    auto rows = selectKept<IntegerRow>(sql_, kChartVersion, districtId);
    if (rows.empty()) return std::optional<long long>();
    return std::optional<long long>(rows.front());
  });
}

// ---- import jobs

Result<long long> SqlImportJobs::insert(const domain::ImportJob& j) {
  return guarded("insert import job", [&]() -> Result<long long> {
    long long id = 0;
    Nullable<long long> by(j.createdBy);
    sql_ << kInsertJob, use(j.districtId), use(j.format), use(j.fileName), use(j.status), use(j.bytesTotal),
        use(j.bytesRead), use(j.rowsRead), use(j.rowsImported), use(j.rowsSkipped), use(j.rowsFailed), use(j.message),
        use(by.value, by.ind), use(j.startedAt), into(id);
    return id;
  });
}

Result<void> SqlImportJobs::finish(const domain::ImportJob& j) {
  return guarded("finish import job", [&]() -> Result<void> {
    Nullable<long long> finished(j.finishedAt);
    sql_ << kFinishJob, use(j.status), use(j.bytesRead), use(j.rowsRead), use(j.rowsImported), use(j.rowsSkipped),
        use(j.rowsFailed), use(j.message), use(finished.value, finished.ind), use(j.id);
    return Ok{};
  });
}

Result<domain::ImportJob> SqlImportJobs::byId(long long districtId, long long jobId) {
  return guarded("import job by id", [&]() -> Result<domain::ImportJob> {
    auto rows = selectKept<JobRow>(sql_, std::string(kJobColumns) + kJobById, districtId, jobId);
    if (rows.empty()) return notFound("no such import");
    return rows.front();
  });
}

Result<domain::Page<domain::ImportJob>> SqlImportJobs::list(long long districtId, long long beforeId, int limit) {
  return guarded("list import jobs", [&]() -> Result<domain::Page<domain::ImportJob>> {
    int fetch = limit + 1;
    auto rows = selectKept<JobRow>(sql_, std::string(kJobColumns) + kJobsOfDistrict, districtId, beforeId, beforeId, fetch);
    return toPage(std::move(rows), limit, [](const domain::ImportJob& j) { return j.id; });
  });
}

Result<void> SqlImportJobs::insertErrors(long long jobId, const std::vector<domain::ImportError>& errors) {
  return guarded("insert import errors", [&]() -> Result<void> {
    if (errors.empty()) return Ok{};
    domain::ImportError e;
    soci::statement st = (sql_.prepare << kInsertError, use(jobId), use(e.line), use(e.column), use(e.reason));
    for (const auto& error : errors) {
      e = error;
      st.execute(true);
    }
    return Ok{};
  });
}

Result<domain::Page<domain::ImportError>> SqlImportJobs::errors(long long jobId, long long afterId, int limit) {
  return guarded("list import errors", [&]() -> Result<domain::Page<domain::ImportError>> {
    int fetch = limit + 1;
    auto rows = selectKept<ErrorRow>(sql_, kErrorsOfJob, jobId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::ImportError& e) { return e.id; });
  });
}

Result<void> SqlImportJobs::claim(long long jobId) {
  return guarded("claim import job", [&]() -> Result<void> {
    if (postgres()) sql_ << kClaimJob, use(jobId);
    return Ok{};
  });
}

Result<long long> SqlImportJobs::failUnclaimed(UnixSeconds startedBefore, const std::string& message,
                                               UnixSeconds now) {
  return guarded("end interrupted import jobs", [&]() -> Result<long long> {
    std::string query = std::string(kFailUnclaimedJobs) + (postgres() ? kUnclaimedOnPostgres : "");
    soci::statement st = (sql_.prepare << query, use(message), use(now), use(startedBefore));
    st.execute(true);
    return st.get_affected_rows();
  });
}

}  // namespace accord::store
