#include "common/text.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/body/policy.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<AdoptResult> adoptPractice(Store& store, const Caller& caller, long long practiceId, const AdoptInput& input,
                                  UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  if (input.districtId <= 0) return invalid("district_id", "is required");
  auto member = mayAdopt(*tx, input.districtId, caller.user);
  if (!member.ok()) {
    // Naming a district one does not belong to is bad input here, not a missing page.
    if (member.error().code == ErrorCode::kNotFound) return invalid("district_id", "is not one of your districts");
    return member.takeError();
  }
  ACCORD_TRY(Practice practice, readablePractice(*tx, practiceId, &caller.user));
  if (practice.state != "published") return conflict("only a published practice may be adopted");
  if (practice.districtId == input.districtId)
    return invalid("district_id", "a district cannot adopt its own practice");
  if (input.bodyId <= 0) return invalid("body_id", "is required");
  auto body = tx->bodies().byId(input.districtId, input.bodyId);
  if (!body.ok()) {
    if (body.error().code == ErrorCode::kNotFound) return invalid("body_id", "no such body in this district");
    return body.takeError();
  }

  AdoptResult result;
  Issue& issue = result.issue;
  issue.districtId = input.districtId;
  issue.bodyId = input.bodyId;
  issue.raisedBy = caller.user.id;
  issue.title = practice.title;
  issue.description = practice.summary;
  if (!practice.problem.empty()) issue.description += (issue.description.empty() ? "" : "\n\n") + practice.problem;
  issue.description += (issue.description.empty() ? "" : "\n\n") + std::string("Adopted from the practice library: ") +
                       practice.districtName + ", practice " + std::to_string(practice.id) + ".";
  issue.description = std::string(cutAtCharacter(issue.description, 20000));
  issue.createdAt = issue.updatedAt = now;
  issue.raisedByName = caller.user.name;
  ACCORD_TRY(issue.id, tx->issues().insert(issue));

  Adoption& adoption = result.adoption;
  adoption.practiceId = practice.id;
  adoption.districtId = input.districtId;
  adoption.issueId = issue.id;
  adoption.shareOutcomes = input.shareOutcomes;
  adoption.adoptedBy = caller.user.id;
  adoption.adoptedAt = now;
  ACCORD_TRY(adoption.id, tx->practices().insertAdoption(adoption));
  ACCORD_CHECK(audit(*tx, input.districtId, caller, "issue.raise", "issue", issue.id,
                     {{"body_id", issue.bodyId}, {"confidential", false}, {"practice_id", practice.id}}, now));
  ACCORD_CHECK(audit(*tx, input.districtId, caller, "practice.adopt", "practice", practice.id,
                     {{"issue_id", issue.id}, {"share_outcomes", adoption.shareOutcomes}}, now));
  ACCORD_CHECK(tx->commit());
  return result;
}

}  // namespace accord::domain
