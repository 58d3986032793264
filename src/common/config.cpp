#include "common/config.hpp"

#include <charconv>
#include <string_view>

#include <fmt/format.h>

namespace accord {

namespace {

template <class T>
bool parseNumber(const std::string& text, T& out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

bool parseBool(const std::string& text, bool& out) {
  if (text == "1" || text == "true" || text == "yes" || text == "on") out = true;
  else if (text == "0" || text == "false" || text == "no" || text == "off") out = false;
  else return false;
  return true;
}

Result<void> parseListen(const std::string& text, Config& config) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos) return invalid("listen", "expected HOST:PORT, e.g. 127.0.0.1:8080");
  unsigned port = 0;
  if (!parseNumber(text.substr(colon + 1), port) || port > 65535)
    return invalid("listen", "the port must be a number from 0 to 65535");
  std::string host = text.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) return invalid("listen", "the host is missing");
  config.listenHost = host;
  config.listenPort = static_cast<std::uint16_t>(port);
  return Ok{};
}

struct Option {
  const char* flag;
  const char* envVar;
  const char* help;
  std::function<Result<void>(const std::string&, Config&)> apply;
  // Given more than once, the values are joined by spaces; otherwise the last one counts.
  bool repeatable = false;
};

template <class T>
std::function<Result<void>(const std::string&, Config&)> number(const char* field, T Config::*member, T min, T max) {
  return [=](const std::string& text, Config& c) -> Result<void> {
    T value{};
    if (!parseNumber(text, value) || value < min || value > max)
      return invalid(field, fmt::format("expected a whole number from {} to {}", min, max));
    c.*member = value;
    return Ok{};
  };
}

