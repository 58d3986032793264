// A confidential decision outside its body: the decision log shows a reader outside the body only
// hashes, which still chain; the audit log shows no stance or tally; no practice starts from it.
#include "common/clock.hpp"
#include "common/crypto.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

class ConfidentialityApi : public PartnershipApi {
 protected:
  // A confidential issue taken to an adopted decision that touches "Article 9 (personnel)".
  long long confidentialDecision() {
    long long issue = raiseIssue(labor_, {{"title", "Personnel matter"}, {"confidential", true}});
    std::string path = issuePath(issue);
    long long option = 0;
    for (const char* step : {"interests", "options", "criteria", "scoring", "solution"}) {
      EXPECT_EQ(post(path + "/step", {{"step", step}}, &labor_).status, 200);
      if (std::string(step) == "options")
        option = post(path + "/options", {{"text", "Quiet fix"}}, &labor_).json().value("id", 0LL);
    }
    EXPECT_EQ(post(path + "/solution", {{"option_id", option}, {"text", "Handled privately."}}, &labor_).status, 200);
    auto r = post(base_ + "/decisions",
                  {{"issue_id", issue}, {"deadline", nowSeconds() + 600}, {"articles", {"Article 9 (personnel)"}}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    long long id = r.json().value("id", 0LL);
    std::string stances = base_ + "/decisions/" + std::to_string(id) + "/stances";
    for (const Session* who : {&labor_, &labor2_, &management_, &management2_})
      EXPECT_EQ(post(stances, {{"stance", "agree"}}, who).status, 200);
    return id;
  }

  long long openDecision(const std::string& title) {
    auto r = post(base_ + "/decisions",
                  {{"body_id", body_}, {"title", title}, {"text", "As discussed."}, {"deadline", nowSeconds() + 600}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  // The newest entries of the district's audit log, as `who` reads them.
  nlohmann::json auditItems(const Session* who, int limit) {
    auto r = get(base_ + "/audit?limit=" + std::to_string(limit), who);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  }

  void adopt(long long decision) {
    std::string stances = base_ + "/decisions/" + std::to_string(decision) + "/stances";
    for (const Session* who : {&labor_, &labor2_, &management_, &management2_})
      EXPECT_EQ(post(stances, {{"stance", "agree"}}, who).status, 200);
  }
};
ACCORD_ON_EVERY_BACKEND(ConfidentialityApi);

TEST_P(ConfidentialityApi, ANonMemberSeesOnlyTheHashesOfAConfidentialLogEntryAndCanStillCheckTheChain) {
  confidentialDecision();
  adopt(openDecision("Bell schedule"));

  auto outside = get(base_ + "/decision-log", &outsider_);
  ASSERT_EQ(outside.status, 200) << outside.body;
  auto items = outside.json()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(outside.body.find("Article 9"), std::string::npos) << outside.body;
  EXPECT_EQ(outside.body.find("Personnel matter"), std::string::npos);
  EXPECT_EQ(items[0]["entry"], nullptr);
  EXPECT_EQ(items[0]["canonical"], nullptr);
  // The link is checked with the content hash alone.
  EXPECT_EQ(items[0]["sealed"], true);
  EXPECT_EQ(items[0]["prev_hash"], std::string(64, '0'));
  EXPECT_EQ(items[0]["hash"], crypto::sha256Hex(items[0]["prev_hash"].get<std::string>() +
                                                items[0]["content_hash"].get<std::string>()));
  EXPECT_EQ(items[1]["prev_hash"], items[0]["hash"]);
  EXPECT_EQ(items[1]["entry"]["title"], "Bell schedule");
  EXPECT_EQ(get(base_ + "/decision-log/verify", &outsider_).json()["ok"], true);

  // The body's members read the content, and that it is what the content hash was made of.
  auto inside = get(base_ + "/decision-log", &management_).json()["items"];
  EXPECT_EQ(inside[0]["entry"]["articles"][0], "Article 9 (personnel)");
  EXPECT_EQ(inside[0]["content_hash"], crypto::sha256Hex(inside[0]["canonical"].get<std::string>()));
  EXPECT_EQ(inside[0]["hash"], items[0]["hash"]);
}

TEST_P(ConfidentialityApi, TheAuditLogShowsAReaderOutsideTheBodyNoStanceOrTallyOfAConfidentialDecision) {
  long long decision = confidentialDecision();
  auto r = get(base_ + "/audit?limit=100", &super_);  // a district leader, in no body
  ASSERT_EQ(r.status, 200) << r.body;
  int seen = 0;
  auto page = r.json();
  for (const auto& entry : page["items"]) {
    if (entry["subject_type"] != "decision" || entry["subject_id"] != decision) continue;
    ++seen;
    auto details = entry["details"];
    for (const char* hidden : {"stance", "vote", "labor_agree", "management_agree", "title"})
      EXPECT_FALSE(details.contains(hidden)) << entry.dump();
  }
  EXPECT_GE(seen, 5) << r.body;  // proposed, four stances, adopted
}

// Entries written before the words were kept out of the log carry no "confidential" in their
// details: they are found through their subject, read with the page rather than one by one. Stored
// text that does not read as JSON is listed as {}.
TEST_P(ConfidentialityApi, AnOlderEntryAboutAConfidentialSubjectShowsAReaderOutsideTheBodyOnlyItsIds) {
  long long decision = confidentialDecision();
  long long issue = raiseIssue(labor_, {{"title", "Another personnel matter"}, {"confidential", true}});
  auto raw = rawSession();
  for (const char* table : {"decisions", "issues"}) {
    std::string type = std::string(table) == "issues" ? "issue" : "decision";
    long long id = type == "issue" ? issue : decision;
    *raw << "INSERT INTO audit_log (district_id, actor_id, at, action, subject_type, subject_id, details) "
            "SELECT district_id, :actor, created_at, :action, :type, id, "
            "'{\"title\":\"Secret words\",\"body_id\":' || body_id || '}' FROM " +
                std::string(table) + " WHERE id = :id",
        soci::use(labor_.userId), soci::use(type + ".old"), soci::use(type), soci::use(id);
  }
  *raw << "INSERT INTO audit_log (district_id, actor_id, at, action, subject_type, subject_id, details) "
          "VALUES (:district, :actor, 1, 'body.update', 'body', :body, 'not JSON {')",
      soci::use(district_), soci::use(labor_.userId), soci::use(body_);

  auto outside = auditItems(&super_, 3);  // a district leader, in no body
  ASSERT_EQ(outside.size(), 3u);
  EXPECT_EQ(outside[0]["details"], nlohmann::json::object()) << outside[0].dump();
  for (int i : {1, 2}) {
    EXPECT_EQ(outside[i]["details"], nlohmann::json({{"confidential", true}, {"body_id", body_}})) << outside[i].dump();
    EXPECT_EQ(outside[i].dump().find("Secret"), std::string::npos);
  }
  EXPECT_EQ(outside[1]["subject_type"], "issue");
  EXPECT_EQ(outside[2]["subject_type"], "decision");
  auto inside = auditItems(&labor_, 3);  // a co-chair of the body
  for (int i : {1, 2}) EXPECT_EQ(inside[i]["details"]["title"], "Secret words") << inside[i].dump();
}

// Details that are not of the flat shape Accord writes (an escape, a list, a fraction) are read by the
// whole parser, to the same effect: the confidential mark hides them outside the body, the person acted
// on is named inside it, and a member named twice counts with its last value.
TEST_P(ConfidentialityApi, DetailsOfAnyShapeAreHiddenOutsideTheBodyAndNameTheirPersonInsideIt) {
  auto raw = rawSession();
  auto log = [&](const std::string& details) {
    *raw << "INSERT INTO audit_log (district_id, actor_id, at, action, subject_type, subject_id, details) "
            "VALUES (:district, :actor, 1, 'body.note', 'body', :body, :details)",
        soci::use(district_), soci::use(labor_.userId), soci::use(body_), soci::use(details);
  };
  std::string body = std::to_string(body_), person = std::to_string(labor2_.userId);
  log("{\"confidential\":true,\"body_id\":" + body + ",\"user_id\":" + person +
      ",\"note\":\"Secret \\\"words\\\"\",\"scores\":[1,2.5]}");
  log("{\"confidential\":false,\"body_id\":" + body + ",\"note\":\"Open \\u00e9\",\"confidential\":true}");
  log("{\"user_id\":{\"nested\":1},\"note\":[\"Public\"],\"user_id\":" + person + "}");

  auto outside = auditItems(&super_, 3);  // a district leader, in no body
  ASSERT_EQ(outside.size(), 3u);
  EXPECT_EQ(outside[0]["details"]["note"], nlohmann::json({"Public"}));
  EXPECT_EQ(outside[0]["details"]["person_name"], "labor2") << outside[0].dump();
  EXPECT_EQ(outside[1]["details"], nlohmann::json({{"confidential", true}, {"body_id", body_}}));
  EXPECT_EQ(outside[2]["details"],
            nlohmann::json({{"confidential", true}, {"body_id", body_}, {"user_id", labor2_.userId}}));
  EXPECT_EQ(outside.dump().find("Secret"), std::string::npos);
  auto inside = auditItems(&labor_, 3);  // a co-chair of the body
  EXPECT_EQ(inside[1]["details"]["note"], "Open \xc3\xa9");
  EXPECT_EQ(inside[2]["details"]["note"], "Secret \"words\"");
  EXPECT_EQ(inside[2]["details"]["person_name"], "labor2") << inside[2].dump();
}

TEST_P(ConfidentialityApi, NoPracticeStartsFromAConfidentialDecisionNorTellsThatItExists) {
  long long decision = confidentialDecision();
  for (const Session* who : {&outsider_, &labor_}) {
    auto r = post(base_ + "/practices", {{"decision_id", decision}}, who);
    EXPECT_EQ(r.status, 404) << r.body;
    EXPECT_EQ(r.json()["error"]["field"], "decision_id") << r.body;
  }
}

}  // namespace
}  // namespace accord::testing

namespace accord::testing {
namespace {

// The action items that carry out a decision, listed under it; for a confidential decision, only
// within its body.
TEST_P(ConfidentialityApi, ADecisionsActionItemsAreListedUnderItAndAConfidentialOnesOnlyInItsBody) {
  long long open = decide("Weekly planning time");
  long long secret = confidentialDecision();
  std::string items = base_ + "/action-items";
  for (auto [decision, title] : {std::pair{open, "Publish the planning schedule"}, std::pair{secret, "Tell HR"}}) {
    auto r = post(items, {{"title", title}, {"due_date", "2031-03-01"}, {"decision_id", decision}, {"body_id", body_}},
                  &labor_);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  ASSERT_EQ(post(items, {{"title", "Unrelated"}, {"due_date", "2031-03-01"}}, &labor_).status, 201);
  auto ofOpen = get(items + "?decision=" + std::to_string(open), &outsider_);
  ASSERT_EQ(ofOpen.status, 200) << ofOpen.body;
  ASSERT_EQ(ofOpen.json()["items"].size(), 1u);
  EXPECT_EQ(ofOpen.json()["items"][0]["title"], "Publish the planning schedule");
  auto inBody = get(items + "?decision=" + std::to_string(secret), &management_);
  ASSERT_EQ(inBody.status, 200) << inBody.body;
  ASSERT_EQ(inBody.json()["items"].size(), 1u);
  EXPECT_EQ(inBody.json()["items"][0]["title"], "Tell HR");
  for (const Session* reader : {&outsider_, &super_})
    EXPECT_EQ(get(items + "?decision=" + std::to_string(secret), reader).status, 404);
  EXPECT_EQ(get(items + "?decision=abc", &labor_).json()["error"]["field"], "decision");
}

// The log names each entry's subject (its title now) so that it reads as a sentence, but the title
// of an issue or proposal confidential to a body, or of an action item that follows one, only to
// the body's members.
TEST_P(ConfidentialityApi, TheAuditLogNamesAConfidentialSubjectOnlyToTheBodysMembers) {
  long long secret = confidentialDecision();
  long long open = openDecision("Bell schedule");
  auto r = post(base_ + "/action-items",
                {{"title", "Tell HR"}, {"due_date", "2031-03-01"}, {"decision_id", secret}, {"body_id", body_}},
                &labor_);
  ASSERT_EQ(r.status, 201) << r.body;
  long long item = r.json()["id"];

  auto outside = get(base_ + "/audit?limit=100", &super_);  // a district leader, in no body
  ASSERT_EQ(outside.status, 200) << outside.body;
  EXPECT_EQ(outside.body.find("Personnel matter"), std::string::npos) << outside.body;
  EXPECT_EQ(outside.body.find("Tell HR"), std::string::npos) << outside.body;
  auto titleOf = [](const nlohmann::json& items, const std::string& type, long long id) {
    for (const auto& e : items)
      if (e["subject_type"] == type && e["subject_id"] == id) return e["subject_title"];
    return nlohmann::json("(no entry)");
  };
  EXPECT_EQ(titleOf(outside.json()["items"], "decision", secret), nullptr);
  EXPECT_EQ(titleOf(outside.json()["items"], "action_item", item), nullptr);
  EXPECT_EQ(titleOf(outside.json()["items"], "decision", open), "Bell schedule");
  EXPECT_EQ(titleOf(outside.json()["items"], "body", body_), "District Labor-Management Committee");

  auto inside = get(base_ + "/audit?limit=100", &labor_).json()["items"];  // a member of the body
  EXPECT_EQ(titleOf(inside, "decision", secret), "Personnel matter");
  EXPECT_EQ(titleOf(inside, "action_item", item), "Tell HR");

  // Nor who owns what follows it: the owner's name only for the body's members.
  auto ownerOf = [](const nlohmann::json& items, long long id) {
    for (const auto& e : items)
      if (e["subject_type"] == "action_item" && e["subject_id"] == id) return e["details"].value("person_name", "");
    return std::string("(no entry)");
  };
  EXPECT_EQ(ownerOf(get(base_ + "/audit?limit=100", &super_).json()["items"], item), "");
  EXPECT_EQ(ownerOf(inside, item), "labor");
}

}  // namespace
}  // namespace accord::testing
