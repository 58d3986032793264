#pragma once
// Decisions. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/decision/decision.hpp"
#include "domain/decision/decision_log.hpp"
#include "domain/decision/policy.hpp"
#include "domain/decision/tally.hpp"

namespace accord::domain {

struct NewDecision {
  std::optional<long long> bodyId;
  std::optional<long long> issueId;  // an issue at the solution step, with its solution chosen
  std::optional<std::string> title;  // from the issue when absent
  std::optional<std::string> text;   // the issue's solution when absent
  std::optional<long long> deadline;
  std::vector<std::string> articles, metrics;
  std::optional<long long> effectiveAt, reviewAt;
  std::optional<std::string> participation;
};
// The body's voting members are told in their notification centre that it waits for their stance
// (proposal_stance); `notified`, when given, learns who was told.
Result<Decision> proposeDecision(Store& store, const Caller& caller, long long districtId, const NewDecision& input,
                                 UnixSeconds now, std::vector<long long>* notified = nullptr);

struct DecisionView {
  Decision decision;
  std::vector<Stance> stances;
  Tally tally;
};
// Reading a proposal past its deadline closes it first.
Result<DecisionView> getDecision(Store& store, const Caller& caller, long long districtId, long long decisionId,
                                 UnixSeconds now);
Result<Page<Decision>> listDecisions(Store& store, const Caller& caller, long long districtId,
                                     const DecisionFilter& filter, long long cursor, int limit, UnixSeconds now);

struct StanceInput {
  std::optional<std::string> stance;
  std::optional<long long> vote;
  std::string reason;
};
// Takes or changes the caller's stance while the proposal is open (409 once closed).
Result<DecisionView> takeStance(Store& store, const Caller& caller, long long districtId, long long decisionId,
                                const StanceInput& input, UnixSeconds now);

// Closes the proposal when its deadline has passed; returns it as it stands.
Result<DecisionView> settleDecision(Store& store, const Caller& caller, long long districtId, long long decisionId,
                                    UnixSeconds now);

// The decision log of the district, oldest first; for every member of the district.
Result<Page<LogEntryView>> listDecisionLog(Store& store, const Caller& caller, long long districtId, long long cursor,
                                       int limit);
// Recomputes the district's chain and reports the first entry that does not match.
Result<ChainCheck> verifyDecisionLog(Store& store, const Caller& caller, long long districtId);

// For whoever runs Accord (after a restore, say): every district's decision log recomputed, by
// district id.
struct DistrictChainCheck {
  long long districtId = 0;
  ChainCheck check;
};
Result<std::vector<DistrictChainCheck>> verifyEveryDecisionLog(Store& store);

// --- shared by the use cases above ---

// The stances and their tally under the body's rule.
Result<DecisionView> loadDecisionView(Transaction& tx, const Body& body, const Decision& decision);
// Whether an open proposal closes now: its deadline has passed or every voting member has a stance.
bool isDue(const DecisionView& view, UnixSeconds now);
// Closes the proposal as adopted or no_consent, moves its issue to agreement when adopted, and
// records the close in the audit log, as done by the rule (no actor), and in the decision log.
Result<void> closeDecision(Transaction& tx, const Body& body, DecisionView& view,
                           UnixSeconds now);
// Appends the closed decision to its district's log. Both outcomes are logged: a proposal that
// found no consent is history too, and its fallback is what happened instead.
Result<LogEntry> appendToLog(Transaction& tx, const Body& body, const DecisionView& view);

}  // namespace accord::domain
