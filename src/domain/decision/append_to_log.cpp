#include "common/crypto.hpp"
#include "domain/decision/decision_log.hpp"
#include "domain/decision/use_cases.hpp"

namespace accord::domain {

Result<LogEntry> appendToLog(Transaction& tx, const Body& body, const DecisionView& view) {
  const Decision& d = view.decision;
  ACCORD_TRY(auto last, tx.decisionLog().last(d.districtId));
  LogEntry e;
  e.districtId = d.districtId;
  e.seq = last ? last->seq + 1 : 1;
  e.decisionId = d.id;
  e.prevHash = last ? last->hash : kGenesisHash;
  auto side = [](const SideTally& s) {
    return nlohmann::json{
        {"agree", s.agree}, {"stand_aside", s.standAside}, {"block", s.block}, {"abstain", s.abstain}};
  };
  auto orNull = [](const auto& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  nlohmann::json entry = {{"seq", e.seq},
                          {"district_id", d.districtId},
                          {"decision_id", d.id},
                          {"body_id", d.bodyId},
                          {"issue_id", orNull(d.issueId)},
                          {"outcome", d.status},
                          {"rule", body.rule.kind},
                          {"confidential", d.confidential},
                          {"articles", d.articles},
                          {"metrics", d.metrics},
                          {"effective_at", orNull(d.effectiveAt)},
                          {"review_at", orNull(d.reviewAt)},
                          {"participation", d.participation},
                          {"closed_at", orNull(d.closedAt)},
                          {"labor", side(view.tally.labor)},
                          {"management", side(view.tally.management)}};
  entry["title"] = d.title;
  entry["text"] = d.text;
  if (d.status == "no_consent") entry["fallback"] = d.fallback;
  // Every district member reads the log; a confidential decision's entry is sealed for its body.
  if (d.confidential) {
    entry["sealed"] = true;
    entry["salt"] = crypto::randomHex(16);
  }
  e.entry = canonicalJson(entry);
  e.hash = d.confidential ? sealedChainHash(e.prevHash, e.entry) : chainHash(e.prevHash, e.entry);
  ACCORD_CHECK(tx.decisionLog().append(e));
  return e;
}

}  // namespace accord::domain
