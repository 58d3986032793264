#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "domain/account/account.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"
#include "domain/meeting/meeting.hpp"

namespace accord::domain {

namespace {

// The body that the entry itself marks as keeping its subject confidential, or that the page's read
// found through its subject (entries written before the words were kept out of the log).
std::optional<long long> markedBody(const AuditEntry& entry, const nlohmann::json& details) {
  if (details.value("confidential", false) && details.contains("body_id") && details["body_id"].is_number_integer())
    return details["body_id"].get<long long>();
  if (entry.confidentialSubjectBody) return entry.confidentialSubjectBody;
  return std::nullopt;
}

// An entry about an agenda item not marked confidential: its item is looked up with the page's
// others, in case it is linked to a confidential issue or decision.
std::optional<long long> unmarkedItem(const AuditEntry& entry, const nlohmann::json& details) {
  if (entry.subjectType != "meeting" || !details.contains("item_id") || !details["item_id"].is_number_integer())
    return std::nullopt;
  return details["item_id"].get<long long>();
}

// The person an entry acts on (a member added, a co-chair named, an action item's owner), by id.
std::optional<long long> personActedOn(const nlohmann::json& details) {
  for (const char* key : {"user_id", "owner_id"})
    if (auto it = details.find(key); it != details.end() && it->is_number_integer()) return it->get<long long>();
  return std::nullopt;
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

  // Which body keeps each entry's subject confidential: from the entry and the page's read, then for
  // the agenda items of the page in one more read, not one per entry; the caller's seats in one more.
  std::vector<nlohmann::json> details(page.items.size());
  std::vector<std::optional<long long>> keeper(page.items.size());
  std::vector<std::pair<long long, long long>> items;  // meeting, item
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    auto& entry = page.items[i];
    details[i] = nlohmann::json::parse(entry.details, nullptr, false);
    if (details[i].is_discarded()) entry.details = "{}";  // text that does not read as JSON is left out
    if (!details[i].is_object()) continue;
    keeper[i] = markedBody(entry, details[i]);
    if (auto item = unmarkedItem(entry, details[i]); item && !keeper[i]) items.emplace_back(entry.subjectId, *item);
  }
  ACCORD_TRY(auto confidentialItems, tx->meetings().confidentialItems(districtId, items));

  std::set<long long> seated;  // the bodies the caller sits in, read once
  if (std::any_of(keeper.begin(), keeper.end(), [](const auto& body) { return body.has_value(); })) {
    ACCORD_TRY(auto seats, tx->bodies().seatsOf(districtId, caller.user.id));
    for (const auto& seat : seats) seated.insert(seat.bodyId);
  }
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    auto& entry = page.items[i];
    if (!details[i].is_object()) continue;
    if (auto item = unmarkedItem(entry, details[i]); item && !keeper[i] && confidentialItems.count(*item))
      keeper[i] = confidentialItems[*item];
    if (!keeper[i]) continue;
    if (!seated.count(*keeper[i])) {
      entry.details = idsOnly(details[i], *keeper[i]).dump();
      entry.subjectTitle.reset();
      details[i] = nullptr;  // nothing more is told of it
    }
  }

  // The people the entries act on, by name ("person_name" in the details), so that the log reads
  // "Ana Reyes named James Okafor labor co-chair"; all of the page's people in one read.
  std::vector<std::optional<long long>> persons(page.items.size());
  std::set<long long> wanted;
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    if (!details[i].is_object()) continue;
    persons[i] = personActedOn(details[i]);
    if (persons[i]) wanted.insert(*persons[i]);
  }
  ACCORD_TRY(auto names, tx->users().namesOf({wanted.begin(), wanted.end()}));
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    if (!persons[i]) continue;
    auto name = names.find(*persons[i]);
    if (name == names.end() || name->second.empty()) continue;
    details[i]["person_name"] = name->second;
    page.items[i].details = details[i].dump();
  }
  return page;
}

}  // namespace accord::domain
