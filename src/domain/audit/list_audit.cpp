#include <map>
#include <optional>

#include "domain/audit/use_cases.hpp"
#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"
#include "domain/meeting/policy.hpp"

namespace accord::domain {

namespace {

// The body that keeps the entry's subject confidential, if any. Entries written before the words
// were kept out of the log are found through their subject too.
Result<std::optional<long long>> confidentialBodyOf(Transaction& tx, const AuditEntry& entry,
                                                    const nlohmann::json& details) {
  if (details.value("confidential", false) && details.contains("body_id") && details["body_id"].is_number_integer())
    return std::optional<long long>(details["body_id"].get<long long>());
  if (entry.confidentialSubjectBody) return std::optional<long long>(entry.confidentialSubjectBody);
  auto absent = [](const Error& e) { return e.code == ErrorCode::kNotFound; };
  if (entry.subjectType == "meeting" && details.contains("item_id") && details["item_id"].is_number_integer()) {
    auto meeting = tx.meetings().meetingInDistrict(entry.districtId, entry.subjectId);
    if (!meeting.ok()) return absent(meeting.error()) ? Result<std::optional<long long>>(std::nullopt)
                                                      : Result<std::optional<long long>>(meeting.takeError());
    auto item = tx.meetings().item(meeting->id, details["item_id"].get<long long>());
    if (!item.ok()) return absent(item.error()) ? Result<std::optional<long long>>(std::nullopt)
                                                : Result<std::optional<long long>>(item.takeError());
    ACCORD_TRY(bool confidential, isConfidentialItem(tx, entry.districtId, *item));
    if (confidential) return std::optional<long long>(meeting->bodyId);
  }
  return std::optional<long long>();
}

// Only the ids: what a reader outside the body may know of a confidential subject's write.
nlohmann::json idsOnly(const nlohmann::json& details, long long bodyId) {
  nlohmann::json out = {{"confidential", true}, {"body_id", bodyId}};
  for (const auto& [key, value] : details.items())
    if (key.size() > 3 && key.compare(key.size() - 3, 3, "_id") == 0 && value.is_number_integer()) out[key] = value;
  return out;
}

}  // namespace

Result<Page<AuditEntry>> listAudit(Store& store, const Caller& caller, long long districtId, long long cursor,
                                   int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(Membership mine, memberOf(*tx, districtId, caller.user));
  if (!isDistrictLeader(mine) && !caller.user.admin) {
    ACCORD_TRY(bool coChair, isCoChairOfAnyBody(*tx, districtId, caller.user.id));
    if (!coChair) return forbidden("the audit log is for co-chairs and the district's leaders");
  }
  ACCORD_TRY(auto page, tx->audit().list(districtId, cursor, limit));
  std::map<long long, bool> seated;  // body id → whether the caller sits in it
  for (auto& entry : page.items) {
    auto details = nlohmann::json::parse(entry.details, nullptr, false);
    if (details.is_discarded()) entry.details = "{}";  // text that does not read as JSON is left out
    if (!details.is_object()) continue;
    ACCORD_TRY(auto body, confidentialBodyOf(*tx, entry, details));
    if (!body) continue;
    if (!seated.count(*body)) {
      auto seat = tx->bodies().member(*body, caller.user.id);
      if (!seat.ok() && seat.error().code != ErrorCode::kNotFound) return seat.takeError();
      seated[*body] = seat.ok();
    }
    if (!seated[*body]) entry.details = idsOnly(details, *body).dump();
  }
  return page;
}

}  // namespace accord::domain
