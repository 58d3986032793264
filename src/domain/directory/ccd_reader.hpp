#pragma once
// Reading the NCES Common Core of Data district (LEA) files: the directory file (one row per
// district) and the membership file (one row per district, grade, race/ethnicity and sex, with
// the district totals on rows of their own). See docs/imports.md for the columns read.
#include <functional>
#include <istream>
#include <map>
#include <string>
#include <vector>

#include "common/result.hpp"
#include "domain/directory/directory.hpp"

namespace accord::domain {

struct CcdReadReport {
  std::string layout;  // directory or membership
  long long rowsRead = 0;
  long long rowsFailed = 0;
  std::vector<DirectoryRowError> errors;  // the first kMaxReportedErrors
};

inline constexpr std::size_t kMaxReportedErrors = 200;

// Reads the stream line by line and calls `emit` once per district (for a membership file, once
// its rows have all been read). kInvalid (field "file") when the header is neither layout.
Result<CcdReadReport> readCcdFile(std::istream& in, const std::function<Result<void>(const DirectoryEntry&)>& emit);

}  // namespace accord::domain
