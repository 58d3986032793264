#pragma once
// The one typed configuration, loaded once (flags, then environment, then defaults)
// and passed down through constructors.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/log.hpp"
#include "common/result.hpp"

namespace accord {

struct Config {
  std::string listenHost = "127.0.0.1";
  std::uint16_t listenPort = 8080;
  std::string dbUrl = "sqlite:accord.db";
  std::vector<std::string> dbReplicas;  // PostgreSQL streaming replicas for reads of published data
  std::string dbLiveUrl;                // where live changes pass between servers (default: dbUrl)
  std::string webRoot;  // empty: no static files
  LogLevel logLevel = LogLevel::kInfo;
  unsigned threads = 0;  // 0: one per core
  std::size_t dbPoolSize = 0;  // 0: threads + 1

  // Request limits.
  std::size_t maxBodyBytes = 1 << 20;
  std::size_t maxImportBodyBytes = std::size_t{128} << 20;  // a file sent to the import route
  std::size_t maxHeaderBytes = 16 << 10;
  std::size_t maxConnections = 4096;
  unsigned readTimeoutSeconds = 30;
  unsigned writeTimeoutSeconds = 30;
  unsigned shutdownGraceSeconds = 20;
  unsigned maxStreamsPerPerson = 8;  // live views one person may hold open on this server
  unsigned maxRunningImports = 2;    // imports running at once on this server (one per district)
  // Addresses of reverse proxies whose X-Forwarded-For names the real client; empty: none trusted.
  std::vector<std::string> trustedProxies;

  // Sessions and sign-in.
  std::int64_t sessionTtlSeconds = 7 * 24 * 3600;
  std::int64_t sessionIdleSeconds = 8 * 3600;
  bool cookieSecure = false;
  int loginMaxFailures = 10;
  std::int64_t loginWindowSeconds = 15 * 60;
  std::int64_t invitationTtlSeconds = 14 * 24 * 3600;
  std::string publicUrl = "http://localhost:8080";  // used to build invitation links

  // Email notifications: off while smtpUrl is empty.
  std::string smtpUrl;   // smtp://host:587 or smtps://host:465
  std::string smtpFrom;  // the sender address
  std::string smtpUser;
  std::string smtpPassword;
  bool smtpTls = true;  // require TLS (STARTTLS on smtp://)
  int digestHour = 7;   // the hour (UTC) at which `serve` sends the daily digest
};

// Parses `args` (without the program and subcommand names) into `config`, reading the
// environment through `getenv` for options not given as flags. Unknown flags are errors;
// flags listed in `allowedExtraFlags` (a trailing '?' marks a switch without a value) go to `extraFlags`.
Result<void> loadConfig(const std::vector<std::string>& args, const std::function<const char*(const char*)>& getenv,
                        Config& config, std::map<std::string, std::string>& extraFlags,
                        const std::vector<std::string>& allowedExtraFlags);

// The help text for the common options.
std::string configHelp();

}  // namespace accord
