#include "domain/decision/tally.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

// Labor 1–3, management 11–13; user 99 is not a voter.
const std::vector<Voter> kVoters = {{1, "labor"}, {2, "labor"}, {3, "labor"},
                                    {11, "management"}, {12, "management"}, {13, "management"}};

DecisionRule rule(const std::string& kind, int quorum = 1, int k = 0, int n = 0) {
  DecisionRule r;
  r.kind = kind;
  r.quorumPerSide = quorum;
  r.supermajorityK = k;
  r.supermajorityN = n;
  r.fallback = "The superintendent decides.";
  return r;
}

CastStance s(long long user, const std::string& stance) { return {user, stance, std::nullopt}; }
CastStance v(long long user, int vote) { return {user, vote >= 3 ? "agree" : "block", vote}; }

bool contains(const std::vector<std::string>& needed, const std::string& text) {
  for (const auto& n : needed)
    if (n == text) return true;
  return false;
}

TEST(Consensus, AdoptsWithAnAgreeOnEachSideAndNoBlock) {
  auto t = tallyStances(rule("consensus"), kVoters, {s(1, "agree"), s(11, "agree")});
  EXPECT_TRUE(t.adopted);
  EXPECT_FALSE(t.complete);
  EXPECT_TRUE(t.labor.needed.empty());
}

TEST(Consensus, OneBlockFromEitherSideStopsIt) {
  auto t = tallyStances(rule("consensus"), kVoters, {s(1, "agree"), s(2, "agree"), s(11, "agree"), s(12, "block")});
  EXPECT_FALSE(t.adopted);
  EXPECT_TRUE(t.labor.consents);
  EXPECT_FALSE(t.management.consents);
  EXPECT_TRUE(contains(t.management.needed, "1 block withdrawn"));
}

TEST(Consensus, StandAsidesAndAbstentionsCountTowardsTheQuorumButAnAgreeIsNeeded) {
  auto t = tallyStances(rule("consensus", 2), kVoters,
                        {s(1, "agree"), s(2, "abstain"), s(11, "stand_aside"), s(12, "stand_aside")});
  EXPECT_FALSE(t.adopted);
  EXPECT_TRUE(t.labor.consents);
  EXPECT_TRUE(t.management.quorumMet);
  EXPECT_EQ(t.management.needed, std::vector<std::string>{"an agree"});
}

TEST(Consensus, WaitsForEachSidesQuorum) {
  auto t = tallyStances(rule("consensus", 2), kVoters, {s(1, "agree"), s(2, "agree"), s(11, "agree")});
  EXPECT_FALSE(t.adopted);
  EXPECT_EQ(t.management.needed, std::vector<std::string>{"1 more stance to reach the quorum of 2"});
  EXPECT_TRUE(t.labor.needed.empty());
}

TEST(Consensus, NothingCastNeedsEverything) {
  auto t = tallyStances(rule("consensus", 2), kVoters, {});
  EXPECT_FALSE(t.adopted);
  EXPECT_EQ(t.labor.needed, (std::vector<std::string>{"2 more stances to reach the quorum of 2", "an agree"}));
  EXPECT_EQ(t.labor.voters, 3);
  EXPECT_EQ(t.labor.cast, 0);
}

TEST(Needs, CarryACodeAndTheNumbersForEveryRule) {
  auto consensus = tallyStances(rule("consensus", 2), kVoters, {s(1, "block")});
  EXPECT_EQ(consensus.labor.needs, (std::vector<Need>{{"quorum", 1, 2}, {"agree"}, {"withdraw_blocks", 1}}));
  auto fist = tallyStances(rule("fist_to_five"), kVoters, {v(1, 2), v(2, 1), v(11, 4)});
  EXPECT_EQ(fist.labor.needs, (std::vector<Need>{{"raise_low_votes", 2}}));
  auto perSide = tallyStances(rule("per_side_majority"), kVoters, {s(1, "block"), s(11, "agree")});
  EXPECT_EQ(perSide.labor.needs, (std::vector<Need>{{"side_majority", 2}}));
  auto super = tallyStances(rule("supermajority", 1, 4, 6), kVoters, {s(1, "agree"), s(11, "agree")});
  EXPECT_EQ(super.needs, (std::vector<Need>{{"supermajority", 2, 4, 6}}));
  auto equal = tallyStances(rule("equal_vote"), kVoters, {s(1, "agree"), s(11, "block")});
  EXPECT_EQ(equal.needs, (std::vector<Need>{{"majority", 1}}));
  // The words say the same.
  for (const auto* t : {&consensus.labor, &fist.labor, &perSide.labor}) {
    ASSERT_EQ(t->needs.size(), t->needed.size());
    for (std::size_t i = 0; i < t->needs.size(); ++i) EXPECT_EQ(describe(t->needs[i]), t->needed[i]);
  }
  EXPECT_EQ(describe(super.needs[0]), "2 more agrees to reach 4 of 6");
}

TEST(Consensus, IgnoresStancesOfNonVotersAndCountsEachVoterOnce) {
  auto t = tallyStances(rule("consensus"), kVoters, {s(99, "block"), s(1, "agree"), s(1, "block"), s(11, "agree")});
  EXPECT_TRUE(t.adopted);
  EXPECT_EQ(t.labor.cast, 1);
  EXPECT_EQ(t.labor.block, 0);
}

TEST(Consensus, IsCompleteWhenEveryVoterHasTakenAStance) {
  std::vector<CastStance> all;
  for (const auto& voter : kVoters) all.push_back(s(voter.userId, "agree"));
  auto t = tallyStances(rule("consensus", 3), kVoters, all);
  EXPECT_TRUE(t.complete);
  EXPECT_TRUE(t.adopted);
}

