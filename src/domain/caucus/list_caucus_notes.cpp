#include "domain/caucus/use_cases.hpp"

namespace accord::domain {

Result<Page<CaucusNote>> listCaucusNotes(Store& store, const Caller& caller, long long districtId,
                                         const CaucusSubject& subject, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(CaucusAccess access, caucusAccess(*tx, districtId, subject, caller.user));
  CaucusQuery query{access.body.body.id, access.side, subject.type, subject.id};
  return tx->caucus().list(districtId, query, cursor, limit);
}

}  // namespace accord::domain
