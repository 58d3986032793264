#pragma once
// The practice library. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/issue/issue.hpp"
#include "domain/practice/peers.hpp"
#include "domain/practice/policy.hpp"
#include "domain/practice/practice.hpp"

namespace accord::domain {

// What a writer sends; an absent field keeps its value (on create: its default).
struct PracticeInput {
  std::optional<std::string> title, summary, body, problem, contact;
  std::optional<std::vector<std::string>> tags;
  std::optional<std::vector<EvidenceSpan>> evidence;
  std::optional<bool> isPublic;
  std::optional<long long> decisionId;  // create only: an adopted decision of the district to start from
};

// A draft, from scratch or from an adopted decision (its title, text and metrics fill what the
// input leaves out). Evidence must name metrics the district has, over years in order.
Result<Practice> createPractice(Store& store, const Caller& caller, long long districtId, const PracticeInput& input,
                                UnixSeconds now);

// Any change clears both sign-offs; a published practice goes back to draft until signed again.
Result<Practice> updatePractice(Store& store, const Caller& caller, long long districtId, long long practiceId,
                                const PracticeInput& input, UnixSeconds now);

// The caller signs for the side they co-chair; with both sides signed the practice is published.
Result<Practice> signOffPractice(Store& store, const Caller& caller, long long districtId, long long practiceId,
                                 UnixSeconds now);

// The district's own practices, drafts included, newest first.
Result<Page<Practice>> listDistrictPractices(Store& store, const Caller& caller, long long districtId,
                                             long long cursor, int limit);

struct EvidenceView {
  EvidenceSpan span;
  std::string nameEn, nameEs, unit;
  std::optional<double> fromValue, toValue;  // the district's own values (all students)
};

// An adopting district's change on one evidence metric, from the last school year before it
// adopted to the latest year it reported within the practice's span. Only adoptions that chose to
// share their outcomes appear.
struct AdopterChange {
  long long districtId = 0;
  std::string districtName;
  std::string metricKey;
  int fromYear = 0, toYear = 0;
  double fromValue = 0, toValue = 0;
};

struct PracticeView {
  Practice practice;
  std::string html;  // the body, rendered safely
  std::vector<EvidenceView> evidence;
  std::vector<AdopterChange> adopterChanges;
  bool inCallersDistrict = false;  // the sign-off details and editing are for its own members
  FollowState follow;              // for a signed-in caller
};

// `caller` null: the public view, of a published practice marked public only.
Result<PracticeView> getPractice(Store& store, const Caller* caller, long long practiceId);

struct SearchRequest {
  std::string q;
  std::string tag, state, size, metric;
  long long districtId = 0;
  long long offset = 0;
  int limit = 20;
};

struct SearchResult {
  std::vector<SearchHit> hits;
  long long nextOffset = 0;  // 0 when this is the last page
};

// Published practices (and the drafts of the caller's districts), ranked by relevance to the words
// of `q`; `caller` null: public practices only. size: small (<2,500 students), medium (<10,000),
// large (<50,000), very_large.
Result<SearchResult> searchPractices(Store& store, const Caller* caller, const SearchRequest& request);
// The version of what searchPractices reads for this caller, for a server that keeps answers.
Result<std::optional<SearchVersion>> getSearchVersion(Store& store, const Caller* caller);

struct AdoptInput {
  long long districtId = 0;
  long long bodyId = 0;  // the joint body the new issue goes to
  bool shareOutcomes = false;
};

struct AdoptResult {
  Adoption adoption;
  Issue issue;
};

// Copies a published practice of another district into the caller's district as a new issue of
// one of its bodies, linked to the practice.
Result<AdoptResult> adoptPractice(Store& store, const Caller& caller, long long practiceId, const AdoptInput& input,
                                  UnixSeconds now);

// Follows a published practice the caller may read, of another district or their own; following
// again changes nothing. Following is personal, not an act of the partnership: nothing is audited.
Result<FollowState> followPractice(Store& store, const Caller& caller, long long practiceId, UnixSeconds now);

// Stops following a practice the caller may read; one they do not follow stays as it is.
Result<FollowState> unfollowPractice(Store& store, const Caller& caller, long long practiceId);

// The practices the caller follows and may read, newest first, each with its latest change.
Result<Page<FollowedPractice>> listFollowedPractices(Store& store, const Caller& caller, long long cursor,
                                                     int limit);

// The changes a follower's digest tells on the UTC day of `now`: those made on the day before, so
// that each change is told once, whatever the hour the day's digest is sent.
Result<std::vector<PracticeUpdate>> practiceUpdatesFor(Transaction& tx, long long userId, UnixSeconds now);

struct PeerView {
  Peer peer;
  std::vector<PracticeTitle> practices;  // its published practices, newest first (at most 5)
};

struct PeersResult {
  std::vector<PeerView> peers;
  std::vector<std::string> missing;  // the district's own figures that are unknown
};

Result<PeersResult> listPeers(Store& store, const Caller& caller, long long districtId, int limit);
// The version of what listPeers reads, for a server that keeps answers; checks access as listPeers does.
Result<std::optional<PeersVersion>> getPeersVersion(Store& store, const Caller& caller, long long districtId);

}  // namespace accord::domain
