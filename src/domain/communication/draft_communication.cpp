#include "domain/audit/use_cases.hpp"
#include "domain/communication/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<CommunicationView> draftCommunication(Store& store, const Caller& caller, long long districtId,
                                             const CommunicationInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  if (!input.bodyId) return invalid("body_id", "is required");
  auto access = bodyAccess(*tx, districtId, *input.bodyId, caller.user);
  if (!access.ok()) {
    if (access.error().code == ErrorCode::kNotFound) return invalid("body_id", "no such body in this district");
    return access.takeError();
  }
  ACCORD_CHECK(mayDraftCommunication(*access));
  if (!input.title) return invalid("title", "is required");
  if (!input.text) return invalid("text", "is required");
  Communication communication;
  communication.districtId = districtId;
  communication.bodyId = *input.bodyId;
  communication.createdBy = caller.user.id;
  communication.createdAt = communication.updatedAt = now;
  ACCORD_CHECK(applyCommunicationInput(communication, input));
  ACCORD_TRY(communication.id, tx->communications().insert(communication));
  ACCORD_CHECK(audit(*tx, districtId, caller, "communication.draft", "communication", communication.id,
                     {{"body_id", communication.bodyId}, {"title", communication.title}}, now));
  ACCORD_TRY(auto view, communicationView(*tx, access->body, communication, caller.user.id));
  ACCORD_CHECK(tx->commit());
  return view;
}

}  // namespace accord::domain
