#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<std::vector<MeetingSeries>> listMeetingSeries(Store& store, const Caller& caller, long long districtId,
                                                     long long bodyId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayReadMeetings(access));
  return tx->meetings().listSeries(districtId, bodyId);
}

}  // namespace accord::domain
