#include <algorithm>

#include "domain/audit/use_cases.hpp"
#include "domain/communication/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/notification/notify.hpp"

namespace accord::domain {

Result<CommunicationView> signCommunication(Store& store, const Caller& caller, long long districtId,
                                            long long communicationId, UnixSeconds now,
                                            std::vector<long long>* notified) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(Communication communication, tx->communications().byId(districtId, communicationId));
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, communication.bodyId, caller.user));
  ACCORD_CHECK(maySeeCommunication(access, communication));
  ACCORD_CHECK(maySignCommunication(access, caller.user));
  std::vector<long long> told;
  bool signedAlready = std::any_of(communication.signatures.begin(), communication.signatures.end(),
                                   [&](const CommunicationSignature& s) { return s.userId == caller.user.id; });
  if (!signedAlready) {
    ACCORD_CHECK(mayEditCommunication(communication));
    CommunicationSignature signature;
    signature.userId = caller.user.id;
    signature.side = access.body.laborCoChairId == caller.user.id ? "labor" : "management";
    signature.signedAt = now;
    signature.userName = caller.user.name;
    ACCORD_CHECK(tx->communications().addSignature(communication.id, signature));
    communication.signatures.push_back(signature);
    ACCORD_CHECK(audit(*tx, districtId, caller, "communication.sign", "communication", communication.id,
                       {{"body_id", communication.bodyId}, {"side", signature.side}}, now));
    if (signedByBothCoChairs(communication.signatures, access.body.laborCoChairId,
                             access.body.managementCoChairId)) {
      communication.status = "published";
      communication.publishedAt = now;
      ACCORD_CHECK(tx->communications().update(communication));
      ACCORD_CHECK(auditByRule(*tx, districtId, "communication.publish", "communication", communication.id,
                         {{"body_id", communication.bodyId}, {"title", communication.title}}, now));
    } else {
      // The other co-chair's signature is what the communication waits for.
      auto waiting = signature.side == "labor" ? access.body.managementCoChairId : access.body.laborCoChairId;
      if (waiting) {
        ACCORD_TRY(told, notify(*tx, {districtId, "signature", {"communication", communication.id}, caller.user.id, now},
                                {*waiting}));
      }
    }
  }
  ACCORD_TRY(auto view, communicationView(*tx, access.body, communication, caller.user.id));
  ACCORD_CHECK(tx->commit());
  addNotified(notified, told);
  return view;
}

}  // namespace accord::domain
