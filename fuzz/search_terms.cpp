// The practice search's words (search_text.hpp): what a person typed becomes letters-and-digits
// words that the store quotes into an FTS5 query (SQLite) or hands to plainto_tsquery
// (PostgreSQL), so that nothing typed is read as an operator. Also the snippet marks and the
// control-character filter. The input is the typed query.
//
// The query text itself is put together inside SqlPractices::search (store/sql/practice_repositories.cpp),
// which needs SOCI and a database to link; ftsMatch() below repeats its few lines, and each query
// is run against an in-memory FTS5 table with the same tokenizer to show that it always parses.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <sqlite3.h>

#include "check.hpp"
#include "common/text.hpp"
#include "domain/practice/search_text.hpp"

namespace {

using namespace accord::domain;

// As SqlPractices::search builds it for SQLite: each word in double quotes, separated by spaces.
std::string ftsMatch(const std::vector<std::string>& terms) {
  std::string match;
  for (const auto& term : terms) {
    if (!match.empty()) match += ' ';
    match += "\"" + term + "\"";
  }
  return match;
}

sqlite3_stmt* searchStatement() {
  static sqlite3_stmt* statement = [] {
    sqlite3* db = nullptr;
    FUZZ_CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK);
    const char* schema =
        "CREATE VIRTUAL TABLE practice_search USING fts5(title, summary, body, problem, tags,"
        " tokenize = 'porter unicode61 remove_diacritics 0');"
        "INSERT INTO practice_search VALUES ('Mentoring new teachers', 'Pairs', 'Each new teacher', 'Turnover', 'mentor');";
    FUZZ_CHECK(sqlite3_exec(db, schema, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    FUZZ_CHECK(sqlite3_prepare_v2(db, "SELECT count(*) FROM practice_search WHERE practice_search MATCH ?", -1, &st,
                                  nullptr) == SQLITE_OK);
    return st;
  }();
  return statement;
}

bool ftsAccepts(const std::string& match) {
  sqlite3_stmt* st = searchStatement();
  sqlite3_reset(st);
  sqlite3_bind_text(st, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  return rc == SQLITE_ROW;
}

std::string asciiLower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

void checkTerms(std::string_view q) {
  auto terms = searchTerms(q);
  // UTF-8 (a NUL is only a separator here) and not too long, or refused naming q.
  std::string withoutNul(q);
  std::replace(withoutNul.begin(), withoutNul.end(), '\0', ' ');
  bool acceptable = q.size() <= kMaxSearchBytes && fuzz::isCleanUtf8(withoutNul);
  FUZZ_CHECK(terms.ok() == acceptable);
  if (!terms.ok()) {
    FUZZ_CHECK(terms.error().field == "q");
    return;
  }
  FUZZ_CHECK(terms->size() <= kMaxSearchTerms);
  std::string lowered = asciiLower(q);
  for (std::size_t i = 0; i < terms->size(); ++i) {
    const std::string& term = (*terms)[i];
    FUZZ_CHECK(!term.empty() && term.size() <= 100);
    FUZZ_CHECK(accord::isCleanText(term));
    // Nothing an operator is made of: ASCII is only lower-case letters and digits.
    for (unsigned char c : term)
      FUZZ_CHECK(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    FUZZ_CHECK(lowered.find(term) != std::string::npos);
    FUZZ_CHECK(std::find(terms->begin(), terms->begin() + static_cast<long>(i), term) == terms->begin() + static_cast<long>(i));
  }
  if (!terms->empty()) FUZZ_CHECK(ftsAccepts(ftsMatch(*terms)));
}

void checkSnippet(std::string_view marked) {
  auto segments = snippetSegments(marked);
  std::string joined, expected;
  for (char c : marked)
    if (c != kMatchStart && c != kMatchEnd) expected += c;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    FUZZ_CHECK(!segments[i].text.empty());
    if (i > 0) FUZZ_CHECK(segments[i].match != segments[i - 1].match);
    joined += segments[i].text;
  }
  FUZZ_CHECK(joined == expected);
  // Text before the first mark is not a match.
  if (!marked.empty() && marked.front() != kMatchStart && marked.front() != kMatchEnd)
    FUZZ_CHECK(!segments.empty() && !segments[0].match);
}

void checkControls(std::string_view text) {
  std::string out = withoutControlCharacters(text);
  FUZZ_CHECK(out.size() <= text.size());
  for (unsigned char c : out) FUZZ_CHECK(c >= 0x20 ? c != 0x7f : (c == '\n' || c == '\t' || c == '\r'));
  // Only ASCII bytes go: clean text stays clean.
  if (fuzz::isCleanUtf8(text)) FUZZ_CHECK(fuzz::isCleanUtf8(out));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  checkTerms(input);
  checkSnippet(input);
  checkControls(input);
  return 0;
}