TEST(FistToFive, AdoptsWhenEveryVoteIsThreeOrMoreAndEachSideHasItsQuorum) {
  auto t = tallyStances(rule("fist_to_five", 2), kVoters, {v(1, 3), v(2, 5), v(11, 4), v(12, 3)});
  EXPECT_TRUE(t.adopted);
}

TEST(FistToFive, OneVoteBelowThreeStopsIt) {
  auto t = tallyStances(rule("fist_to_five", 2), kVoters, {v(1, 3), v(2, 5), v(11, 4), v(12, 2)});
  EXPECT_FALSE(t.adopted);
  EXPECT_TRUE(contains(t.management.needed, "1 vote below 3 raised to 3 or more"));
  auto fist = tallyStances(rule("fist_to_five", 1), kVoters, {v(1, 0), v(11, 5)});
  EXPECT_FALSE(fist.adopted);
  EXPECT_FALSE(fist.labor.consents);
}

TEST(FistToFive, WaitsForTheQuorum) {
  auto t = tallyStances(rule("fist_to_five", 2), kVoters, {v(1, 5), v(2, 5), v(11, 5)});
  EXPECT_FALSE(t.adopted);
  EXPECT_FALSE(t.management.quorumMet);
}

TEST(PerSideMajority, NeedsAMajorityWithinEachSide) {
  auto t = tallyStances(rule("per_side_majority", 2), kVoters,
                        {s(1, "agree"), s(2, "agree"), s(3, "block"), s(11, "agree"), s(12, "block")});
  EXPECT_FALSE(t.adopted);
  EXPECT_TRUE(t.labor.consents);
  EXPECT_FALSE(t.management.consents);  // 1 of 2 is not more than half
  EXPECT_EQ(t.management.needed, std::vector<std::string>{"1 more agree for a majority of the side"});
  auto more = tallyStances(rule("per_side_majority", 2), kVoters,
                           {s(1, "agree"), s(2, "agree"), s(3, "block"), s(11, "agree"), s(12, "block"),
                            s(13, "agree")});
  EXPECT_TRUE(more.adopted);
}

TEST(PerSideMajority, AbstentionsAreNotInTheBaseButStandAsidesAre) {
  auto abstained = tallyStances(rule("per_side_majority", 2), kVoters,
                                {s(1, "agree"), s(2, "abstain"), s(11, "agree"), s(12, "abstain")});
  EXPECT_TRUE(abstained.adopted);
  auto stoodAside = tallyStances(rule("per_side_majority", 2), kVoters,
                                 {s(1, "agree"), s(2, "stand_aside"), s(11, "agree"), s(12, "agree")});
  EXPECT_FALSE(stoodAside.adopted);
  EXPECT_FALSE(stoodAside.labor.consents);
}

TEST(PerSideMajority, ALargeMajorityOnOneSideDoesNotCarryTheOther) {
  auto t = tallyStances(rule("per_side_majority", 1), kVoters,
                        {s(1, "agree"), s(2, "agree"), s(3, "agree"), s(11, "block")});
  EXPECT_FALSE(t.adopted);
  EXPECT_TRUE(contains(t.management.needed, "2 more agrees for a majority of the side"));
}

TEST(Supermajority, NeedsKAgreesWithOneFromEachSide) {
  auto r = rule("supermajority", 1, 4, 6);
  auto three = tallyStances(r, kVoters, {s(1, "agree"), s(2, "agree"), s(11, "agree"), s(12, "block")});
  EXPECT_FALSE(three.adopted);
  EXPECT_EQ(three.needed, std::vector<std::string>{"1 more agree to reach 4 of 6"});
  auto four = tallyStances(r, kVoters, {s(1, "agree"), s(2, "agree"), s(3, "agree"), s(11, "agree")});
  EXPECT_TRUE(four.adopted);
}

TEST(Supermajority, KAgreesFromOneSideAloneAreNotEnough) {
  std::vector<Voter> voters = {{1, "labor"}, {2, "labor"}, {3, "labor"}, {4, "labor"}, {11, "management"}};
  auto t = tallyStances(rule("supermajority", 1, 4, 5), voters,
                        {s(1, "agree"), s(2, "agree"), s(3, "agree"), s(4, "agree"), s(11, "block")});
  EXPECT_FALSE(t.adopted);
  EXPECT_TRUE(t.needed.empty());
  EXPECT_EQ(t.management.needed, std::vector<std::string>{"an agree"});
}

TEST(EqualVote, AMajorityOfAllVotesAdopts) {
  auto t = tallyStances(rule("equal_vote", 1), kVoters,
                        {s(1, "agree"), s(2, "agree"), s(11, "agree"), s(12, "block"), s(13, "block")});
  EXPECT_TRUE(t.adopted);
  EXPECT_EQ(t.totalVotes, 5);
}

TEST(EqualVote, ATieIsNotAdopted) {
  auto t = tallyStances(rule("equal_vote", 1), kVoters, {s(1, "agree"), s(2, "agree"), s(11, "block"), s(12, "block")});
  EXPECT_FALSE(t.adopted);
  EXPECT_EQ(t.needed, std::vector<std::string>{"1 more agree for a majority of all votes"});
}

TEST(EqualVote, EachSideMustStillReachItsQuorum) {
  auto t = tallyStances(rule("equal_vote", 2), kVoters, {s(1, "agree"), s(2, "agree"), s(3, "agree"), s(11, "agree")});
  EXPECT_FALSE(t.adopted);
  EXPECT_FALSE(t.management.consents);
  EXPECT_EQ(t.management.needed, std::vector<std::string>{"1 more stance to reach the quorum of 2"});
}

}  // namespace
}  // namespace accord::domain
