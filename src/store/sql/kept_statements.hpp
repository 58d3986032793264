#pragma once
// Statements prepared once per database session and kept for its life, for the queries that nearly
// every request runs. Preparing is most of the cost of a short query (on SQLite, parsing and planning
// the SQL took four times as long as running it); a kept statement is only bound and run.
//
// A kept statement owns its parameters and its row, so nothing it binds can dangle. The connection
// pools hold only KeepingSessions, and repositories are only ever given a leased session (see
// SqlTransaction), which is what lets selectKept take the session the repositories hold.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeindex>
#include <unordered_map>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "store/sql/rows.hpp"

namespace sqlite_api {
struct sqlite3;
struct sqlite3_stmt;
}  // namespace sqlite_api

namespace accord::store {

class KeptStatement {
 public:
  virtual ~KeptStatement() = default;
};

// Releases a statement's resources without throwing (a session whose server went away cannot be
// told to forget its statements; it is closed anyway).
void cleanUpQuietly(soci::statement& st) noexcept;

// A SOCI session with the statements kept on it, destroyed before the session closes.
class KeepingSession : public soci::session {
 public:
  using soci::session::session;
  ~KeepingSession() { kept_.clear(); }  // before the session they were prepared on closes

  KeptStatement* find(const std::type_index& type, std::string_view query) {
    auto it = kept_.find(KeyView{type, query});
    return it == kept_.end() ? nullptr : it->second.get();
  }
  // Keeps at most kMaxKept statements: a query built at run time cannot make a session grow without end.
  KeptStatement* keep(const std::type_index& type, std::string_view query, std::unique_ptr<KeptStatement> s) {
    if (kept_.size() >= kMaxKept) kept_.clear();
    return kept_.insert_or_assign(Key{type, std::string(query)}, std::move(s)).first->second.get();
  }
  std::size_t keptCount() const { return kept_.size(); }
  static constexpr std::size_t kMaxKept = 256;

 private:
  struct Key {
    std::type_index type;
    std::string query;
  };
  // Found by a view of the text, which every request would otherwise copy and hash whole.
  struct KeyView {
    std::type_index type;
    std::string_view query;
  };
  struct KeyHash {
    using is_transparent = void;
    // The length and the last bytes (where a query's conditions are) tell a few hundred statements
    // apart well enough; equal keys are then compared whole.
    static std::size_t of(const std::type_index& type, std::string_view query) {
      std::string_view tail = query.substr(query.size() - std::min<std::size_t>(query.size(), 32));
      return type.hash_code() ^ (std::hash<std::string_view>()(tail) + query.size() * 0x9e3779b97f4a7c15ULL);
    }
    std::size_t operator()(const Key& k) const { return of(k.type, k.query); }
    std::size_t operator()(const KeyView& k) const { return of(k.type, k.query); }
  };
  struct KeyEqual {
    using is_transparent = void;
    static bool same(const std::type_index& t1, std::string_view q1, const std::type_index& t2, std::string_view q2) {
      return t1 == t2 && q1 == q2;
    }
    bool operator()(const Key& a, const Key& b) const { return same(a.type, a.query, b.type, b.query); }
    bool operator()(const KeyView& a, const Key& b) const { return same(a.type, a.query, b.type, b.query); }
    bool operator()(const Key& a, const KeyView& b) const { return same(a.type, a.query, b.type, b.query); }
  };
  std::unordered_map<Key, std::unique_ptr<KeptStatement>, KeyHash, KeyEqual> kept_;
};

// Ends a statement's run so it holds nothing between uses (on SQLite, its read snapshot).
void finishRun(soci::statement& st, bool sqlite);

// A SELECT prepared on a SQLite session and run through SQLite's own interface. SOCI reads each column
// through layers of conversion (on the issue page, an eighth of the instructions went to reading the
// columns); this reads each straight into its place. The places are named by `Row::bind`, as for
// SociColumns; NULL in a column without an indicator is an error, as it is for SOCI.
class SqliteSelect {
 public:
  SqliteSelect(soci::session& sql, const std::string& query);
  ~SqliteSelect();
  SqliteSelect(const SqliteSelect&) = delete;
  SqliteSelect& operator=(const SqliteSelect&) = delete;

  void into(long long& value) { add(Kind::kInteger, &value, nullptr); }
  void into(long& value) { add(Kind::kLong, &value, nullptr); }
  void into(int& value) { add(Kind::kInt, &value, nullptr); }
  void into(double& value) { add(Kind::kReal, &value, nullptr); }
  void into(std::string& value) { add(Kind::kText, &value, nullptr); }
  template <class T>
  void into(T& value, soci::indicator& ind) {
    into(value);
    columns_.back().ind = &ind;
  }
  template <class T>
  void into(OptionalColumn<T>& column) {
    into(column.value, column.ind);
  }
  // Fails when the SELECT has another number of columns than were named.
  void checkColumns() const;

