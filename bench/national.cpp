// Builds the national-scale benchmark data set (bench/national.sh) in a fresh database, on either backend:
//
//  - the national district directory: 13,300 districts, each also a district of the installation, written as
//    an NCES CCD directory file and loaded with the domain's importDirectory (which fills in their enrollment);
//  - 1,000 active partnerships, each with 20 people of both sides (a superintendent, a union president, a
//    board president, principals, site representatives, teachers), 5 joint bodies, ten years of weekly meetings
//    of its district committee with their agendas, 500 issues (every tenth worked through to a scored matrix and
//    a chosen solution), 200 decisions with every voting member's stance and so a chained decision log, 100
//    action items, joint communications, caucus notes of both sides, the audit log of all of it, 40 schools with
//    10 metrics × 15 years of outcomes, two years of climate surveys, and 100 published practices;
//  - the demo district (loadDemo, so the benchmark signs in as superintendent@demo.accord.example) grown the
//    same way, with a decision log of 100,000 entries.
//
// The demo and the directory import go through the use cases; the rest, millions of rows, is written as
// multi-row INSERTs of literal values on a connection of its own, in large transactions, by a thread that
// runs the statements while the main thread makes the next ones. The rows follow the rules the use cases
// keep (sides from the memberships, stances of voting members, tallies by the body's rule, the decision log
// chained and hashed exactly as appendToLog does, the practices' full-text index as the repository keeps it),
// and the decision logs are verified through the use case at the end.
//
//   accord_bench_national DATABASE_URL [PARTNERSHIPS [LOG_ENTRIES]]
//
// Prints the ids and words the benchmark requests need, the rows per table and the seconds taken, as shell
// variables on stdout; progress goes to stderr.
#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "common/calendar_date.hpp"
#include "common/clock.hpp"
#include "common/crypto.hpp"
#include "domain/account/account.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/body/body.hpp"
#include "domain/decision/decision_log.hpp"
#include "domain/decision/tally.hpp"
#include "domain/decision/use_cases.hpp"
#include "domain/demo/load_demo.hpp"
#include "domain/directory/use_cases.hpp"
#include "domain/meeting/meeting.hpp"
#include "domain/practice/use_cases.hpp"
#include "domain/survey/instrument.hpp"
#include "store/open_store.hpp"
#include "store/postgres/postgres_store.hpp"
#include "vocabulary.hpp"

namespace {

using namespace accord;
using bench::kVocabulary;
using bench::vocabulary;
using namespace accord::domain;

constexpr int kDirectoryDistricts = 13300;  // the demo and 13,299 more
constexpr int kPartnerships = 1000;
constexpr int kPeoplePerDistrict = 20;
constexpr int kSiteTeams = 4;  // and the district committee: 5 bodies
constexpr int kWeeksHeld = 520;  // ten years of weekly committee meetings, and a few weeks still ahead
constexpr int kWeeksAhead = 10;
constexpr int kAgendaItems = 2;
constexpr int kAttendedWeeks = 52;  // attendance is recorded for the last year of meetings
constexpr int kIssues = 500;
constexpr int kWorkedEvery = 10;
constexpr int kDecisions = 200;
constexpr int kActions = 100;
constexpr int kCommunications = 20;
constexpr int kCaucusNotesPerSide = 50;
constexpr int kSchools = 40;
constexpr int kFirstYear = 2011;
constexpr int kYears = 15;
constexpr int kPracticesPerDistrict = 100;
constexpr long long kLargeLogEntries = 100000;

constexpr int kRowsPerStatement = 500;
constexpr std::size_t kMaxStatementBytes = 1 << 20;
constexpr long long kFlushRows = 40000;    // buffered rows before they are sent
constexpr long long kCommitRows = 400000;  // rows per transaction
constexpr long long kDay = 86400;
constexpr long long kWeek = 7 * kDay;

using Clock = std::chrono::steady_clock;
const Clock::time_point kStarted = Clock::now();

double elapsed() { return std::chrono::duration<double>(Clock::now() - kStarted).count(); }

template <class... A>
void progress(fmt::format_string<A...> format, A&&... args) {
  std::fprintf(stderr, "[%6.1f s] %s\n", elapsed(), fmt::format(format, std::forward<A>(args)...).c_str());
}

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "accord_bench_national: %s\n", what.c_str());
  std::fflush(stderr);
  std::_Exit(1);
}

template <class T>
T must(Result<T> r, const char* what) {
  if (!r.ok()) die(fmt::format("{}: {} ({})", what, r.error().message, r.error().field));
  return std::move(*r);
}

// --- SQL literals ---------------------------------------------------------------------------------------------

struct Null {};

void put(std::string& out, Null) { out += "NULL"; }
void put(std::string& out, bool) = delete;  // columns hold 0 or 1: convert explicitly
template <class T>
  requires std::is_integral_v<T>
void put(std::string& out, T v) {
  fmt::format_to(std::back_inserter(out), "{}", static_cast<long long>(v));
}
void put(std::string& out, double v) { fmt::format_to(std::back_inserter(out), "{}", v); }
void put(std::string& out, std::string_view s) {
  out += '\'';
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
}
void put(std::string& out, const std::string& s) { put(out, std::string_view(s)); }
void put(std::string& out, const char* s) { put(out, std::string_view(s)); }
template <class T>
void put(std::string& out, const std::optional<T>& v) {
  if (v) put(out, *v);
  else out += "NULL";
}

// --- the writer: a connection of its own and a thread that runs the statements in order ----------------------

class Writer;

// One table's rows, buffered as multi-row INSERT statements until the writer sends them.
class Table {
 public:
  Table(std::string name, std::string columns)
      : name_(std::move(name)), head_(fmt::format("INSERT INTO {} ({}) VALUES ", name_, columns)) {}

  template <class... V>
  void row(const V&... values) {
    buf_ += rowsInBuf_ ? ",(" : "(";
    int i = 0;
    ((buf_ += (i++ ? "," : ""), put(buf_, values)), ...);
    buf_ += ')';
    ++buffered_;
    ++written_;
    if (++rowsInBuf_ == kRowsPerStatement || buf_.size() > kMaxStatementBytes) seal();
  }

  std::vector<std::string> take() {
    seal();
    buffered_ = 0;
    return std::move(statements_);
  }
  const std::string& name() const { return name_; }
  long long buffered() const { return buffered_; }
  long long written() const { return written_; }

 private:
  void seal() {
    if (!rowsInBuf_) return;
    statements_.push_back(head_ + buf_);
    buf_.clear();
    rowsInBuf_ = 0;
  }
  std::string name_, head_, buf_;
  int rowsInBuf_ = 0;
  long long buffered_ = 0, written_ = 0;
  std::vector<std::string> statements_;
};

