#include "common/calendar_date.hpp"
#include "domain/network_survey/use_cases.hpp"

namespace accord::domain {

Result<NetworkResultsView> getNetworkResults(Store& store, const Caller& caller, long long districtId,
                                             long long windowId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(WindowAccess found, windowAccess(*tx, districtId, windowId, caller.user));
  if (!found.window.network) return notFound("this survey window has no network survey");
  std::string today = isoDateOf(now);
  ACCORD_CHECK(checkMayReadResults(found.window, today));
  auto& network = tx->networkSurveys();
  ACCORD_TRY(auto respondents, network.respondents(districtId, found.window.id));
  ACCORD_TRY(auto nominations, network.nominations(found.window.id));
  ACCORD_TRY(auto leaders, network.siteLeaders(districtId));
  NetworkResultsView view;
  view.schools =
      computeNetworkResults(found.window.schools, found.window.minGroupSize, respondents, leaders, nominations);
  ACCORD_TRY(view.window, windowView(*tx, found.access, found.window, caller.user.id, today));
  return view;
}

}  // namespace accord::domain
