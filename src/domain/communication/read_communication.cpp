#include "domain/audit/use_cases.hpp"
#include "domain/communication/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<CommunicationView> readCommunication(Store& store, const Caller& caller, long long districtId,
                                            long long communicationId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(Communication communication, tx->communications().byId(districtId, communicationId));
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, communication.bodyId, caller.user));
  ACCORD_CHECK(maySeeCommunication(access, communication));
  if (communication.status != "published") return conflict("a draft is not out to be read yet", "status");
  ACCORD_TRY(bool first, tx->communications().markRead(communication.id, caller.user.id, now));
  if (first) {
    ACCORD_CHECK(audit(*tx, districtId, caller, "communication.read", "communication", communication.id,
                       {{"body_id", communication.bodyId}}, now));
  }
  ACCORD_TRY(auto view, communicationView(*tx, access.body, communication, caller.user.id));
  ACCORD_CHECK(tx->commit());
  return view;
}

}  // namespace accord::domain
