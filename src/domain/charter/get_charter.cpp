#include "common/calendar_date.hpp"
#include "domain/charter/use_cases.hpp"

namespace accord::domain {

Result<CharterView> getCharter(Store& store, const Caller& caller, long long districtId, long long bodyId,
                               UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  CharterView view;
  auto current = tx->charters().inForce(districtId, bodyId);
  if (current.ok()) {
    view.inForce = std::move(current).value();
    view.reviewDue = charterReviewDue(view.inForce->reviewDate, isoDateOf(now), access.body.charterReviewDue);
  } else if (current.error().code != ErrorCode::kNotFound) {
    return current.takeError();
  }
  return view;
}

}  // namespace accord::domain
