#include "domain/selfcheck/maturity.hpp"

namespace accord::domain {

namespace {

Rating ratingIn(const RatingsByStructure& ratings, const std::string& structure) {
  auto it = ratings.find(structure);
  return it == ratings.end() ? Rating::kNotExisting : it->second;
}

int countAtLeast(const RatingsByStructure& ratings, Rating atLeast) {
  int n = 0;
  for (const auto& s : selfCheckStructures())
    if (ratingIn(ratings, s.code) >= atLeast) ++n;
  return n;
}

}  // namespace

const std::vector<MaturityLevel>& maturityLevels() {
  static const std::vector<MaturityLevel> levels = {
      {1, "beginning", "Beginning", "Inicial"},
      {2, "exploring", "Exploring", "En exploración"},
      {3, "developing", "Developing", "En desarrollo"},
      {4, "established", "Established", "Establecida"},
      {5, "sustaining", "Sustaining", "Sostenida"},
  };
  return levels;
}

const MaturityLevel& maturityLevel(int level) {
  const auto& levels = maturityLevels();
  if (level < 1) return levels.front();
  if (level > static_cast<int>(levels.size())) return levels.back();
  return levels[level - 1];
}

// Level 1 has no criteria: every body starts there.
const std::vector<MaturityCriterion>& maturityCriteria() {
  using K = MaturityCriterion::Kind;
  static const std::vector<MaturityCriterion> criteria = {
      {"three_structures_discussed", 2, K::kCount, Rating::kBeingDiscussed, 3, nullptr,
       "At least 3 structures are being discussed or further along",
       "Al menos 3 estructuras están en discusión o más avanzadas"},
      {"six_structures_developed", 3, K::kCount, Rating::kBeingDeveloped, 6, nullptr,
       "At least 6 structures are being developed or implemented",
       "Al menos 6 estructuras están en desarrollo o implementadas"},
      {"joint_committee_implemented", 3, K::kStructure, Rating::kImplemented, 0, "joint_committee",
       "The joint labor–management committee meets regularly (implemented)",
       "El comité conjunto laboral-administrativo se reúne con regularidad (implementado)"},
      {"seven_structures_implemented", 4, K::kCount, Rating::kImplemented, 7, nullptr,
       "At least 7 structures are implemented", "Al menos 7 estructuras están implementadas"},
      {"signed_charter_implemented", 4, K::kStructure, Rating::kImplemented, 0, "signed_charter",
       "The charter of shared principles is signed by both sides and in force (implemented)",
       "La carta de principios compartidos está firmada por ambas partes y vigente (implementada)"},
      {"joint_decision_rule_implemented", 4, K::kStructure, Rating::kImplemented, 0, "joint_decision_rule",
       "The joint decision rule with its fallback is in use (implemented)",
       "La regla de decisión conjunta con su alternativa está en uso (implementada)"},
      {"all_structures_implemented", 5, K::kEvery, Rating::kImplemented, 0, nullptr,
       "Every structure is implemented, including the plan for leadership transitions",
       "Todas las estructuras están implementadas, incluido el plan para los cambios de liderazgo"},
  };
  return criteria;
}

RatingsByStructure ratingsByStructure(const SelfCheck& check) {
  RatingsByStructure out;
  for (const auto& r : check.ratings) out[r.structure] = r.rating;
  return out;
}

std::vector<int> ratingCounts(const RatingsByStructure& ratings) {
  std::vector<int> counts(allRatings().size(), 0);
  for (const auto& s : selfCheckStructures()) ++counts[static_cast<int>(ratingIn(ratings, s.code))];
  return counts;
}

bool criterionHolds(const MaturityCriterion& c, const RatingsByStructure& ratings) {
  switch (c.kind) {
    case MaturityCriterion::Kind::kCount: return countAtLeast(ratings, c.atLeast) >= c.count;
    case MaturityCriterion::Kind::kStructure: return ratingIn(ratings, c.structure) >= c.atLeast;
    case MaturityCriterion::Kind::kEvery:
      return countAtLeast(ratings, c.atLeast) == static_cast<int>(selfCheckStructures().size());
  }
  return false;
}

Maturity assessMaturity(const RatingsByStructure& ratings) {
  Maturity m;
  for (const auto& c : maturityCriteria())
    if (criterionHolds(c, ratings)) m.met.push_back(&c);
  const int top = maturityLevels().back().level;
  auto missingAt = [&](int level) {
    std::vector<const MaturityCriterion*> missing;
    for (const auto& c : maturityCriteria())
      if (c.level == level && !criterionHolds(c, ratings)) missing.push_back(&c);
    return missing;
  };
  while (m.level < top) {
    auto missing = missingAt(m.level + 1);
    if (!missing.empty()) {
      m.nextLevel = m.level + 1;
      m.missing = std::move(missing);
      break;
    }
    ++m.level;
  }
  return m;
}

}  // namespace accord::domain
