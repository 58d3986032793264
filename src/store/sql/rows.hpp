#pragma once
// Helpers shared by the SOCI repositories: binding optional values and reading rows into structs.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "domain/store.hpp"

namespace accord::store {

// Binds an optional value as NULL when empty.
template <class T>
struct Nullable {
  explicit Nullable(const std::optional<T>& v) : value(v.value_or(T{})), ind(v ? soci::i_ok : soci::i_null) {}
  T value;
  soci::indicator ind;
};

// An optional column read through an indicator.
template <class T>
struct OptionalColumn {
  T value{};
  soci::indicator ind = soci::i_null;
  std::optional<T> get() const { return ind == soci::i_ok ? std::optional<T>(value) : std::nullopt; }
};

// Where the columns of a row read through a SOCI statement go: `Row::bind(columns)` names a place for
// each column, in the order of the SELECT.
class SociColumns {
 public:
  explicit SociColumns(soci::statement& st) : st_(st) {}
  template <class T>
  void into(T& value) {
    st_.exchange(soci::into(value));
  }
  template <class T>
  void into(T& value, soci::indicator& ind) {
    st_.exchange(soci::into(value, ind));
  }
  template <class T>
  void into(OptionalColumn<T>& column) {
    into(column.value, column.ind);
  }

 private:
  soci::statement& st_;
};

// A row of one text column.
struct TextRow {
  std::string text;
  template <class Columns>
  void bind(Columns& st) { st.into(text); }
  std::string take() const { return text; }
};

// A row of one whole-number column.
struct IntegerRow {
  long long number = 0;
  template <class Columns>
  void bind(Columns& st) { st.into(number); }
  long long take() const { return number; }
};

// A row of an id and a text (a person's name, a comment).
struct IdTextRow {
  long long id = 0;
  std::string text;
  template <class Columns>
  void bind(Columns& st) {
    st.into(id);
    st.into(text);
  }
  std::pair<long long, std::string> take() const { return {id, text}; }
};

// Runs a SELECT whose columns `Row::bind` binds (Row::take() builds the result), collecting every row.
template <class Row, class Bind>
std::vector<decltype(std::declval<Row>().take())> selectAll(soci::session& sql, const std::string& query,
                                                            Bind bindParams) {
  Row row;
  soci::statement st(sql);
  SociColumns columns(st);
  row.bind(columns);
  bindParams(st);
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  std::vector<decltype(row.take())> out;
  if (st.execute(true)) {
    do out.push_back(row.take());
    while (st.fetch());
  }
  return out;
}

// Cuts the one extra row a query fetched to learn whether another page follows.
template <class T, class IdOf>
domain::Page<T> toPage(std::vector<T> rows, int limit, IdOf idOf) {
  domain::Page<T> page;
  if (static_cast<int>(rows.size()) > limit) {
    rows.resize(limit);
    page.nextCursor = idOf(rows.back());
  }
  page.items = std::move(rows);
  return page;
}

}  // namespace accord::store
