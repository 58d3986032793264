#include "http/router.hpp"

#include <string_view>

namespace accord::http {

namespace {

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash);
  }
  return out;
}

bool matches(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params) {
  auto want = segments(pattern);
  auto have = segments(path);
  if (want.size() != have.size()) return false;
  std::map<std::string, std::string> captured;
  for (std::size_t i = 0; i < want.size(); ++i) {
    auto close = want[i].find('}');
    if (want[i].size() > 2 && want[i].front() == '{' && close != std::string_view::npos) {
      std::string_view suffix = want[i].substr(close + 1);
      if (have[i].size() <= suffix.size() || have[i].substr(have[i].size() - suffix.size()) != suffix) return false;
      captured[std::string(want[i].substr(1, close - 1))] =
          std::string(have[i].substr(0, have[i].size() - suffix.size()));
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  params = std::move(captured);
  return true;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Access access, Handler handler) {
  routes_.push_back(Route{std::move(method), std::move(pattern), access, std::move(handler)});
}

void Router::addAnonymous(std::string method, std::string pattern, Handler handler) {
  add(std::move(method), std::move(pattern), Access::kSession, std::move(handler));
  routes_.back().anonymous = true;
}

void Router::addUpload(std::string method, std::string pattern, Handler handler) {
  routes_.push_back(Route{std::move(method), std::move(pattern), Access::kSession, std::move(handler),
                          BodyKind::kUpload});
}

Router::Match Router::match(Request& request) const {
  Match result;
  for (const auto& route : routes_) {
    std::map<std::string, std::string> params;
    if (!matches(route.pattern, request.path, params)) continue;
    result.pathKnown = true;
    request.loggedPath = route.pattern;
    if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
      request.params = std::move(params);
      request.anonymous = route.anonymous;
      result.route = &route;
      return result;
    }
  }
  return result;
}

}  // namespace accord::http
