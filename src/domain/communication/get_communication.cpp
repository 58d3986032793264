#include "domain/communication/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<CommunicationView> getCommunication(Store& store, const Caller& caller, long long districtId,
                                           long long communicationId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(Communication communication, tx->communications().byId(districtId, communicationId));
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, communication.bodyId, caller.user));
  ACCORD_CHECK(maySeeCommunication(access, communication));
  return communicationView(*tx, access.body, communication, caller.user.id);
}

}  // namespace accord::domain
