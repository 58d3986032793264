#include <cctype>

#include "domain/account/rules.hpp"
#include "domain/district/policy.hpp"
#include "domain/district/use_cases.hpp"

namespace accord::domain {

namespace {

Result<void> checkPercent(const std::optional<double>& value, const char* field) {
  if (value && !(*value >= 0.0 && *value <= 100.0)) return invalid(field, "must be a percentage from 0 to 100");
  return Ok{};
}

}  // namespace

Result<std::string> checkDistrictStateCode(const std::string& code) {
  bool ok = !code.empty() && code.size() <= 20;
  for (char c : code) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '-');
  if (!ok) return invalid("state_code", "must be 1 to 20 letters, digits or '-' (in California the 7-digit "
                                        "county and district code)");
  return code;
}

Result<std::string> checkNcesId(const std::string& id) {
  bool digits = id.size() == 7;
  for (char c : id) digits = digits && std::isdigit(static_cast<unsigned char>(c));
  if (!digits) return invalid("nces_id", "must be the seven-digit NCES district id");
  return id;
}

namespace {

Result<District> checkDistrict(const NewDistrict& input, UnixSeconds now) {
  District d;
  ACCORD_TRY(d.name, checkName(input.name));
  if (input.state.size() != 2 || !std::isalpha(static_cast<unsigned char>(input.state[0])) ||
      !std::isalpha(static_cast<unsigned char>(input.state[1])))
    return invalid("state", "must be a two-letter state code such as CA");
  d.state = {static_cast<char>(std::toupper(static_cast<unsigned char>(input.state[0]))),
             static_cast<char>(std::toupper(static_cast<unsigned char>(input.state[1])))};
  if (!input.ncesId.empty()) ACCORD_CHECK(checkNcesId(input.ncesId));
  d.ncesId = input.ncesId;
  if (!input.stateCode.empty()) {
    ACCORD_TRY(d.stateCode, checkDistrictStateCode(input.stateCode));
  }
  if (input.enrollment && (*input.enrollment < 0 || *input.enrollment > 10'000'000))
    return invalid("enrollment", "must be a number of students from 0 to 10,000,000");
  d.enrollment = input.enrollment;
  ACCORD_CHECK(checkPercent(input.lowIncomePct, "low_income_pct"));
  ACCORD_CHECK(checkPercent(input.englishLearnersPct, "english_learners_pct"));
  ACCORD_CHECK(checkPercent(input.minorityPct, "minority_pct"));
  d.lowIncomePct = input.lowIncomePct;
  d.englishLearnersPct = input.englishLearnersPct;
  d.minorityPct = input.minorityPct;
  d.createdAt = now;
  return d;
}

}  // namespace

Result<District> createDistrict(Store& store, const Caller& caller, const NewDistrict& input, UnixSeconds now) {
  ACCORD_CHECK(mayCreateDistrict(caller.user));
  ACCORD_TRY(District district, checkDistrict(input, now));
  ACCORD_CHECK(checkSideAndRole(input.creatorSide, input.creatorRole));

  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(district.id, tx->districts().insert(district));
  Membership creator;
  creator.districtId = district.id;
  creator.userId = caller.user.id;
  creator.side = input.creatorSide;
  creator.role = input.creatorRole;
  creator.createdAt = now;
  ACCORD_CHECK(tx->districts().insertMembership(creator));
  ACCORD_CHECK(tx->commit());
  return district;
}

}  // namespace accord::domain
