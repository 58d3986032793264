#pragma once
// The district directory. Each function is one use case, in a file of the same name.
#include <istream>

#include "domain/account/account.hpp"
#include "domain/directory/ccd_reader.hpp"

namespace accord::domain {

struct DirectoryImport {
  CcdReadReport report;
  long long entries = 0;            // districts stored or updated in the directory
  long long districtsUpdated = 0;   // districts of the installation whose figures were filled in
};

// For the installation's administrators (`caller` null: the command line). One transaction:
// re-loading a file updates the entries it loaded before; bad rows are reported and skipped.
Result<DirectoryImport> importDirectory(Store& store, const User* caller, std::istream& in, UnixSeconds now);

}  // namespace accord::domain
