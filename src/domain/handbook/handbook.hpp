#pragma once
// The partnership handbook: what a new superintendent or union president reads on day one —
// the charters and who signed them, the bodies and their co-chairs, the adopted decisions, a
// timeline of milestones, the outcomes beside the state, and the open commitments. It is read
// from the other concepts; its own records are the co-chair appointments (for the timeline) and
// who has been asked to read it.
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/action/action.hpp"
#include "domain/body/body.hpp"
#include "domain/charter/charter.hpp"
#include "domain/decision/decision.hpp"
#include "domain/district/district.hpp"
#include "domain/outcome/outcome.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// A co-chair's appointment, and the charter review it opened (a draft to sign), if any.
struct LeadershipChange {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;
  std::string side;  // labor or management
  long long userId = 0;
  std::optional<long long> previousUserId;
  std::optional<long long> reviewVersionId;
  UnixSeconds at = 0;
  // Filled when read.
  std::string bodyName;
  std::string userName;
  std::string previousUserName;
  int reviewNumber = 0;
};

struct HandbookPerson {
  long long id = 0;
  std::string name;
};

struct HandbookBody {
  Body body;
  std::optional<HandbookPerson> laborCoChair;
  std::optional<HandbookPerson> managementCoChair;
  std::optional<CharterVersion> charter;  // the version in force
  bool charterReviewDue = false;
};

// One milestone on the timeline.
struct Milestone {
  std::string type;  // body_created, charter_in_force, decision_adopted, co_chair_appointed, charter_review_opened
  UnixSeconds at = 0;
  long long bodyId = 0;
  std::string bodyName;
  long long subjectId = 0;  // the body, charter version, decision or person
  std::string title;        // a decision's title, a person's name
  int number = 0;           // a charter version's number
  std::string side;         // a co-chair's side
};

// One metric of the district beside the state, by year (all students).
struct OutcomePoint {
  int year = 0;
  std::optional<double> district;
  std::optional<double> state;
};
struct HandbookOutcome {
  Metric metric;
  std::vector<OutcomePoint> points;
};

struct Handbook {
  District district;
  std::string generatedOn;  // YYYY-MM-DD
  std::vector<HandbookBody> bodies;
  std::vector<Decision> decisions;  // adopted, the newest first
  std::vector<Milestone> timeline;  // oldest first
  std::vector<HandbookOutcome> outcomes;
  std::vector<ActionItem> commitments;  // open and in progress, the soonest due first
};

// How many adopted decisions and open commitments the handbook lists at most.
inline constexpr int kHandbookListLimit = 500;

class HandbookRepository {
 public:
  virtual ~HandbookRepository() = default;
  virtual Result<long long> recordLeadershipChange(const LeadershipChange& change) = 0;
  // Oldest first, with names filled.
  virtual Result<std::vector<LeadershipChange>> leadershipChanges(long long districtId) = 0;
  // Asks the person to read the handbook (again, if they had read it).
  virtual Result<void> assignReading(long long districtId, long long userId, UnixSeconds at) = 0;
  // kNotFound when the person was never asked.
  virtual Result<void> markRead(long long districtId, long long userId, UnixSeconds at) = 0;
  // When the person was asked to read it, while they have not.
  virtual Result<std::optional<UnixSeconds>> readingDue(long long districtId, long long userId) = 0;
};

}  // namespace accord::domain
