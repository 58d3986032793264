#include "domain/demo/demo_network.hpp"

#include <cmath>

#include "common/crypto.hpp"
#include "domain/demo/demo_people.hpp"
#include "domain/demo/load_demo.hpp"
#include "domain/district/district.hpp"
#include "domain/outcome/outcome.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

namespace {

// The districts joined four years ago and published their practices then; their results run from
// 2017 to last school year, so what changed after Riverside Valley adopted can be seen.
constexpr UnixSeconds kYearSeconds = 365 * 86400;
constexpr int kFromYear = 2017;
constexpr int kToYear = 2025;

struct DemoPractice {
  const char* title;
  const char* summary;
  const char* problem;
  const char* body;
  std::vector<std::string> tags;
  const char* metric;  // the evidence: this metric from kFromYear to kPublishedYear
  bool isPublic;
};

// A district result that moved from `from` (kFromYear) to `to` (kToYear).
struct DemoSeries {
  const char* metric;
  double from, to;
};

struct DemoDistrict {
  const char* name;
  const char* state;
  long long enrollment;
  double lowIncomePct, englishLearnersPct, minorityPct;
  std::vector<DemoAccount> accounts;  // superintendent first, union president second
  std::vector<DemoSeries> series;
  std::vector<DemoPractice> practices;
};

const std::vector<DemoDistrict>& demoDistricts() {
  static const std::vector<DemoDistrict> districts = {
      {"Riverside Valley Unified School District (demo)",
       "CA",
       14200,
       61.0,
       19.5,
       78.0,
       {{"superintendent@riverside.demo.accord.example", "Daniel Ortiz", "management", "superintendent"},
        {"union.president@riverside.demo.accord.example", "Grace Kim", "labor", "union_president"}},
       {{"ela_met", 39.0, 51.5}, {"teacher_retention", 79.0, 90.0}, {"grievances_filed", 31.0, 12.0}},
       {{"Joint data teams at every school",
         "A teacher the union names and the principal lead a team that reads the school's results every six weeks "
         "and chooses what to change.",
         "Test results reached schools in the fall and nobody owned them; each school found out in spring that "
         "the same students had fallen behind again.",
         "## How it works\n\n"
         "1. Each school's **data team** is the principal, the union site representative and one teacher per "
         "grade or department.\n"
         "2. Every six weeks the team reads the interim assessments together and picks *one* change to try.\n"
         "3. The district committee reads every team's one-page summary at its next meeting.\n\n"
         "## What it takes\n\n"
         "Release time for the team (two hours every six weeks), written into the agreement so it survives a "
         "change of principal.",
         {"data", "site-teams", "literacy"},
         "ela_met",
         true},
        {"Peer assistance and review for new teachers",
         "Experienced teachers chosen jointly coach new teachers through their first two years and report to a "
         "joint panel.",
         "One new teacher in four left within two years, most from the schools with the most low-income "
         "students.",
         "Consulting teachers are released full time for three years. A panel of five teachers and four "
         "administrators reads their reports and decides, by consensus, who needs more support.\n\n"
         "- Each consulting teacher coaches at most 15 new teachers.\n"
         "- New teachers choose the time of each visit.",
         {"mentoring", "teacher-retention"},
         "teacher_retention",
         false}}},
      {"Lakeshore School District (demo)",
       "OR",
       23800,
       44.0,
       12.0,
       41.0,
       {{"superintendent@lakeshore.demo.accord.example", "Patricia Moore", "management", "superintendent"},
        {"union.president@lakeshore.demo.accord.example", "Samuel Brooks", "labor", "union_president"}},
       {{"grievances_filed", 36.0, 9.0}, {"chronic_absence", 17.0, 11.5}},
       {{"Interest-based bargaining, all year round",
         "The contract is kept open for problems all year: a joint committee solves them by interests as they "
         "come, so bargaining season has little left to fight over.",
         "Grievances piled up between contracts and every negotiation started from a list of complaints.",
         "The committee meets every two weeks. Anyone may bring a problem; it is written down as a question "
         "(\"How might we…?\"), each side states its **interests**, and options are judged against criteria "
         "both sides agreed in advance.\n\n"
         "Agreements reached between contracts become *memoranda of understanding* that both presidents sign.",
         {"bargaining", "problem-solving"},
         "grievances_filed",
         true},
        {"Attendance teams with family liaisons",
         "Each school's attendance team pairs a counselor with a family liaison who calls home on the second "
         "absence, not the tenth.",
         "One student in six missed a month of school a year, and families heard from the school only when "
         "the letters became legal notices.",
         "The union and the district agreed the liaisons' duties and hours together. Teachers log absences the "
         "same day; the liaison calls within 24 hours and visits after the fourth absence.",
         {"attendance", "families"},
         "chronic_absence",
         true}}},
  };
  return districts;
}


Result<void> loadSeries(Transaction& tx, long long districtId, const DemoDistrict& d, UnixSeconds now) {
  std::vector<MetricValue> values;
  for (const auto& s : d.series) {
    ACCORD_TRY(Metric metric, tx.outcomes().metricByKey(districtId, s.metric));
    for (int year = kFromYear; year <= kToYear; ++year) {
      if (year == 2020 && std::string(s.metric) == "ela_met") continue;  // no state tests in 2020
      double share = double(year - kFromYear) / double(kToYear - kFromYear);
      MetricValue v;
      v.districtId = districtId;
      v.metricId = metric.id;
      v.year = year;
      v.value = std::round((s.from + (s.to - s.from) * share) * 10.0) / 10.0;
      v.updatedAt = now;
      values.push_back(v);
    }
  }
  ACCORD_CHECK(tx.outcomes().upsertValues(values));
  Demographics demographics;
  demographics.districtId = districtId;
  demographics.year = kToYear;
  demographics.enrollment = d.enrollment;
  demographics.lowIncomePct = d.lowIncomePct;
  demographics.englishLearnersPct = d.englishLearnersPct;
  demographics.minorityPct = d.minorityPct;
  demographics.updatedAt = now;
  return tx.outcomes().upsertDemographics({demographics});
}

// Written by the union president, signed off by both co-chairs: published.
Result<long long> publishPractice(Store& store, long long districtId, const Caller& superintendent,
                                  const Caller& unionPresident, const DemoPractice& p, UnixSeconds now) {
  PracticeInput input;
  input.title = p.title;
  input.summary = p.summary;
  input.problem = p.problem;
  input.body = p.body;
  input.tags = p.tags;
  input.isPublic = p.isPublic;
  input.contact = unionPresident.user.name + ", " + unionPresident.user.email;
  input.evidence = std::vector<EvidenceSpan>{{p.metric, kFromYear, yearOf(now)}};
  ACCORD_TRY(Practice practice, createPractice(store, unionPresident, districtId, input, now));
  ACCORD_CHECK(signOffPractice(store, unionPresident, districtId, practice.id, now));
  ACCORD_CHECK(signOffPractice(store, superintendent, districtId, practice.id, now));
  return practice.id;
}

struct Loaded {
  long long districtId = 0;
  long long bodyId = 0;
  Caller superintendent;
  std::vector<long long> practiceIds;
};

Result<Loaded> loadDistrict(Store& store, const DemoDistrict& d, const std::string& hash, UnixSeconds now) {
  Loaded out;
  {
    ACCORD_TRY(auto tx, store.write());
    District district;
    district.name = d.name;
    district.state = d.state;
    district.enrollment = d.enrollment;
    district.lowIncomePct = d.lowIncomePct;
    district.englishLearnersPct = d.englishLearnersPct;
    district.minorityPct = d.minorityPct;
    district.createdAt = now;
    ACCORD_TRY(out.districtId, tx->districts().insert(district));
    ACCORD_CHECK(addDemoPeople(*tx, out.districtId, d.accounts, hash, now));
    ACCORD_CHECK(loadSeries(*tx, out.districtId, d, now));
    ACCORD_CHECK(tx->commit());
  }
  ACCORD_TRY(Body body, formDemoCommittee(store, out.districtId, d.accounts, "Joint Labor-Management Committee", now));
  out.bodyId = body.id;
  Caller unionPresident;
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_TRY(out.superintendent.user, tx->users().byEmail(d.accounts[0].email));
    ACCORD_TRY(unionPresident.user, tx->users().byEmail(d.accounts[1].email));
  }
  for (const auto& p : d.practices) {
    ACCORD_TRY(long long id, publishPractice(store, out.districtId, out.superintendent, unionPresident, p, now));
    out.practiceIds.push_back(id);
  }
  return out;
}

}  // namespace

