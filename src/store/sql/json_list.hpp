#pragma once
// Lists of short strings (contract articles, metric names) kept in one TEXT column as a JSON array.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace accord::store {

inline std::string toJsonList(const std::vector<std::string>& items) { return nlohmann::json(items).dump(); }

inline std::vector<std::string> fromJsonList(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  std::vector<std::string> out;
  if (!parsed.is_array()) return out;
  for (const auto& item : parsed)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

}  // namespace accord::store
