#pragma once
// Structured logging: one JSON object per line on stderr.
#include <nlohmann/json.hpp>

#include <mutex>
#include <string>
#include <string_view>

namespace accord {

enum class LogLevel { kDebug, kInfo, kWarn, kError };

bool parseLogLevel(std::string_view text, LogLevel& out);

class Logger {
 public:
  explicit Logger(LogLevel level) : level_(level) {}
  bool enabled(LogLevel level) const { return level >= level_; }
  // `fields` are merged into the line beside time, level and message.
  void log(LogLevel level, std::string_view message, nlohmann::json fields = nlohmann::json::object());
  void info(std::string_view message, nlohmann::json fields = nlohmann::json::object()) {
    log(LogLevel::kInfo, message, std::move(fields));
  }
  void warn(std::string_view message, nlohmann::json fields = nlohmann::json::object()) {
    log(LogLevel::kWarn, message, std::move(fields));
  }
  void error(std::string_view message, nlohmann::json fields = nlohmann::json::object()) {
    log(LogLevel::kError, message, std::move(fields));
  }

 private:
  LogLevel level_;
  std::mutex mutex_;
};

}  // namespace accord
