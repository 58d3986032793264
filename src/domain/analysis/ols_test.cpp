#include "domain/analysis/ols.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <random>

namespace accord::domain {
namespace {

using Matrix3 = std::array<std::array<double, 3>, 3>;

// The inverse of a 3×3 matrix by cofactors: the textbook route, independent of the fit's QR.
Matrix3 inverse(const Matrix3& m) {
  auto cof = [&](int r, int c) {
    int r0 = (r + 1) % 3, r1 = (r + 2) % 3, c0 = (c + 1) % 3, c1 = (c + 2) % 3;
    return m[r0][c0] * m[r1][c1] - m[r0][c1] * m[r1][c0];
  };
  double det = m[0][0] * cof(0, 0) + m[0][1] * cof(0, 1) + m[0][2] * cof(0, 2);
  Matrix3 inv{};
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 3; ++c) inv[r][c] = cof(c, r) / det;
  return inv;
}

struct Sample {
  std::vector<std::vector<double>> x;
  std::vector<double> y;
};

// y = 2 + 0.5·x1 − 1.2·x2 + noise (σ = 0.3), from a fixed seed.
Sample generated(int n = 200, unsigned seed = 20240901) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> x1(0, 10);
  std::normal_distribution<double> x2(0, 1), noise(0, 0.3);
  Sample s;
  for (int i = 0; i < n; ++i) {
    double a = x1(rng), b = x2(rng);
    s.x.push_back({a, b});
    s.y.push_back(2 + 0.5 * a - 1.2 * b + noise(rng));
  }
  return s;
}

TEST(Ols, RecoversKnownCoefficientsFromGeneratedData) {
  auto s = generated();
  auto fit = fitOls(s.x, s.y);
  ASSERT_TRUE(fit.ok()) << fit.error().message;
  EXPECT_EQ(fit->n, 200);
  EXPECT_EQ(fit->parameters, 3);
  const double truth[] = {2.0, 0.5, -1.2};
  for (int j = 0; j < 3; ++j) {
    SCOPED_TRACE(j);
    EXPECT_NEAR(fit->coefficients[j], truth[j], 0.1);
    // Within four standard errors of the truth, as a correct estimate almost always is.
    EXPECT_LT(std::abs(fit->coefficients[j] - truth[j]), 4 * fit->standardErrors[j]);
    ASSERT_TRUE(fit->tValues[j].has_value());
    EXPECT_NEAR(*fit->tValues[j], fit->coefficients[j] / fit->standardErrors[j], 1e-9);
  }
  EXPECT_NEAR(fit->residualStandardError, 0.3, 0.05);
  EXPECT_GT(fit->rSquared, 0.95);
}

TEST(Ols, StandardErrorsFollowTheTextbookFormula) {
  auto s = generated();
  auto fit = fitOls(s.x, s.y);
  ASSERT_TRUE(fit.ok());
  // σ̂²·(XᵀX)⁻¹ with XᵀX summed by hand and inverted by cofactors.
  Matrix3 xtx{};
  double ssr = 0, mean = 0;
  for (std::size_t i = 0; i < s.y.size(); ++i) {
    std::array<double, 3> row = {1.0, s.x[i][0], s.x[i][1]};
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c) xtx[r][c] += row[r] * row[c];
    double predicted = fit->coefficients[0] + fit->coefficients[1] * row[1] + fit->coefficients[2] * row[2];
    ssr += (s.y[i] - predicted) * (s.y[i] - predicted);
    mean += s.y[i] / s.y.size();
  }
  double sigma2 = ssr / (200 - 3);
  auto inv = inverse(xtx);
  for (int j = 0; j < 3; ++j) EXPECT_NEAR(fit->standardErrors[j], std::sqrt(sigma2 * inv[j][j]), 1e-9) << j;
  // And near what the noise and the spread of x1 predict: σ / (sd(x1)·√n), sd of U(0, 10) = 10/√12.
  EXPECT_NEAR(fit->standardErrors[1], 0.3 / (10 / std::sqrt(12.0) * std::sqrt(200.0)), 0.002);
  double sst = 0;
  for (double v : s.y) sst += (v - mean) * (v - mean);
  EXPECT_NEAR(fit->rSquared, 1 - ssr / sst, 1e-12);
  EXPECT_NEAR(fit->adjustedRSquared, 1 - (ssr / sst) * 199.0 / 197.0, 1e-12);
}

TEST(Ols, MatchesAHandWorkedExample) {
  // x = 1..5, y = 2 4 5 4 5: b = 2.2 + 0.6x, SSR 2.4, SST 6, σ̂² 0.8, Sxx 10.
  auto fit = fitOls({{1}, {2}, {3}, {4}, {5}}, {2, 4, 5, 4, 5});
  ASSERT_TRUE(fit.ok());
  EXPECT_NEAR(fit->coefficients[0], 2.2, 1e-12);
  EXPECT_NEAR(fit->coefficients[1], 0.6, 1e-12);
  EXPECT_NEAR(fit->standardErrors[1], std::sqrt(0.8 / 10), 1e-12);
  EXPECT_NEAR(fit->standardErrors[0], std::sqrt(0.8 * (1.0 / 5 + 9.0 / 10)), 1e-12);
  EXPECT_NEAR(fit->rSquared, 0.6, 1e-12);
  EXPECT_NEAR(fit->adjustedRSquared, 1 - 0.4 * 4 / 3, 1e-12);
  EXPECT_NEAR(*fit->tValues[1], 0.6 / std::sqrt(0.08), 1e-9);
}

