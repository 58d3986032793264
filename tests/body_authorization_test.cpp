// Who may do what with joint bodies and the audit log: every route against every kind of caller.
#include "api_fixture.hpp"

namespace accord::testing {
namespace {

enum Caller { kLaborCoChair, kManagementMember, kNeutralMember, kOutsideBody, kOtherDistrict, kAnonymous };
constexpr Caller kCallers[] = {kLaborCoChair, kManagementMember, kNeutralMember,
                               kOutsideBody,  kOtherDistrict,    kAnonymous};
const char* name(Caller c) {
  static const char* names[] = {"labor co-chair",         "management member",         "neutral member",
                                "district member outside", "member of another district", "anonymous"};
  return names[c];
}

class BodyAuthorization : public ApiTest {};
ACCORD_ON_EVERY_BACKEND(BodyAuthorization);

TEST_P(BodyAuthorization, EveryRouteAnswersEveryCallerAsThePolicySays) {
  addUser("super@example.org", "Superintendent", true);
  auto super = logIn("super@example.org");
  long long district = createDistrict(super, "Harbor Unified", "management", "superintendent");
  std::string base = "/api/v1/districts/" + std::to_string(district);
  auto join = [&](const std::string& email, const std::string& side, const std::string& role) {
    long long id = addUser(email, email.substr(0, email.find('@')));
    addMember(district, id, side, role);
    return id;
  };
  long long labor = join("labor@example.org", "labor", "union_president");
  long long management = join("management@example.org", "management", "principal");
  long long neutral = join("neutral@example.org", "neutral", "facilitator");
  join("outside@example.org", "labor", "teacher");
  long long spare1 = join("spare1@example.org", "labor", "teacher");
  // The spares are labor: the labor co-chair seats and unseats only its own side (side_authority_api_test).
  long long spare2 = join("spare2@example.org", "labor", "teacher");
  addUser("other@example.org", "Other", true);
  auto otherSession = logIn("other@example.org");
  createDistrict(otherSession, "Valley Unified");

  auto created = post(base + "/bodies",
                      {{"name", "District LMC"}, {"labor_seats", 3}, {"management_seats", 3}, {"fallback", "Refer."}},
                      &super);
  ASSERT_EQ(created.status, 201);
  std::string body = base + "/bodies/" + std::to_string(created.json()["id"].get<long long>());
  for (long long id : {labor, management, neutral, spare1})
    ASSERT_EQ(post(body + "/members", {{"user_id", id}}, &super).status, 201);
  ASSERT_EQ(post(body + "/co-chairs", {{"user_id", labor}}, &super).status, 200);

  std::map<Caller, Session> sessions = {{kLaborCoChair, logIn("labor@example.org")},
                                        {kManagementMember, logIn("management@example.org")},
                                        {kNeutralMember, logIn("neutral@example.org")},
                                        {kOutsideBody, logIn("outside@example.org")},
                                        {kOtherDistrict, otherSession}};

  struct Row {
    std::string method;
    std::string path;
    nlohmann::json body;
    std::array<int, 6> expected;  // in the order of kCallers
  };
  const std::vector<Row> rows = {
      {"GET", base + "/bodies", nullptr, {200, 200, 200, 200, 404, 401}},
      {"POST", base + "/bodies", {{"name", "X"}, {"labor_seats", 1}, {"management_seats", 1}, {"fallback", "f"}},
       {201, 403, 403, 403, 404, 401}},  // the labor co-chair is the union president, a district leader
      {"GET", body, nullptr, {200, 200, 200, 200, 404, 401}},
      {"PATCH", body, {{"fallback", "Refer to the board."}}, {200, 403, 403, 403, 404, 401}},
      {"POST", body + "/members", {{"user_id", spare2}}, {201, 403, 403, 403, 404, 401}},
      {"DELETE", body + "/members/" + std::to_string(spare1), nullptr, {204, 403, 403, 403, 404, 401}},
      {"POST", body + "/co-chairs", {{"user_id", labor}}, {200, 403, 403, 403, 404, 401}},
      {"GET", base + "/audit", nullptr, {200, 403, 403, 403, 404, 401}},
  };
  for (const auto& row : rows) {
    // The allowed caller goes last, so a success does not change what the others see.
    std::vector<Caller> order(std::begin(kCallers), std::end(kCallers));
    std::stable_partition(order.begin(), order.end(), [&](Caller c) { return row.expected[c] >= 400; });
    for (Caller caller : order) {
      HttpRequest request{row.method, row.path, {}, row.body.is_null() ? "" : row.body.dump()};
      if (!row.body.is_null()) request.headers.emplace_back("Content-Type", "application/json");
      const Session* as = caller == kAnonymous ? nullptr : &sessions[caller];
      auto r = sendAs(request, as);
      EXPECT_EQ(r.status, row.expected[caller]) << row.method << " " << row.path << " as " << name(caller) << ": "
                                                << r.body;
    }
  }
}

}  // namespace
}  // namespace accord::testing
