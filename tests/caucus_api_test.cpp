// Caucus notes: each side's own notes on an issue, a decision or a meeting, which the other
// side never sees in any response.
#include "common/clock.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

constexpr const char* kSecret = "LABOR-CAUCUS-SECRET";

class CaucusApi : public PartnershipApi {
 protected:
  std::string notes() const { return base_ + "/caucus-notes"; }
  std::string query(const std::string& type, long long id) const {
    return notes() + "?subject_type=" + type + "&subject_id=" + std::to_string(id) +
           (type == "meeting" ? "&body=" + std::to_string(body_) : "");
  }
  nlohmann::json note(const std::string& type, long long id, const std::string& text) const {
    nlohmann::json body = {{"subject_type", type}, {"subject_id", id}, {"text", text}};
    if (type == "meeting") body["body_id"] = body_;
    return body;
  }
  // A meeting of the body, for notes on a meeting.
  long long proposeDecision() {
    auto r = post(base_ + "/decisions",
                  {{"body_id", body_}, {"title", "Bell schedule"}, {"text", "8:30"}, {"deadline", nowSeconds() + 600}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
};
ACCORD_ON_EVERY_BACKEND(CaucusApi);

TEST_P(CaucusApi, ASideReadsItsOwnNotesOnEachKindOfSubject) {
  long long issue = raiseIssue(management_);
  long long decision = proposeDecision();
  long long meetingId = meeting();
  for (auto [type, id] : {std::pair{"issue", issue}, std::pair{"decision", decision}, std::pair{"meeting", meetingId}}) {
    SCOPED_TRACE(type);
    auto written = post(notes(), note(type, id, std::string("Our bottom line on the ") + type), &labor_);
    ASSERT_EQ(written.status, 201) << written.body;
    EXPECT_EQ(written.json()["side"], "labor");
    auto mine = get(query(type, id), &labor2_);
    ASSERT_EQ(mine.status, 200) << mine.body;
    ASSERT_EQ(mine.json()["items"].size(), 1u);
    EXPECT_EQ(mine.json()["items"][0]["text"], std::string("Our bottom line on the ") + type);
    EXPECT_EQ(get(query(type, id), &alternate_).json()["items"].size(), 1u);
    auto theirs = get(query(type, id), &management_);
    ASSERT_EQ(theirs.status, 200);
    EXPECT_TRUE(theirs.json()["items"].empty());
  }
  ASSERT_EQ(post(notes(), note("issue", issue, "Management view"), &management_).status, 201);
  auto labor = get(query("issue", issue), &labor_).json()["items"];
  ASSERT_EQ(labor.size(), 1u);
  EXPECT_EQ(labor[0]["side"], "labor");
}

TEST_P(CaucusApi, TheOtherSideNeverSeesALaborNoteAnywhere) {
  long long issue = raiseIssue(labor_);
  long long decision = proposeDecision();
  long long meetingId = meeting();
  for (auto [type, id] : {std::pair{"issue", issue}, std::pair{"decision", decision}, std::pair{"meeting", meetingId}})
    ASSERT_EQ(post(notes(), note(type, id, std::string(kSecret) + " on " + type), &labor_).status, 201);
  // Close the decision so that it is in the decision log too.
  std::string stances = base_ + "/decisions/" + std::to_string(decision) + "/stances";
  for (const Session* who : {&labor_, &labor2_, &management_, &management2_})
    ASSERT_EQ(post(stances, {{"stance", "agree"}}, who).status, 200);

  std::vector<std::string> routes = {
      query("issue", issue),
      query("decision", decision),
      query("meeting", meetingId),
      issuePath(issue),
      issuePath(issue) + "/matrix",
      base_ + "/issues",
      base_ + "/decisions",
      base_ + "/decisions/" + std::to_string(decision),
      base_ + "/decision-log",
      base_ + "/decision-log/verify",
      base_ + "/audit",
      base_ + "/bodies/" + std::to_string(body_),
  };
  for (const Session* reader : {&management_, &management2_, &super_, &neutral_, &outsider_}) {
    for (const auto& route : routes) {
      auto r = get(route, reader);
      EXPECT_EQ(r.body.find(kSecret), std::string::npos) << route << " leaked: " << r.body;
      EXPECT_LT(r.status, 500) << route;
    }
  }
  // The audit log, which the management side's leader reads, says only that notes were created.
  auto audit = get(base_ + "/audit", &super_);
  ASSERT_EQ(audit.status, 200);
  int created = 0;
  auto entries = audit.json()["items"];
  for (const auto& entry : entries) {
    if (entry["action"] != "caucus_note.create") continue;
    ++created;
    EXPECT_EQ(entry["details"], nlohmann::json::object());
  }
  EXPECT_EQ(created, 3) << audit.body;
  // The labor side itself still reads them.
  EXPECT_NE(get(query("decision", decision), &labor2_).body.find(kSecret), std::string::npos);
}

TEST_P(CaucusApi, InvalidInputIsRefusedNamingTheField) {
  long long issue = raiseIssue(labor_);
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"subject_type", "memo"}, {"subject_id", issue}, {"text", "x"}}, "subject_type"},
      {{{"subject_type", "issue"}, {"text", "x"}}, "subject_id"},
      {{{"subject_type", "issue"}, {"subject_id", issue}, {"text", "  "}}, "text"},
      {{{"subject_type", "issue"}, {"subject_id", issue}}, "text"},
      {{{"subject_type", "meeting"}, {"subject_id", 3}, {"text", "x"}}, "body_id"},
      {{{"subject_type", "issue"}, {"subject_id", issue}, {"body_id", body_ + 1000}, {"text", "x"}}, "body_id"},
  };
  for (const auto& c : cases) {
    auto r = post(notes(), c.body, &labor_);
    EXPECT_EQ(r.status, 400) << c.body.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump() << r.body;
  }
  EXPECT_EQ(get(notes() + "?subject_type=issue", &labor_).json()["error"]["field"], "subject_id");
  EXPECT_EQ(post(notes(), note("issue", 999999, "x"), &labor_).status, 404);
}

