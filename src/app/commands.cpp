#include "app/commands.hpp"
#include "app/digest_timer.hpp"
#include "app/periodic.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "common/config.hpp"
#include "common/crypto.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/decision/use_cases.hpp"
#include "domain/demo/load_demo.hpp"
#include "domain/directory/use_cases.hpp"
#include "domain/handbook/use_cases.hpp"
#include "domain/notification/use_cases.hpp"
#include "domain/outcome_import/use_cases.hpp"
#include "http/app.hpp"
#include "http/server.hpp"
#include "mail/smtp_mailer.hpp"
#include "store/backup.hpp"
#include "store/open_store.hpp"

namespace accord::app {

namespace {

constexpr const char* kUsage =
    "usage: accord COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  serve                      run the web server\n"
    "  migrate                    bring the database schema up to date and exit\n"
    "  demo [--without-outcomes]  load the demo district and accounts (once) and print how to sign in;\n"
    "                             with ten years of outcomes unless told otherwise\n"
    "  user add --email E --name N [--admin] [--locale en|es]\n"
    "                             add an account; the password is read from standard input\n"
    "  import --district ID --format caaspp|csv|demographics FILE\n"
    "                             import outcome data from a file (see docs/imports.md)\n"
    "  directory import FILE      load an NCES Common Core of Data district file into the district directory\n"
    "  handbook --district ID|NAME --out FILE [--locale en|es]\n"
    "                             write the district's partnership handbook as one printable HTML file\n"
    "  notify                     send today's email digests now (needs --smtp-url and --smtp-from)\n"
    "  backup --out FILE          copy the database to FILE while Accord runs (SQLite: one file;\n"
    "                             PostgreSQL: pg_dump's custom format)\n"
    "  restore --from FILE        restore a backup into a new, empty database (--db), bring its schema\n"
    "                             up to date and check every district's decision log\n"
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
  return store::openStore(config.dbUrl, config.dbPoolSize ? config.dbPoolSize : threads + 1, config.dbReplicas);
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

  http::Services services{store, config, log, store::openChangeFeed(config.dbLiveUrl.empty() ? config.dbUrl : config.dbLiveUrl, log)};
  http::App app(services, http::buildRouter(services));
  http::Server server(config, app, log);
  auto port = server.start();
  if (!port.ok()) return fail(port.error());
  log.info("listening", {{"address", fmt::format("http://{}:{}", config.listenHost, *port)},
                         {"web_root", config.webRoot}});
  DigestTimer digests(store, config, log);
  digests.start();
  // Imports left running by a server that stopped (this one before a restart, or another) end as
  // interrupted: now, and every minute, for those whose server goes away while this one runs.
  Periodic interruptedImports("the check for interrupted imports", std::chrono::seconds(0), std::chrono::minutes(1),
                              log, [&] {
                                auto ended = domain::endInterruptedImports(store, nowSeconds());
                                if (!ended.ok())
                                  log.warn("interrupted imports could not be ended; tried again in a minute",
                                           {{"error", ended.error().message}, {"detail", ended.error().detail}});
                                else if (*ended > 0)
                                  log.info("imports ended as interrupted", {{"count", *ended}});
                              });
  interruptedImports.start();
  if (config.smtpUrl.empty()) log.info("email notifications are off: no --smtp-url");

  const char* signal = http::waitForShutdownSignal();
  log.info("shutting down", {{"signal", signal}});
  digests.stop();
  interruptedImports.stop();
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
  auto inv = parse(args, {"--without-outcomes?"});
  if (!inv.ok()) return fail(inv.error());
  auto opened = open(inv->config);
  if (!opened.ok()) return fail(opened.error());
  domain::DemoOptions options;
  options.outcomes = inv->extra.count("--without-outcomes") == 0;
  auto outcome = domain::loadDemo(*opened->store, nowSeconds(), options);
  if (!outcome.ok()) return fail(outcome.error());
  std::cout << (outcome->created ? "Demo data loaded: " : "Demo data already present: ") << domain::kDemoDistrictName
            << "\n\nSign in with any of these accounts; every demo password is \"" << domain::kDemoPassword
            << "\":\n";
  for (const auto& a : outcome->accounts)
    std::cout << fmt::format("  {:<38} {:<22} {} ({})\n", a.email, a.name, a.role, a.side);
  if (!outcome->networkAccounts.empty()) {
    std::cout << "\nTwo more districts of the network, which have published practices:\n";
    for (const auto& a : outcome->networkAccounts)
      std::cout << fmt::format("  {:<46} {:<16} {}\n", a.email, a.name, a.role);
  }
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

// Shows an import's progress on standard error: a bar redrawn in place on a terminal, else a
// line every ten percent.
class ImportMeter {
 public:
  explicit ImportMeter(const domain::ImportProgress& progress)
      : progress_(progress), terminal_(isatty(STDERR_FILENO) == 1), started_(std::chrono::steady_clock::now()) {}