const std::vector<Option>& options() {
  static const std::vector<Option> table = {
      {"--listen", "ACCORD_LISTEN", "HOST:PORT to listen on (default 127.0.0.1:8080)", parseListen},
      {"--db", "ACCORD_DB", "database URL: sqlite:FILE (default sqlite:accord.db) or postgresql://...",
       [](const std::string& v, Config& c) -> Result<void> {
         if (v.empty()) return invalid("db", "the database URL is empty");
         c.dbUrl = v;
         return Ok{};
       }},
      {"--db-replica", "ACCORD_DB_REPLICA",
       "a PostgreSQL streaming replica's URL, for reads of what the network publishes; repeat for several "
       "(in the environment, separated by spaces)",
       [](const std::string& v, Config& c) -> Result<void> {
         std::size_t start = v.find_first_not_of(' ');
         if (start == std::string::npos) return invalid("db-replica", "the replica's URL is empty");
         while (start != std::string::npos) {
           auto end = v.find(' ', start);
           c.dbReplicas.push_back(v.substr(start, end == std::string::npos ? std::string::npos : end - start));
           start = end == std::string::npos ? end : v.find_first_not_of(' ', end);
         }
         return Ok{};
       },
       true},
      {"--db-live", "ACCORD_DB_LIVE",
       "a direct PostgreSQL URL for passing live changes between servers, when --db names a pooler (default: --db)",
       [](const std::string& v, Config& c) -> Result<void> {
         c.dbLiveUrl = v;
         return Ok{};
       }},
      {"--web-root", "ACCORD_WEB_ROOT", "directory of the built web interface",
       [](const std::string& v, Config& c) -> Result<void> {
         c.webRoot = v;
         return Ok{};
       }},
      {"--log-level", "ACCORD_LOG_LEVEL", "debug, info, warn or error (default info)",
       [](const std::string& v, Config& c) -> Result<void> {
         if (!parseLogLevel(v, c.logLevel)) return invalid("log-level", "expected debug, info, warn or error");
         return Ok{};
       }},
      {"--threads", "ACCORD_THREADS", "threads for reads, and as many for writes (default: one per core)",
       number<unsigned>("threads", &Config::threads, 0, 1024)},
      {"--max-body", "ACCORD_MAX_BODY", "largest request body in bytes (default 1048576)",
       number<std::size_t>("max-body", &Config::maxBodyBytes, 1024, std::size_t{1} << 30)},
      {"--max-import-body", "ACCORD_MAX_IMPORT_BODY",
       "largest file sent in parts to an import, in bytes (default 134217728)",
       number<std::size_t>("max-import-body", &Config::maxImportBodyBytes, 1024, std::size_t{1} << 34)},
      {"--max-connections", "ACCORD_MAX_CONNECTIONS", "most open connections (default 4096)",
       number<std::size_t>("max-connections", &Config::maxConnections, 1, 1000000)},
      {"--read-timeout", "ACCORD_READ_TIMEOUT", "seconds to read a request (default 30)",
       number<unsigned>("read-timeout", &Config::readTimeoutSeconds, 1, 3600)},
      {"--write-timeout", "ACCORD_WRITE_TIMEOUT", "seconds to write a response (default 30)",
       number<unsigned>("write-timeout", &Config::writeTimeoutSeconds, 1, 3600)},
      {"--session-ttl", "ACCORD_SESSION_TTL", "seconds a session lives at most (default 604800)",
       number<std::int64_t>("session-ttl", &Config::sessionTtlSeconds, 1, 365LL * 24 * 3600)},
      {"--session-idle", "ACCORD_SESSION_IDLE", "seconds of inactivity that end a session (default 28800)",
       number<std::int64_t>("session-idle", &Config::sessionIdleSeconds, 1, 365LL * 24 * 3600)},
      {"--cookie-secure", "ACCORD_COOKIE_SECURE", "mark the session cookie Secure: true or false (default: true when --public-url is https)",
       [](const std::string& v, Config& c) -> Result<void> {
         if (!parseBool(v, c.cookieSecure)) return invalid("cookie-secure", "expected true or false");
         return Ok{};
       }},
      {"--public-url", "ACCORD_PUBLIC_URL", "the address people use, for invitation links",
       [](const std::string& v, Config& c) -> Result<void> {
         if (v.rfind("http://", 0) != 0 && v.rfind("https://", 0) != 0)
           return invalid("public-url", "expected an http:// or https:// address");
         c.publicUrl = v;
         while (!c.publicUrl.empty() && c.publicUrl.back() == '/') c.publicUrl.pop_back();
         return Ok{};
       }},
      {"--smtp-url", "ACCORD_SMTP_URL", "mail server for notifications, smtp://HOST:PORT or smtps://...; unset: no email",
       [](const std::string& v, Config& c) -> Result<void> {
         if (!v.empty() && v.rfind("smtp://", 0) != 0 && v.rfind("smtps://", 0) != 0)
           return invalid("smtp-url", "expected an smtp:// or smtps:// address");
         c.smtpUrl = v;
         return Ok{};
       }},
      {"--smtp-from", "ACCORD_SMTP_FROM", "the address notifications come from",
       [](const std::string& v, Config& c) -> Result<void> {
         if (v.find('@') == std::string::npos) return invalid("smtp-from", "expected an email address");
         c.smtpFrom = v;
         return Ok{};
       }},
      {"--smtp-user", "ACCORD_SMTP_USER", "user name at the mail server, if it asks for one",
       [](const std::string& v, Config& c) -> Result<void> {
         c.smtpUser = v;
         return Ok{};
       }},
      {"--smtp-password", "ACCORD_SMTP_PASSWORD", "password at the mail server (prefer the environment variable)",
       [](const std::string& v, Config& c) -> Result<void> {
         c.smtpPassword = v;
         return Ok{};
       }},
      {"--smtp-tls", "ACCORD_SMTP_TLS", "require TLS with the mail server: true (default) or false",
       [](const std::string& v, Config& c) -> Result<void> {
         if (!parseBool(v, c.smtpTls)) return invalid("smtp-tls", "expected true or false");
         return Ok{};
       }},
      {"--digest-hour", "ACCORD_DIGEST_HOUR", "hour of the day (UTC, 0-23) to send the daily digest (default 7)",
       number<int>("digest-hour", &Config::digestHour, 0, 23)},
      {"--max-streams-per-person", "ACCORD_MAX_STREAMS_PER_PERSON",
       "live views one person may keep open on this server (default 8)",
       number<unsigned>("max-streams-per-person", &Config::maxStreamsPerPerson, 1, 1000)},
      {"--max-running-imports", "ACCORD_MAX_RUNNING_IMPORTS",
       "imports running at once on this server, at most one per district (default 2)",
       number<unsigned>("max-running-imports", &Config::maxRunningImports, 1, 64)},
      {"--trusted-proxy", "ACCORD_TRUSTED_PROXY",
       "comma-separated addresses of reverse proxies whose X-Forwarded-For names the client (default none)",
       [](const std::string& v, Config& c) -> Result<void> {
         c.trustedProxies.clear();
         std::size_t start = 0;
         while (start <= v.size()) {
           auto comma = v.find(',', start);
           std::string address = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
           address.erase(0, address.find_first_not_of(' '));
           address.erase(address.find_last_not_of(' ') + 1);
           if (address.empty() || address.find_first_not_of("0123456789abcdefABCDEF.:") != std::string::npos)
             return invalid("trusted-proxy", "expected IP addresses separated by commas, e.g. 127.0.0.1,10.0.0.5");
           c.trustedProxies.push_back(address);
           if (comma == std::string::npos) break;
           start = comma + 1;
         }
         return Ok{};
       }},
  };
  return table;
}

}  // namespace