class Writer {
 public:
  explicit Writer(const std::string& url) {
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
      pg_ = PQconnectdb(store::postgresConninfo(url).c_str());
      if (PQstatus(pg_) != CONNECTION_OK) die(std::string("connect: ") + PQerrorMessage(pg_));
      execute("SET client_min_messages = warning");
      // Nothing here needs to survive a crash: the data set is built again.
      execute("SET synchronous_commit = off");
    } else {
      std::string path = url.rfind("sqlite://", 0) == 0 ? url.substr(9) : url.substr(7);
      if (sqlite3_open_v2(path.c_str(), &lite_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        die(std::string("open: ") + sqlite3_errmsg(lite_));
      sqlite3_busy_timeout(lite_, 10000);
      execute("PRAGMA foreign_keys = ON");  // as the server has it: every row is checked
      execute("PRAGMA synchronous = OFF");
      execute("PRAGMA cache_size = -524288");  // 512 MiB: the indexes of the large tables stay in memory
      execute("PRAGMA temp_store = MEMORY");
    }
    thread_ = std::thread([this] { run(); });
  }

  ~Writer() {
    sync();
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
    if (pg_) PQfinish(pg_);
    if (lite_) sqlite3_close(lite_);
  }

  bool postgres() const { return pg_ != nullptr; }

  // Tables are sent in the order they were added: parents before the tables that refer to them.
  Table& table(const char* name, const char* columns) {
    tables_.emplace_back(name, columns);
    return tables_.back();
  }

  void maybeFlush() {
    long long buffered = 0;
    for (const auto& t : tables_) buffered += t.buffered();
    if (buffered >= kFlushRows) flush();
  }

  void flush() {
    for (auto& t : tables_) {
      long long rows = t.buffered();
      auto statements = t.take();
      for (auto& s : statements) enqueue(std::move(s));
      sinceCommit_ += rows;
    }
    if (sinceCommit_ >= kCommitRows) commit();
  }

  // Everything sent and committed.
  void sync() {
    flush();
    commit();
    std::unique_lock lock(mutex_);
    done_.wait(lock, [&] { return queue_.empty() && !busy_; });
  }

  // After sync(): a statement run at once, outside any transaction of the writer's.
  void now(const std::string& sql) {
    sync();
    execute(sql);
  }

  long long queryInt(const std::string& sql) {
    sync();
    long long value = 0;
    if (pg_) {
      PGresult* r = PQexec(pg_, sql.c_str());
      if (PQresultStatus(r) != PGRES_TUPLES_OK) die(fmt::format("{}: {}", sql, PQerrorMessage(pg_)));
      if (PQntuples(r) > 0 && !PQgetisnull(r, 0, 0)) value = std::atoll(PQgetvalue(r, 0, 0));
      PQclear(r);
    } else {
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(lite_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
        die(fmt::format("{}: {}", sql, sqlite3_errmsg(lite_)));
      if (sqlite3_step(st) == SQLITE_ROW) value = sqlite3_column_int64(st, 0);
      sqlite3_finalize(st);
    }
    return value;
  }

  long long written() const {
    long long n = 0;
    for (const auto& t : tables_) n += t.written();
    return n;
  }
  const std::deque<Table>& tables() const { return tables_; }

 private:
  void commit() {
    if (!inTransaction_) return;
    enqueue("COMMIT");
    inTransaction_ = false;
    sinceCommit_ = 0;
  }

  void enqueue(std::string sql) {
    if (!inTransaction_ && sql != "COMMIT") {
      inTransaction_ = true;
      push("BEGIN");
    }
    push(std::move(sql));
  }

  void push(std::string sql) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return queue_.size() < 64; });
    queue_.push_back(std::move(sql));
    wake_.notify_one();
  }

  void run() {
    for (;;) {
      std::string sql;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        sql = std::move(queue_.front());
        queue_.pop_front();
        busy_ = true;
        room_.notify_one();
      }
      execute(sql);
      {
        std::lock_guard lock(mutex_);
        busy_ = false;
      }
      done_.notify_all();
    }
  }

  void execute(const std::string& sql) {
    if (pg_) {
      PGresult* r = PQexec(pg_, sql.c_str());
      auto status = PQresultStatus(r);
      if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        die(fmt::format("{} …: {}", sql.substr(0, 300), PQerrorMessage(pg_)));
      PQclear(r);
    } else {
      char* error = nullptr;
      if (sqlite3_exec(lite_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK)
        die(fmt::format("{} …: {}", sql.substr(0, 300), error ? error : "?"));
    }
  }

  PGconn* pg_ = nullptr;
  sqlite3* lite_ = nullptr;
  std::deque<Table> tables_;
  long long sinceCommit_ = 0;
  bool inTransaction_ = false;
  std::mutex mutex_;
  std::condition_variable wake_, room_, done_;
  std::deque<std::string> queue_;
  bool busy_ = false, stopping_ = false;
  std::thread thread_;
};

// --- the people and bodies of a district ----------------------------------------------------------------------

struct Person {
  long long id = 0;
  std::string side;  // labor, management, neutral
  std::string role;
  std::string name;
  std::string school;  // the site a principal, site representative or teacher works at; empty otherwise
};

struct BodyPlan {
  long long id = 0;
  std::string name;
  DecisionRule rule;
  long long laborChair = 0, managementChair = 0;
  std::vector<Voter> voters;  // every member, in the order they were seated
};

struct DistrictPlan {
  long long id = 0;
  int number = 0;  // 0 for the large district
  bool large = false;
  std::vector<Person> people;
  long long superintendent = 0, unionPresident = 0;
  std::vector<BodyPlan> bodies;  // the district committee first
  // Where the district's decision log ends before the builder adds to it (the demo's has entries).
  long long logSeq = 0;
  std::string logHash = kGenesisHash;
};

struct AuditRow {
  long long actor = 0;
  UnixSeconds at = 0;
  std::string action, subjectType;
  long long subjectId = 0;
  std::string details;
};

std::string schoolName(int s) { return fmt::format("School {:02}", s + 1); }

struct State {
  const char* code;
  int fips;
};
constexpr State kStates[] = {
    {"AL", 1},  {"AK", 2},  {"AZ", 4},  {"AR", 5},  {"CA", 6},  {"CO", 8},  {"CT", 9},  {"DE", 10}, {"FL", 12},
    {"GA", 13}, {"HI", 15}, {"ID", 16}, {"IL", 17}, {"IN", 18}, {"IA", 19}, {"KS", 20}, {"KY", 21}, {"LA", 22},
    {"ME", 23}, {"MD", 24}, {"MA", 25}, {"MI", 26}, {"MN", 27}, {"MS", 28}, {"MO", 29}, {"MT", 30}, {"NE", 31},
    {"NV", 32}, {"NH", 33}, {"NJ", 34}, {"NM", 35}, {"NY", 36}, {"NC", 37}, {"ND", 38}, {"OH", 39}, {"OK", 40},
    {"OR", 41}, {"PA", 42}, {"RI", 44}, {"SC", 45}, {"SD", 46}, {"TN", 47}, {"TX", 48}, {"UT", 49}, {"VT", 50},
    {"VA", 51}, {"WA", 53}, {"WV", 54}, {"WI", 55}, {"WY", 56}};
constexpr int kStateCount = sizeof(kStates) / sizeof(kStates[0]);

// --- the builder ----------------------------------------------------------------------------------------------

