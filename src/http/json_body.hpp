#pragma once
// Reading request bodies, path ids and paging parameters, each failure naming its field.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/store.hpp"
#include "http/json_writer.hpp"
#include "http/message.hpp"

namespace accord::http {

using nlohmann::json;

// The body as a JSON object; kInvalid (field "body") when it is not one.
Result<json> parseObject(const Request& request);
// Path parameters and query values are UTF-8 text without NUL, or 400 naming the parameter.
Result<void> checkRequestText(const Request& request);

Result<std::string> requiredString(const json& body, const char* field);
Result<std::optional<std::string>> optionalString(const json& body, const char* field);
Result<std::optional<long long>> optionalInteger(const json& body, const char* field);
Result<std::optional<double>> optionalNumber(const json& body, const char* field);
Result<bool> optionalBool(const json& body, const char* field, bool fallback);
// A list of strings; empty when absent or null.
Result<std::optional<std::vector<std::string>>> optionalStringList(const json& body, const char* field);
// A list of positive whole numbers (ids); empty when absent or null.
Result<std::vector<long long>> optionalIdList(const json& body, const char* field);

// A numeric id from the route; kNotFound naming `what` when it is not a positive number.
Result<long long> pathId(const Request& request, const char* param, const char* what);

// An optional positive id in the query string (e.g. ?body=3); 0 when absent, kInvalid naming it when malformed.
Result<long long> queryId(const Request& request, const char* name);

// An optional true/false in the query string (e.g. ?overdue=true); false when absent, kInvalid naming it
// when anything else.
Result<bool> queryFlag(const Request& request, const char* name);

struct PageQuery {
  long long cursor = 0;
  int limit = 50;
};
// `limit` (1–200, default 50) and `cursor` (from a previous page's next_cursor).
Result<PageQuery> pageQuery(const Request& request);

template <class T, class Render>
json pageJson(const domain::Page<T>& page, Render render) {
  json items = json::array();
  for (const auto& item : page.items) items.push_back(render(item));
  return {{"items", items}, {"next_cursor", page.nextCursor ? json(std::to_string(page.nextCursor)) : json(nullptr)}};
}

// The same page written straight into the answer: write(writer, item) writes one item.
template <class T, class Write>
JsonWriter pageWriter(const domain::Page<T>& page, Write write) {
  JsonWriter w;
  w.reserve(512 * (page.items.size() + 1));
  w.open().key("items").openArray();
  for (const auto& item : page.items) write(w, item);
  w.closeArray().key("next_cursor");
  if (page.nextCursor)
    w.value(std::to_string(page.nextCursor));
  else
    w.value(nullptr);
  w.close();
  return w;
}

}  // namespace accord::http
