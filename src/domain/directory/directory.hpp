#pragma once
// The district directory: every public school district of the country, from the NCES Common Core
// of Data, so that a district using Accord has its size and demographics without typing them and
// peer matching can compare it with others.
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct DirectoryEntry {
  std::string ncesId;  // LEAID: seven digits
  std::string name;
  std::string state;   // two-letter postal code
  std::optional<long long> enrollment;
  std::optional<double> minorityPct;
  std::string schoolYear;  // as the file gives it, e.g. 2022-2023
  UnixSeconds updatedAt = 0;
};

class DirectoryRepository {
 public:
  virtual ~DirectoryRepository() = default;
  // Inserts the entry or replaces the one with its NCES id; a missing figure keeps the stored one.
  virtual Result<void> upsert(const DirectoryEntry& entry) = 0;
  // Writes the entry's figures into the districts of the installation with its NCES id; how many.
  virtual Result<long long> applyToDistricts(const DirectoryEntry& entry) = 0;
  virtual Result<long long> count() = 0;
};

struct DirectoryRowError {
  long long line = 0;
  std::string column;
  std::string reason;
};

}  // namespace accord::domain