class Builder {
 public:
  Builder(Writer& w, UnixSeconds now) : w_(w), now_(now), first_(now - kWeeksHeld * kWeek) {
    districts_ = &w.table("districts",
                          "id, name, state, nces_id, enrollment, low_income_pct, english_learners_pct, minority_pct, "
                          "created_at");
    users_ = &w.table("users", "id, email, name, locale, is_admin, password_hash, created_at");
    memberships_ = &w.table("memberships", "district_id, user_id, side, role, created_at");
    bodies_ = &w.table("bodies",
                       "id, district_id, name, level, school, labor_seats, management_seats, rule_kind, "
                       "quorum_per_side, supermajority_k, supermajority_n, fallback, labor_co_chair_id, "
                       "management_co_chair_id, charter_review_due, created_at");
    members_ = &w.table("body_members", "body_id, user_id, side, seat, created_at");
    series_ = &w.table("meeting_series",
                       "id, district_id, body_id, title, start_local, time_zone, duration_minutes, location, "
                       "frequency, until_date, occurrence_count, created_by, created_at");
    meetings_ = &w.table("meetings",
                         "id, district_id, body_id, series_id, occurrence_date, minutes, labor_approved_by, "
                         "management_approved_by, created_at");
    issues_ = &w.table("issues",
                       "id, district_id, body_id, raised_by, title, description, confidential, refs, step, "
                       "step_note, solution_option_id, solution_text, decision_id, created_at, updated_at");
    items_ = &w.table("issue_items", "id, issue_id, kind, text, tag, weight, author_id, created_at");
    scores_ = &w.table("issue_scores", "issue_id, option_id, criterion_id, score, scored_by, scored_at");
    decisions_ = &w.table("decisions",
                          "id, district_id, body_id, issue_id, confidential, title, text, proposed_by, status, "
                          "deadline, articles, metrics, effective_at, review_at, participation, fallback, "
                          "created_at, closed_at");
    stances_ = &w.table("decision_stances", "decision_id, user_id, side, stance, vote, reason, at");
    log_ = &w.table("decision_log", "district_id, seq, decision_id, entry, prev_hash, hash");
    agenda_ = &w.table("agenda_items",
                       "meeting_id, position, title, issue_id, decision_id, action_id, time_box_minutes, "
                       "proposed_by, outcome, carried_from_id, created_at");
    attendance_ = &w.table("meeting_attendance", "meeting_id, user_id, status");
    actions_ = &w.table("action_items",
                        "id, district_id, body_id, meeting_id, issue_id, decision_id, title, owner_id, due_date, "
                        "status, created_by, created_at, updated_at");
    communications_ = &w.table("communications",
                               "id, district_id, body_id, title, text, status, created_by, created_at, updated_at, "
                               "published_at");
    signatures_ = &w.table("communication_signatures", "communication_id, user_id, side, signed_at");
    reads_ = &w.table("communication_reads", "communication_id, user_id, read_at");
    caucus_ = &w.table("caucus_notes",
                       "district_id, body_id, side, author_id, subject_type, subject_id, text, created_at");
    audit_ = &w.table("audit_log", "district_id, actor_id, at, action, subject_type, subject_id, details");
    schools_ = &w.table("schools", "id, district_id, name, state_code, level, created_at, updated_at");
    metrics_ = &w.table("metrics", "id, district_id, key, name_en, name_es, unit, higher_is_better, created_at");
    values_ = &w.table("metric_values",
                       "district_id, metric_id, year, scope, school_id, student_group, value, n, source, import_id, "
                       "updated_at");
    windows_ = &w.table("survey_windows",
                        "id, district_id, year, climate, network, opens_on, closes_on, closed_early, min_group_size, "
                        "schools, instrument, created_by, created_at");
    participation_ = &w.table("climate_participation", "window_id, user_id");
    responses_ = &w.table("climate_responses", "id, window_id, school, side");
    answers_ = &w.table("climate_answers", "response_id, item, value");
    practices_ = &w.table("practices",
                          "id, district_id, decision_id, title, summary, body, problem, contact, tags, state, "
                          "is_public, labor_signoff_by, labor_signoff_at, management_signoff_by, "
                          "management_signoff_at, created_by, created_at, updated_at, published_at");
    practiceTags_ = &w.table("practice_tags", "practice_id, tag");
    // SQLite keeps the words in an FTS5 table beside the practice, as SqlPractices::writeDetails does;
    // PostgreSQL computes its generated tsvector column on insert.
    if (!w.postgres()) search_ = &w.table("practice_search", "rowid, title, summary, body, problem, tags");

    for (const char* t : {"users", "districts", "bodies", "meeting_series", "meetings", "issues", "issue_items",
                          "decisions", "action_items", "communications", "schools", "metrics", "survey_windows",
                          "practices"})
      next_[t] = w.queryInt(fmt::format("SELECT COALESCE(MAX(id), 0) FROM {}", t)) + 1;
    for (const char* key : {"ela_met", "math_met", "graduation_rate", "chronic_absence", "teacher_retention",
                            "grievances_filed"})
      builtinMetrics_.push_back(
          w.queryInt(fmt::format("SELECT id FROM metrics WHERE district_id IS NULL AND key = '{}'", key)));

    // Every committee meets weekly on the same days: the occurrences are the same for all.
    committeeSeries_.start = isoDateOf(first_) + "T15:30";
    committeeSeries_.frequency = "weekly";
    committeeSeries_.until = isoDateOf(first_ + (kWeeksHeld + kWeeksAhead) * kWeek);
    for (const auto& day : committeeSeries_.occurrences()) {
      std::string date = formatDate(day);
      if (date >= isoDateOf(now_)) break;
      meetingDates_.push_back(date);
    }
    if (static_cast<int>(meetingDates_.size()) > kWeeksHeld) meetingDates_.resize(kWeeksHeld);
    for (const auto& area : defaultInstrument().areas)
      for (const auto& item : area.items) surveyItems_.push_back(item.key);
    instrument_ = instrumentJson(defaultInstrument()).dump();
    words_ = vocabulary();
    passwordHash_ = crypto::hashPassword(kDemoPassword);
    currentYear_ = std::stoi(isoDateOf(now_).substr(0, 4));
  }

  long long nextId(const char* table) { return next_[table]++; }
  const std::string& word(int i) const { return words_[i]; }

  // The directory's districts; the first `partnerships` of them become partnerships.
  std::vector<long long> addDistricts(int count) {
    std::vector<long long> ids;
    for (int n = 1; n <= count; ++n) {
      const State& st = kStates[n % kStateCount];
      long long id = nextId("districts");
      double lowIncome = 15.0 + (n * 37 % 700) / 10.0;
      double learners = 2.0 + (n * 13 % 300) / 10.0;
      double minority = 10.0 + (n * 53 % 850) / 10.0;
      // The enrollment is left to the directory import, which writes it into the district with the NCES id.
      districts_->row(id, districtName(n), st.code, ncesId(n), Null{}, lowIncome, learners, minority, now_);
      ids.push_back(id);
    }
    w_.flush();
    return ids;
  }

  static std::string districtName(int n) { return fmt::format("Bench District {:05} ({})", n, kStates[n % kStateCount].code); }
  static std::string ncesId(int n) { return fmt::format("{:02}{:05}", kStates[n % kStateCount].fips, n); }
  // Log-uniform from about 200 to 300,000 students.
  static long long enrollmentOf(int n) {
    double f = std::fmod(n * 0.6180339887, 1.0);
    return std::llround(std::pow(10.0, 2.3 + 3.2 * f));
  }

  // The NCES CCD directory file (ccd_lea_029 layout) for the demo district and the other districts.
  std::string ccdFile(int count, const std::string& demoNces) const {
    std::string out = "SCHOOL_YEAR,FIPST,STATENAME,ST,LEA_NAME,LEAID,ST_LEAID,LEA_TYPE,MEMBER\n";
    out += fmt::format("2023-2024,06,CALIFORNIA,CA,\"{}\",{},CA-1964212,1,20000\n", kDemoDistrictName, demoNces);
    for (int n = 1; n <= count; ++n) {
      const State& st = kStates[n % kStateCount];
      out += fmt::format("2023-2024,{:02},STATE,{},{},{},{}-{:05},1,{}\n", st.fips, st.code, districtName(n),
                         ncesId(n), st.code, n, enrollmentOf(n));
    }
    return out;
  }

