// Request parsing: the target (path and query), route parameters, cookies, X-Forwarded-For and
// JSON bodies, with the text rule (common/text.hpp) they all go through.
//
// The input is written like an HTTP/1.1 request: a request line, header lines, an empty line,
// the body. Only Accord's own parsing is exercised; RESTinio, which reads the bytes off the socket
// in the server, is not linked (http/server.cpp hands parseTarget the target as received).
#include <algorithm>
#include <charconv>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "check.hpp"
#include "common/text.hpp"
#include "http/client_address.hpp"
#include "http/json_body.hpp"
#include "http/message.hpp"
#include "http/router.hpp"

namespace {

using accord::http::Request;
using nlohmann::json;

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

bool isUnreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

std::string percentEncoded(std::string_view text, bool keepSlash) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (isUnreserved(u) || (keepSlash && c == '/')) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 15];
    }
  }
  return out;
}

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    std::string_view part = path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (!part.empty()) out.push_back(part);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

const accord::http::Router& router() {
  static const accord::http::Router r = [] {
    accord::http::Router out;
    auto none = [](Request&) -> accord::Result<accord::http::Response> { return accord::http::noContent(); };
    using accord::http::Access;
    out.add("GET", "/api/v1/health", Access::kPublic, none);
    out.add("GET", "/api/v1/districts/{district}", Access::kSession, none);
    out.add("PATCH", "/api/v1/districts/{district}", Access::kSession, none);
    out.add("GET", "/api/v1/districts/{district}/bodies/{body}/meetings", Access::kSession, none);
    out.add("GET", "/calendar/{token}.ics", Access::kPublic, none);
    out.addAnonymous("POST", "/api/v1/surveys/{survey}/responses", none);
    out.addUpload("PUT", "/api/v1/uploads/{upload}", none);
    return out;
  }();
  return r;
}

void checkCut(std::string_view text, std::size_t max) {
  std::string_view cut = accord::cutAtCharacter(text, max);
  FUZZ_CHECK(cut.size() <= max || cut.size() == text.size());
  FUZZ_CHECK(cut.size() <= text.size() && text.substr(0, cut.size()) == cut);
  if (text.size() <= max) {
    FUZZ_CHECK(cut.size() == text.size());
    return;
  }
  // Cut before a character, never inside one.
  FUZZ_CHECK((static_cast<unsigned char>(text[cut.size()]) & 0xC0) != 0x80 || cut.empty());
  if (fuzz::isCleanUtf8(text)) {
    FUZZ_CHECK(fuzz::isCleanUtf8(cut));
    // The longest such prefix: the next character would not have fitted.
    char32_t cp = 0;
    FUZZ_CHECK(cut.size() + fuzz::decodeUtf8(text, cut.size(), cp) > max);
  }
}

void checkText(std::string_view text) {
  FUZZ_CHECK(accord::isCleanText(text) == fuzz::isCleanUtf8(text));
  for (std::size_t max : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{3}, text.size() / 2,
                          text.size() > 0 ? text.size() - 1 : 0, text.size()})
    checkCut(text, max);
}

// Every string and name in `value` is clean text; how many levels deep it is.
std::size_t checkCleanJson(const json& value) {
  std::size_t deepest = 0;
  std::vector<std::pair<const json*, std::size_t>> pending{{&value, 1}};
  while (!pending.empty()) {
    auto [v, depth] = pending.back();
    pending.pop_back();
    deepest = std::max(deepest, depth);
    if (v->is_string()) FUZZ_CHECK(fuzz::isCleanUtf8(v->get_ref<const std::string&>()));
    if (v->is_object())
      for (const auto& [key, item] : v->items()) {
        FUZZ_CHECK(fuzz::isCleanUtf8(key));
        pending.emplace_back(&item, depth + 1);
      }
    if (v->is_array())
      for (const auto& item : *v) pending.emplace_back(&item, depth + 1);
  }
  return deepest;
}

