#include "http/json_body.hpp"

#include <charconv>

#include <fmt/format.h>

#include "common/text.hpp"

namespace accord::http {

namespace {
constexpr int kMaxBodyDepth = 64;

bool parsePositive(const std::string& text, long long& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size() && out > 0;
}
// The first string (name or value) in `value` that is not clean text, as a field path ("contacts[2].name"),
// or nullopt. The parser has checked the UTF-8 already; this finds the NUL that "\u0000" makes.
std::optional<std::string> uncleanField(const json& value, const std::string& path) {
  if (value.is_string()) {
    if (!isCleanText(value.get_ref<const std::string&>())) return path;
  } else if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      std::string field = path.empty() ? key : path + "." + key;
      if (!isCleanText(key)) return path.empty() ? std::string("body") : path;
      if (auto bad = uncleanField(item, field)) return bad;
    }
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i)
      if (auto bad = uncleanField(value[i], fmt::format("{}[{}]", path, i))) return bad;
  }
  return std::nullopt;
}

}  // namespace

Result<json> parseObject(const Request& request) {
  if (request.body.empty()) return invalid("body", "the request body must be a JSON object");
  // The parser keeps its own stack, but walking the value (uncleanField, dump) recurses: a body of
  // 50,000 '[' overflowed a thread's stack. The deepest body the API takes is 6 levels.
  bool tooDeep = false;
  json body = json::parse(
      request.body,
      [&](int depth, json::parse_event_t, json&) {
        tooDeep = tooDeep || depth > kMaxBodyDepth;
        return !tooDeep;  // nothing more is kept once the body is refused
      },
      false);
  if (tooDeep)
    return invalid("body", fmt::format("the request body is nested more than {} levels deep", kMaxBodyDepth));
  if (body.is_discarded()) return invalid("body", "the request body is not valid JSON (UTF-8 text)");
  if (!body.is_object()) return invalid("body", "the request body must be a JSON object");
  // A top-level value under the empty name has no path to name: the body is named instead.
  if (auto field = uncleanField(body, ""))
    return invalid(field->empty() ? "body" : *field, "must be text without NUL characters");
  return body;
}

Result<void> checkRequestText(const Request& request) {
  for (const auto* values : {&request.params, &request.query})
    for (const auto& [name, value] : *values) {
      if (!isCleanText(name)) return invalid("query", "parameter names must be UTF-8 text");
      if (!isCleanText(value)) return invalid(name, "must be UTF-8 text without NUL characters");
    }
  return Ok{};
}

Result<std::string> requiredString(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return invalid(field, "is required");
  if (!it->is_string()) return invalid(field, "must be a string");
  return it->get<std::string>();
}

Result<std::optional<std::string>> optionalString(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string()) return invalid(field, "must be a string");
  return std::optional<std::string>(it->get<std::string>());
}

Result<std::optional<long long>> optionalInteger(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<long long>();
  if (!it->is_number_integer()) return invalid(field, "must be a whole number");
  return std::optional<long long>(it->get<long long>());
}

Result<std::optional<double>> optionalNumber(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<double>();
  if (!it->is_number()) return invalid(field, "must be a number");
  return std::optional<double>(it->get<double>());
}

Result<bool> optionalBool(const json& body, const char* field, bool fallback) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) return invalid(field, "must be true or false");
  return it->get<bool>();
}

Result<std::optional<std::vector<std::string>>> optionalStringList(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<std::vector<std::string>>();
  if (!it->is_array()) return invalid(field, "must be a list of strings");
  std::vector<std::string> out;
  for (const auto& item : *it) {
    if (!item.is_string()) return invalid(field, "must be a list of strings");
    out.push_back(item.get<std::string>());
  }
  return std::optional<std::vector<std::string>>(std::move(out));
}

Result<std::vector<long long>> optionalIdList(const json& body, const char* field) {
  auto it = body.find(field);
  std::vector<long long> out;
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array()) return invalid(field, "must be a list of ids");
  for (const auto& item : *it) {
    if (!item.is_number_integer() || item.get<long long>() <= 0) return invalid(field, "must be a list of ids");
    out.push_back(item.get<long long>());
  }
  return out;
}

Result<long long> pathId(const Request& request, const char* param, const char* what) {
  auto it = request.params.find(param);
  long long id = 0;
  if (it == request.params.end() || !parsePositive(it->second, id)) return notFound(fmt::format("no such {}", what));
  return id;
}

Result<long long> queryId(const Request& request, const char* name) {
  auto it = request.query.find(name);
  if (it == request.query.end() || it->second.empty()) return 0LL;
  long long id = 0;
  if (!parsePositive(it->second, id)) return invalid(name, "must be a positive whole number");
  return id;
}

Result<bool> queryFlag(const Request& request, const char* name) {
  auto it = request.query.find(name);
  if (it == request.query.end()) return false;
  if (it->second != "true" && it->second != "false") return invalid(name, "must be true or false");
  return it->second == "true";
}

Result<PageQuery> pageQuery(const Request& request) {
  PageQuery page;
  if (auto it = request.query.find("limit"); it != request.query.end()) {
    long long limit = 0;
    if (!parsePositive(it->second, limit) || limit > 200) return invalid("limit", "must be a number from 1 to 200");
    page.limit = static_cast<int>(limit);
  }
  if (auto it = request.query.find("cursor"); it != request.query.end() && !it->second.empty()) {
    if (!parsePositive(it->second, page.cursor)) return invalid("cursor", "is not a cursor from a previous page");
  }
  return page;
}

}  // namespace accord::http
