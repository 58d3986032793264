#include "domain/decision/tally.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace accord::domain {

namespace {

std::string plural(int n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

template <class T>
void add(T& tally, Need need) {
  tally.needed.push_back(describe(need));
  tally.needs.push_back(std::move(need));
}

// The agrees still to come, if every new vote is an agree, for agrees to exceed half of the votes.
int agreesForMajority(int agree, int votes) { return std::max(0, votes - 2 * agree + 1); }

void countSide(const DecisionRule& rule, SideTally& side) {
  side.quorum = rule.quorumPerSide;
  side.quorumMet = side.cast >= side.quorum;
  if (!side.quorumMet)
    add(side, {"quorum", side.quorum - side.cast, side.quorum});
  int votes = side.agree + side.standAside + side.block;
  bool part = false;
  if (rule.kind == "consensus") {
    if (side.agree == 0) add(side, {"agree"});
    if (side.block > 0) add(side, {"withdraw_blocks", side.block});
    part = side.agree > 0 && side.block == 0;
  } else if (rule.kind == "fist_to_five") {
    if (side.lowVotes > 0) add(side, {"raise_low_votes", side.lowVotes});
    part = side.lowVotes == 0;
  } else if (rule.kind == "per_side_majority") {
    int more = agreesForMajority(side.agree, votes);
    if (more > 0) add(side, {"side_majority", more});
    part = more == 0;
  } else if (rule.kind == "supermajority") {
    if (side.agree == 0) add(side, {"agree"});
    part = side.agree > 0;
  } else {  // equal_vote: the majority is counted over both sides together
    part = true;
  }
  side.consents = side.quorumMet && part;
}

}  // namespace

std::string describe(const Need& n) {
  if (n.code == "quorum") return plural(n.count, "more stance", "more stances") + fmt::format(" to reach the quorum of {}", n.of);
  if (n.code == "agree") return "an agree";
  if (n.code == "withdraw_blocks") return plural(n.count, "block", "blocks") + " withdrawn";
  if (n.code == "raise_low_votes") return plural(n.count, "vote", "votes") + " below 3 raised to 3 or more";
  if (n.code == "side_majority") return plural(n.count, "more agree", "more agrees") + " for a majority of the side";
  if (n.code == "supermajority")
    return plural(n.count, "more agree", "more agrees") + fmt::format(" to reach {} of {}", n.of, n.outOf);
  return plural(n.count, "more agree", "more agrees") + " for a majority of all votes";
}

Tally tallyStances(const DecisionRule& rule, const std::vector<Voter>& voters, const std::vector<CastStance>& stances) {
  Tally t;
  std::map<long long, SideTally*> sideOf;
  for (const auto& v : voters) {
    SideTally* side = v.side == "labor" ? &t.labor : v.side == "management" ? &t.management : nullptr;
    if (!side) continue;
    sideOf[v.userId] = side;
    ++side->voters;
  }
  std::map<long long, bool> counted;
  for (const auto& s : stances) {
    auto it = sideOf.find(s.userId);
    if (it == sideOf.end() || counted[s.userId]) continue;
    counted[s.userId] = true;
    SideTally& side = *it->second;
    ++side.cast;
    if (s.stance == "agree") ++side.agree;
    else if (s.stance == "stand_aside") ++side.standAside;
    else if (s.stance == "block") ++side.block;
    else ++side.abstain;
    if (rule.kind == "fist_to_five" && (!s.vote || *s.vote < 3)) ++side.lowVotes;
  }
  countSide(rule, t.labor);
  countSide(rule, t.management);
  t.totalAgree = t.labor.agree + t.management.agree;
  t.totalVotes = t.totalAgree + t.labor.standAside + t.management.standAside + t.labor.block + t.management.block;
  t.complete = t.labor.cast == t.labor.voters && t.management.cast == t.management.voters;
  bool whole = true;
  if (rule.kind == "supermajority") {
    int more = std::max(0, rule.supermajorityK - t.totalAgree);
    if (more > 0)
      add(t, {"supermajority", more, rule.supermajorityK, rule.supermajorityN});
    whole = more == 0;
  } else if (rule.kind == "equal_vote") {
    int more = agreesForMajority(t.totalAgree, t.totalVotes);
    if (more > 0) add(t, {"majority", more});
    whole = more == 0;
  }
  t.adopted = t.labor.consents && t.management.consents && whole;
  return t;
}

}  // namespace accord::domain
