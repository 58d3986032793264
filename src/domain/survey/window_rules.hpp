#pragma once
// Checks on a survey window's settings, shared by opening and changing a window. Each error names its field.
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace accord::domain {

// A date written YYYY-MM-DD.
Result<std::string> checkWindowDate(const std::optional<std::string>& date, const char* field);

// The minimum group size: 5 when absent, never below 3 (nor above 100).
Result<int> checkMinGroupSize(const std::optional<long long>& size);

// From 2000 to next year (`today` is YYYY-MM-DD): a survey is not opened for a year further ahead.
Result<int> checkSurveyYear(const std::optional<long long>& year, const std::string& today);

// Trimmed, non-empty, distinct school names.
Result<std::vector<std::string>> checkSchools(const std::vector<std::string>& schools);

// The named schools as the district's school list spells them, matched without regard to case, so
// survey results join the school's outcomes. A district that has listed no schools yet may name any.
Result<std::vector<std::string>> linkSchools(const std::vector<std::string>& named,
                                             const std::vector<std::string>& districtSchools);

// The school a respondent gives: one of the window's schools (field "school"). When not `required`,
// none may be given (nullopt).
Result<std::optional<std::string>> respondentSchool(const std::vector<std::string>& windowSchools,
                                                    const std::optional<std::string>& school, bool required);

struct SurveyChoice {
  bool climate = false;
  bool network = false;
};
// "climate" and/or "network"; climate alone when absent.
Result<SurveyChoice> checkSurveys(const std::optional<std::vector<std::string>>& surveys);

}  // namespace accord::domain
