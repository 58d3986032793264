#pragma once
// The practice library: what a district's partnership did that worked, written up with its
// evidence and published to every district of the installation once a labor co-chair and a
// management co-chair have both signed it off. Drafts never leave their district.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// An outcome metric of the publishing district and the span over which it changed.
struct EvidenceSpan {
  std::string metricKey;
  int fromYear = 0;
  int toYear = 0;
};

struct Practice {
  long long id = 0;
  long long districtId = 0;
  std::optional<long long> decisionId;  // the adopted decision it was written from
  std::string title;
  std::string summary;
  std::string body;     // Markdown
  std::string problem;  // the problem it solved
  std::string contact;
  std::vector<std::string> tags;
  std::vector<EvidenceSpan> evidence;
  std::string state = "draft";  // draft, published
  bool isPublic = false;        // also readable without signing in, once published
  std::optional<long long> laborSignoffBy, managementSignoffBy;
  std::optional<UnixSeconds> laborSignoffAt, managementSignoffAt;
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
  UnixSeconds updatedAt = 0;
  std::optional<UnixSeconds> publishedAt;
  // Filled when read.
  std::string districtName;
  std::string districtState;
  long long adoptions = 0;
};

struct Adoption {
  long long id = 0;
  long long practiceId = 0;
  long long districtId = 0;
  std::optional<long long> issueId;
  bool shareOutcomes = false;  // the adopting district lets the practice show its change on the evidence metrics
  long long adoptedBy = 0;
  UnixSeconds adoptedAt = 0;
  std::string districtName;  // filled when read
};

// One piece of a search snippet; `match` pieces are the words that matched.
struct SnippetSegment {
  std::string text;
  bool match = false;
};

struct SearchHit {
  Practice practice;
  std::vector<SnippetSegment> snippet;
};

struct PracticeSearch {
  std::vector<std::string> terms;  // already cleaned words (see searchTerms); empty: newest first
  std::string tag;                 // empty: any
  std::string state;               // published, draft (only the viewer's districts'); empty: both
  std::optional<long long> minEnrollment, maxEnrollment;  // the district size band [min, max)
  std::string metric;              // a metric key the evidence must include; empty: any
  long long districtId = 0;        // 0: any district
  long long viewerId = 0;          // sees published practices and the drafts of their own districts
  bool publicOnly = false;         // only published practices marked public (no viewer)
  long long offset = 0;
  int limit = 20;
};

// A district's figures for peer matching: its own latest demographics, else the directory's.
struct DistrictProfile {
  long long id = 0;
  std::string name;
  std::string state;
  std::optional<long long> enrollment;
  std::optional<double> lowIncomePct, englishLearnersPct, minorityPct;
};

// Every district's profile with the figures peers are ranked on, worked out once for the list
// (profileList() in peers.hpp): a national network ranks 13,000 districts on every request.
struct ProfileList {
  std::vector<DistrictProfile> districts;
  // Per district, in the same order: log10 of enrollment, low-income %, English learners %, minority %,
  // and a bit for each that is reported.
  std::vector<std::array<double, 4>> figures;
  std::vector<unsigned char> reported;
  std::array<double, 4> scale{};  // each figure's standard deviation over the districts reporting it
};

// Every district's profile, shared: read once per change of any of them (see profiles()).
using DistrictProfiles = std::shared_ptr<const ProfileList>;

struct PracticeTitle {
  long long id = 0;
  std::string title;
};

// Whether one person follows a practice, and how many people do.
struct FollowState {
  bool following = false;
  long long followers = 0;
};

// A practice a person follows, as their list shows it.
struct FollowedPractice {
  long long id = 0;
  std::string title;
  long long districtId = 0;
  std::string districtName;
  std::string state;  // published; a draft only for members of its district
  std::optional<UnixSeconds> publishedAt;
  long long adoptions = 0;
  UnixSeconds followedAt = 0;
  // The latest adoption by a district the person does not belong to.
  std::optional<UnixSeconds> lastAdoptedAt;
  // Filled by listFollowedPractices: the later of publication and that adoption, and whether it
  // came after the person began to follow.
  std::optional<UnixSeconds> lastChangeAt;
  bool updatedSinceFollowed = false;
};

// One change a follower is told of: the practice was published again after a change, or a
// district the follower does not belong to adopted it.
struct PracticeUpdate {
  long long practiceId = 0;
  std::string title;
  long long districtId = 0;  // the district that published it
  std::string districtName;
  std::string change;  // published, adopted
  UnixSeconds at = 0;
};

// What a practice search's answer depends on besides its query: the version of every row a search
// reads, and the districts whose drafts the viewer may find (their ids in order, joined by commas).
struct SearchVersion {
  long long version = 0;
  std::string draftDistricts;
};

// What a district's peers depend on: the districts' figures (profile_version) and their published
// practices (practice_version).
struct PeersVersion {
  long long profiles = 0;
  long long practices = 0;
};

class PracticeRepository {
 public:
  virtual ~PracticeRepository() = default;
  virtual Result<long long> insert(const Practice& practice) = 0;
  // Writes every field, its tags and its evidence, and refreshes its full text.
  virtual Result<void> update(const Practice& practice) = 0;
  virtual Result<Practice> byId(long long practiceId) = 0;
  // A district's own practices, newest first.
  virtual Result<Page<Practice>> listOfDistrict(long long districtId, long long afterId, int limit) = 0;
  // Ranked when there are terms, else newest first; `more` says whether a further page exists.
  virtual Result<std::vector<SearchHit>> search(const PracticeSearch& query, bool& more) = 0;
  // nullopt when the row that counts versions is gone. `viewerId` 0: nobody's drafts.
  virtual Result<std::optional<SearchVersion>> searchVersion(long long viewerId) = 0;
  // nullopt when either row that counts versions is gone.
  virtual Result<std::optional<PeersVersion>> peersVersion() = 0;

  // kConflict when the district has adopted the practice already.
  virtual Result<long long> insertAdoption(const Adoption& adoption) = 0;
  virtual Result<std::vector<Adoption>> adoptions(long long practiceId) = 0;

  // Every district's profile, by id. The same list is handed to every reader until a district's
  // figures or demographics change, so a reader must not keep it past its request.
  virtual Result<DistrictProfiles> profiles() = 0;
  // Each district's `limit` newest published practices, in the order of `districtIds`: one read for all.
  virtual Result<std::vector<std::vector<PracticeTitle>>> publishedTitles(const std::vector<long long>& districtIds,
                                                                          int limit) = 0;

  // Following is personal, one row per person and practice; both are no-ops when already so.
  virtual Result<void> follow(long long practiceId, long long userId, UnixSeconds at) = 0;
  virtual Result<void> unfollow(long long practiceId, long long userId) = 0;
  virtual Result<FollowState> followState(long long practiceId, long long userId) = 0;
  // The practices the person follows and may read (published, or drafts of their own districts),
  // by id, newest first.
  virtual Result<Page<FollowedPractice>> followedBy(long long userId, long long afterId, int limit) = 0;
  // The changes in [from, to) of the published practices the person follows, each made after they
  // began to follow it: a publication, or an adoption by a district they do not belong to. Oldest first.
  virtual Result<std::vector<PracticeUpdate>> updatesFor(long long userId, UnixSeconds from, UnixSeconds to) = 0;
};

}  // namespace accord::domain
