#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<void> watchMeeting(Store& store, const Caller& caller, long long districtId, long long bodyId,
                          long long meetingId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  return Ok{};
}

}  // namespace accord::domain
