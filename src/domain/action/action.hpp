#pragma once
// Action items: who does what by when, optionally tied to a body, a meeting, an issue or a decision.
// Overdue items surface at the next meeting: "we won't let each other fail".
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

bool isActionStatus(std::string_view status);  // open, in_progress, done, dropped

struct ActionItem {
  long long id = 0;
  long long districtId = 0;
  std::optional<long long> bodyId;
  // Links to meetings, issues and decisions, kept as their ids.
  std::optional<long long> meetingId;
  std::optional<long long> issueId;
  std::optional<long long> decisionId;
  std::string title;
  long long ownerId = 0;
  std::string dueDate;  // YYYY-MM-DD
  std::string status = "open";
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
  UnixSeconds updatedAt = 0;
  std::string ownerName;  // filled when read
};

// Due before `today` (YYYY-MM-DD) and neither done nor dropped.
bool isOverdue(const ActionItem& item, const std::string& today);

struct ActionFilter {
  std::optional<long long> bodyId;
  std::optional<long long> ownerId;
  std::optional<long long> decisionId;  // the items that carry out this decision
  std::optional<std::string> status;
  std::optional<std::string> overdueOn;  // only the items overdue on this date (YYYY-MM-DD)
};

class ActionItemRepository {
 public:
  virtual ~ActionItemRepository() = default;
  virtual Result<long long> insert(const ActionItem& item) = 0;
  virtual Result<void> update(const ActionItem& item) = 0;
  // Only within the district: an item of another district is kNotFound.
  virtual Result<ActionItem> byId(long long districtId, long long itemId) = 0;
  virtual Result<Page<ActionItem>> list(long long districtId, const ActionFilter& filter, long long afterId,
                                        int limit) = 0;
  // The items still open and due before `today` (YYYY-MM-DD): `ownerId`'s first, each part by id; at
  // most `limit`.
  virtual Result<std::vector<ActionItem>> overdue(long long districtId, const std::string& today, long long ownerId,
                                                  int limit) = 0;
};

}  // namespace accord::domain
