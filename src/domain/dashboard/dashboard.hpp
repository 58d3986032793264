#pragma once
// The district home: what needs the caller, gathered from every part of the partnership core in
// one read. The repository is a read model: each query answers one section for one person.
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/action/action.hpp"
#include "domain/issue/issue.hpp"

namespace accord::domain {

// The next occurrence of the meetings of a body the caller sits on.
struct NextMeeting {
  long long bodyId = 0;
  std::string bodyName;
  long long seriesId = 0;
  std::string date;   // YYYY-MM-DD
  std::string start;  // local wall time, YYYY-MM-DDTHH:MM
  std::string location;
  std::optional<long long> meetingId;  // once the occurrence has a record
  int agendaItems = 0;
  bool agendaApproved = false;
  bool myApprovalNeeded = false;  // the caller co-chairs the body and has not approved
};

struct AwaitingStance {
  long long id = 0;
  std::string title;
  long long bodyId = 0;
  std::string bodyName;
  UnixSeconds closesAt = 0;
};

// An issue whose other side has said it is ready to move on, waiting for the reader's side.
struct ReadyRequest {
  long long issueId = 0;
  std::string title;
  std::string step;  // the step to leave
  long long bodyId = 0;
  std::string bodyName;
  std::string readySide;
  std::string readyName;
  UnixSeconds readyAt = 0;
};

struct CharterToSign {
  long long bodyId = 0;
  std::string bodyName;
  long long versionId = 0;
  int number = 0;
};

struct CommunicationRef {
  long long id = 0;
  std::string title;
};

struct Dashboard {
  std::string today;
  std::vector<NextMeeting> nextMeetings;  // soonest first, one per body
  std::vector<StepCount> issuesByStep;  // open issues the caller may see, in FMCS order
  std::vector<AwaitingStance> awaitingMyStance;
  std::vector<ReadyRequest> readyRequests;  // the oldest request first
  std::vector<ActionItem> overdueActions;  // the caller's own first
  std::vector<CharterToSign> chartersToSign;
  std::vector<CommunicationRef> communicationsToSign;
  std::vector<CommunicationRef> unreadCommunications;
  // When the caller, a new co-chair, was asked to read the partnership handbook, until they have.
  std::optional<UnixSeconds> handbookToRead;
};

// How many entries a section lists at most; the pages behind each link show the rest.
inline constexpr int kDashboardSectionLimit = 20;
// How many bodies' next meetings the home shows: the soonest.
inline constexpr std::size_t kDashboardMeetings = 5;

class DashboardRepository {
 public:
  virtual ~DashboardRepository() = default;
  // Open proposals, not past their deadline, in bodies where the reader votes, without the
  // reader's stance; the soonest deadline first.
  virtual Result<std::vector<AwaitingStance>> awaitingStance(long long districtId, long long readerId,
                                                             UnixSeconds now, int limit) = 0;
  // Issues of the bodies where the reader sits for labor or management whose other side has said it
  // is ready to leave the current step and whose reader's side has not; the oldest word first.
  virtual Result<std::vector<ReadyRequest>> readyRequests(long long districtId, long long readerId, int limit) = 0;
  // Draft charter versions that name the reader as a signer who has not signed.
  virtual Result<std::vector<CharterToSign>> chartersToSign(long long districtId, long long readerId) = 0;
  // Drafts of bodies the reader co-chairs, not signed by the reader.
  virtual Result<std::vector<CommunicationRef>> communicationsToSign(long long districtId, long long readerId,
                                                                     int limit) = 0;
  // Published communications the reader has not opened, the newest first.
  virtual Result<std::vector<CommunicationRef>> unreadCommunications(long long districtId, long long readerId,
                                                                     int limit) = 0;
};

}  // namespace accord::domain
