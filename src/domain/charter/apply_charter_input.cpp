#include "common/calendar_date.hpp"
#include "domain/charter/use_cases.hpp"

#include <fmt/format.h>

namespace accord::domain {

namespace {
bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Result<std::vector<std::string>> checkList(const std::vector<std::string>& items, const char* field) {
  if (items.size() > 50) return invalid(field, "must have at most 50 entries");
  for (const auto& item : items) {
    if (blank(item)) return invalid(field, "entries must not be empty");
    if (item.size() > 1000) return invalid(field, "entries must be at most 1000 characters");
  }
  return items;
}
}  // namespace

Result<void> applyCharterInput(CharterVersion& version, const CharterInput& input) {
  if (input.mission) {
    if (blank(*input.mission)) return invalid("mission", "must not be empty");
    if (input.mission->size() > 5000) return invalid("mission", "must be at most 5000 characters");
    version.mission = *input.mission;
  }
  if (input.principles) {
    ACCORD_TRY(version.principles, checkList(*input.principles, "principles"));
  }
  if (input.norms) {
    ACCORD_TRY(version.norms, checkList(*input.norms, "norms"));
  }
  if (input.reviewDate) {
    if (!isIsoDate(*input.reviewDate)) return invalid("review_date", "must be a date written YYYY-MM-DD");
    version.reviewDate = *input.reviewDate;
  }
  return Ok{};
}

}  // namespace accord::domain
