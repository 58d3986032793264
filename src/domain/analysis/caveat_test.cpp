#include "domain/analysis/caveat.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace accord::domain {
namespace {

bool has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}
bool says(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(Caveat, AlwaysSaysCorrelationIsNotCausationInBothLanguages) {
  auto c = analysisCaveat(120, 0.5);
  EXPECT_EQ(c.codes, std::vector<std::string>{"correlation_not_causation"});
  EXPECT_TRUE(says(c.en, "not that one causes the other")) << c.en;
  EXPECT_TRUE(says(c.es, "no que una cause la otra")) << c.es;
  EXPECT_TRUE(says(c.en, "120 schools")) << c.en;
  EXPECT_TRUE(says(c.es, "120 escuelas")) << c.es;
  EXPECT_TRUE(says(c.en, "about 50% of the differences")) << c.en;
  EXPECT_TRUE(says(c.es, "alrededor del 50 %")) << c.es;
}

TEST(Caveat, FewerThanThirtySchoolsIsAHint) {
  auto c = analysisCaveat(29, 0.4);
  EXPECT_TRUE(has(c.codes, "few_schools"));
  EXPECT_TRUE(says(c.en, "Few schools (29): treat this as a hint")) << c.en;
  EXPECT_TRUE(says(c.es, "Pocas escuelas (29)")) << c.es;
  EXPECT_FALSE(has(analysisCaveat(30, 0.4).codes, "few_schools"));
}

TEST(Caveat, FewerThanTenSchoolsIsTooUncertain) {
  auto c = analysisCaveat(6, 0.9);
  EXPECT_TRUE(has(c.codes, "too_few_schools"));
  EXPECT_FALSE(has(c.codes, "few_schools"));
  EXPECT_TRUE(says(c.en, "With only 6 schools")) << c.en;
  EXPECT_TRUE(says(c.es, "Con solo 6 escuelas")) << c.es;
}

TEST(Caveat, AWeakFitSaysMostDifferencesLieElsewhere) {
  auto c = analysisCaveat(50, 0.04);
  EXPECT_TRUE(has(c.codes, "weak_fit"));
  EXPECT_TRUE(says(c.en, "about 4% of the differences")) << c.en;
  EXPECT_TRUE(says(c.en, "Most of the differences come from things it does not include")) << c.en;
  EXPECT_FALSE(has(analysisCaveat(50, 0.1).codes, "weak_fit"));
}

}  // namespace
}  // namespace accord::domain
