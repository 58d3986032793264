#pragma once
// The analysis of part 9 of the design: across a district's schools, outcome growth against the strength
// of the partnership (the climate survey's partnership area and, where measured, network density),
// controlling for poverty (low-income %). Pure: the rows are gathered by the caller.
#include <optional>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/analysis/caveat.hpp"
#include "domain/analysis/ols.hpp"

namespace accord::domain {

struct SchoolRow {
  long long school = 0;
  double growth = 0;             // change in the outcome over the chosen span (e.g. points of % meeting standard)
  double partnershipScore = 0;   // the climate survey's partnership area, on its own scale
  std::optional<double> networkDensity;  // 0–1, where the network survey was run
  double lowIncomePct = 0;       // 0–100
};

struct Term {
  std::string name;  // intercept, partnership_score, network_density, low_income_pct
  double coefficient = 0;
  double standardError = 0;
  std::optional<double> t;
};

struct PartnershipGrowthAnalysis {
  OlsFit fit;
  std::vector<Term> terms;              // in the order of the fit's coefficients
  std::vector<std::string> omitted;     // terms left out: network_density when a school has no density
  Caveat caveat;
};

// growth = b0 + b1·partnership_score [+ b2·network_density] + b3·low_income_pct + ε. Network density is in
// the model only when every school has one (else it is listed in `omitted`), so that no school is dropped
// silently. kInvalid, naming the field and the school, for a value that is not a finite number or out of
// range, a school given twice, fewer schools than the model needs ("schools"), or data that cannot be fit.
Result<PartnershipGrowthAnalysis> analyzePartnershipAndGrowth(const std::vector<SchoolRow>& rows);

}  // namespace accord::domain
