#pragma once
// The self-check of collaborative structures: once a year, the members of a joint body rate how far each
// structure of a labor–management partnership has come in their body (not existing, being discussed,
// being developed, implemented). The structures are a fixed list, documented in docs/self-check.md.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// In order: each rating is further along than the one before.
enum class Rating { kNotExisting = 0, kBeingDiscussed = 1, kBeingDeveloped = 2, kImplemented = 3 };

// not_existing, being_discussed, being_developed, implemented.
std::string_view ratingCode(Rating rating);
std::optional<Rating> parseRating(std::string_view code);
const std::vector<Rating>& allRatings();

struct Structure {
  const char* code;
  const char* nameEn;
  const char* nameEs;
};

// Every structure a self-check rates, in the order they are shown.
const std::vector<Structure>& selfCheckStructures();
// nullptr when no structure has that code.
const Structure* findStructure(std::string_view code);

inline constexpr int kFirstSelfCheckYear = 1990;
// A self-check year is a calendar year from 1990 to the current one (UTC); kInvalid on "year" otherwise.
Result<int> checkSelfCheckYear(long long year, UnixSeconds now);

inline constexpr std::size_t kMaxRatingNote = 2000;

struct StructureRating {
  std::string structure;  // a code from selfCheckStructures()
  Rating rating = Rating::kNotExisting;
  std::string note;
  long long changedBy = 0;
  UnixSeconds changedAt = 0;
  std::string changedByName;  // filled when read
};

struct SelfCheck {
  long long id = 0;  // 0: nobody has rated anything for this body and year yet
  long long districtId = 0;
  long long bodyId = 0;
  int year = 0;
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
  UnixSeconds updatedAt = 0;
  std::vector<StructureRating> ratings;  // only the structures rated so far

  const StructureRating* ratingOf(std::string_view structure) const;
};

class SelfCheckRepository {
 public:
  virtual ~SelfCheckRepository() = default;
  // The body's self-check of the year with its ratings; kNotFound when none has been started.
  virtual Result<SelfCheck> byYear(long long districtId, long long bodyId, int year) = 0;
  // Every self-check of the body with its ratings, oldest year first.
  virtual Result<std::vector<SelfCheck>> ofBody(long long districtId, long long bodyId) = 0;
  // The id of the body's self-check of `check.year`, started (with no ratings) if there is none.
  virtual Result<long long> start(const SelfCheck& check) = 0;
  // Sets one structure's rating, replacing the one before.
  virtual Result<void> setRating(long long selfCheckId, const StructureRating& rating) = 0;
  virtual Result<void> touch(long long selfCheckId, UnixSeconds at) = 0;
};

}  // namespace accord::domain
