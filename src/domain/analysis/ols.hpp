#pragma once
// Ordinary least squares: fits y = Xβ + ε with an intercept. Pure: no storage, no I/O.
#include <optional>
#include <vector>

#include "common/result.hpp"

namespace accord::domain {

struct OlsFit {
  int n = 0;           // observations
  int parameters = 0;  // the intercept and one per predictor
  // Intercept first, then one per predictor in the order of the predictor values.
  std::vector<double> coefficients;
  std::vector<double> standardErrors;      // sqrt of the diagonal of σ̂²(XᵀX)⁻¹
  std::vector<std::optional<double>> tValues;  // coefficient / standard error; empty where that error is 0
  double rSquared = 0;
  double adjustedRSquared = 0;       // 1 − (1 − R²)(n − 1)/(n − p)
  double residualStandardError = 0;  // σ̂ = sqrt(SSR / (n − p))
};

// `predictors[i]` holds observation i's predictor values: the same number for every observation, possibly
// none (a model of the mean alone). Refused with kInvalid, never a crash, when:
//   - the outcome and the predictors differ in length ("outcome"), or the rows do ("predictors");
//   - a value is NaN or infinite ("outcome" or "predictors");
//   - there are no more observations than parameters ("observations");
//   - the outcome does not vary: there is nothing to explain ("outcome");
//   - the design is singular: a predictor is constant or a combination of the others ("predictors").
// A fit whose residuals vanish to rounding is exact: R² 1, standard errors 0, no t values.
Result<OlsFit> fitOls(const std::vector<std::vector<double>>& predictors, const std::vector<double>& outcome);

}  // namespace accord::domain
