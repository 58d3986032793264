#include <map>

#include "domain/body/body.hpp"
#include "domain/communication/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Page<CommunicationView>> listCommunications(Store& store, const Caller& caller, long long districtId,
                                                   long long bodyId, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  if (bodyId) ACCORD_CHECK(tx->bodies().byId(districtId, bodyId));
  ACCORD_TRY(auto page, tx->communications().listVisible(districtId, caller.user.id, bodyId, cursor, limit));
  std::map<long long, Body> bodies;
  Page<CommunicationView> out;
  out.nextCursor = page.nextCursor;
  for (const auto& communication : page.items) {
    auto it = bodies.find(communication.bodyId);
    if (it == bodies.end()) {
      ACCORD_TRY(Body body, tx->bodies().byId(districtId, communication.bodyId));
      it = bodies.emplace(body.id, std::move(body)).first;
    }
    ACCORD_TRY(auto view, communicationView(*tx, it->second, communication, caller.user.id));
    out.items.push_back(std::move(view));
  }
  return out;
}

}  // namespace accord::domain
