#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<std::optional<SearchVersion>> getSearchVersion(Store& store, const Caller* caller) {
  // The public's search reads only what is published; a person's includes their districts' drafts.
  ACCORD_TRY(auto tx, caller ? store.read() : store.readPublished());
  return tx->practices().searchVersion(caller ? caller->user.id : 0);
}

}  // namespace accord::domain