TEST(Ols, AnExactFitHasNoErrorAndNoTValues) {
  std::vector<std::vector<double>> x;
  std::vector<double> y;
  for (int i = 0; i < 10; ++i) {
    double a = i, b = (i * i) % 7;
    x.push_back({a, b});
    y.push_back(1 + 2 * a - 3 * b);
  }
  auto fit = fitOls(x, y);
  ASSERT_TRUE(fit.ok());
  EXPECT_NEAR(fit->coefficients[0], 1, 1e-9);
  EXPECT_NEAR(fit->coefficients[1], 2, 1e-9);
  EXPECT_NEAR(fit->coefficients[2], -3, 1e-9);
  EXPECT_EQ(fit->rSquared, 1.0);
  EXPECT_EQ(fit->adjustedRSquared, 1.0);
  for (int j = 0; j < 3; ++j) {
    EXPECT_EQ(fit->standardErrors[j], 0.0);
    EXPECT_FALSE(fit->tValues[j].has_value());
  }
}

TEST(Ols, APredictorsUnitsChangeItsCoefficientNotItsTValue) {
  auto s = generated(60);
  auto scaled = s;
  for (auto& row : scaled.x) row[0] *= 1e6;
  auto a = fitOls(s.x, s.y), b = fitOls(scaled.x, scaled.y);
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE(b.ok()) << b.error().message;
  EXPECT_NEAR(b->coefficients[1] * 1e6, a->coefficients[1], 1e-9);
  EXPECT_NEAR(*b->tValues[1], *a->tValues[1], 1e-6);
  EXPECT_NEAR(b->rSquared, a->rSquared, 1e-12);
}

TEST(Ols, TheMeanAloneIsAModelToo) {
  auto fit = fitOls({{}, {}, {}, {}}, {1, 2, 3, 6});
  ASSERT_TRUE(fit.ok());
  EXPECT_EQ(fit->parameters, 1);
  EXPECT_NEAR(fit->coefficients[0], 3, 1e-12);
  EXPECT_NEAR(fit->standardErrors[0], std::sqrt(14.0 / 3 / 4), 1e-12);
  EXPECT_NEAR(fit->rSquared, 0, 1e-12);
}

TEST(Ols, RefusesNoMoreObservationsThanParameters) {
  EXPECT_EQ(fitOls({{1, 2}, {2, 1}, {3, 5}}, {1, 2, 3}).error().field, "observations");
  EXPECT_EQ(fitOls({}, {}).error().field, "observations");
  EXPECT_EQ(fitOls({{1}}, {1}).error().field, "observations");
  EXPECT_TRUE(fitOls({{1, 2}, {2, 1}, {3, 5}, {4, 4}}, {1, 2, 3, 5}).ok());
}

TEST(Ols, RefusesASingularDesign) {
  std::vector<std::vector<double>> collinear, constant;
  std::vector<double> y;
  for (int i = 0; i < 20; ++i) {
    collinear.push_back({double(i), 2.0 * i + 3});
    constant.push_back({double(i), 4.0});
    y.push_back(i % 3 + 0.5 * i);
  }
  auto a = fitOls(collinear, y);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(a.error().field, "predictors");
  EXPECT_EQ(fitOls(constant, y).error().field, "predictors");
  std::vector<std::vector<double>> zeros(20, std::vector<double>{0.0});
  EXPECT_EQ(fitOls(zeros, y).error().field, "predictors");
}

TEST(Ols, RefusesValuesThatAreNotNumbers) {
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> x = {{1}, {2}, {3}, {4}};
  EXPECT_EQ(fitOls(x, {1, nan, 2, 3}).error().field, "outcome");
  EXPECT_EQ(fitOls(x, {1, 2, inf, 3}).error().field, "outcome");
  EXPECT_EQ(fitOls({{1}, {nan}, {3}, {4}}, {1, 2, 2, 3}).error().field, "predictors");
  EXPECT_EQ(fitOls({{1}, {2}, {-inf}, {4}}, {1, 2, 2, 3}).error().field, "predictors");
}

TEST(Ols, RefusesMismatchedShapesAndAnOutcomeThatDoesNotVary) {
  EXPECT_EQ(fitOls({{1}, {2}, {3}}, {1, 2}).error().field, "outcome");
  EXPECT_EQ(fitOls({{1}, {2, 3}, {3}, {4}}, {1, 2, 3, 4}).error().field, "predictors");
  EXPECT_EQ(fitOls({{1}, {2}, {3}, {4}}, {5, 5, 5, 5}).error().field, "outcome");
}

}  // namespace
}  // namespace accord::domain