Result<void> loadConfig(const std::vector<std::string>& args, const std::function<const char*(const char*)>& getenv,
                        Config& config, std::map<std::string, std::string>& extraFlags,
                        const std::vector<std::string>& allowedExtraFlags) {
  std::map<std::string, std::string> given;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string flag = args[i];
    std::string value;
    bool hasValue = false;
    if (auto eq = flag.find('='); flag.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = flag.substr(eq + 1);
      flag = flag.substr(0, eq);
      hasValue = true;
    }
    bool known = false, repeatable = false;
    for (const auto& o : options()) {
      known = known || flag == o.flag;
      repeatable = repeatable || (flag == o.flag && o.repeatable);
    }
    bool extra = false;
    for (const auto& e : allowedExtraFlags) extra = extra || flag == e || flag == e + "?";
    bool extraSwitch = false;
    for (const auto& e : allowedExtraFlags) extraSwitch = extraSwitch || e == flag + "?";
    if (!known && !extra && !extraSwitch) return invalid(flag, fmt::format("unknown option {}", flag));
    if (extraSwitch) {
      extraFlags[flag] = hasValue ? value : "true";
      continue;
    }
    if (!hasValue) {
      if (i + 1 >= args.size()) return invalid(flag, fmt::format("{} needs a value", flag));
      value = args[++i];
    }
    if (known && repeatable && given.count(flag)) given[flag] += " " + value;
    else if (known) given[flag] = value;
    else extraFlags[flag] = value;
  }
  bool cookieSecureGiven = false;
  for (const auto& o : options()) {
    std::string value;
    if (auto it = given.find(o.flag); it != given.end()) value = it->second;
    else if (const char* env = getenv(o.envVar)) value = env;
    else continue;
    ACCORD_CHECK(o.apply(value, config));
    cookieSecureGiven = cookieSecureGiven || std::string_view(o.flag) == "--cookie-secure";
  }
  // People reach an https site only over TLS, so a session cookie without Secure could only leak.
  if (!cookieSecureGiven && config.publicUrl.rfind("https://", 0) == 0) config.cookieSecure = true;
  return Ok{};
}

std::string configHelp() {
  std::string out;
  for (const auto& o : options()) out += fmt::format("  {:<18} {:<24} {}\n", o.flag, o.envVar, o.help);
  return out;
}

}  // namespace accord