  void update(bool last = false) {
    auto now = std::chrono::steady_clock::now();
    long long total = progress_.bytesTotal;
    int percent = total > 0 ? static_cast<int>(100 * progress_.bytesRead / total) : 100;
    if (terminal_) {
      if (!last && now - drawn_ < std::chrono::milliseconds(100)) return;
      drawn_ = now;
      constexpr int kWidth = 30;
      int filled = percent * kWidth / 100;
      std::cerr << fmt::format("\r[{}{}] {:3d}%  {} rows", std::string(filled, '#'), std::string(kWidth - filled, '.'),
                               percent, progress_.rowsRead.load())
                << (last ? "\n" : "") << std::flush;
    } else if (percent / 10 > reported_ / 10 || (last && percent != reported_)) {
      reported_ = percent;
      std::cerr << fmt::format("import: {}% read, {} rows\n", percent, progress_.rowsRead.load());
    }
  }

  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  }

 private:
  const domain::ImportProgress& progress_;
  bool terminal_;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point drawn_{};
  int reported_ = 0;
};

int importFile(std::vector<std::string> args) {
  // FILE is the one argument that is not an option or an option's value.
  // Every option of this command takes a value.
  std::string file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i].rfind("--", 0) == 0) {
      if (args[i].find('=') == std::string::npos) ++i;
      continue;
    }
    if (!file.empty()) return fail(invalid("FILE", "name one file to import"));
    file = args[i];
    args.erase(args.begin() + static_cast<std::ptrdiff_t>(i--));
  }
  auto inv = parse(args, {"--district", "--format"});
  if (!inv.ok()) return fail(inv.error());
  if (file.empty()) return fail(invalid("FILE", "name the file to import"));
  long long district = 0;
  try {
    district = std::stoll(inv->extra["--district"]);
  } catch (...) {
  }
  if (district <= 0) return fail(invalid("--district", "is required: the district's id"));
  domain::ImportRequest request;
  request.districtId = district;
  request.format = inv->extra["--format"];
  if (request.format.empty()) return fail(invalid("--format", "is required: caaspp, csv or demographics"));
  request.fileName = std::filesystem::path(file).filename().string();

  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(invalid("FILE", "cannot open " + file));
  std::vector<char> buffer(1 << 20);
  in.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  std::error_code sizeError;
  auto size = std::filesystem::file_size(file, sizeError);
  request.bytesTotal = sizeError ? 0 : static_cast<long long>(size);

  auto opened = open(inv->config);
  if (!opened.ok()) return fail(opened.error());
  auto& store = *opened->store;
  auto job = domain::startImport(store, nullptr, request, nowSeconds());
  if (!job.ok()) return fail(job.error());

  domain::ImportProgress progress;
  progress.bytesTotal = request.bytesTotal;
  ImportMeter meter(progress);
  auto run = domain::runImport(store, district, job->id, in, progress, [&] { meter.update(); }, nowSeconds);
  meter.update(true);
  if (!run.ok()) return fail(run.error());
  const domain::ImportJob* done = &run->job;
  double seconds = meter.seconds();
  std::cout << fmt::format("import {} {}: {} rows read, {} imported, {} skipped, {} with errors in {:.1f} s "
                           "({:.0f} rows/s)\n",
                           done->id, done->status, done->rowsRead, done->rowsImported, done->rowsSkipped,
                           done->rowsFailed, seconds, seconds > 0 ? done->rowsRead / seconds : 0.0);
  if (done->status != "succeeded") std::cerr << "accord: the import failed: " << done->message << "\n";
  // The first errors here; all of them (up to the cap) through the API.
  constexpr std::size_t kShown = 20;
  for (std::size_t i = 0; i < run->errors.size() && i < kShown; ++i) {
    const auto& e = run->errors[i];
    std::cerr << fmt::format("  line {}{}: {}\n", e.line, e.column.empty() ? "" : ", " + e.column, e.reason);
  }
  if (run->errors.size() > kShown)
    std::cerr << fmt::format("  ... and {} more errors (GET /api/v1/districts/{}/imports/{}/errors)\n",
                             run->errors.size() - kShown, district, done->id);
  return done->status == "succeeded" ? 0 : 1;
}

int importDirectory(std::vector<std::string> args) {
  // FILE is the one argument that is not an option or an option's value.
  std::string file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i].rfind("--", 0) == 0) {
      if (args[i].find('=') == std::string::npos) ++i;
      continue;
    }
    if (!file.empty()) return fail(invalid("FILE", "name one file to import"));
    file = args[i];
    args.erase(args.begin() + static_cast<std::ptrdiff_t>(i--));
  }
  auto inv = parse(args, {});
  if (!inv.ok()) return fail(inv.error());
  if (file.empty()) return fail(invalid("FILE", "name the NCES district file to load"));
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(invalid("FILE", "cannot open " + file));
  auto opened = open(inv->config);
  if (!opened.ok()) return fail(opened.error());
  auto started = std::chrono::steady_clock::now();
  auto result = domain::importDirectory(*opened->store, nullptr, in, nowSeconds());
  if (!result.ok()) return fail(result.error());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const auto& r = *result;
  std::cout << fmt::format("directory ({} file): {} rows read, {} districts stored, {} rows with errors, "
                           "{} districts of this installation updated, in {:.1f} s\n",
                           r.report.layout, r.report.rowsRead, r.entries, r.report.rowsFailed, r.districtsUpdated,
                           seconds);
  for (const auto& e : r.report.errors)
    std::cerr << fmt::format("  line {}{}: {}\n", e.line, e.column.empty() ? "" : ", " + e.column, e.reason);
  return 0;
}

