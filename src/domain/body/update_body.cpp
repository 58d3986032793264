#include <tuple>

#include "domain/audit/use_cases.hpp"
#include "domain/body/use_cases.hpp"

namespace accord::domain {

Result<Body> updateBody(Store& store, const Caller& caller, long long districtId, long long bodyId,
                        const BodyInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayManageBody(access, caller.user));
  // A side's number of seats is that side's to change.
  nlohmann::json actingFor = nlohmann::json::array();
  for (auto [given, current, side] : {std::tuple{input.laborSeats, access.body.laborSeats, "labor"},
                                      std::tuple{input.managementSeats, access.body.managementSeats, "management"}}) {
    if (!given || *given == current) continue;
    ACCORD_TRY(SideAuthority authority, mayActForSide(access, caller.user, side));
    actingFor.push_back({{"side", authority.side}, {"as", authority.as}});
  }
  Body body = access.body;
  ACCORD_CHECK(applyBodyInput(body, input));
  ACCORD_CHECK(tx->bodies().update(body));
  ACCORD_CHECK(audit(*tx, districtId, caller, "body.update", "body", body.id,
                     {{"name", body.name},
                      {"rule", body.rule.kind},
                      {"fallback", body.rule.fallback},
                      {"labor_seats", body.laborSeats},
                      {"management_seats", body.managementSeats},
                      {"advance_rule", body.advanceRule},
                      {"acting_for", actingFor}},
                     now));
  // Who moves an issue on changes how both sides work: the log says so in its own entry.
  if (body.advanceRule != access.body.advanceRule)
    ACCORD_CHECK(audit(*tx, districtId, caller, "body.advance_rule", "body", body.id,
                       {{"advance_rule", body.advanceRule}, {"from", access.body.advanceRule}}, now));
  ACCORD_CHECK(tx->commit());
  return body;
}

}  // namespace accord::domain
