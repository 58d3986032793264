#include "domain/audit/use_cases.hpp"
#include "domain/directory/use_cases.hpp"

namespace accord::domain {

Result<DirectoryImport> importDirectory(Store& store, const User* caller, std::istream& in, UnixSeconds now) {
  if (caller && !caller->admin) return forbidden("only the installation's administrators load the directory");
  ACCORD_TRY(auto tx, store.write());
  DirectoryImport result;
  ACCORD_TRY(result.report, readCcdFile(in, [&](const DirectoryEntry& read) -> Result<void> {
               DirectoryEntry entry = read;
               entry.updatedAt = now;
               ACCORD_CHECK(tx->directory().upsert(entry));
               ACCORD_TRY(long long updated, tx->directory().applyToDistricts(entry));
               ++result.entries;
               result.districtsUpdated += updated;
               return Ok{};
             }));
  ACCORD_CHECK(auditNetwork(*tx, caller, "directory.import", "directory", 0,
                            {{"entries", result.entries},
                             {"districts_updated", result.districtsUpdated},
                             {"errors", result.report.errors.size()}},
                            now));
  ACCORD_CHECK(tx->commit());
  return result;
}

}  // namespace accord::domain
