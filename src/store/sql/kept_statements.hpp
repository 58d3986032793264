#pragma once
// Statements prepared once per database session and kept for its life, for the queries that nearly
// every request runs. Preparing is most of the cost of a short query (on SQLite, parsing and planning
// the SQL took four times as long as running it); a kept statement is only bound and run.
//
// A kept statement owns its parameters and its row, so nothing it binds can dangle. The connection
// pools hold only KeepingSessions, and repositories are only ever given a leased session (see
// SqlTransaction), which is what lets selectKept take the session the repositories hold.
#include <memory>
#include <string>
#include <tuple>
#include <typeindex>
#include <unordered_map>
#include <utility>
#include <vector>

#include <soci/soci.h>

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

  KeptStatement* find(const std::type_index& type, const std::string& query) {
    auto it = kept_.find(Key{type, query});
    return it == kept_.end() ? nullptr : it->second.get();
  }
  // Keeps at most kMaxKept statements: a query built at run time cannot make a session grow without end.
  KeptStatement* keep(const std::type_index& type, const std::string& query, std::unique_ptr<KeptStatement> s) {
    if (kept_.size() >= kMaxKept) kept_.clear();
    return kept_.insert_or_assign(Key{type, query}, std::move(s)).first->second.get();
  }
  std::size_t keptCount() const { return kept_.size(); }
  static constexpr std::size_t kMaxKept = 256;

 private:
  struct Key {
    std::type_index type;
    std::string query;
    bool operator==(const Key& other) const { return type == other.type && query == other.query; }
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const { return k.type.hash_code() ^ std::hash<std::string>()(k.query); }
  };
  std::unordered_map<Key, std::unique_ptr<KeptStatement>, KeyHash> kept_;
};

// Ends a statement's run so it holds nothing between uses (on SQLite, its read snapshot).
void finishRun(soci::statement& st, bool sqlite);

// A SELECT whose columns `Row::bind` binds (as selectAll's rows do), with parameters of the types
// `Params` bound once to its own copies.
template <class Row, class... Params>
class KeptSelect final : public KeptStatement {
 public:
  KeptSelect(soci::session& sql, const std::string& query)
      : st_(sql), sqlite_(sql.get_backend_name() == "sqlite3") {
    row_.bind(st_);
    std::apply([&](auto&... p) { (st_.exchange(soci::use(p)), ...); }, params_);
    st_.alloc();
    st_.prepare(query);
    st_.define_and_bind();
  }
  ~KeptSelect() override { cleanUpQuietly(st_); }

  std::vector<decltype(std::declval<Row>().take())> run(const Params&... params) {
    params_ = std::tuple<Params...>(params...);
    std::vector<decltype(row_.take())> out;
    try {
      if (st_.execute(true)) {
        do out.push_back(row_.take());
        while (st_.fetch());
      }
    } catch (...) {
      finishRun(st_, sqlite_);
      throw;
    }
    finishRun(st_, sqlite_);
    return out;
  }

 private:
  Row row_;
  std::tuple<Params...> params_;
  soci::statement st_;
  bool sqlite_;
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
Statement& keptStatement(soci::session& sql, const std::string& query) {
  auto& keeping = static_cast<KeepingSession&>(sql);
  std::type_index type(typeid(Statement));
  auto* kept = static_cast<Statement*>(keeping.find(type, query));
  if (!kept) kept = static_cast<Statement*>(keeping.keep(type, query, std::make_unique<Statement>(sql, query)));
  return *kept;
}

// Runs `text`, a statement without parameters or rows, kept on the session (a KeepingSession).
inline void runKept(soci::session& sql, const std::string& text) { keptStatement<KeptCommand>(sql, text).run(); }

// selectAll with the statement kept on the session: every row of `query` for these parameters.
// `sql` must be a KeepingSession: a repository's session, leased from a pool.
template <class Row, class... Params>
std::vector<decltype(std::declval<Row>().take())> selectKept(soci::session& sql, const std::string& query,
                                                             const Params&... params) {
  return keptStatement<KeptSelect<Row, Params...>>(sql, query).run(params...);
}

}  // namespace accord::store
