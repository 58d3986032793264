#include "store/sql/action_repositories.hpp"

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertActionItem =
    "INSERT INTO action_items (district_id, body_id, meeting_id, issue_id, decision_id, title, owner_id, due_date, "
    "status, created_by, created_at, updated_at) VALUES (:district, :body, :meeting, :issue, :decision, :title, "
    ":owner, :due, :status, :by, :created, :updated) RETURNING id";
constexpr const char* kUpdateActionItem =
    "UPDATE action_items SET body_id = :body, meeting_id = :meeting, issue_id = :issue, decision_id = :decision, "
    "title = :title, owner_id = :owner, due_date = :due, status = :status, updated_at = :updated "
    "WHERE id = :id AND district_id = :district";
constexpr const char* kActionItemColumns =
    "SELECT a.id, a.district_id, a.body_id, a.meeting_id, a.issue_id, a.decision_id, a.title, a.owner_id, "
    "a.due_date, a.status, a.created_by, a.created_at, a.updated_at, u.name "
    "FROM action_items a JOIN users u ON u.id = a.owner_id ";
constexpr const char* kItemById = "WHERE a.district_id = :district AND a.id = :id";
// One walk of the district's items by due date, for the district home.
constexpr const char* kOverdueItems =
    "WHERE a.district_id = :district AND a.due_date < :today AND a.status IN ('open', 'in_progress') "
    "ORDER BY CASE WHEN a.owner_id = :owner THEN 0 ELSE 1 END, a.id LIMIT :limit";
// Each filter is off when its parameter is 0 or empty.
constexpr const char* kItemsOfDistrict =
    "WHERE a.district_id = :district AND a.id > :after "
    "AND (:body = 0 OR a.body_id = :body2) "
    "AND (:owner = 0 OR a.owner_id = :owner2) "
    "AND (:decision = 0 OR a.decision_id = :decision2) "
    "AND (:status = '' OR a.status = :status2) "
    "AND (:today = '' OR (a.due_date < :today2 AND a.status IN ('open', 'in_progress'))) "
    "ORDER BY a.id LIMIT :limit";

struct ActionItemRow {
  domain::ActionItem a;
  OptionalColumn<long long> body, meeting, issue, decision;
  template <class Columns>
  void bind(Columns& st) {
    st.into(a.id);
    st.into(a.districtId);
    st.into(body);
    st.into(meeting);
    st.into(issue);
    st.into(decision);
    st.into(a.title);
    st.into(a.ownerId);
    st.into(a.dueDate);
    st.into(a.status);
    st.into(a.createdBy);
    st.into(a.createdAt);
    st.into(a.updatedAt);
    st.into(a.ownerName);
  }
  domain::ActionItem take() const {
    domain::ActionItem out = a;
    out.bodyId = body.get();
    out.meetingId = meeting.get();
    out.issueId = issue.get();
    out.decisionId = decision.get();
    return out;
  }
};

struct LinkParams {
  explicit LinkParams(const domain::ActionItem& a)
      : body(a.bodyId), meeting(a.meetingId), issue(a.issueId), decision(a.decisionId) {}
  Nullable<long long> body, meeting, issue, decision;
};

}  // namespace

Result<long long> SqlActionItems::insert(const domain::ActionItem& a) {
  return guarded("insert action item", [&]() -> Result<long long> {
    LinkParams p(a);
    long long id = 0;
    sql_ << kInsertActionItem, use(a.districtId), use(p.body.value, p.body.ind), use(p.meeting.value, p.meeting.ind),
        use(p.issue.value, p.issue.ind), use(p.decision.value, p.decision.ind), use(a.title), use(a.ownerId),
        use(a.dueDate), use(a.status), use(a.createdBy), use(a.createdAt), use(a.updatedAt), into(id);
    return id;
  });
}

Result<void> SqlActionItems::update(const domain::ActionItem& a) {
  return guarded("update action item", [&]() -> Result<void> {
    LinkParams p(a);
    sql_ << kUpdateActionItem, use(p.body.value, p.body.ind), use(p.meeting.value, p.meeting.ind),
        use(p.issue.value, p.issue.ind), use(p.decision.value, p.decision.ind), use(a.title), use(a.ownerId),
        use(a.dueDate), use(a.status), use(a.updatedAt), use(a.id), use(a.districtId);
    return Ok{};
  });
}

Result<domain::ActionItem> SqlActionItems::byId(long long districtId, long long itemId) {
  return guarded("action item by id", [&]() -> Result<domain::ActionItem> {
    auto rows = selectKept<ActionItemRow>(sql_, std::string(kActionItemColumns) + kItemById, districtId, itemId);
    if (rows.empty()) return notFound("no such action item");
    return rows.front();
  });
}

Result<std::vector<domain::ActionItem>> SqlActionItems::overdue(long long districtId, const std::string& today,
                                                                long long ownerId, int limit) {
  return guarded("overdue action items", [&]() -> Result<std::vector<domain::ActionItem>> {
    return selectKept<ActionItemRow>(sql_, std::string(kActionItemColumns) + kOverdueItems, districtId, today, ownerId, limit);
  });
}

Result<domain::Page<domain::ActionItem>> SqlActionItems::list(long long districtId,
                                                              const domain::ActionFilter& filter, long long afterId,
                                                              int limit) {
  return guarded("list action items", [&]() -> Result<domain::Page<domain::ActionItem>> {
    int fetch = limit + 1;
    long long body = filter.bodyId.value_or(0), owner = filter.ownerId.value_or(0);
    long long decision = filter.decisionId.value_or(0);
    std::string status = filter.status.value_or(""), today = filter.overdueOn.value_or("");
    auto rows = selectKept<ActionItemRow>(sql_, std::string(kActionItemColumns) + kItemsOfDistrict, districtId, afterId, body, body, owner, owner, decision, decision, status, status, today, today, fetch);
    return toPage(std::move(rows), limit, [](const domain::ActionItem& a) { return a.id; });
  });
}

}  // namespace accord::store