void checkBody(const Request& request) {
  auto parsed = accord::http::parseObject(request);
  if (!parsed.ok()) {
    const auto& error = parsed.error();
    FUZZ_CHECK(error.code == accord::ErrorCode::kInvalid);
    FUZZ_CHECK(!error.field.empty());
    // The field goes back to the client in the error body: clean text, and the body is JSON.
    FUZZ_CHECK(fuzz::isCleanUtf8(error.field));
    auto response = accord::http::errorResponse(error);
    FUZZ_CHECK(response.status == 400);
    json sent = json::parse(response.body, nullptr, false);
    FUZZ_CHECK(!sent.is_discarded());
    FUZZ_CHECK(sent["error"]["field"] == error.field);
    return;
  }
  const json& body = *parsed;
  FUZZ_CHECK(body.is_object());
  // The object and 64 levels inside it at most (json_body.cpp): deeper bodies overflowed the stack.
  FUZZ_CHECK(checkCleanJson(body) <= 65);
  try {
    (void)body.dump();  // throws on a string that is not UTF-8
  } catch (const json::exception&) {
    FUZZ_CHECK(!"an accepted body does not write out as JSON");
  }
  if (auto name = accord::http::requiredString(body, "name"); name.ok()) FUZZ_CHECK(body["name"].is_string());
  if (auto title = accord::http::optionalString(body, "title"); title.ok() && *title)
    FUZZ_CHECK(**title == body["title"].get<std::string>());
  if (auto count = accord::http::optionalInteger(body, "count"); count.ok() && *count)
    FUZZ_CHECK(body["count"].is_number_integer());
  if (auto share = accord::http::optionalNumber(body, "share"); share.ok() && *share)
    FUZZ_CHECK(body["share"].is_number());
  if (auto flag = accord::http::optionalBool(body, "public", false); flag.ok() && *flag)
    FUZZ_CHECK(body["public"] == true);
  if (auto tags = accord::http::optionalStringList(body, "tags"); tags.ok() && *tags) {
    FUZZ_CHECK((*tags)->size() == body["tags"].size());
    for (const auto& tag : **tags) FUZZ_CHECK(fuzz::isCleanUtf8(tag));
  }
}

void checkTarget(std::string_view target, Request& request) {
  std::string path;
  std::map<std::string, std::string> query;
  if (!accord::http::parseTarget(target, path, query)) return;
  FUZZ_CHECK(!path.empty() && path.front() == '/');
  FUZZ_CHECK(path.find('\0') == std::string::npos);
  for (const auto& [key, value] : query) FUZZ_CHECK(!key.empty());
  if (target.find_first_of("%+") == std::string_view::npos)
    FUZZ_CHECK(path == target.substr(0, target.find('?')));

  // Round trip: the decoded target, encoded again, decodes to the same path and query.
  std::string again = percentEncoded(path, true);
  char separator = '?';
  for (const auto& [key, value] : query) {
    again += separator;
    again += percentEncoded(key, false) + "=" + percentEncoded(value, false);
    separator = '&';
  }
  std::string path2;
  std::map<std::string, std::string> query2;
  FUZZ_CHECK(accord::http::parseTarget(again, path2, query2));
  FUZZ_CHECK(path2 == path && query2 == query);

  request.path = path;
  request.query = query;
  auto match = router().match(request);
  if (match.route) {
    FUZZ_CHECK(match.pathKnown && request.loggedPath == match.route->pattern);
    // The pattern with its captures put back is the path, segment by segment.
    auto want = segments(match.route->pattern);
    auto have = segments(request.path);
    FUZZ_CHECK(want.size() == have.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      if (want[i].front() != '{') {
        FUZZ_CHECK(want[i] == have[i]);
        continue;
      }
      auto close = want[i].find('}');
      std::string name(want[i].substr(1, close - 1));
      const std::string& value = request.params.at(name);
      FUZZ_CHECK(!value.empty() && value.find('/') == std::string::npos);
      FUZZ_CHECK(value + std::string(want[i].substr(close + 1)) == have[i]);
    }
  } else {
    FUZZ_CHECK(request.params.empty());
    FUZZ_CHECK(match.pathKnown == !request.loggedPath.empty());
  }

  bool clean = true;
  for (const auto* values : {&request.params, &request.query})
    for (const auto& [name, value] : *values) clean = clean && fuzz::isCleanUtf8(name) && fuzz::isCleanUtf8(value);
  FUZZ_CHECK(accord::http::checkRequestText(request).ok() == clean);

  if (auto id = accord::http::pathId(request, "district", "district"); id.ok()) {
    FUZZ_CHECK(*id > 0);
    const std::string& text = request.params.at("district");
    long long again = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), again);
    FUZZ_CHECK(ec == std::errc() && end == text.data() + text.size() && again == *id);
  } else {
    FUZZ_CHECK(id.error().code == accord::ErrorCode::kNotFound);
  }
  if (auto id = accord::http::queryId(request, "body"); id.ok()) FUZZ_CHECK(*id >= 0);
  if (auto page = accord::http::pageQuery(request); page.ok()) {
    FUZZ_CHECK(page->limit >= 1 && page->limit <= 200);
    FUZZ_CHECK(page->cursor >= 0);
  }
}

