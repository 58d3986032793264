#pragma once
// The maturity level of a body's partnership, 1 to 5, computed from its self-check. The criteria are
// data (maturityCriteria()): a body is at the highest level whose criteria, and those of every level
// below, all hold. A structure not rated counts as not existing.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/selfcheck/selfcheck.hpp"

namespace accord::domain {

struct MaturityLevel {
  int level;
  const char* code;  // beginning, exploring, developing, established, sustaining
  const char* nameEn;
  const char* nameEs;
};

struct MaturityCriterion {
  enum class Kind {
    kCount,      // at least `count` structures are rated `atLeast` or further
    kStructure,  // `structure` is rated `atLeast` or further
    kEvery,      // every structure is rated `atLeast` or further
  };
  const char* code;
  int level;  // the level it opens
  Kind kind;
  Rating atLeast;
  int count;              // for kCount
  const char* structure;  // for kStructure
  const char* textEn;
  const char* textEs;
};

const std::vector<MaturityLevel>& maturityLevels();      // levels 1 to 5, in order
const std::vector<MaturityCriterion>& maturityCriteria();  // by level
const MaturityLevel& maturityLevel(int level);

struct Maturity {
  int level = 1;
  std::vector<const MaturityCriterion*> met;  // every criterion that holds, at any level
  std::optional<int> nextLevel;               // empty at the top level
  std::vector<const MaturityCriterion*> missing;  // the next level's criteria that do not hold yet
};

// Ratings by structure code; codes that are not structures are ignored.
using RatingsByStructure = std::map<std::string, Rating>;
RatingsByStructure ratingsByStructure(const SelfCheck& check);

// How many structures stand at each rating, in the order of allRatings(); unrated ones count as not existing.
std::vector<int> ratingCounts(const RatingsByStructure& ratings);

bool criterionHolds(const MaturityCriterion& criterion, const RatingsByStructure& ratings);
Maturity assessMaturity(const RatingsByStructure& ratings);

}  // namespace accord::domain
