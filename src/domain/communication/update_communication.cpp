#include "domain/audit/use_cases.hpp"
#include "domain/communication/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<CommunicationView> updateCommunication(Store& store, const Caller& caller, long long districtId,
                                              long long communicationId, const CommunicationInput& input,
                                              UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(Communication communication, tx->communications().byId(districtId, communicationId));
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, communication.bodyId, caller.user));
  ACCORD_CHECK(maySeeCommunication(access, communication));
  ACCORD_CHECK(mayDraftCommunication(access));
  ACCORD_CHECK(mayEditCommunication(communication));
  if (input.bodyId && *input.bodyId != communication.bodyId)
    return invalid("body_id", "a communication stays with the body that drafted it");
  ACCORD_CHECK(applyCommunicationInput(communication, input));
  communication.updatedAt = now;
  // The co-chairs signed the old wording: they sign again.
  ACCORD_CHECK(tx->communications().update(communication));
  ACCORD_CHECK(tx->communications().clearSignatures(communication.id));
  communication.signatures.clear();
  nlohmann::json changed = nlohmann::json::array();
  if (input.title) changed.push_back("title");
  if (input.text) changed.push_back("text");
  ACCORD_CHECK(audit(*tx, districtId, caller, "communication.edit", "communication", communication.id,
                     {{"body_id", communication.bodyId}, {"changed", changed}}, now));
  ACCORD_TRY(auto view, communicationView(*tx, access.body, communication, caller.user.id));
  ACCORD_CHECK(tx->commit());
  return view;
}

}  // namespace accord::domain
