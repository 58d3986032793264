#include "domain/body/use_cases.hpp"

namespace accord::domain {

Result<BodyView> getBody(Store& store, const Caller& caller, long long districtId, long long bodyId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  BodyView view;
  view.body = access.body;
  view.mySeat = access.seat;
  view.mayActFor = sidesActedFor(access, caller.user);
  ACCORD_TRY(view.members, tx->bodies().members(bodyId));
  return view;
}

}  // namespace accord::domain
