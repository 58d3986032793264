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

// A parameter's segment ("{district}", or "{name}.csv"): where its name ends, else npos.
std::size_t parameterEnd(std::string_view want) {
  auto close = want.find('}');
  return want.size() > 2 && want.front() == '{' ? close : std::string_view::npos;
}

// Whether the path's segments fit the pattern's; compared first without copying anything, since
// most routes do not fit.
bool fits(const std::vector<std::string>& want, const std::vector<std::string_view>& have) {
  if (want.size() != have.size()) return false;
  for (std::size_t i = 0; i < want.size(); ++i) {
    auto close = parameterEnd(want[i]);
    if (close != std::string_view::npos) {
      std::string_view suffix = std::string_view(want[i]).substr(close + 1);
      if (have[i].size() <= suffix.size() || have[i].substr(have[i].size() - suffix.size()) != suffix) return false;
    } else if (want[i] != have[i]) {
      return false;
    }
  }
  return true;
}

// The parameters of a path that fits the pattern.
std::map<std::string, std::string> parameters(const std::vector<std::string>& want,
                                              const std::vector<std::string_view>& have) {
  std::map<std::string, std::string> captured;
  for (std::size_t i = 0; i < want.size(); ++i) {
    auto close = parameterEnd(want[i]);
    if (close == std::string_view::npos) continue;
    std::size_t suffix = want[i].size() - close - 1;
    captured[want[i].substr(1, close - 1)] = std::string(have[i].substr(0, have[i].size() - suffix));
  }
  return captured;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Access access, Handler handler) {
  routes_.push_back(Route{std::move(method), std::move(pattern), access, std::move(handler)});
  split(routes_.back());
}

void Router::split(Route& route) {
  for (auto segment : segments(route.pattern)) route.segments.emplace_back(segment);
}

void Router::addAnonymous(std::string method, std::string pattern, Handler handler) {
  add(std::move(method), std::move(pattern), Access::kSession, std::move(handler));
  routes_.back().anonymous = true;
}

void Router::addUpload(std::string method, std::string pattern, Handler handler) {
  routes_.push_back(Route{std::move(method), std::move(pattern), Access::kSession, std::move(handler),
                          BodyKind::kUpload});
  split(routes_.back());
}

Router::Match Router::match(Request& request) const {
  Match result;
  auto have = segments(request.path);
  for (const auto& route : routes_) {
    if (!fits(route.segments, have)) continue;
    result.pathKnown = true;
    request.loggedPath = route.pattern;
    if (route.method == request.method || (request.method == "HEAD" && route.method == "GET")) {
      request.params = parameters(route.segments, have);
      request.anonymous = route.anonymous;
      result.route = &route;
      return result;
    }
  }
  return result;
}

}  // namespace accord::http
