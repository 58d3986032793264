#include "domain/analysis/partnership_growth.hpp"

#include <cmath>
#include <set>

#include <fmt/format.h>

namespace accord::domain {

namespace {

Result<void> checkRow(const SchoolRow& r) {
  auto bad = [&](const char* field, const char* why) {
    return invalid(field, fmt::format("school {}: {}", r.school, why));
  };
  if (!std::isfinite(r.growth)) return bad("growth", "is not a number");
  if (!std::isfinite(r.partnershipScore)) return bad("partnership_score", "is not a number");
  if (r.networkDensity && !(*r.networkDensity >= 0 && *r.networkDensity <= 1))
    return bad("network_density", "must be from 0 to 1");
  if (!(r.lowIncomePct >= 0 && r.lowIncomePct <= 100)) return bad("low_income_pct", "must be from 0 to 100");
  return Ok{};
}

}  // namespace

Result<PartnershipGrowthAnalysis> analyzePartnershipAndGrowth(const std::vector<SchoolRow>& rows) {
  std::set<long long> seen;
  bool everyDensity = !rows.empty();
  for (const auto& r : rows) {
    ACCORD_CHECK(checkRow(r));
    if (!seen.insert(r.school).second) return invalid("school", fmt::format("school {} is given twice", r.school));
    everyDensity = everyDensity && r.networkDensity.has_value();
  }
  PartnershipGrowthAnalysis out;
  std::vector<std::string> names = {"intercept", "partnership_score"};
  if (everyDensity) names.push_back("network_density");
  else out.omitted.push_back("network_density");
  names.push_back("low_income_pct");
  if (rows.size() <= names.size())
    return invalid("schools", fmt::format("{} schools are too few for this model: at least {} are needed",
                                          rows.size(), names.size() + 1));

  std::vector<std::vector<double>> x;
  std::vector<double> y;
  for (const auto& r : rows) {
    std::vector<double> row = {r.partnershipScore};
    if (everyDensity) row.push_back(*r.networkDensity);
    row.push_back(r.lowIncomePct);
    x.push_back(std::move(row));
    y.push_back(r.growth);
  }
  auto fit = fitOls(x, y);
  if (!fit.ok()) {
    const Error& e = fit.error();
    if (e.field == "outcome") return invalid("growth", "is the same in every school: there is nothing to explain");
    if (e.field == "predictors")
      return invalid("schools", "the schools do not differ enough: a measure is the same everywhere or moves "
                                "in step with another");
    return fit.takeError();
  }
  out.fit = std::move(fit).value();
  for (std::size_t j = 0; j < names.size(); ++j)
    out.terms.push_back({names[j], out.fit.coefficients[j], out.fit.standardErrors[j], out.fit.tValues[j]});
  out.caveat = analysisCaveat(out.fit.n, out.fit.rSquared);
  return out;
}

}  // namespace accord::domain