void checkCookies(Request& request, std::string_view token) {
  std::string all = request.header("Cookie");
  FUZZ_CHECK(all == request.header("cookie") && all == request.header("COOKIE"));
  std::string session = request.cookie("accord_session");
  FUZZ_CHECK(session.find(';') == std::string::npos);
  if (!session.empty()) FUZZ_CHECK(all.find("accord_session=" + session) != std::string::npos);

  // A session cookie among others is read back as it was set.
  std::string value;
  for (char c : token)
    if (c != ';') value += c;
  request.headers["Cookie"] = "theme=dark; accord_session=" + value + "; lang=es";
  FUZZ_CHECK(request.cookie("accord_session") == value);
  request.headers["Cookie"] = all;
}

void checkClientAddress(const Request& request) {
  static const std::vector<std::string> kProxies = {"10.0.0.2", "10.0.0.3"};
  std::string address = accord::http::clientAddressOf(request, kProxies);
  bool trusted = request.clientAddress == "10.0.0.2" || request.clientAddress == "10.0.0.3";
  if (!trusted) {
    FUZZ_CHECK(address == request.clientAddress);  // only our proxies are believed
    return;
  }
  if (address == request.clientAddress) return;
  FUZZ_CHECK(!address.empty() && address.size() <= 64);
  FUZZ_CHECK(address.find_first_not_of("0123456789abcdefABCDEF.:") == std::string::npos);
  FUZZ_CHECK(request.header("X-Forwarded-For").find(address) != std::string::npos);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  checkText(input);

  // Request line, headers up to the first empty line, then the body.
  Request request;
  request.clientAddress = "10.0.0.2";
  std::string target = "/";
  std::size_t at = 0;
  bool first = true;
  while (at < input.size()) {
    std::size_t end = input.find('\n', at);
    std::string_view line = input.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    at = end == std::string_view::npos ? input.size() : end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first) {
      first = false;
      std::size_t space = line.find(' ');
      request.method = std::string(line.substr(0, space));
      if (space != std::string_view::npos) {
        std::string_view rest = line.substr(space + 1);
        target = std::string(rest.substr(0, rest.find(' ')));
      }
      continue;
    }
    if (line.empty()) break;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name(trimmed(line.substr(0, colon)));
    std::string value(trimmed(line.substr(colon + 1)));
    if (name == "X-Peer") {  // stands for the connection's address
      request.clientAddress = value;
      continue;
    }
    auto [it, inserted] = request.headers.emplace(name, value);
    if (!inserted) it->second += (name == "Cookie" || name == "cookie" ? "; " : ", ") + value;
  }
  request.body = std::string(input.substr(at));

  checkText(target);
  checkTarget(target, request);
  checkCookies(request, target);
  checkClientAddress(request);
  checkBody(request);
  return 0;
}