  // Twenty people of both sides, with accounts, and the five bodies they sit on.
  DistrictPlan newPartnership(long long districtId, int number) {
    DistrictPlan d;
    d.id = districtId;
    d.number = number;
    struct Role {
      const char* role;
      const char* side;
      const char* title;
      int count;
    };
    static const Role kRoles[] = {{"superintendent", "management", "Superintendent", 1},
                                  {"union_president", "labor", "Union President", 1},
                                  {"board_president", "management", "Board President", 1},
                                  {"cabinet", "management", "Deputy Superintendent", 1},
                                  {"union_officer", "labor", "Union Vice President", 1},
                                  {"principal", "management", "Principal", kSiteTeams},
                                  {"site_rep", "labor", "Site Representative", kSiteTeams},
                                  {"teacher", "labor", "Teacher", 7}};
    for (const Role& r : kRoles)
      for (int k = 0; k < r.count; ++k) {
        Person p;
        p.id = nextId("users");
        p.side = r.side;
        p.role = r.role;
        p.name = r.count > 1 ? fmt::format("{} {} of District {:05}", r.title, k + 1, number)
                             : fmt::format("{} of District {:05}", r.title, number);
        std::string slug = r.count > 1 ? fmt::format("{}{}", r.role, k + 1) : std::string(r.role);
        std::replace(slug.begin(), slug.end(), '_', '.');
        std::string_view role = r.role;
        if (role == "principal" || role == "site_rep" || role == "teacher") p.school = schoolName(k % kSiteTeams);
        addAccount(d.id, p, fmt::format("{}@d{:05}.bench.accord.example", slug, number));
        d.people.push_back(p);
      }
    d.superintendent = d.people[0].id;
    d.unionPresident = d.people[1].id;
    // The district committee: three of each side; the superintendent and the union president co-chair it.
    BodyPlan committee = newBody(d, "District Labor-Management Committee", "district", "", 4, 4, 2,
                                 {&d.people[0], &d.people[2], &d.people[3], &d.people[1], &d.people[4], &d.people[9]},
                                 d.people[1].id, d.people[0].id);
    d.bodies.push_back(committee);
    addSiteTeams(d, [&](int k) { return std::array<Person*, 3>{&d.people[5 + k], &d.people[9 + k], &d.people[13 + k]}; });
    return d;
  }

  // The demo district, as loadDemo left it (its people and its committee), given the rest of a partnership:
  // a principal, a site representative and a teacher for each of four site teams.
  DistrictPlan largeDistrict(long long districtId, std::vector<Person> demoPeople, BodyPlan committee) {
    DistrictPlan d;
    d.id = districtId;
    d.large = true;
    d.people = std::move(demoPeople);
    for (const auto& p : d.people) {
      if (p.role == "superintendent") d.superintendent = p.id;
      if (p.role == "union_president") d.unionPresident = p.id;
    }
    std::vector<std::size_t> principals, reps, teachers;
    for (std::size_t i = 0; i < d.people.size(); ++i) {
      if (d.people[i].role == "principal") principals.push_back(i);
      if (d.people[i].role == "site_rep") reps.push_back(i);
    }
    auto add = [&](const char* role, const char* side, const char* title, int k) {
      Person p;
      p.id = nextId("users");
      p.side = side;
      p.role = role;
      p.name = fmt::format("{} {} (large district)", title, k + 1);
      std::string slug = fmt::format("{}{}", role, k + 1);
      std::replace(slug.begin(), slug.end(), '_', '.');
      addAccount(d.id, p, fmt::format("{}@large.bench.accord.example", slug));
      d.people.push_back(p);
      return d.people.size() - 1;
    };
    while (principals.size() < kSiteTeams) principals.push_back(add("principal", "management", "Principal", principals.size()));
    while (reps.size() < kSiteTeams) reps.push_back(add("site_rep", "labor", "Site Representative", reps.size()));
    while (teachers.size() < kSiteTeams) teachers.push_back(add("teacher", "labor", "Teacher", teachers.size()));
    for (int k = 0; k < kSiteTeams; ++k)
      for (std::size_t i : {principals[k], reps[k], teachers[k]}) d.people[i].school = schoolName(k);
    d.bodies.push_back(std::move(committee));
    addSiteTeams(d, [&](int k) {
      return std::array<Person*, 3>{&d.people[principals[k]], &d.people[reps[k]], &d.people[teachers[k]]};
    });
    return d;
  }

  // Everything a partnership holds; `closedDecisions` decisions closed (0: the usual 200 proposals).
  struct Sample {
    long long issue = 0, interestIssue = 0, decision = 0, openDecision = 0, meeting = 0, body = 0, practice = 0;
  };
  Sample fill(const DistrictPlan& d, long long closedDecisions) {
    Sample sample;
    sample.body = d.bodies[0].id;
    std::vector<AuditRow> audit;
    addMeetings(d, sample);
    IssuePlan issues = addIssues(d, audit, sample);
    addDecisions(d, issues, audit, sample, closedDecisions);
    addActions(d, audit);
    addCommunications(d, audit);
    addCaucusNotes(d, issues, sample);
    std::stable_sort(audit.begin(), audit.end(), [](const AuditRow& a, const AuditRow& b) { return a.at < b.at; });
    for (const auto& a : audit) audit_->row(d.id, a.actor, a.at, a.action, a.subjectType, a.subjectId, a.details);
    addOutcomes(d);
    addSurveys(d);
    if (!d.large) sample.practice = addPractices(d);
    w_.maybeFlush();
    return sample;
  }

 private:
  void addAccount(long long districtId, const Person& p, const std::string& email) {
    users_->row(p.id, email, p.name, "en", 0, passwordHash_, now_ - 11 * 365 * kDay);
    memberships_->row(districtId, p.id, p.side, p.role, now_ - 11 * 365 * kDay);
  }

  BodyPlan newBody(const DistrictPlan& d, std::string name, const char* level, const std::string& school, int laborSeats,
                   int managementSeats, int quorum, std::vector<const Person*> members, long long laborChair,
                   long long managementChair) {
    BodyPlan b;
    b.id = nextId("bodies");
    b.name = std::move(name);
    b.rule.kind = "consensus";
    b.rule.quorumPerSide = quorum;
    b.rule.fallback =
        "The co-chairs meet within a week to find a solution both sides can support; until then, current "
        "practice continues.";
    b.laborChair = laborChair;
    b.managementChair = managementChair;
    UnixSeconds created = now_ - 11 * 365 * kDay;
    bodies_->row(b.id, d.id, b.name, level, school.empty() ? std::optional<std::string>() : school, laborSeats,
                 managementSeats, b.rule.kind, quorum, 0, 0, b.rule.fallback, laborChair, managementChair, 0, created);
    for (const Person* p : members) {
      members_->row(b.id, p->id, p->side, "member", created);
      b.voters.push_back({p->id, p->side});
    }
    return b;
  }

  template <class Pick>
  void addSiteTeams(DistrictPlan& d, Pick pick) {
    for (int k = 0; k < kSiteTeams; ++k) {
      auto [principal, rep, teacher] = pick(k);
      d.bodies.push_back(newBody(d, fmt::format("{} Site Team", schoolName(k)), "site", schoolName(k), 2, 2, 1,
                                 {principal, rep, teacher}, rep->id, principal->id));
    }
  }

  // A weekly series for every body; the district committee's has ten years of meetings behind it.
  void addMeetings(const DistrictPlan& d, Sample& sample) {
    const BodyPlan& committee = d.bodies[0];
    for (std::size_t b = 0; b < d.bodies.size(); ++b) {
      long long series = nextId("meeting_series");
      bool isCommittee = b == 0;
      std::string start =
          isCommittee ? committeeSeries_.start : isoDateOf(now_ + static_cast<long long>(b + 1) * kDay) + "T16:00";
      std::string until = isCommittee ? *committeeSeries_.until : isoDateOf(now_ + 365 * kDay);
      series_->row(series, d.id, d.bodies[b].id, isCommittee ? "Weekly committee meeting" : "Site team meeting",
                   start, kDefaultTimeZone, 90, isCommittee ? "District office, board room" : "School library",
                   "weekly", until, Null{}, d.bodies[b].managementChair, first_ - kWeek);
      if (!isCommittee) continue;
      for (std::size_t week = 0; week < meetingDates_.size(); ++week) {
        long long meeting = nextId("meetings");
        const std::string& date = meetingDates_[week];
        UnixSeconds held = first_ + static_cast<long long>(week) * kWeek;
        meetings_->row(meeting, d.id, committee.id, series, date,
                       fmt::format("Minutes of {}: the committee reviewed its open issues and proposals.", date),
                       committee.laborChair, committee.managementChair, held - 3 * kDay);
        meetingIds_.push_back(meeting);
        sample.meeting = meeting;
      }
    }
  }

