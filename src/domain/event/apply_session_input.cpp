#include "common/calendar_date.hpp"
#include "domain/district/district.hpp"
#include "domain/event/session_input.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

namespace {

// YYYY-MM-DDTHH:MM
bool isLocalDateTime(const std::string& text) {
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return false;
  if (!isIsoDate(std::string_view(text).substr(0, 10))) return false;
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (!digit(11) || !digit(12) || !digit(14) || !digit(15)) return false;
  int hour = (text[11] - '0') * 10 + (text[12] - '0'), minute = (text[14] - '0') * 10 + (text[15] - '0');
  return hour < 24 && minute < 60;
}

}  // namespace

Result<void> applySessionInput(Transaction& tx, EventSession& session, const SessionInput& input) {
  if (input.title) {
    ACCORD_TRY(session.title, checkText(*input.title, "title", 200));
  }
  if (input.startsAt) {
    if (!isLocalDateTime(*input.startsAt)) return invalid("starts_at", "must be written YYYY-MM-DDTHH:MM");
    session.startsAt = *input.startsAt;
  }
  if (input.room) {
    if (input.room->size() > 100) return invalid("room", "must be at most 100 characters");
    session.room = *input.room;
  }
  if (input.presentingDistrictIds) {
    if (input.presentingDistrictIds->size() > 20)
      return invalid("presenting_district_ids", "must name at most 20 districts");
    session.presenters.clear();
    for (long long id : *input.presentingDistrictIds) {
      bool repeated = false;
      for (const auto& p : session.presenters) repeated = repeated || p.districtId == id;
      if (repeated) continue;
      auto district = tx.districts().byId(id);
      if (!district.ok()) {
        if (district.error().code == ErrorCode::kNotFound)
          return invalid("presenting_district_ids", "no district has the id " + std::to_string(id));
        return district.takeError();
      }
      session.presenters.push_back({id, district->name});
    }
  }
  return Ok{};
}

}  // namespace accord::domain
