#include "domain/outcome/rules.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

// Applies what `input` names to `school`, checking each field.
Result<void> applySchoolInput(School& school, const SchoolInput& input) {
  if (input.name) {
    ACCORD_TRY(school.name, checkLabel(*input.name, "name"));
  }
  if (input.stateCode) {
    if (input.stateCode->empty()) {
      school.stateCode.reset();
    } else {
      ACCORD_TRY(school.stateCode, checkStateCode(*input.stateCode));
    }
  }
  if (input.level) {
    if (!isSchoolLevel(*input.level)) return invalid("level", "must be elementary, middle, high or other");
    school.level = *input.level;
  }
  return Ok{};
}

nlohmann::json schoolAuditDetails(const School& school) {
  return {{"name", school.name}, {"state_code", school.stateCode.value_or("")}, {"level", school.level}};
}

}  // namespace accord::domain
