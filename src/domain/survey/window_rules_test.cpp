#include "domain/survey/window_rules.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

TEST(MinGroupSize, IsFiveUnlessGiven) { EXPECT_EQ(*checkMinGroupSize(std::nullopt), 5); }

TEST(MinGroupSize, IsNeverBelowThree) {
  EXPECT_EQ(*checkMinGroupSize(3), 3);
  auto two = checkMinGroupSize(2);
  ASSERT_FALSE(two.ok());
  EXPECT_EQ(two.error().field, "min_group_size");
  EXPECT_FALSE(checkMinGroupSize(0).ok());
  EXPECT_FALSE(checkMinGroupSize(101).ok());
}

TEST(SurveyYear, RunsFrom2000ToNextYear) {
  EXPECT_EQ(*checkSurveyYear(2027, "2026-11-23"), 2027);
  EXPECT_EQ(checkSurveyYear(2028, "2026-11-23").error().field, "year");
  EXPECT_EQ(checkSurveyYear(1999, "2026-11-23").error().field, "year");
  EXPECT_EQ(checkSurveyYear(std::nullopt, "2026-11-23").error().field, "year");
}

TEST(Schools, AreTrimmedAndDistinct) {
  auto schools = checkSchools({" Lincoln ", "Roosevelt"});
  ASSERT_TRUE(schools.ok());
  EXPECT_EQ(*schools, (std::vector<std::string>{"Lincoln", "Roosevelt"}));
  EXPECT_EQ(checkSchools({"Lincoln", "Lincoln "}).error().field, "schools");
  EXPECT_EQ(checkSchools({" "}).error().field, "schools");
}

TEST(Schools, AreLinkedToTheDistrictsSchoolList) {
  const std::vector<std::string> listed = {"Lincoln Elementary", "Roosevelt Middle School"};
  auto linked = linkSchools({"lincoln elementary", "Roosevelt Middle School"}, listed);
  ASSERT_TRUE(linked.ok());
  EXPECT_EQ(*linked, listed);
  auto unknown = linkSchools({"Lincoln"}, listed);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "schools");
  EXPECT_NE(unknown.error().message.find("Lincoln"), std::string::npos);
  EXPECT_EQ(*linkSchools({"Anywhere"}, {}), (std::vector<std::string>{"Anywhere"}));
}

TEST(Surveys, AreClimateUnlessChosen) {
  auto none = checkSurveys(std::nullopt);
  EXPECT_TRUE(none->climate);
  EXPECT_FALSE(none->network);
  auto both = checkSurveys(std::vector<std::string>{"network", "climate"});
  EXPECT_TRUE(both->climate && both->network);
  EXPECT_EQ(checkSurveys(std::vector<std::string>{"poll"}).error().field, "surveys");
  EXPECT_EQ(checkSurveys(std::vector<std::string>{}).error().field, "surveys");
  EXPECT_EQ(checkSurveys(std::vector<std::string>{"climate", "climate"}).error().field, "surveys");
}

TEST(RespondentSchool, MustBeOneOfTheWindowsSchools) {
  std::vector<std::string> schools = {"Lincoln", "Roosevelt"};
  EXPECT_EQ(**respondentSchool(schools, std::string("Roosevelt"), true), "Roosevelt");
  EXPECT_FALSE(respondentSchool(schools, std::nullopt, false)->has_value());
  EXPECT_EQ(respondentSchool(schools, std::nullopt, true).error().field, "school");
  EXPECT_EQ(respondentSchool(schools, std::string("Elsewhere"), false).error().field, "school");
}

}  // namespace
}  // namespace accord::domain
