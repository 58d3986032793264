#include "domain/analysis/ols.hpp"

#include <algorithm>
#include <cmath>

#include <Eigen/Dense>
#include <fmt/format.h>

namespace accord::domain {

namespace {

// A pivot of the column-scaled design below this fraction of the largest one counts as zero: the design is
// then too close to singular (a condition number near 1e10) for its coefficients to mean anything.
constexpr double kRankTolerance = 1e-10;
// Residuals this small beside the outcome's own spread are rounding, not misfit.
constexpr double kExactFitTolerance = 1e-12;
constexpr const char* kSingular = "are collinear: a predictor is constant or a combination of the others";

}  // namespace

Result<OlsFit> fitOls(const std::vector<std::vector<double>>& predictors, const std::vector<double>& outcome) {
  const auto n = static_cast<Eigen::Index>(outcome.size());
  if (predictors.size() != outcome.size())
    return invalid("outcome", fmt::format("has {} values for {} rows of predictors", outcome.size(),
                                          predictors.size()));
  const auto k = n ? static_cast<Eigen::Index>(predictors.front().size()) : 0;
  const Eigen::Index p = k + 1;
  for (Eigen::Index i = 0; i < n; ++i) {
    if (static_cast<Eigen::Index>(predictors[i].size()) != k)
      return invalid("predictors",
                     fmt::format("row {} has {} values; the first has {}", i + 1, predictors[i].size(), k));
    if (!std::isfinite(outcome[i])) return invalid("outcome", fmt::format("row {} is not a finite number", i + 1));
    for (double v : predictors[i])
      if (!std::isfinite(v))
        return invalid("predictors", fmt::format("row {} holds a value that is not a finite number", i + 1));
  }
  if (n <= p)
    return invalid("observations", fmt::format("{} observations cannot fit {} parameters: at least {} are needed", n,
                                               p, p + 1));

  Eigen::MatrixXd x(n, p);
  Eigen::VectorXd y(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    x(i, 0) = 1.0;
    for (Eigen::Index j = 0; j < k; ++j) x(i, j + 1) = predictors[i][j];
    y(i) = outcome[i];
  }
  const double sst = (y.array() - y.mean()).square().sum();
  if (!(sst > 0)) return invalid("outcome", "does not vary: there is nothing to explain");

  // Each column scaled to unit length, so that a predictor's units do not decide whether it counts as collinear.
  Eigen::VectorXd norms = x.colwise().norm().transpose();
  for (Eigen::Index j = 0; j < p; ++j)
    if (!(norms(j) > 0) || !std::isfinite(norms(j))) return invalid("predictors", kSingular);
  Eigen::MatrixXd scaled = x * norms.cwiseInverse().asDiagonal();
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(scaled);
  qr.setThreshold(kRankTolerance);
  if (qr.rank() < p) return invalid("predictors", kSingular);

  Eigen::VectorXd scaledBeta = qr.solve(y);
  Eigen::VectorXd beta = scaledBeta.cwiseQuotient(norms);
  double ssr = (y - x * beta).squaredNorm();
  if (ssr <= kExactFitTolerance * kExactFitTolerance * sst) ssr = 0;
  const double dof = static_cast<double>(n - p);
  const double sigma2 = ssr / dof;

  // (XᵀX)⁻¹ from the QR of the scaled design S = X·D⁻¹ with S·P = Q·R: (SᵀS)⁻¹ = P·R⁻¹·R⁻ᵀ·Pᵀ, and
  // (XᵀX)⁻¹ = D⁻¹·(SᵀS)⁻¹·D⁻¹ — without forming XᵀX, which squares the condition number.
  Eigen::MatrixXd r = qr.matrixR().topLeftCorner(p, p).triangularView<Eigen::Upper>();
  Eigen::MatrixXd rInv = r.triangularView<Eigen::Upper>().solve(Eigen::MatrixXd::Identity(p, p));
  Eigen::MatrixXd permuted = rInv * rInv.transpose();
  Eigen::MatrixXd unscaledInv = qr.colsPermutation() * permuted * qr.colsPermutation().transpose();

  OlsFit fit;
  fit.n = static_cast<int>(n);
  fit.parameters = static_cast<int>(p);
  for (Eigen::Index j = 0; j < p; ++j) {
    double se = std::sqrt(std::max(0.0, sigma2 * unscaledInv(j, j))) / norms(j);
    fit.coefficients.push_back(beta(j));
    fit.standardErrors.push_back(se);
    fit.tValues.push_back(se > 0 ? std::optional<double>(beta(j) / se) : std::nullopt);
  }
  fit.rSquared = 1.0 - ssr / sst;
  fit.adjustedRSquared = 1.0 - (1.0 - fit.rSquared) * static_cast<double>(n - 1) / dof;
  fit.residualStandardError = std::sqrt(sigma2);
  return fit;
}

}  // namespace accord::domain
