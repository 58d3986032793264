#include "domain/decision/use_cases.hpp"

namespace accord::domain {

Result<DecisionView> loadDecisionView(Transaction& tx, const Body& body, const Decision& decision) {
  DecisionView view;
  view.decision = decision;
  ACCORD_TRY(view.stances, tx.decisions().stances(decision.id));
  ACCORD_TRY(auto seats, tx.bodies().seats(body.id));
  std::vector<Voter> voters;
  for (const auto& m : seats)
    if (votes(m)) voters.push_back({m.userId, m.side});
  std::vector<CastStance> cast;
  for (const auto& s : view.stances) cast.push_back({s.userId, s.stance, s.vote});
  view.tally = tallyStances(body.rule, voters, cast);
  return view;
}

bool isDue(const DecisionView& view, UnixSeconds now) {
  return view.decision.status == "open" && (now >= view.decision.deadline || view.tally.complete);
}

}  // namespace accord::domain
