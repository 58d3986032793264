#include "domain/audit/use_cases.hpp"
#include "domain/charter/policy.hpp"
#include "domain/handbook/use_cases.hpp"

namespace accord::domain {

namespace {

// A draft copy of the charter in force, for both co-chairs to sign: the charter's own way of
// being reviewed. Signing it puts it in force and clears the body's review flag, so the review
// has a visible start (the draft on the newcomer's home, "waiting for your signature") and an
// end. Nothing is opened when the body has no charter in force, already has a draft open, or
// lacks a co-chair on one side.
Result<std::optional<CharterVersion>> openCharterReview(Transaction& tx, const Caller& caller, const Body& body,
                                                        UnixSeconds now) {
  auto current = tx.charters().inForce(body.districtId, body.id);
  if (!current.ok()) {
    if (current.error().code == ErrorCode::kNotFound) return std::optional<CharterVersion>();
    return current.takeError();
  }
  long long cursor = 0;
  do {
    ACCORD_TRY(auto page, tx.charters().list(body.districtId, body.id, cursor, 100));
    for (const auto& v : page.items)
      if (v.status == "draft") return std::optional<CharterVersion>();
    cursor = page.nextCursor;
  } while (cursor);
  auto signers = designateSigners(tx, body, {});
  if (!signers.ok()) {
    if (signers.error().code == ErrorCode::kInvalid) return std::optional<CharterVersion>();
    return signers.takeError();
  }
  CharterVersion draft = *current;
  draft.id = 0;
  draft.status = "draft";
  draft.createdBy = caller.user.id;
  draft.createdAt = draft.updatedAt = now;
  draft.effectiveAt.reset();
  draft.signers = std::move(signers).value();
  ACCORD_TRY(draft.number, tx.charters().nextNumber(body.id));
  ACCORD_TRY(draft.id, tx.charters().insert(draft));
  ACCORD_CHECK(tx.charters().setSigners(draft.id, draft.signers));
  return std::optional<CharterVersion>(std::move(draft));
}

}  // namespace

Result<void> recordLeadershipChange(Transaction& tx, const Caller& caller, const Body& body, const std::string& side,
                                    long long userId, std::optional<long long> previousUserId, UnixSeconds now) {
  LeadershipChange change;
  change.districtId = body.districtId;
  change.bodyId = body.id;
  change.side = side;
  change.userId = userId;
  change.previousUserId = previousUserId;
  change.at = now;
  if (previousUserId) {
    ACCORD_TRY(auto review, openCharterReview(tx, caller, body, now));
    if (review) {
      change.reviewVersionId = review->id;
      ACCORD_CHECK(auditByRule(tx, body.districtId, "charter.review.open", "charter_version", review->id,
                         {{"body_id", body.id}, {"number", review->number}, {"reason", "co_chair_changed"}}, now));
    }
  }
  ACCORD_TRY(change.id, tx.handbook().recordLeadershipChange(change));
  ACCORD_CHECK(tx.handbook().assignReading(body.districtId, userId, now));
  ACCORD_CHECK(auditByRule(tx, body.districtId, "handbook.assign", "user", userId,
                     {{"body_id", body.id}, {"side", side}, {"reason", "co_chair_appointed"}}, now));
  return Ok{};
}

}  // namespace accord::domain