std::vector<DemoAccount> demoNetworkAccounts() {
  std::vector<DemoAccount> out;
  for (const auto& d : demoDistricts()) out.insert(out.end(), d.accounts.begin(), d.accounts.end());
  return out;
}

Result<void> loadDemoNetwork(Store& store, UnixSeconds now) {
  std::vector<const DemoDistrict*> missing;
  {
    ACCORD_TRY(auto tx, store.read());
    for (const auto& d : demoDistricts()) {
      auto found = tx->districts().byName(d.name);
      if (found.ok()) continue;
      if (found.error().code != ErrorCode::kNotFound) return found.takeError();
      missing.push_back(&d);
    }
  }
  if (missing.size() < demoDistricts().size()) return Ok{};  // loaded before (or named alike by someone)
  const std::string hash = crypto::hashPassword(kDemoPassword);
  const UnixSeconds joined = now - 4 * kYearSeconds;
  ACCORD_TRY(Loaded riverside, loadDistrict(store, demoDistricts()[0], hash, joined));
  ACCORD_TRY(Loaded lakeshore, loadDistrict(store, demoDistricts()[1], hash, joined));
  // Riverside Valley took up Lakeshore's year-round problem solving and shares its results.
  AdoptInput adopt;
  adopt.districtId = riverside.districtId;
  adopt.bodyId = riverside.bodyId;
  adopt.shareOutcomes = true;
  ACCORD_CHECK(adoptPractice(store, riverside.superintendent, lakeshore.practiceIds[0], adopt, now - 3 * kYearSeconds));
  return Ok{};
}

}  // namespace accord::domain