  struct IssuePlan {
    long long firstId = 0;
    std::vector<int> body;  // index into the district's bodies
    std::vector<char> confidential;
    long long committeeIssue = 0;  // a worked, open-to-all issue of the committee
  };

  static int issueBody(int i) { return (i + i / 10) % (kSiteTeams + 1); }
  // One proposal in twenty of the usual 200 is open, all of them in the district committee; the large
  // district's further proposals are all closed.
  static bool decisionOpen(long long j) { return j < kDecisions && j % 20 == 10; }
  static bool decisionRefused(long long j) { return j % 25 == 7; }

  IssuePlan addIssues(const DistrictPlan& d, std::vector<AuditRow>& audit, Sample& sample) {
    IssuePlan plan;
    plan.firstId = next_["issues"];
    long long firstDecision = next_["decisions"];
    long long span = kWeeksHeld * kWeek;
    for (int i = 0; i < kIssues; ++i) {
      long long id = nextId("issues");
      int b = issueBody(i);
      const BodyPlan& body = d.bodies[b];
      bool confidential = i % 50 == 30;
      bool worked = i % kWorkedEvery == 0;
      plan.body.push_back(b);
      plan.confidential.push_back(confidential);
      UnixSeconds created = first_ + span * i / kIssues + 9 * 3600;
      long long raisedBy = i % 2 ? body.laborChair : body.managementChair;
      std::string step = "focus", note;
      std::optional<long long> solution, decision;
      std::string solutionText;
      if (worked) {
        long long j = i / kWorkedEvery;  // the decision proposed on it
        bool adopted = !decisionOpen(j) && !decisionRefused(j);
        step = adopted ? "agreement" : "solution";
        if (adopted) decision = firstDecision + j;
        solutionText = "A common planning period for every grade-level team.";
        long long author = body.laborChair;
        for (const char* tag : {"labor", "management", "shared"})
          items_->row(nextId("issue_items"), id, "interest",
                      fmt::format("{} interest in planning time", tag), tag, 0, author, created + kDay);
        long long options[3];
        int k = 0;
        for (const char* text : {"Common planning period", "Early release Wednesdays", "Summer planning days"}) {
          options[k++] = nextId("issue_items");
          items_->row(options[k - 1], id, "option", text, "", 0, author, created + 2 * kDay);
        }
        long long criteria[2];
        criteria[0] = nextId("issue_items");
        items_->row(criteria[0], id, "criterion", "Cost", "", 3, author, created + 3 * kDay);
        criteria[1] = nextId("issue_items");
        items_->row(criteria[1], id, "criterion", "Time for students", "", 5, author, created + 3 * kDay);
        int score = 1;
        for (long long o : options)
          for (long long c : criteria) scores_->row(id, o, c, (score++ % 5) + 1, author, created + 4 * kDay);
        solution = options[0];
        if (b == 0 && !confidential && !plan.committeeIssue) plan.committeeIssue = id;
      } else if (i % 3 == 1) {
        step = "interests";
        items_->row(nextId("issue_items"), id, "interest", "Time to plan with a mentor", "shared", 0, raisedBy,
                    created + kDay);
        items_->row(nextId("issue_items"), id, "interest", "Keep instructional minutes whole", "management", 0,
                    body.managementChair, created + kDay);
        if (b == 0 && !confidential && !sample.interestIssue) sample.interestIssue = id;
      } else if (i % 7 == 2) {
        step = "withdrawn";
        note = "Settled at the site before the committee met.";
      }
      static const char* kTopics[] = {"Planning time for teachers", "Class sizes in grades 3 to 5",
                                      "Substitute coverage", "Professional development days",
                                      "Safety on the playground", "Parent conference schedule"};
      issues_->row(id, d.id, body.id, raisedBy, fmt::format("{}, case {}", kTopics[i % 6], i),
                   "Teachers and principals raised it at the site team; the committee takes it up.",
                   confidential ? 1 : 0, R"(["Article 12.3"])", step, note, solution, solutionText, decision, created,
                   created + 30 * kDay);
      audit.push_back({raisedBy, created, "issue.raise", "issue", id,
                       nlohmann::json{{"body_id", body.id}, {"confidential", confidential}}.dump()});
    }
    sample.issue = plan.committeeIssue;
    return plan;
  }

