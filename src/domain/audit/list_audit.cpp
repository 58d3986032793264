#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "common/flat_json.hpp"
#include "domain/account/account.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"
#include "domain/meeting/meeting.hpp"

namespace accord::domain {

namespace {

// What the page needs of an entry's details, read without building a document: whether they read as a
// JSON object at all, and its top-level "confidential" mark and ids.
struct DetailFacts {
  bool object = false;
  bool confidential = false;
  bool personName = false;  // a "person_name" of its own
  std::optional<long long> bodyId, itemId, userId, ownerId;
};

// One top-level member; a name given twice counts with its last value, as the whole parser reads it. A
// value that is not flat (a fraction, a list) comes as null.
void note(DetailFacts& facts, std::string_view key, const FlatValue& value) {
  std::optional<long long> integer;
  if (value.kind == FlatValue::Kind::kInteger) integer = value.integer;
  if (key == "confidential") facts.confidential = value.kind == FlatValue::Kind::kTrue;
  if (key == "person_name") facts.personName = true;
  if (key == "body_id") facts.bodyId = integer;
  if (key == "item_id") facts.itemId = integer;
  if (key == "user_id") facts.userId = integer;
  if (key == "owner_id") facts.ownerId = integer;
}

// nlohmann's event interface, for details that are not flat: only the members of the outermost object
// are noted.
class FactsReader {
 public:
  using json = nlohmann::json;
  explicit FactsReader(DetailFacts& facts) : facts_(facts) {}

  bool null() { return member({}); }
  bool boolean(bool value) { return member(of(value ? FlatValue::Kind::kTrue : FlatValue::Kind::kFalse)); }
  bool number_integer(json::number_integer_t value) { return member(of(FlatValue::Kind::kInteger, value)); }
  bool number_unsigned(json::number_unsigned_t value) {
    if (value > static_cast<json::number_unsigned_t>(std::numeric_limits<long long>::max())) return member({});
    return member(of(FlatValue::Kind::kInteger, static_cast<long long>(value)));
  }
  bool number_float(json::number_float_t, const json::string_t&) { return member({}); }
  bool string(json::string_t&) { return member(of(FlatValue::Kind::kString)); }
  bool binary(json::binary_t&) { return member({}); }
  bool start_object(std::size_t) {
    if (depth_ == 0) facts_.object = true;
    return open();
  }
  bool key(json::string_t& name) {
    if (depth_ == 1) key_ = name;
    return true;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t) { return open(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  static FlatValue of(FlatValue::Kind kind, long long integer = 0) {
    FlatValue value;
    value.kind = kind;
    value.integer = integer;
    return value;
  }
  bool member(const FlatValue& value) {
    if (depth_ == 1) note(facts_, key_, value);
    return true;
  }
  bool open() {
    member({});  // a nested value: neither a mark nor an id
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    return true;
  }

  DetailFacts& facts_;
  int depth_ = 0;
  std::string key_;
};

// The facts of details that read as JSON; nullopt for text that does not.
std::optional<DetailFacts> readFacts(const std::string& details) {
  DetailFacts facts;
  if (auto members = readFlatObject(details)) {
    facts.object = true;
    for (const auto& m : *members) note(facts, m.key, m.value);
    return facts;
  }
  FactsReader reader(facts);
  if (!nlohmann::json::sax_parse(details, &reader)) return std::nullopt;
  return facts;
}

// The body that the entry itself marks as keeping its subject confidential, or that the page's read
// found through its subject (entries written before the words were kept out of the log).
std::optional<long long> markedBody(const AuditEntry& entry, const DetailFacts& facts) {
  if (facts.confidential && facts.bodyId) return facts.bodyId;
  if (entry.confidentialSubjectBody) return entry.confidentialSubjectBody;
  return std::nullopt;
}

// An entry about an agenda item not marked confidential: its item is looked up with the page's
// others, in case it is linked to a confidential issue or decision.
std::optional<long long> unmarkedItem(const AuditEntry& entry, const DetailFacts& facts) {
  if (entry.subjectType != "meeting") return std::nullopt;
  return facts.itemId;
}

// The person an entry acts on (a member added, a co-chair named, an action item's owner), by id.
std::optional<long long> personActedOn(const DetailFacts& facts) { return facts.userId ? facts.userId : facts.ownerId; }

// The details with the acted-on person's name added as "person_name": written after the last member,
// without reading the whole text again, unless the details already name one.
std::string withPersonName(const std::string& details, const DetailFacts& facts, const std::string& name) {
  if (facts.personName) {
    auto document = nlohmann::json::parse(details);
    document["person_name"] = name;
    return document.dump();
  }
  auto close = details.find_last_of('}');  // an object with at least the person's id in it
  std::string out(details, 0, close);
  out += ",\"person_name\":";
  appendJsonString(out, name);
  out.append(details, close);
  return out;
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
  // Details are read for their facts only; a document is built just for the entries that change.
  std::vector<std::optional<DetailFacts>> facts(page.items.size());
  std::vector<std::optional<long long>> keeper(page.items.size());
  std::vector<std::pair<long long, long long>> items;  // meeting, item
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    auto& entry = page.items[i];
    facts[i] = readFacts(entry.details);
    if (!facts[i]) entry.details = "{}";  // text that does not read as JSON is left out
    if (!facts[i] || !facts[i]->object) {
      facts[i].reset();
      continue;
    }
    keeper[i] = markedBody(entry, *facts[i]);
    if (auto item = unmarkedItem(entry, *facts[i]); item && !keeper[i]) items.emplace_back(entry.subjectId, *item);
  }
  ACCORD_TRY(auto confidentialItems, tx->meetings().confidentialItems(districtId, items));

  std::set<long long> seated;  // the bodies the caller sits in, read once
  if (std::any_of(keeper.begin(), keeper.end(), [](const auto& body) { return body.has_value(); })) {
    ACCORD_TRY(auto seats, tx->bodies().seatsOf(districtId, caller.user.id));
    for (const auto& seat : seats) seated.insert(seat.bodyId);
  }
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    auto& entry = page.items[i];
    if (!facts[i]) continue;
    if (auto item = unmarkedItem(entry, *facts[i]); item && !keeper[i] && confidentialItems.count(*item))
      keeper[i] = confidentialItems[*item];
    if (!keeper[i]) continue;
    if (!seated.count(*keeper[i])) {
      entry.details = idsOnly(nlohmann::json::parse(entry.details), *keeper[i]).dump();
      entry.subjectTitle.reset();
      facts[i].reset();  // nothing more is told of it
    }
  }

  // The people the entries act on, by name ("person_name" in the details), so that the log reads
  // "Ana Reyes named James Okafor labor co-chair"; all of the page's people in one read.
  std::vector<std::optional<long long>> persons(page.items.size());
  std::set<long long> wanted;
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    if (!facts[i]) continue;
    persons[i] = personActedOn(*facts[i]);
    if (persons[i]) wanted.insert(*persons[i]);
  }
  ACCORD_TRY(auto names, tx->users().namesOf({wanted.begin(), wanted.end()}));
  for (std::size_t i = 0; i < page.items.size(); ++i) {
    if (!persons[i]) continue;
    auto name = names.find(*persons[i]);
    if (name == names.end() || name->second.empty()) continue;
    page.items[i].details = withPersonName(page.items[i].details, *facts[i], name->second);
  }
  return page;
}

}  // namespace accord::domain
