#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<std::optional<SearchVersion>> getSearchVersion(Store& store, const Caller* caller) {
  ACCORD_TRY(auto tx, store.read());
  return tx->practices().searchVersion(caller ? caller->user.id : 0);
}

}  // namespace accord::domain
