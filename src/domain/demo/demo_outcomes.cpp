#include "domain/demo/demo_outcomes.hpp"

#include <cmath>
#include <map>

#include "domain/outcome/outcome.hpp"

namespace accord::domain {

namespace {

constexpr int kFirstYear = 2015;
constexpr int kLastYear = 2025;
constexpr int kNoTestsYear = 2020;  // the state gave no tests in the spring of 2020

struct DemoSchool {
  const char* name;
  const char* cds;
  const char* level;
  double offset;  // points above (or below) the district's results; a school's ELA and math grow with it too
  long long enrollment;
  double lowIncomePct;
};

const std::vector<DemoSchool>& demoSchools() {
  static const std::vector<DemoSchool> schools = {
      {"Lincoln Elementary", "19642126011001", "elementary", 6.0, 520, 41.0},
      {"Cesar Chavez Elementary", "19642126011002", "elementary", -4.0, 610, 71.0},
      {"Roosevelt Middle School", "19642126011003", "middle", 1.5, 890, 52.0},
      {"Garfield Middle School", "19642126011004", "middle", -7.5, 940, 76.0},
      {"Whitney High School", "19642126011005", "high", 3.0, 1850, 45.0},
  };
  return schools;
}

// A metric's district value in a year: where it started, where the partnership took it, and the
// dip of the school closures in 2021 and 2022.
struct Trend {
  const char* key;
  double start;
  double end;
  double pandemicDip;  // added in 2021 and half of it in 2022
  double state;        // the state's value, drifting a little
  double schoolSpread;  // how much a school's offset moves this metric
};

const std::vector<Trend>& trends() {
  static const std::vector<Trend> list = {
      {"ela_met", 44.0, 58.5, -5.0, 48.0, 1.0},       {"math_met", 33.0, 46.0, -7.0, 36.0, 1.0},
      {"graduation_rate", 84.0, 93.5, -1.5, 84.5, 0.5}, {"chronic_absence", 12.0, 9.5, 14.0, 14.0, -0.6},
      {"teacher_retention", 82.0, 91.0, -3.0, 85.0, 0.4}, {"grievances_filed", 42.0, 7.0, 3.0, 0.0, 0.0},
  };
  return list;
}

double round1(double v) { return std::round(v * 10.0) / 10.0; }

double districtValue(const Trend& t, int year) {
  double share = double(year - kFirstYear) / double(kLastYear - kFirstYear);
  double dip = year == 2021 ? t.pandemicDip : year == 2022 ? t.pandemicDip / 2 : 0.0;
  // A small, fixed wobble, so the line looks like real data rather than a ruler.
  double wobble = std::sin(year * 1.7) * (t.start > 20 ? 0.8 : 1.5);
  return t.start + (t.end - t.start) * share + dip + wobble;
}

bool tested(const std::string& key) { return key == "ela_met" || key == "math_met"; }

}  // namespace

std::vector<DemoSchoolQuality> demoSchoolQualities() {
  std::vector<DemoSchoolQuality> out;
  for (const auto& s : demoSchools()) out.push_back({s.name, 3.2 + s.offset / 8.0});
  return out;
}

Result<void> loadDemoOutcomes(Transaction& tx, long long districtId, UnixSeconds now) {
  auto& outcomes = tx.outcomes();
  std::vector<long long> schoolIds;
  for (const auto& s : demoSchools()) {
    School school;
    school.districtId = districtId;
    school.name = s.name;
    school.stateCode = s.cds;
    school.level = s.level;
    school.createdAt = now;
    school.updatedAt = now;
    ACCORD_TRY(long long id, outcomes.insertSchool(school));
    schoolIds.push_back(id);
  }

  std::vector<MetricValue> values;
  auto add = [&](long long metricId, int year, const std::string& scope, long long schoolId, const std::string& group,
                 double value) {
    MetricValue v;
    v.districtId = districtId;
    v.metricId = metricId;
    v.year = year;
    v.scope = scope;
    v.schoolId = schoolId;
    v.group = group;
    v.value = value < 0 ? 0 : round1(value);
    v.updatedAt = now;
    values.push_back(v);
  };
  for (const auto& t : trends()) {
    ACCORD_TRY(Metric metric, outcomes.metricByKey(districtId, t.key));
    for (int year = kFirstYear; year <= kLastYear; ++year) {
      if (tested(t.key) && year == kNoTestsYear) continue;
      double district = districtValue(t, year);
      add(metric.id, year, "district", 0, kAllStudents, district);
      if (t.state > 0) add(metric.id, year, "state", 0, kAllStudents, t.state + std::sin(year * 0.9) * 0.7);
      for (std::size_t i = 0; i < schoolIds.size(); ++i) {
        double offset = demoSchools()[i].offset;
        double growth = tested(t.key) ? offset * 0.15 * (year - kFirstYear) : 0.0;
        add(metric.id, year, "school", schoolIds[i], kAllStudents,
            district + offset * t.schoolSpread + growth + std::cos(year * 1.3 + double(i)) * 1.2);
      }
      if (tested(t.key)) {
        // CAASPP's groups 31 (socioeconomically disadvantaged) and 160 (English learners).
        add(metric.id, year, "district", 0, "31", district - 9.0);
        add(metric.id, year, "district", 0, "160", district - 21.0);
      }
    }
  }
  ACCORD_CHECK(outcomes.upsertValues(values));

  std::vector<Demographics> rows;
  for (int year = kFirstYear; year <= kLastYear; ++year) {
    double drift = double(year - kFirstYear);
    Demographics d;
    d.districtId = districtId;
    d.year = year;
    d.enrollment = 20600 - static_cast<long long>(drift * 60);
    d.lowIncomePct = round1(50.5 - drift * 0.25);
    d.englishLearnersPct = round1(24.0 - drift * 0.2);
    d.minorityPct = round1(90.0 + drift * 0.2);
    d.updatedAt = now;
    rows.push_back(d);
    for (std::size_t i = 0; i < schoolIds.size(); ++i) {
      const auto& s = demoSchools()[i];
      Demographics sd = d;
      sd.schoolId = schoolIds[i];
      sd.enrollment = s.enrollment - static_cast<long long>(drift * 3);
      sd.lowIncomePct = round1(s.lowIncomePct - drift * 0.25);
      sd.englishLearnersPct = round1(*d.englishLearnersPct + (s.lowIncomePct - 50.0) * 0.3);
      rows.push_back(sd);
    }
  }
  return outcomes.upsertDemographics(rows);
}

}  // namespace accord::domain