int handbook(const std::vector<std::string>& args) {
  auto inv = parse(args, {"--district", "--out", "--locale"});
  if (!inv.ok()) return fail(inv.error());
  std::string district = inv->extra["--district"];
  std::string out = inv->extra["--out"];
  std::string locale = inv->extra.count("--locale") ? inv->extra["--locale"] : "en";
  if (district.empty()) return fail(invalid("--district", "is required: the district's id or name"));
  if (out.empty()) return fail(invalid("--out", "is required: the file to write"));
  if (locale != "en" && locale != "es") return fail(invalid("--locale", "expected en or es"));
  auto opened = open(inv->config);
  if (!opened.ok()) return fail(opened.error());
  auto book = domain::exportHandbook(*opened->store, district, nowSeconds());
  if (!book.ok()) return fail(book.error());
  std::string html = domain::handbookHtml(*book, locale);
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  if (!file || !(file << html) || !file.flush()) return fail(invalid("--out", "cannot write " + out));
  std::cout << fmt::format("wrote the handbook of {} to {} ({} bytes)\n", book->district.name, out, html.size());
  return 0;
}

int notify(const std::vector<std::string>& args) {
  auto inv = parse(args, {});
  if (!inv.ok()) return fail(inv.error());
  const Config& config = inv->config;
  if (config.smtpUrl.empty()) return fail(invalid("--smtp-url", "email is off: name the mail server"));
  if (config.smtpFrom.empty()) return fail(invalid("--smtp-from", "is required: the address mail comes from"));
  Logger log(config.logLevel);
  auto opened = open(config);
  if (!opened.ok()) return fail(opened.error());
  mail::SmtpMailer mailer(config);
  auto run = domain::sendDigests(*opened->store, mailer, config.publicUrl, log, nowSeconds());
  if (!run.ok()) return fail(run.error());
  std::cout << fmt::format("digests: {} sent, {} failed (retried on the next run), {} with nothing waiting, "
                           "{} sent already\n",
                           run->sent, run->failed, run->empty, run->skipped);
  return run->failed ? 1 : 0;
}

int backup(const std::vector<std::string>& args) {
  auto inv = parse(args, {"--out"});
  if (!inv.ok()) return fail(inv.error());
  std::string out = inv->extra["--out"];
  if (out.empty()) return fail(invalid("--out", "is required: the backup file to write"));
  auto started = std::chrono::steady_clock::now();
  auto made = store::backupDatabase(inv->config.dbUrl, out);
  if (!made.ok()) return fail(made.error());
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  std::cout << fmt::format("backed up the {} database to {} ({} bytes in {} ms)\n", made->backend, out, made->bytes, ms);
  return 0;
}

int restore(const std::vector<std::string>& args) {
  auto inv = parse(args, {"--from"});
  if (!inv.ok()) return fail(inv.error());
  std::string from = inv->extra["--from"];
  if (from.empty()) return fail(invalid("--from", "is required: the backup file to restore"));
  auto restored = store::restoreDatabase(inv->config.dbUrl, from);
  if (!restored.ok()) return fail(restored.error());
  // A backup from an older Accord is brought up to date as any database is when it opens.
  auto opened = open(inv->config);
  if (!opened.ok()) return fail(opened.error());
  auto checks = domain::verifyEveryDecisionLog(*opened->store);
  if (!checks.ok()) return fail(checks.error());
  long long entries = 0;
  int broken = 0;
  for (const auto& c : *checks) {
    entries += c.check.entries;
    if (!c.check.ok) {
      ++broken;
      std::cerr << fmt::format("district {}: the decision log does not verify at entry {}: {}\n", c.districtId,
                               c.check.firstBadSeq.value_or(0), c.check.reason);
    }
  }
  std::cout << fmt::format("restored {} ({} migration(s) applied); decision logs: {} of {} district(s) verify, "
                           "{} entries\n",
                           from, opened->migrationsApplied, checks->size() - broken, checks->size(), entries);
  return broken ? 1 : 0;
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
  if (command == "import") return importFile(rest);
  if (command == "directory" && !rest.empty() && rest[0] == "import")
    return importDirectory(std::vector<std::string>(rest.begin() + 1, rest.end()));
  if (command == "handbook") return handbook(rest);
  if (command == "notify") return notify(rest);
  if (command == "backup") return backup(rest);
  if (command == "restore") return restore(rest);
  if (command == "user" && !rest.empty() && rest[0] == "add")
    return addUser(std::vector<std::string>(rest.begin() + 1, rest.end()));
  std::cerr << "accord: unknown command \"" << command << "\"\n\n" << kUsage << configHelp();
  return 2;
}

}  // namespace accord::app
