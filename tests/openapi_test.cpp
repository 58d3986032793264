// The OpenAPI document and the routes the server really has must agree.
#include <algorithm>
#include <cctype>

#include "api_fixture.hpp"
#include "http/api/routes.hpp"

namespace accord::testing {
namespace {

class OpenApi : public ApiTest {};
INSTANTIATE_TEST_SUITE_P(Backends, OpenApi, ::testing::Values("sqlite"), backendName);

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

TEST_P(OpenApi, IsServedAsJson) {
  auto r = get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  auto doc = r.json();
  ASSERT_TRUE(doc.is_object());
  EXPECT_EQ(doc["openapi"].get<std::string>().rfind("3.", 0), 0u);
}

TEST_P(OpenApi, DocumentsEveryRoute) {
  auto doc = nlohmann::json::parse(http::openApiDocument());
  for (const auto& route : app_->router().routes()) {
    const auto& paths = doc["paths"];
    ASSERT_TRUE(paths.contains(route.pattern)) << "missing path " << route.pattern;
    EXPECT_TRUE(paths[route.pattern].contains(lower(route.method)))
        << "missing " << route.method << " " << route.pattern;
  }
}

TEST_P(OpenApi, DocumentsNoRouteThatDoesNotExist) {
  auto doc = nlohmann::json::parse(http::openApiDocument());
  for (const auto& [path, operations] : doc["paths"].items()) {
    for (const auto& [method, operation] : operations.items()) {
      if (method == "parameters") continue;
      bool found = false;
      for (const auto& route : app_->router().routes())
        found = found || (route.pattern == path && lower(route.method) == method);
      EXPECT_TRUE(found) << "documented but not served: " << method << " " << path;
    }
  }
}

}  // namespace
}  // namespace accord::testing
