#include "domain/analysis/partnership_growth.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace accord::domain {
namespace {

// growth = 1 + 0.8·partnership + 3·density − 0.05·low-income + noise, for `n` schools.
std::vector<SchoolRow> district(int n, unsigned seed = 7) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> score(1, 5), density(0.05, 0.6), lowIncome(10, 95);
  std::normal_distribution<double> noise(0, 0.2);
  std::vector<SchoolRow> rows;
  for (int i = 0; i < n; ++i) {
    SchoolRow r;
    r.school = 100 + i;
    r.partnershipScore = score(rng);
    r.networkDensity = density(rng);
    r.lowIncomePct = lowIncome(rng);
    r.growth = 1 + 0.8 * r.partnershipScore + 3 * *r.networkDensity - 0.05 * r.lowIncomePct + noise(rng);
    rows.push_back(r);
  }
  return rows;
}

TEST(PartnershipGrowth, RecoversTheEffectOfPartnershipControllingForPoverty) {
  auto a = analyzePartnershipAndGrowth(district(80));
  ASSERT_TRUE(a.ok()) << a.error().message;
  ASSERT_EQ(a->terms.size(), 4u);
  EXPECT_EQ(a->terms[0].name, "intercept");
  EXPECT_EQ(a->terms[1].name, "partnership_score");
  EXPECT_EQ(a->terms[2].name, "network_density");
  EXPECT_EQ(a->terms[3].name, "low_income_pct");
  EXPECT_NEAR(a->terms[1].coefficient, 0.8, 0.1);
  EXPECT_NEAR(a->terms[2].coefficient, 3, 0.6);
  EXPECT_NEAR(a->terms[3].coefficient, -0.05, 0.01);
  EXPECT_GT(*a->terms[1].t, 10);
  EXPECT_TRUE(a->omitted.empty());
  EXPECT_EQ(a->fit.n, 80);
  EXPECT_EQ(a->caveat.codes, std::vector<std::string>{"correlation_not_causation"});
}

TEST(PartnershipGrowth, LeavesNetworkDensityOutWhenASchoolHasNone) {
  auto rows = district(20);
  rows[4].networkDensity.reset();
  auto a = analyzePartnershipAndGrowth(rows);
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_EQ(a->fit.n, 20);
  EXPECT_EQ(a->fit.parameters, 3);
  EXPECT_EQ(a->omitted, std::vector<std::string>{"network_density"});
  EXPECT_EQ(a->terms.back().name, "low_income_pct");
  EXPECT_NE(std::find(a->caveat.codes.begin(), a->caveat.codes.end(), "few_schools"), a->caveat.codes.end());
}

TEST(PartnershipGrowth, RefusesBadRowsNamingTheFieldAndTheSchool) {
  struct Case {
    void (*spoil)(SchoolRow&);
    std::string field;
  };
  std::vector<Case> cases = {
      {[](SchoolRow& r) { r.growth = std::numeric_limits<double>::quiet_NaN(); }, "growth"},
      {[](SchoolRow& r) { r.partnershipScore = std::numeric_limits<double>::infinity(); }, "partnership_score"},
      {[](SchoolRow& r) { r.networkDensity = 1.5; }, "network_density"},
      {[](SchoolRow& r) { r.lowIncomePct = 120; }, "low_income_pct"},
      {[](SchoolRow& r) { r.lowIncomePct = std::numeric_limits<double>::quiet_NaN(); }, "low_income_pct"},
  };
  for (const auto& c : cases) {
    auto rows = district(30);
    c.spoil(rows[3]);
    auto a = analyzePartnershipAndGrowth(rows);
    ASSERT_FALSE(a.ok()) << c.field;
    EXPECT_EQ(a.error().field, c.field);
    EXPECT_NE(a.error().message.find("school 103"), std::string::npos) << a.error().message;
  }
  auto twice = district(30);
  twice[5].school = twice[4].school;
  EXPECT_EQ(analyzePartnershipAndGrowth(twice).error().field, "school");
}

TEST(PartnershipGrowth, RefusesTooFewSchoolsOrSchoolsThatDoNotDiffer) {
  EXPECT_EQ(analyzePartnershipAndGrowth(district(4)).error().field, "schools");
  EXPECT_EQ(analyzePartnershipAndGrowth({}).error().field, "schools");
  EXPECT_TRUE(analyzePartnershipAndGrowth(district(5)).ok());
  auto same = district(30);
  for (auto& r : same) r.partnershipScore = 3;
  EXPECT_EQ(analyzePartnershipAndGrowth(same).error().field, "schools");
  auto flat = district(30);
  for (auto& r : flat) r.growth = 2;
  EXPECT_EQ(analyzePartnershipAndGrowth(flat).error().field, "growth");
}

}  // namespace
}  // namespace accord::domain