TEST_P(CaucusApi, NotesOnAConfidentialIssueOrAnotherDistrictAreNotFound) {
  long long secret = raiseIssue(labor_, {{"confidential", true}});
  EXPECT_EQ(post(notes(), note("issue", secret, "x"), &outsider_).status, 404);
  EXPECT_EQ(get(query("issue", secret), &outsider_).status, 404);
  std::string other = "/api/v1/districts/" + std::to_string(otherDistrict_) + "/caucus-notes";
  EXPECT_EQ(post(other, note("issue", secret, "x"), &other_).status, 404);
  EXPECT_EQ(post(notes(), note("issue", secret, "x"), &other_).status, 404);
}

TEST_P(CaucusApi, WhoMayDoWhat) {
  long long issue = raiseIssue(labor_);
  long long decision = proposeDecision();
  long long meetingId = meeting();
  struct Who {
    std::string name;
    const Session* session;
    int write, read;
  };
  std::vector<Who> table = {
      {"labor member", &labor_, 201, 200},
      {"labor alternate", &alternate_, 201, 200},
      {"management member", &management_, 201, 200},
      {"neutral member", &neutral_, 403, 403},
      {"district member outside the body", &outsider_, 403, 403},
      {"member of another district", &other_, 404, 404},
      {"anonymous", nullptr, 401, 401},
  };
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    for (auto [type, id] : {std::pair{"issue", issue}, std::pair{"decision", decision}, std::pair{"meeting", meetingId}}) {
      SCOPED_TRACE(type);
      EXPECT_EQ(post(notes(), note(type, id, "note"), who.session).status, who.write);
      EXPECT_EQ(get(query(type, id), who.session).status, who.read);
    }
  }
}

}  // namespace
}  // namespace accord::testing