  void addDecisions(const DistrictPlan& d, const IssuePlan& issues, std::vector<AuditRow>& audit, Sample& sample,
                    long long closedWanted) {
    long long total = kDecisions;
    if (closedWanted > 0) {  // enough proposals that `closedWanted` of them are closed
      total = 0;
      for (long long closed = 0; closed < closedWanted; ++total)
        if (!decisionOpen(total)) ++closed;
    }
    long long span = kWeeksHeld * kWeek;
    std::string prevHash = d.logHash;
    long long seq = d.logSeq;
    const std::vector<std::string> articles = {"Article 12.3"}, metrics = {"teacher_retention"};
    for (long long j = 0; j < total; ++j) {
      long long id = nextId("decisions");
      std::optional<long long> issue;
      int b = static_cast<int>(j % (kSiteTeams + 1));
      bool confidential = false;
      if (j < kIssues / kWorkedEvery) {
        int i = static_cast<int>(j) * kWorkedEvery;
        issue = issues.firstId + i;
        b = issues.body[i];
        confidential = issues.confidential[i];
      }
      const BodyPlan& body = d.bodies[b];
      bool open = decisionOpen(j);
      std::string status = open ? "open" : decisionRefused(j) ? "no_consent" : "adopted";
      UnixSeconds created = open ? now_ - 2 * kDay + j : first_ + span * j / total + 10 * 3600;
      UnixSeconds deadline = open ? now_ + 60 * kDay : created + 30 * kDay;
      std::optional<UnixSeconds> closed, effective, review;
      if (!open) closed = created + 7 * kDay;
      if (status == "adopted") {
        effective = *closed + 14 * kDay;
        review = *closed + 365 * kDay;
      }
      std::string fallback = status == "no_consent" ? body.rule.fallback : "";
      long long proposer = j % 2 ? body.laborChair : body.managementChair;
      std::string title = fmt::format("Adopt the planning-time agreement, part {}", j);
      std::string text = "Each grade-level team gets a common planning period every week.";
      decisions_->row(id, d.id, body.id, issue, confidential ? 1 : 0, title, text, proposer, status, deadline,
                      R"(["Article 12.3"])", R"(["teacher_retention"])", effective, review, "joint", fallback, created,
                      closed);
      audit.push_back({proposer, created, "decision.propose", "decision", id,
                       nlohmann::json{{"body_id", body.id},
                                      {"issue_id", issue ? nlohmann::json(*issue) : nlohmann::json(nullptr)}}
                           .dump()});
      if (open) {
        if (b == 0 && !sample.openDecision) sample.openDecision = id;
        continue;
      }
      // Every voting member takes a stance; when there is no consent, the last labor member blocks.
      std::vector<CastStance> cast;
      std::size_t blocker = body.voters.size();
      if (status == "no_consent")
        for (std::size_t v = 0; v < body.voters.size(); ++v)
          if (body.voters[v].side == "labor") blocker = v;
      for (std::size_t v = 0; v < body.voters.size(); ++v) {
        std::string stance = v == blocker ? "block" : "agree";
        stances_->row(id, body.voters[v].userId, body.voters[v].side, stance, Null{}, "Discussed in the team.",
                      created + static_cast<long long>(v + 1) * 3600);
        cast.push_back({body.voters[v].userId, stance, std::nullopt});
      }
      Tally tally = tallyStances(body.rule, body.voters, cast);
      if (!tally.complete || tally.adopted != (status == "adopted"))
        die(fmt::format("decision {}: the tally does not give {}", id, status));
      // The entry exactly as appendToLog writes it.
      ++seq;
      auto side = [](const SideTally& s) {
        return nlohmann::json{
            {"agree", s.agree}, {"stand_aside", s.standAside}, {"block", s.block}, {"abstain", s.abstain}};
      };
      auto orNull = [](const auto& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
      nlohmann::json entry = {{"seq", seq},
                              {"district_id", d.id},
                              {"decision_id", id},
                              {"body_id", body.id},
                              {"issue_id", orNull(issue)},
                              {"outcome", status},
                              {"rule", body.rule.kind},
                              {"confidential", confidential},
                              {"articles", articles},
                              {"metrics", metrics},
                              {"effective_at", orNull(effective)},
                              {"review_at", orNull(review)},
                              {"participation", "joint"},
                              {"closed_at", orNull(closed)},
                              {"labor", side(tally.labor)},
                              {"management", side(tally.management)}};
      entry["title"] = title;
      entry["text"] = text;
      if (status == "no_consent") entry["fallback"] = fallback;
      if (confidential) {
        entry["sealed"] = true;
        entry["salt"] = crypto::randomHex(16);
      }
      std::string canonical = canonicalJson(entry);
      std::string hash = confidential ? sealedChainHash(prevHash, canonical) : chainHash(prevHash, canonical);
      log_->row(d.id, seq, id, canonical, prevHash, hash);
      prevHash = hash;
      nlohmann::json details = {{"labor_agree", tally.labor.agree},
                                {"management_agree", tally.management.agree},
                                {"deadline_passed", false}};
      if (confidential) {
        details["confidential"] = true;
        details["body_id"] = body.id;
      }
      audit.push_back({body.voters.back().userId, *closed, "decision." + status, "decision", id, details.dump()});
      if (b == 0 && !confidential && !sample.decision) sample.decision = id;
      if (j % 2000 == 1999) w_.maybeFlush();
    }
    logEntries_ = seq;
  }

  void addActions(const DistrictPlan& d, std::vector<AuditRow>& audit) {
    long long span = kWeeksHeld * kWeek;
    for (int k = 0; k < kActions; ++k) {
      long long id = nextId("action_items");
      const Person& owner = d.people[k % d.people.size()];
      long long body = d.bodies[k % d.bodies.size()].id;
      std::string due, status;
      UnixSeconds created;
      if (k < 60) {  // done, years ago
        created = first_ + span * k / 60;
        due = isoDateOf(created + 21 * kDay);
        status = "done";
      } else if (k < 85) {  // due in the weeks ahead
        created = now_ - 30 * kDay + k * 3600;
        due = isoDateOf(now_ + (k - 59) * kWeek);
        status = k % 2 ? "in_progress" : "open";
      } else {  // overdue
        created = now_ - 60 * kDay + k * 3600;
        due = isoDateOf(now_ - (k - 84) * 3 * kDay);
        status = "open";
      }
      std::string title = fmt::format("Follow up on agreement {}", k);
      actions_->row(id, d.id, body, Null{}, Null{}, Null{}, title, owner.id, due, status, d.superintendent, created,
                    created);
      audit.push_back({d.superintendent, created, "action_item.create", "action_item", id,
                       nlohmann::json{{"title", title}, {"owner_id", owner.id}, {"due_date", due}, {"body_id", body}}
                           .dump()});
    }
  }

  void addCommunications(const DistrictPlan& d, std::vector<AuditRow>& audit) {
    const BodyPlan& committee = d.bodies[0];
    long long span = kWeeksHeld * kWeek;
    for (int k = 0; k < kCommunications; ++k) {
      long long id = nextId("communications");
      bool published = k < kCommunications - 2;
      UnixSeconds created = published ? first_ + span * k / kCommunications : now_ - 3 * kDay;
      std::string title = fmt::format("Joint message to all staff, number {}", k + 1);
      communications_->row(id, d.id, committee.id, title,
                           "The union and the district agreed on common planning time; here is what changes.",
                           published ? "published" : "draft", committee.managementChair, created, created,
                           published ? std::optional<UnixSeconds>(created + 2 * kDay) : std::nullopt);
      audit.push_back({committee.managementChair, created, "communication.draft", "communication", id,
                       nlohmann::json{{"body_id", committee.id}, {"title", title}}.dump()});
      if (!published) continue;
      signatures_->row(id, committee.laborChair, "labor", created + kDay);
      signatures_->row(id, committee.managementChair, "management", created + kDay);
      // Ten people read each one; the superintendent has not read the two latest.
      for (std::size_t p = 0; p < 10 && p < d.people.size(); ++p) {
        if (d.people[p].id == d.superintendent && k >= kCommunications - 4) continue;
        reads_->row(id, d.people[p].id, created + 3 * kDay + static_cast<long long>(p) * 3600);
      }
    }
  }

  void addCaucusNotes(const DistrictPlan& d, const IssuePlan& issues, const Sample& sample) {
    const BodyPlan& committee = d.bodies[0];
    std::vector<long long> labor, management;
    for (const Voter& v : committee.voters) (v.side == "labor" ? labor : management).push_back(v.userId);
    for (int k = 0; k < 2 * kCaucusNotesPerSide; ++k) {
      bool isLabor = k < kCaucusNotesPerSide;
      const auto& authors = isLabor ? labor : management;
      const char* type = k % 3 == 0 ? "issue" : k % 3 == 1 ? "decision" : "meeting";
      long long subject = k % 3 == 0 ? issues.committeeIssue : k % 3 == 1 ? sample.openDecision : sample.meeting;
      caucus_->row(d.id, committee.id, isLabor ? "labor" : "management", authors[k % authors.size()], type, subject,
                   fmt::format("{} caucus: our position before the next meeting, note {}", isLabor ? "Labor" : "Management",
                               k),
                   now_ - (2 * kCaucusNotesPerSide - k) * 3 * kDay);
    }
  }

  // 40 schools; ten metrics (the six built-in ones and four of the district's own); fifteen years of values
  // for the district, the state and every school.
  void addOutcomes(const DistrictPlan& d) {
    std::vector<long long> schools;
    static const char* kLevels[] = {"elementary", "elementary", "middle", "high"};
    for (int s = 0; s < kSchools; ++s) {
      long long id = nextId("schools");
      schoolsRow(id, d, s, kLevels[s % 4]);
      schools.push_back(id);
    }
    std::vector<long long> metrics = builtinMetrics_;
    struct Own {
      const char* key;
      const char* name;
      int higher;
    };
    static const Own kOwn[] = {{"suspension_rate", "Suspension rate", 0},
                               {"attendance_rate", "Attendance rate", 1},
                               {"ap_passing", "AP exams passed", 1},
                               {"college_going", "College-going rate", 1}};
    for (const Own& m : kOwn) {
      long long id = nextId("metrics");
      metrics_->row(id, d.id, m.key, m.name, m.name, "percent", m.higher, now_);
      metrics.push_back(id);
    }
    for (std::size_t m = 0; m < metrics.size(); ++m)
      for (int y = 0; y < kYears; ++y) {
        double base = 30 + static_cast<double>(m) * 4 + y * 0.9 + (d.id % 7);
        auto value = [](double v) { return std::round(v * 10) / 10; };
        values_->row(d.id, metrics[m], kFirstYear + y, "district", 0, "1", value(base), Null{}, "csv", Null{}, now_);
        values_->row(d.id, metrics[m], kFirstYear + y, "state", 0, "1", value(base - 2.5), Null{}, "csv", Null{}, now_);
        for (int s = 0; s < kSchools; ++s)
          values_->row(d.id, metrics[m], kFirstYear + y, "school", schools[s], "1", value(base + (s % 9) - 4), Null{},
                       "csv", Null{}, now_);
      }
  }

  void schoolsRow(long long id, const DistrictPlan& d, int s, const char* level) {
    schools_->row(id, d.id, schoolName(s), fmt::format("{:07}{:07}", d.number, s + 1), level, now_, now_);
  }

  // Climate surveys of the last two school years, closed; 18 of the 20 people answered each.
  void addSurveys(const DistrictPlan& d) {
    nlohmann::json schools = nlohmann::json::array();
    for (int s = 0; s < kSchools; ++s) schools.push_back(schoolName(s));
    std::string schoolList = schools.dump();
    for (int year : {currentYear_ - 2, currentYear_ - 1}) {
      long long window = nextId("survey_windows");
      windows_->row(window, d.id, year, 1, 0, fmt::format("{}-09-15", year), fmt::format("{}-10-15", year), 0, 5,
                    schoolList, instrument_, d.superintendent, now_ - (currentYear_ - year) * 365 * kDay);
      double lift = year == currentYear_ - 1 ? 0.4 : 0.0;
      int answered = 0;
      for (std::size_t p = 0; p < d.people.size(); ++p) {
        if (p % 10 == 7) continue;  // did not answer
        const Person& person = d.people[p];
        participation_->row(window, person.id);
        // The response's id is random, so that neither it nor the order of rows tells who answered when.
        long long response = static_cast<long long>(random_() >> 1) | 1;
        responses_->row(response, window, person.school.empty() ? std::optional<std::string>() : person.school,
                        person.side);
        int i = 0;
        for (const auto& item : surveyItems_) {
          double centre = 3.2 + lift + (person.side == "labor" ? -0.3 : 0.3);
          int value = std::clamp(static_cast<int>(std::lround(centre + 0.5 * (((answered * 7 + i++ * 3) % 5) - 2))), 1, 5);
          answers_->row(response, item, value);
        }
        ++answered;
      }
    }
  }

  // Published practices, each of about 80 words from a vocabulary of 5,000 (as bench/seed_practices.cpp),
  // signed off by both sides.
  long long addPractices(const DistrictPlan& d) {
    static const char* kTags[] = {"mentoring", "literacy", "budget", "scheduling", "retention", "attendance"};
    std::uniform_int_distribution<int> pick(0, kVocabulary - 1);
    auto text = [&](int n) {
      std::string out;
      for (int i = 0; i < n; ++i) out += (i ? " " : "") + words_[pick(wordRandom_)];
      return out;
    };
    long long first = 0;
    long long total = static_cast<long long>(kPracticesPerDistrict) * partnerships_;
    for (int k = 0; k < kPracticesPerDistrict; ++k, ++practicesDone_) {
      long long id = nextId("practices");
      if (!first) first = id;
      std::string title = text(4), summary = text(14), problem = text(10), body = text(50);
      const char* tag = kTags[practicesDone_ % 6];
      std::string tags = nlohmann::json(std::vector<std::string>{tag}).dump();
      UnixSeconds published = now_ - (total - practicesDone_);
      practices_->row(id, d.id, Null{}, title, summary, body, problem, "", tags, "published",
                      practicesDone_ % 2 == 0 ? 1 : 0, d.unionPresident, published, d.superintendent, published,
                      d.superintendent, published, published, published);
      practiceTags_->row(id, tag);
      if (search_) search_->row(id, title, summary, body, problem, tag);
    }
    return first;
  }

 public:
  int partnerships_ = kPartnerships;
  long long logEntries_ = 0;
  std::vector<long long> meetingIds_;

 private:
  Writer& w_;
  UnixSeconds now_, first_;
  int currentYear_ = 0;
  std::map<std::string, long long> next_;
  std::vector<long long> builtinMetrics_;
  MeetingSeries committeeSeries_;
  std::vector<std::string> meetingDates_;
  std::vector<std::string> surveyItems_;
  std::string instrument_;
  std::vector<std::string> words_;
  std::string passwordHash_;
  std::mt19937_64 random_{std::random_device{}()};
  std::mt19937 wordRandom_{42};
  long long practicesDone_ = 0;
  Table *districts_, *users_, *memberships_, *bodies_, *members_, *series_, *meetings_, *issues_, *items_, *scores_,
      *decisions_, *stances_, *log_, *agenda_, *attendance_, *actions_, *communications_, *signatures_, *reads_,
      *caucus_, *audit_, *schools_, *metrics_, *values_, *windows_, *participation_, *responses_, *answers_,
      *practices_, *practiceTags_, *search_ = nullptr;

 public:
  // The committee's meetings get their agendas and, for the last year, attendance once the issues exist.
  void addAgendas(const DistrictPlan& d, long long committeeIssue, std::size_t firstMeeting) {
    const BodyPlan& committee = d.bodies[0];
    std::size_t count = meetingIds_.size() - firstMeeting;
    for (std::size_t k = 0; k < count; ++k) {
      long long meeting = meetingIds_[firstMeeting + k];
      UnixSeconds held = first_ + static_cast<long long>(k) * kWeek;
      agenda_->row(meeting, 1, "Check-in", Null{}, Null{}, Null{}, 10, committee.managementChair, "done", Null{},
                   held - 5 * kDay);
      agenda_->row(meeting, 2, "Review of open issues", committeeIssue, Null{}, Null{}, 30, committee.laborChair, "done",
                   Null{}, held - 5 * kDay);
      if (k + kAttendedWeeks >= count)
        for (std::size_t v = 0; v < committee.voters.size(); ++v)
          attendance_->row(meeting, committee.voters[v].userId, v % 5 == 4 && k % 3 == 0 ? "excused" : "present");
    }
    meetingIds_.resize(firstMeeting);
  }
};

// Every table the data set writes to, counted at the end.
const char* kCountedTables[] = {
    "districts", "directory_districts", "users", "memberships", "bodies", "body_members", "meeting_series",
    "meetings", "agenda_items", "meeting_attendance", "issues", "issue_items", "issue_scores", "decisions",
    "decision_stances", "decision_log", "action_items", "communications", "communication_signatures",
    "communication_reads", "caucus_notes", "audit_log", "schools", "metrics", "metric_values", "survey_windows",
    "climate_participation", "climate_responses", "climate_answers", "practices", "practice_tags",
    "charter_versions", "charter_signers", "events", "event_sessions", "network_audit_log"};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::fprintf(stderr, "usage: accord_bench_national DATABASE_URL [PARTNERSHIPS [LOG_ENTRIES]]\n");
    return 64;
  }
  const std::string url = argv[1];
  const int partnerships = argc >= 3 ? std::stoi(argv[2]) : kPartnerships;
  const long long largeLog = argc >= 4 ? std::stoll(argv[3]) : kLargeLogEntries;
  const UnixSeconds now = nowSeconds();

  // The schema, and the demo district through the use cases: its people, its committee and signed charter.
  auto opened = must(store::openStore(url, 2), "open");
  Store& store = *opened.store;
  DemoOptions demoOptions;
  demoOptions.outcomes = false;  // its outcomes and surveys are made below, like every district's
  demoOptions.network = false;
  auto demo = must(loadDemo(store, now, demoOptions), "demo");
  if (!demo.created) die("the database holds a data set already: give it an empty one");
  std::vector<Person> demoPeople;
  BodyPlan demoCommittee;
  {
    auto tx = must(store.read(), "read");
    for (const auto& account : demo.accounts) {
      User u = must(tx->users().byEmail(account.email), "demo user");
      demoPeople.push_back({u.id, account.side, account.role, u.name, ""});
    }
    auto bodies = must(tx->bodies().list(demo.districtId, 0, 10), "demo bodies");
    // The district committee; the demo's site teams are left as they are.
    const Body* committee = nullptr;
    for (const auto& body : bodies.items)
      if (body.level == "district") {
        if (committee) die("the demo district should have one district committee");
        committee = &body;
      }
    if (!committee) die("the demo district should have a district committee");
    const Body& b = *committee;
    demoCommittee.id = b.id;
    demoCommittee.name = b.name;
    demoCommittee.rule = b.rule;
    demoCommittee.laborChair = b.laborCoChairId.value_or(0);
    demoCommittee.managementChair = b.managementCoChairId.value_or(0);
    for (const auto& m : must(tx->bodies().members(b.id), "demo members"))
      if (m.seat == "member" && (m.side == "labor" || m.side == "management"))
        demoCommittee.voters.push_back({m.userId, m.side});
  }
  progress("schema and the demo district loaded ({} migrations)", opened.migrationsApplied);

  Writer writer(url);
  Builder build(writer, now);
  build.partnerships_ = partnerships;

  // The directory: every district, then the CCD file loaded through the use case, which fills in the
  // enrollment of each district with the same NCES id.
  const std::string demoNces = "0600000";
  writer.now(fmt::format("UPDATE districts SET nces_id = '{}' WHERE id = {}", demoNces, demo.districtId));
  std::vector<long long> districts = build.addDistricts(kDirectoryDistricts - 1);
  writer.sync();
  progress("{} districts written", districts.size() + 1);
  {
    std::istringstream ccd(build.ccdFile(kDirectoryDistricts - 1, demoNces));
    auto imported = must(importDirectory(store, nullptr, ccd, now), "directory import");
    progress("directory imported: {} entries, {} districts updated, {} rows with errors", imported.entries,
             imported.districtsUpdated, imported.report.rowsFailed);
    if (imported.districtsUpdated != kDirectoryDistricts) die("the directory import did not reach every district");
  }

  // The large district first, then the partnerships.
  DistrictPlan large = build.largeDistrict(demo.districtId, demoPeople, demoCommittee);
  {
    auto tx = must(store.read(), "read");
    if (auto last = must(tx->decisionLog().last(demo.districtId), "demo decision log")) {
      large.logSeq = last->seq;
      large.logHash = last->hash;
    }
  }
  std::size_t firstMeeting = build.meetingIds_.size();
  auto largeSample = build.fill(large, largeLog);
  build.addAgendas(large, largeSample.issue, firstMeeting);
  long long largeLogEntries = build.logEntries_;
  progress("large district {}: {} decision log entries", large.id, largeLogEntries);

  DistrictPlan partner;
  Builder::Sample partnerSample;
  for (int n = 0; n < partnerships; ++n) {
    DistrictPlan d = build.newPartnership(districts[n], n + 1);
    firstMeeting = build.meetingIds_.size();
    auto sample = build.fill(d, 0);
    build.addAgendas(d, sample.issue, firstMeeting);
    if (n == 0) {
      partner = d;
      partnerSample = sample;
    }
    if ((n + 1) % 100 == 0)
      progress("{} partnerships, {:.1f} M rows so far", n + 1, static_cast<double>(writer.written()) / 1e6);
  }
  writer.sync();
  long long written = writer.written();
  progress("{} rows written in bulk", written);

  if (writer.postgres()) {
    // Ids were given explicitly: each identity continues after the largest, as the server's inserts expect.
    writer.now(
        "DO $$ DECLARE t text; BEGIN FOR t IN SELECT table_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND column_name = 'id' AND is_identity = 'YES' LOOP "
        "EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), GREATEST((SELECT MAX(id) FROM %I), 1))', "
        "t, t); END LOOP; END $$");
    // What autovacuum would do soon after such a load: statistics for the planner, and the visibility map.
    writer.now("VACUUM (ANALYZE)");
    progress("sequences set, VACUUM (ANALYZE) done");
  } else {
    writer.now("PRAGMA wal_checkpoint(TRUNCATE)");
    progress("WAL checkpointed");
  }

  // Checks through the use cases: both decision logs verify; the peers of the partnership.
  auto callerOf = [&](long long userId) {
    auto tx = must(store.read(), "read");
    Caller c;
    c.user = must(tx->users().byId(userId), "user");
    return c;
  };
  Caller largeSuperintendent = callerOf(large.superintendent);
  Caller partnerSuperintendent = callerOf(partner.superintendent);
  auto largeCheck = must(verifyDecisionLog(store, largeSuperintendent, large.id), "verify");
  auto partnerCheck = must(verifyDecisionLog(store, partnerSuperintendent, partner.id), "verify");
  progress("decision log of the large district: ok={} entries={} {}", largeCheck.ok, largeCheck.entries,
           largeCheck.reason);
  progress("decision log of partnership {}: ok={} entries={} {}", partner.id, partnerCheck.ok, partnerCheck.entries,
           partnerCheck.reason);
  if (!largeCheck.ok || !partnerCheck.ok) die("a decision log does not verify");
  auto peers = must(listPeers(store, partnerSuperintendent, partner.id, 20), "peers");
  long long peer = peers.peers.empty() ? 0 : peers.peers.front().peer.district.id;

  std::string partnerEmail;
  {
    auto tx = must(store.read(), "read");
    partnerEmail = must(tx->users().byId(partner.superintendent), "user").email;
  }
  long long rows = 0;
  std::string counts;
  for (const char* t : kCountedTables) {
    long long n = writer.queryInt(fmt::format("SELECT COUNT(*) FROM {}", t));
    rows += n;
    counts += fmt::format("count_{}={}\n", t, n);
  }

  std::printf("large_district=%lld\n", large.id);
  std::printf("large_email=%s\n", demo.accounts.at(1).email.c_str());
  std::printf("large_log_entries=%lld\n", largeCheck.entries);
  std::printf("district=%lld\n", partner.id);
  std::printf("partner_email=%s\n", partnerEmail.c_str());
  std::printf("password=%s\n", kDemoPassword);
  std::printf("body=%lld\n", partnerSample.body);
  std::printf("meeting=%lld\n", partnerSample.meeting);
  std::printf("issue=%lld\n", partnerSample.issue);
  std::printf("interest_issue=%lld\n", partnerSample.interestIssue);
  std::printf("decision=%lld\n", partnerSample.decision);
  std::printf("open_decision=%lld\n", partnerSample.openDecision);
  std::printf("practice=%lld\n", partnerSample.practice);
  std::printf("peer=%lld\n", peer);
  std::printf("partner_log_entries=%lld\n", partnerCheck.entries);
  std::printf("word=%s\nsecond=%s\ntag=literacy\n", build.word(17).c_str(), build.word(4242).c_str());
  std::printf("%s", counts.c_str());
  std::printf("rows=%lld\nrows_bulk=%lld\nseconds=%.1f\n", rows, written, elapsed());
  progress("done: {} rows in the counted tables", rows);
  return 0;
}