  // The parameters of a run, by position from 1. A text is not copied: it must outlive the run.
  void bind(int position, long long value);
  void bind(int position, double value);
  void bind(int position, const std::string& value);
  template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
  void bind(int position, T value) {
    bind(position, static_cast<long long>(value));
  }
  // The next row into the columns' places; false after the last.
  bool step();
  // Ends the run, so that the statement holds nothing (its read snapshot) until the next.
  void reset() noexcept;

 private:
  enum class Kind { kInteger, kLong, kInt, kReal, kText };
  struct Column {
    Kind kind;
    void* place;
    soci::indicator* ind;
  };
  void add(Kind kind, void* place, soci::indicator* ind) { columns_.push_back({kind, place, ind}); }
  [[noreturn]] void fail(const char* what, int code) const;

  sqlite_api::sqlite3* db_;
  sqlite_api::sqlite3_stmt* stmt_ = nullptr;
  std::vector<Column> columns_;
};

// A SELECT whose columns `Row::bind` binds (as selectAll's rows do), with parameters of the types
// `Params`. On SQLite it is a SqliteSelect; on PostgreSQL, a SOCI statement bound once to the
// parameters' own copies.
template <class Row, class... Params>
class KeptSelect final : public KeptStatement {
 public:
  KeptSelect(soci::session& sql, const std::string& query) {
    if (sql.get_backend_name() == "sqlite3") {
      sqlite_ = std::make_unique<SqliteSelect>(sql, query);
      row_.bind(*sqlite_);
      sqlite_->checkColumns();
      return;
    }
    st_ = std::make_unique<soci::statement>(sql);
    SociColumns columns(*st_);
    row_.bind(columns);
    std::apply([&](auto&... p) { (st_->exchange(soci::use(p)), ...); }, params_);
    st_->alloc();
    st_->prepare(query);
    st_->define_and_bind();
  }
  ~KeptSelect() override {
    if (st_) cleanUpQuietly(*st_);
  }

  std::vector<decltype(std::declval<Row>().take())> run(const Params&... params) {
    std::vector<decltype(row_.take())> out;
    each([&](const Row& row) { return out.push_back(row.take()), true; }, params...);
    return out;
  }

  // Hands each row to `visit` as it is read, until `visit` returns false. The row is only valid during
  // the call: the next row is read into the same place.
  template <class Visit>
  void each(Visit&& visit, const Params&... params) {
    if (sqlite_) {
      int position = 0;
      (sqlite_->bind(++position, params), ...);
      try {
        while (sqlite_->step())
          if (!visit(std::as_const(row_))) break;
      } catch (...) {
        sqlite_->reset();
        throw;
      }
      sqlite_->reset();
      return;
    }
    // PostgreSQL's statements hold nothing between runs: nothing to end.
    params_ = std::tuple<Params...>(params...);
    if (st_->execute(true)) {
      do
        if (!visit(std::as_const(row_))) break;
      while (st_->fetch());
    }
  }

 private:
  Row row_;
  std::tuple<Params...> params_;
  std::unique_ptr<SqliteSelect> sqlite_;
  std::unique_ptr<soci::statement> st_;
};

// A statement without parameters or rows (BEGIN, COMMIT, ROLLBACK, SAVEPOINT), kept like the others:
// every request begins and ends a transaction, and preparing those few words each time cost more
// than running them.
class KeptCommand final : public KeptStatement {
 public:
  KeptCommand(soci::session& sql, const std::string& text) : st_(sql), sqlite_(sql.get_backend_name() == "sqlite3") {
    st_.alloc();
    st_.prepare(text);
    st_.define_and_bind();
  }
  ~KeptCommand() override { cleanUpQuietly(st_); }

  void run() {
    try {
      st_.execute(true);
    } catch (...) {
      finishRun(st_, sqlite_);
      throw;
    }
    finishRun(st_, sqlite_);
  }

 private:
  soci::statement st_;
  bool sqlite_;
};

// The Statement of `query` kept on the session (a KeepingSession), prepared on first use.
template <class Statement>
Statement& keptStatement(soci::session& sql, std::string_view query) {
  auto& keeping = static_cast<KeepingSession&>(sql);
  std::type_index type(typeid(Statement));
  auto* kept = static_cast<Statement*>(keeping.find(type, query));
  if (!kept)
    kept = static_cast<Statement*>(keeping.keep(type, query, std::make_unique<Statement>(sql, std::string(query))));
  return *kept;
}

// Runs `text`, a statement without parameters or rows, kept on the session (a KeepingSession).
inline void runKept(soci::session& sql, std::string_view text) { keptStatement<KeptCommand>(sql, text).run(); }

// selectAll with the statement kept on the session: every row of `query` for these parameters.
// `sql` must be a KeepingSession: a repository's session, leased from a pool.
template <class Row, class... Params>
std::vector<decltype(std::declval<Row>().take())> selectKept(soci::session& sql, std::string_view query,
                                                             const Params&... params) {
  return keptStatement<KeptSelect<Row, Params...>>(sql, query).run(params...);
}

}  // namespace accord::store
