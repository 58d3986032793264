// The partnership handbook: who reads it, what it holds (never caucus notes), what a change of
// co-chair sets off, and its export from the command line.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

class HandbookApi : public PartnershipApi {
 protected:
  std::string bodyPath() const { return base_ + "/bodies/" + std::to_string(body_); }
  std::string handbook() const { return base_ + "/handbook"; }
  void coChair(const Session& who) {
    auto r = post(bodyPath() + "/co-chairs", {{"user_id", who.userId}}, &super_);
    ASSERT_EQ(r.status, 200) << r.body;
  }
  // Co-chairs on both sides and a charter both signed.
  void charterInForce() {
    coChair(labor_);
    coChair(management_);
    auto r = post(bodyPath() + "/charter/versions",
                  {{"mission", "Every student learns; every adult grows."},
                   {"principles", {"No excuses", "Be honest"}},
                   {"norms", {"Start on time"}},
                   {"review_date", "2099-06-30"}},
                  &super_);
    ASSERT_EQ(r.status, 201) << r.body;
    std::string version = bodyPath() + "/charter/versions/" + std::to_string(r.json()["id"].get<long long>());
    ASSERT_EQ(post(version + "/signatures", {}, &labor_).status, 200);
    ASSERT_EQ(post(version + "/signatures", {}, &management_).status, 200);
  }
  // A decision every voting member agreed to.
  long long adoptDecision(const std::string& title) {
    auto r = post(base_ + "/decisions",
                  {{"body_id", body_}, {"title", title}, {"text", "Start at 8:30."}, {"deadline", nowSeconds() + 600}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    long long id = r.json().value("id", 0LL);
    for (const Session* s : {&labor_, &labor2_, &management_, &management2_})
      EXPECT_EQ(post(base_ + "/decisions/" + std::to_string(id) + "/stances", {{"stance", "agree"}}, s).status, 200);
    return id;
  }
  static bool hasMilestone(const nlohmann::json& book, const std::string& type, const std::string& title = "") {
    for (const auto& m : book["timeline"])
      if (m["type"] == type && (title.empty() || m["title"] == title)) return true;
    return false;
  }
  static bool auditHas(const nlohmann::json& items, const std::string& action) {
    for (const auto& e : items)
      if (e["action"] == action) return true;
    return false;
  }
};
ACCORD_ON_EVERY_BACKEND(HandbookApi);

TEST_P(HandbookApi, EveryMemberOfTheDistrictReadsItAndNoOneElse) {
  struct Case {
    const char* who;
    const Session* as;
    int status;
  };
  for (const Case& c : {Case{"labor member", &labor_, 200}, Case{"management member", &management_, 200},
                        Case{"neutral", &neutral_, 200}, Case{"district member outside the body", &outsider_, 200},
                        Case{"member of another district", &other_, 404}, Case{"anonymous", nullptr, 401}}) {
    SCOPED_TRACE(c.who);
    auto r = get(handbook(), c.as);
    EXPECT_EQ(r.status, c.status) << r.body;
  }
  EXPECT_EQ(get("/api/v1/districts/" + std::to_string(otherDistrict_) + "/handbook", &labor_).status, 404);
  EXPECT_EQ(post(handbook() + "/read", {}, &other_).status, 404);
  EXPECT_EQ(post(handbook() + "/read", {}, nullptr).status, 401);
}

TEST_P(HandbookApi, HoldsTheCharterBodiesDecisionsOutcomesAndOpenCommitments) {
  charterInForce();
  adoptDecision("Adopt the new bell schedule");
  auto item = post(base_ + "/action-items",
                   {{"title", "Send the survey to every site"}, {"owner_id", labor2_.userId}, {"due_date", "2099-03-01"},
                    {"body_id", body_}},
                   &super_);
  ASSERT_EQ(item.status, 201) << item.body;
  ASSERT_EQ(post(base_ + "/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"value", 48.5}}, &super_).status,
            201);
  ASSERT_EQ(post(base_ + "/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"scope", "state"}, {"value", 46}},
                 &super_)
                .status,
            201);

  auto r = get(handbook(), &outsider_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto book = r.json();
  EXPECT_EQ(book["district"]["name"], "Harbor Unified");
  ASSERT_EQ(book["bodies"].size(), 1u);
  const auto& body = book["bodies"][0];
  EXPECT_EQ(body["labor_co_chair"]["name"], "labor");
  EXPECT_EQ(body["management_co_chair"]["name"], "management");
  EXPECT_EQ(body["charter"]["mission"], "Every student learns; every adult grows.");
  EXPECT_EQ(body["charter"]["principles"][0], "No excuses");
  ASSERT_EQ(body["charter"]["signers"].size(), 2u);
  EXPECT_FALSE(body["charter"]["signers"][0]["signed_at"].is_null());
  ASSERT_EQ(book["decisions"].size(), 1u);
  EXPECT_EQ(book["decisions"][0]["title"], "Adopt the new bell schedule");
  EXPECT_TRUE(hasMilestone(book, "body_created", "District Labor-Management Committee"));
  EXPECT_TRUE(hasMilestone(book, "charter_in_force"));
  EXPECT_TRUE(hasMilestone(book, "decision_adopted", "Adopt the new bell schedule"));
  EXPECT_TRUE(hasMilestone(book, "co_chair_appointed", "labor"));
  ASSERT_EQ(book["commitments"].size(), 1u);
  EXPECT_EQ(book["commitments"][0]["title"], "Send the survey to every site");
  EXPECT_EQ(book["commitments"][0]["owner_name"], "labor2");
  bool ela = false;
  for (const auto& o : book["outcomes"])
    if (o["metric"]["key"] == "ela_met") {
      ela = true;
      ASSERT_EQ(o["points"].size(), 1u);
      EXPECT_EQ(o["points"][0]["year"], 2023);
      EXPECT_EQ(o["points"][0]["district"], 48.5);
      EXPECT_EQ(o["points"][0]["state"], 46.0);
    }
  EXPECT_TRUE(ela);

  // A finished item is no longer an open commitment.
  long long id = item.json()["id"];
  ASSERT_EQ(patch(base_ + "/action-items/" + std::to_string(id), {{"status", "done"}}, &labor2_).status, 200);
  EXPECT_TRUE(get(handbook(), &labor_).json()["commitments"].empty());
}

TEST_P(HandbookApi, NeverShowsCaucusNotes) {
  long long decision = adoptDecision("Bell schedule");
  for (const Session* side : {&labor_, &management_}) {
    auto r = post(base_ + "/caucus-notes",
                  {{"subject_type", "decision"}, {"subject_id", decision}, {"text", "Our secret bottom line"}}, side);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  for (const Session* reader : {&labor_, &management_, &super_}) {
    auto r = get(handbook(), reader);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body.find("secret bottom line"), std::string::npos);
  }
}

TEST_P(HandbookApi, ANewCoChairIsAskedToReadItAndTheCharterComesUpForReview) {
  charterInForce();
  // The union's new president takes the labor seat.
  coChair(labor2_);

  auto home = get(base_ + "/dashboard", &labor2_).json();
  ASSERT_TRUE(home["handbook_to_read"].is_object()) << home.dump();
  // The review: a draft copy of the charter for both co-chairs, waiting for the newcomer's signature.
  ASSERT_EQ(home["charters_to_sign"].size(), 1u);
  EXPECT_EQ(home["charters_to_sign"][0]["number"], 2);
  auto draft = get(bodyPath() + "/charter/versions/" +
                       std::to_string(home["charters_to_sign"][0]["version_id"].get<long long>()),
                   &labor2_)
                   .json();
  EXPECT_EQ(draft["status"], "draft");
  EXPECT_EQ(draft["mission"], "Every student learns; every adult grows.");
  EXPECT_TRUE(get(bodyPath() + "/charter", &labor2_).json()["review_due"].get<bool>());
  // The one who only watched is not asked.
  EXPECT_TRUE(get(base_ + "/dashboard", &labor_).json()["handbook_to_read"].is_object());  // appointed earlier
  EXPECT_TRUE(get(base_ + "/dashboard", &outsider_).json()["handbook_to_read"].is_null());

  auto book = get(handbook(), &labor2_).json();
  EXPECT_TRUE(hasMilestone(book, "co_chair_appointed", "labor2"));
  EXPECT_TRUE(hasMilestone(book, "charter_review_opened"));
  EXPECT_TRUE(book["bodies"][0]["charter_review_due"].get<bool>());
  EXPECT_EQ(book["bodies"][0]["labor_co_chair"]["name"], "labor2");

  auto audit = get(base_ + "/audit?limit=100", &super_);
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_TRUE(auditHas(audit.json()["items"], "handbook.assign"));
  EXPECT_TRUE(auditHas(audit.json()["items"], "charter.review.open"));

  auto read = post(handbook() + "/read", {}, &labor2_);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_TRUE(get(base_ + "/dashboard", &labor2_).json()["handbook_to_read"].is_null());
  EXPECT_TRUE(auditHas(get(base_ + "/audit?limit=100", &super_).json()["items"], "handbook.read"));

  // Both sign the review draft: it takes effect and the review closes.
  long long draftId = draft["id"];
  std::string version = bodyPath() + "/charter/versions/" + std::to_string(draftId);
  ASSERT_EQ(post(version + "/signatures", {}, &labor2_).status, 200);
  ASSERT_EQ(post(version + "/signatures", {}, &management_).status, 200);
  EXPECT_FALSE(get(bodyPath() + "/charter", &labor2_).json()["review_due"].get<bool>());
}

TEST_P(HandbookApi, ASecondChangeWhileAReviewIsOpenAddsNoSecondDraft) {
  charterInForce();
  coChair(labor2_);
  coChair(labor_);
  auto versions = get(bodyPath() + "/charter/versions", &super_).json()["items"];
  int drafts = 0;
  for (const auto& v : versions) drafts += v["status"] == "draft";
  EXPECT_EQ(drafts, 1);
  // Setting the same co-chair again is no change at all.
  auto before = get(handbook(), &super_).json()["timeline"].size();
  coChair(labor_);
  EXPECT_EQ(get(handbook(), &super_).json()["timeline"].size(), before);
}

// The command line: the handbook as one printable HTML file, everything escaped.
Result<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return notFound(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

int runQuiet(const std::string& commandLine, std::string& output) {
  FILE* pipe = ::popen((commandLine + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_P(HandbookApi, TheCommandLineWritesOnePrintableEscapedDocument) {
  const char* binary = std::getenv("ACCORD_BINARY");
  if (!binary) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  charterInForce();
  adoptDecision("Use <script>alert(1)</script> & \"quotes\"");
  std::string out = (std::filesystem::temp_directory_path() / ("accord-handbook-" + std::to_string(::getpid()) + "-" +
                                                                GetParam() + ".html"))
                        .string();
  std::string output;
  int code = runQuiet(std::string(binary) + " handbook --district 'Harbor Unified' --out '" + out + "' --db '" +
                          database_->url() + "'",
                      output);
  ASSERT_EQ(code, 0) << output;
  auto html = readFile(out);
  std::filesystem::remove(out);
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html->find("<style>"), std::string::npos);
  EXPECT_NE(html->find("@media print"), std::string::npos);
  EXPECT_NE(html->find("Harbor Unified"), std::string::npos);
  EXPECT_NE(html->find("Every student learns; every adult grows."), std::string::npos);
  EXPECT_NE(html->find("Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), std::string::npos);
  EXPECT_EQ(html->find("<script"), std::string::npos);
  EXPECT_EQ(html->find("src="), std::string::npos);  // self-contained

  // By id too, in Spanish; an unknown district is a clear error.
  std::string es;
  ASSERT_EQ(runQuiet(std::string(binary) + " handbook --locale es --district " + std::to_string(district_) +
                         " --out '" + out + "' --db '" + database_->url() + "'",
                     es),
            0)
      << es;
  auto spanish = readFile(out);
  std::filesystem::remove(out);
  ASSERT_TRUE(spanish.ok());
  EXPECT_NE(spanish->find("Manual de la alianza"), std::string::npos);
  std::string missing;
  EXPECT_NE(runQuiet(std::string(binary) + " handbook --district 'No Such District' --out '" + out + "' --db '" +
                         database_->url() + "'",
                     missing),
            0);
  EXPECT_NE(missing.find("No Such District"), std::string::npos) << missing;
  EXPECT_FALSE(std::filesystem::exists(out));
}

}  // namespace
}  // namespace accord::testing
