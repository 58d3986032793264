#include "domain/account/rules.hpp"
#include "domain/body/use_cases.hpp"

namespace accord::domain {

// Checks `input` and writes what it names into `body`; the result must still make sense as a whole.
Result<void> applyBodyInput(Body& body, const BodyInput& input) {
  if (input.name) {
    ACCORD_TRY(body.name, checkName(*input.name));
  }
  if (input.level) {
    if (!isBodyLevel(*input.level)) return invalid("level", "must be district, site or committee");
    body.level = *input.level;
  }
  if (input.school) body.school = *input.school;
  if (body.level == "site" && body.school.empty()) return invalid("school", "a site team needs its school");
  for (auto [value, target, field] : {std::tuple{input.laborSeats, &body.laborSeats, "labor_seats"},
                                      std::tuple{input.managementSeats, &body.managementSeats, "management_seats"}}) {
    if (!value) continue;
    if (*value < 1 || *value > 100) return invalid(field, "must be a number of seats from 1 to 100");
    *target = static_cast<int>(*value);
  }
  if (input.ruleKind) {
    if (!isRuleKind(*input.ruleKind))
      return invalid("rule", "must be consensus, fist_to_five, per_side_majority, supermajority or equal_vote");
    body.rule.kind = *input.ruleKind;
  }
  if (input.quorumPerSide) {
    if (*input.quorumPerSide < 1 || *input.quorumPerSide > 100)
      return invalid("quorum_per_side", "must be a number from 1 to 100");
    body.rule.quorumPerSide = static_cast<int>(*input.quorumPerSide);
  }
  if (input.supermajorityK) body.rule.supermajorityK = static_cast<int>(*input.supermajorityK);
  if (input.supermajorityN) body.rule.supermajorityN = static_cast<int>(*input.supermajorityN);
  if (input.fallback) body.rule.fallback = *input.fallback;
  if (input.advanceRule) {
    if (!isAdvanceRule(*input.advanceRule)) return invalid("advance_rule", "must be both_sides or any_member");
    body.advanceRule = *input.advanceRule;
  }

  if (body.rule.quorumPerSide > std::min(body.laborSeats, body.managementSeats))
    return invalid("quorum_per_side", "cannot exceed the seats of either side");
  if (body.rule.kind == "supermajority") {
    int k = body.rule.supermajorityK, n = body.rule.supermajorityN;
    if (n < 2 || n > body.laborSeats + body.managementSeats)
      return invalid("supermajority_n", "must be at least 2 and at most the body's seats");
    if (k <= n / 2 || k > n) return invalid("supermajority_k", "must be more than half of n and at most n");
  }
  if (body.rule.kind == "equal_vote" && body.laborSeats != body.managementSeats)
    return invalid("rule", "equal_vote needs as many labor seats as management seats");
  if (body.rule.fallback.find_first_not_of(" \t\r\n") == std::string::npos)
    return invalid("fallback", "write down what happens when there is no consent");
  if (body.rule.fallback.size() > 2000) return invalid("fallback", "must be at most 2000 characters");
  return Ok{};
}

}  // namespace accord::domain
