#include "domain/survey/window_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "common/calendar_date.hpp"
#include "domain/survey/survey.hpp"

namespace accord::domain {

namespace {
constexpr std::size_t kMaxSchools = 300;
constexpr std::size_t kMaxSchoolName = 120;
constexpr int kFirstYear = 2000;
}  // namespace

Result<std::string> checkWindowDate(const std::optional<std::string>& date, const char* field) {
  if (!date) return invalid(field, "is required");
  if (!isIsoDate(*date)) return invalid(field, "must be a date written YYYY-MM-DD");
  return *date;
}

Result<int> checkMinGroupSize(const std::optional<long long>& size) {
  if (!size) return kDefaultMinGroupSize;
  if (*size < kLowestMinGroupSize)
    return invalid("min_group_size",
                   fmt::format("must be at least {}: smaller groups could identify people", kLowestMinGroupSize));
  if (*size > kHighestMinGroupSize)
    return invalid("min_group_size", fmt::format("must be at most {}", kHighestMinGroupSize));
  return static_cast<int>(*size);
}

Result<int> checkSurveyYear(const std::optional<long long>& year, const std::string& today) {
  if (!year) return invalid("year", "is required");
  int nextYear = std::stoi(today.substr(0, 4)) + 1;
  if (*year < kFirstYear || *year > nextYear)
    return invalid("year", fmt::format("must be a year from {} to {}", kFirstYear, nextYear));
  return static_cast<int>(*year);
}

Result<std::vector<std::string>> checkSchools(const std::vector<std::string>& schools) {
  if (schools.size() > kMaxSchools) return invalid("schools", fmt::format("may name at most {} schools", kMaxSchools));
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& school : schools) {
    auto first = school.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return invalid("schools", "a school's name is empty");
    auto last = school.find_last_not_of(" \t\r\n");
    std::string name = school.substr(first, last - first + 1);
    if (name.size() > kMaxSchoolName)
      return invalid("schools", fmt::format("a school's name may have at most {} characters", kMaxSchoolName));
    if (!seen.insert(name).second) return invalid("schools", "names " + name + " twice");
    out.push_back(std::move(name));
  }
  return out;
}

namespace {
std::string folded(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}
}  // namespace

Result<std::vector<std::string>> linkSchools(const std::vector<std::string>& named,
                                             const std::vector<std::string>& districtSchools) {
  if (districtSchools.empty()) return named;
  std::vector<std::string> out;
  for (const auto& name : named) {
    auto key = folded(name);
    auto it = std::find_if(districtSchools.begin(), districtSchools.end(),
                           [&](const std::string& known) { return folded(known) == key; });
    if (it == districtSchools.end())
      return invalid("schools", name + " is not one of the district's schools (Outcomes → Schools lists them)");
    out.push_back(*it);
  }
  return out;
}

Result<std::optional<std::string>> respondentSchool(const std::vector<std::string>& windowSchools,
                                                    const std::optional<std::string>& school, bool required) {
  if (!school) {
    if (required) return invalid("school", "is required");
    return std::optional<std::string>();
  }
  for (const auto& listed : windowSchools)
    if (listed == *school) return std::optional<std::string>(listed);
  return invalid("school", "is not one of the schools of this survey window");
}

Result<SurveyChoice> checkSurveys(const std::optional<std::vector<std::string>>& surveys) {
  SurveyChoice choice;
  if (!surveys) {
    choice.climate = true;
    return choice;
  }
  for (const auto& survey : *surveys) {
    if (survey != kClimateSurvey && survey != kNetworkSurvey)
      return invalid("surveys", "each survey must be climate or network");
    bool& flag = survey == kClimateSurvey ? choice.climate : choice.network;
    if (flag) return invalid("surveys", "names " + survey + " twice");
    flag = true;
  }
  if (!choice.climate && !choice.network) return invalid("surveys", "must name climate, network or both");
  return choice;
}

}  // namespace accord::domain
