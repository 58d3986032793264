#include "domain/directory/ccd_reader.hpp"

#include <cctype>
#include <cmath>
#include <optional>

#include "common/text.hpp"
#include "domain/outcome_import/delimited.hpp"

namespace accord::domain {

namespace {

// Column indexes by header name, -1 when absent.
struct Columns {
  std::map<std::string, int> byName;
  int find(std::initializer_list<const char*> names) const {
    for (const char* n : names)
      if (auto it = byName.find(n); it != byName.end()) return it->second;
    return -1;
  }
};

std::string field(const std::vector<std::string>& fields, int index) {
  if (index < 0 || index >= static_cast<int>(fields.size())) return {};
  return std::string(trimField(fields[index]));
}

// LEAID: seven digits; six are accepted (a leading zero lost by a spreadsheet) and padded.
bool readLeaId(const std::string& text, std::string& out) {
  if (text.size() < 6 || text.size() > 7) return false;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  out = text.size() == 6 ? "0" + text : text;
  return true;
}

bool readState(const std::string& text, std::string& out) {
  if (text.size() != 2) return false;
  out.clear();
  for (char c : text) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return true;
}

// More students than any district has: a larger count is an error in the file. Checked before the
// cast (a double beyond long long's range is undefined to convert), and it keeps a district's sums
// of counts far inside long long.
constexpr double kMaxCount = 1e9;

// CCD marks missing counts with negative codes (-1 missing, -2 not applicable, -9 suppressed).
enum class CountRead { kOk, kMissing, kMalformed };
CountRead readCount(const std::string& text, long long& out) {
  if (text.empty()) return CountRead::kMissing;
  double value = 0;
  auto read = readDecimal(text, value);
  if (read == NumberRead::kMissing) return CountRead::kMissing;
  if (read == NumberRead::kMalformed || value != std::trunc(value)) return CountRead::kMalformed;
  if (value < 0) return CountRead::kMissing;
  if (value > kMaxCount) return CountRead::kMalformed;
  out = static_cast<long long>(value);
  return CountRead::kOk;
}

struct MembershipTotals {
  DirectoryEntry entry;
  std::optional<long long> derivedTotal, total, derivedWhite, categoryWhite;
};

}  // namespace

Result<CcdReadReport> readCcdFile(std::istream& in, const std::function<Result<void>(const DirectoryEntry&)>& emit) {
  CcdReadReport report;
  LineReader lines(in);
  std::string line;
  std::vector<std::string> fields;
  if (!lines.next(line)) return invalid("file", "the file is empty");
  char delimiter = line.find('\t') != std::string::npos && line.find(',') == std::string::npos ? '\t' : ',';
  if (!splitFields(line, delimiter, fields)) return invalid("file", "the header line has an open quote");
  Columns cols;
  for (std::size_t i = 0; i < fields.size(); ++i) cols.byName.emplace(headerKey(fields[i]), static_cast<int>(i));

  int leaid = cols.find({"leaid"});
  int name = cols.find({"lea_name", "name"});
  int state = cols.find({"st", "stabr", "lstate", "state"});
  int year = cols.find({"school_year", "survyear"});
  int count = cols.find({"student_count"});
  int indicator = cols.find({"total_indicator"});
  int race = cols.find({"race_ethnicity"});
  int member = cols.find({"member", "enrollment", "total_students"});
  if (leaid < 0) return invalid("file", "no LEAID column: this is not an NCES district file");
  bool membership = count >= 0 && indicator >= 0 && race >= 0;
  report.layout = membership ? "membership" : "directory";
  if (name < 0) return invalid("file", "no LEA_NAME column");
  if (state < 0) return invalid("file", "no ST (state) column");

  auto fail = [&](const std::string& column, const std::string& reason) {
    ++report.rowsFailed;
    if (report.errors.size() < kMaxReportedErrors) report.errors.push_back({lines.lineNumber(), column, reason});
  };

  std::map<std::string, MembershipTotals> totals;
  while (lines.next(line)) {
    if (line.empty()) continue;
    ++report.rowsRead;
    // One rule for text: a line that is not UTF-8 (or holds NUL) is a row error, never stored.
    if (!isCleanText(line)) {
      fail("line", "is not UTF-8 text");
      continue;
    }
    if (!splitFields(line, delimiter, fields)) {
      fail("", "a quote is left open");
      continue;
    }
    DirectoryEntry entry;
    if (!readLeaId(field(fields, leaid), entry.ncesId)) {
      fail("LEAID", "must be the district's seven-digit NCES id");
      continue;
    }
    entry.name = field(fields, name);
    if (entry.name.empty()) {
      fail("LEA_NAME", "is empty");
      continue;
    }
    if (entry.name.size() > 200) {
      fail("LEA_NAME", "is longer than 200 characters");
      continue;
    }
    if (!readState(field(fields, state), entry.state)) {
      fail("ST", "must be a two-letter state code");
      continue;
    }
    entry.schoolYear = std::string(cutAtCharacter(field(fields, year), 20));
    if (!membership) {
      long long n = 0;
      auto read = readCount(field(fields, member), n);
      if (read == CountRead::kMalformed) {
        fail("MEMBER", "must be a whole number of students");
        continue;
      }
      if (read == CountRead::kOk) entry.enrollment = n;
      ACCORD_CHECK(emit(entry));
      continue;
    }
    long long n = 0;
    auto read = readCount(field(fields, count), n);
    if (read == CountRead::kMalformed) {
      fail("STUDENT_COUNT", "must be a whole number of students");
      continue;
    }
    auto& t = totals[entry.ncesId];
    t.entry = entry;
    if (read != CountRead::kOk) continue;
    std::string kind = field(fields, indicator);
    bool white = field(fields, race) == "White";
    if (kind == "Derived - Education Unit Total minus Adult Education Count") t.derivedTotal = n;
    else if (kind == "Education Unit Total") t.total = n;
    else if (white && kind == "Derived - Subtotal by Race/Ethnicity and Sex minus Adult Education Count")
      t.derivedWhite = t.derivedWhite.value_or(0) + n;
    else if (white && kind.rfind("Category Set A", 0) == 0)
      t.categoryWhite = t.categoryWhite.value_or(0) + n;
  }
  if (lines.failed()) return invalid("file", "the file could not be read to its end");
  for (auto& [id, t] : totals) {
    DirectoryEntry entry = t.entry;
    entry.enrollment = t.derivedTotal ? t.derivedTotal : t.total;
    auto white = t.derivedWhite ? t.derivedWhite : t.categoryWhite;
    if (entry.enrollment && *entry.enrollment > 0 && white && *white <= *entry.enrollment)
      entry.minorityPct = 100.0 * static_cast<double>(*entry.enrollment - *white) / static_cast<double>(*entry.enrollment);
    ACCORD_CHECK(emit(entry));
  }
  return report;
}

}  // namespace accord::domain
