#pragma once
// The partnership analysis. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/analysis/partnership_growth.hpp"

namespace accord::domain {

struct AnalysisRequest {
  std::string metric = "ela_met";
  std::optional<long long> fromYear;  // default: four years before `toYear`
  std::optional<long long> toYear;    // default: the latest year with school values of the metric
  std::optional<long long> windowId;  // the survey window; default: the latest whose results the caller may read
};

// One school's row of the analysis, and why it was left out when it was.
struct AnalysisSchool {
  long long schoolId = 0;
  std::string name;
  std::optional<double> from, to, growth;
  std::optional<double> partnershipScore;
  std::optional<double> networkDensity;  // the mean of the topics' densities
  std::optional<double> lowIncomePct;
  std::string excluded;  // empty when in the model; else growth, partnership_score or low_income_pct (what is missing)
};

struct PartnershipAnalysis {
  std::string metric;
  int fromYear = 0, toYear = 0;
  std::optional<long long> windowId;
  std::optional<int> surveyYear;
  std::vector<AnalysisSchool> schools;
  std::optional<PartnershipGrowthAnalysis> result;  // empty when the data cannot carry a model
  std::string notFitted;                            // why not, then: the fit's own reason
};

// Across the district's schools: growth of the metric over the span against the climate survey's
// partnership area (and network density where measured), controlling for low-income %. Any member
// of the district; survey results count only where the caller may read them and the group was
// large enough to be shown.
Result<PartnershipAnalysis> analyzePartnership(Store& store, const Caller& caller, long long districtId,
                                               const AnalysisRequest& request, UnixSeconds now);

}  // namespace accord::domain
