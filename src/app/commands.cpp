#include "app/commands.hpp"

#include <cstdlib>
#include <iostream>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "common/config.hpp"
#include "common/crypto.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/demo/load_demo.hpp"
#include "http/app.hpp"
#include "http/server.hpp"
#include "store/open_store.hpp"

namespace accord::app {

namespace {

constexpr const char* kUsage =
    "usage: accord COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  serve                      run the web server\n"
    "  migrate                    bring the database schema up to date and exit\n"
    "  demo                       load the demo district and accounts (once) and print how to sign in\n"
    "  user add --email E --name N [--admin] [--locale en|es]\n"
    "                             add an account; the password is read from standard input\n"
    "  help                       show this text\n"
    "\n"
    "options (flag, environment variable):\n";

struct Invocation {
  Config config;
  std::map<std::string, std::string> extra;
};

int fail(const Error& error) {
  std::cerr << "accord: " << (error.field.empty() ? "" : error.field + ": ") << error.message;
  if (!error.detail.empty()) std::cerr << " (" << error.detail << ")";
  std::cerr << "\n";
  return error.code == ErrorCode::kInvalid ? 2 : 1;
}

Result<Invocation> parse(const std::vector<std::string>& args, const std::vector<std::string>& extraFlags) {
  Invocation inv;
  ACCORD_CHECK(loadConfig(args, [](const char* name) { return std::getenv(name); }, inv.config, inv.extra,
                          extraFlags));
  return inv;
}

Result<store::Opened> open(const Config& config) {
  unsigned threads = config.threads ? config.threads : std::max(1u, std::thread::hardware_concurrency());
  return store::openStore(config.dbUrl, config.dbPoolSize ? config.dbPoolSize : threads + 1);
}

int serve(const std::vector<std::string>& args) {
  auto inv = parse(args, {});
  if (!inv.ok()) return fail(inv.error());
  const Config& config = inv->config;
  Logger log(config.logLevel);
  http::blockShutdownSignals();

  auto opened = open(config);
  if (!opened.ok()) return fail(opened.error());
  auto& store = *opened->store;
  log.info("database ready", {{"backend", store.backend()}, {"migrations_applied", opened->migrationsApplied}});

  http::Services services{store, config, log};
  http::App app(services, http::buildRouter(services));
  http::Server server(config, app, log);
  auto port = server.start();
  if (!port.ok()) return fail(port.error());
  log.info("listening", {{"address", fmt::format("http://{}:{}", config.listenHost, *port)},
                         {"web_root", config.webRoot}});

  const char* signal = http::waitForShutdownSignal();
  log.info("shutting down", {{"signal", signal}});
  server.stop();
  log.info("stopped");
  return 0;
}

int migrate(const std::vector<std::string>& args) {
  auto inv = parse(args, {});
  if (!inv.ok()) return fail(inv.error());
  auto opened = open(inv->config);
  if (!opened.ok()) return fail(opened.error());
  std::cout << fmt::format("{} migration(s) applied; the {} schema is up to date\n", opened->migrationsApplied,
                           opened->store->backend());
  return 0;
}

int demo(const std::vector<std::string>& args) {
  auto inv = parse(args, {});
  if (!inv.ok()) return fail(inv.error());
  auto opened = open(inv->config);
  if (!opened.ok()) return fail(opened.error());
  auto outcome = domain::loadDemo(*opened->store, nowSeconds());
  if (!outcome.ok()) return fail(outcome.error());
  std::cout << (outcome->created ? "Demo data loaded: " : "Demo data already present: ") << domain::kDemoDistrictName
            << "\n\nSign in with any of these accounts; every demo password is \"" << domain::kDemoPassword
            << "\":\n";
  for (const auto& a : outcome->accounts)
    std::cout << fmt::format("  {:<38} {:<22} {} ({})\n", a.email, a.name, a.role, a.side);
  std::cout << "\nDemo data is for trying Accord out; do not load it on a server that holds real data.\n";
  return 0;
}

int addUser(const std::vector<std::string>& args) {
  auto inv = parse(args, {"--email", "--name", "--locale", "--admin?"});
  if (!inv.ok()) return fail(inv.error());
  domain::NewUser input;
  input.email = inv->extra["--email"];
  input.name = inv->extra["--name"];
  if (input.email.empty()) return fail(invalid("--email", "is required"));
  if (input.name.empty()) return fail(invalid("--name", "is required"));
  if (auto it = inv->extra.find("--locale"); it != inv->extra.end()) input.locale = it->second;
  input.admin = inv->extra.count("--admin") > 0;
  if (!std::getline(std::cin, input.password)) return fail(invalid("password", "none was given on standard input"));
  if (!input.password.empty() && input.password.back() == '\r') input.password.pop_back();

  auto opened = open(inv->config);
  if (!opened.ok()) return fail(opened.error());
  auto user = domain::addUser(*opened->store, input, nowSeconds());
  if (!user.ok()) return fail(user.error());
  std::cout << fmt::format("added {} <{}>{} (id {})\n", user->name, user->email, user->admin ? " as administrator" : "",
                           user->id);
  return 0;
}

}  // namespace

int runCommand(const std::vector<std::string>& args) {
  crypto::initialize();
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    std::cout << kUsage << configHelp();
    return args.empty() ? 2 : 0;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  const std::string& command = args[0];
  if (command == "serve") return serve(rest);
  if (command == "migrate") return migrate(rest);
  if (command == "demo") return demo(rest);
  if (command == "user" && !rest.empty() && rest[0] == "add")
    return addUser(std::vector<std::string>(rest.begin() + 1, rest.end()));
  std::cerr << "accord: unknown command \"" << command << "\"\n\n" << kUsage << configHelp();
  return 2;
}

}  // namespace accord::app
