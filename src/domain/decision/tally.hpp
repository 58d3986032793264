#pragma once
// Counting the stances on a proposal under a body's decision rule: a pure function, so that
// every rule and edge case is tested alone. Every rule needs both sides: a side that has not
// consented holds the proposal back however many votes the other side has.
#include <optional>
#include <string>
#include <vector>

#include "domain/body/body.hpp"

namespace accord::domain {

// A member who may take a stance: side labor or management, seat `member`.
struct Voter {
  long long userId = 0;
  std::string side;
};

struct CastStance {
  long long userId = 0;
  std::string stance;        // agree, stand_aside, block, abstain
  std::optional<int> vote;   // fist_to_five: 0–5
};

// Something a side or the body still needs for consent: a code and its numbers for programs
// (the web interface says it in the reader's language), and `describe` for English text.
struct Need {
  std::string code;  // quorum, agree, withdraw_blocks, raise_low_votes, side_majority, supermajority, majority
  int count = 0;     // how many more stances, blocks, votes or agrees (0 for "agree": one is enough)
  int of = 0;        // quorum: the quorum; supermajority: k
  int outOf = 0;     // supermajority: n
  bool operator==(const Need&) const = default;
};
std::string describe(const Need& need);

struct SideTally {
  int voters = 0;  // voting members of the side
  int cast = 0;    // stances taken (every kind counts towards the quorum)
  int agree = 0, standAside = 0, block = 0, abstain = 0;
  int lowVotes = 0;  // fist_to_five: votes below 3
  int quorum = 0;
  bool quorumMet = false;
  bool consents = false;             // the side's part of the rule is met
  std::vector<Need> needs;           // what the side still needs for consent
  std::vector<std::string> needed;   // the same, in words
};

struct Tally {
  SideTally labor, management;
  int totalAgree = 0;
  int totalVotes = 0;              // agree + stand_aside + block: the base of the majority rules
  bool adopted = false;            // the rule is met by the stances as they stand
  bool complete = false;           // every voting member has taken a stance
  std::vector<Need> needs;         // what the body as a whole still needs (k agrees, a majority)
  std::vector<std::string> needed; // the same, in words
};

// Stances of people who are not voters (removed from the body, alternates, neutrals) are ignored.
//  consensus:         no voter blocks; each side has an agree and its quorum of stances.
//  fist_to_five:      every vote is 3 or more; each side's quorum has voted.
//  per_side_majority: within each side agrees > half of its votes; each side at quorum.
//  supermajority:     at least k agrees in all, one of them from each side; each side at quorum.
//  equal_vote:        agrees > half of all votes (a tie fails); each side at quorum.
// "Votes" for the majority rules are agree, stand_aside and block; an abstention counts only towards the quorum.
Tally tallyStances(const DecisionRule& rule, const std::vector<Voter>& voters, const std::vector<CastStance>& stances);

}  // namespace accord::domain
