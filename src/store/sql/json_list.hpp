#pragma once
// Lists of short strings (contract articles, metric names, tags) kept in one TEXT column as a JSON array.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/flat_json.hpp"

namespace accord::store {

inline std::string toJsonList(const std::vector<std::string>& items) { return nlohmann::json(items).dump(); }

// The strings of the array; an item that is not a string is skipped, and text that is not a JSON array
// reads as no items.
inline std::vector<std::string> fromJsonList(const std::string& text) {
  std::vector<std::string> out;
  if (auto plain = readFlatStrings(text)) {
    out.assign(plain->begin(), plain->end());
    return out;
  }
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (!parsed.is_array()) return out;
  for (const auto& item : parsed)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

}  // namespace accord::store
