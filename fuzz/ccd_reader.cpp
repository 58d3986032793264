// The NCES Common Core of Data reader: the directory file (one row per district) and the
// membership file (rows summed per district). The input is the file.
#include <cctype>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "check.hpp"
#include "domain/directory/ccd_reader.hpp"

namespace {

using namespace accord::domain;

bool allDigits(const std::string& text) {
  for (unsigned char c : text)
    if (!std::isdigit(c)) return false;
  return true;
}

long long lineCount(std::string_view text) {
  long long lines = 0;
  for (char c : text) lines += c == '\n';
  return lines + (text.empty() || text.back() == '\n' ? 0 : 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string file(reinterpret_cast<const char*>(data), size);
  std::istringstream in(file);
  std::vector<DirectoryEntry> entries;
  auto read = readCcdFile(in, [&](const DirectoryEntry& e) -> accord::Result<void> {
    entries.push_back(e);
    return accord::Ok{};
  });
  if (!read.ok()) {
    FUZZ_CHECK(read.error().field == "file");
    return 0;
  }
  const CcdReadReport& report = *read;
  FUZZ_CHECK(report.layout == "directory" || report.layout == "membership");
  FUZZ_CHECK(report.rowsFailed >= 0 && report.rowsFailed <= report.rowsRead);
  FUZZ_CHECK(report.rowsRead < lineCount(file));  // the header is not a row
  FUZZ_CHECK(report.errors.size() <= kMaxReportedErrors);
  FUZZ_CHECK(static_cast<long long>(report.errors.size()) == std::min<long long>(report.rowsFailed, kMaxReportedErrors));
  for (const auto& error : report.errors) {
    FUZZ_CHECK(error.line >= 2 && error.line <= lineCount(file));
    FUZZ_CHECK(!error.reason.empty());
  }

  std::set<std::string> ids;
  for (const auto& e : entries) {
    // What is stored: the directory's text follows the one rule for text.
    FUZZ_CHECK(e.ncesId.size() == 7 && allDigits(e.ncesId));
    FUZZ_CHECK(!e.name.empty() && e.name.size() <= 200 && fuzz::isCleanUtf8(e.name));
    FUZZ_CHECK(e.name.front() != ' ' && e.name.back() != ' ');
    FUZZ_CHECK(e.state.size() == 2 && std::isupper(static_cast<unsigned char>(e.state[0])) &&
               std::isupper(static_cast<unsigned char>(e.state[1])));
    FUZZ_CHECK(e.schoolYear.size() <= 20 && fuzz::isCleanUtf8(e.schoolYear));
    if (e.enrollment) FUZZ_CHECK(*e.enrollment >= 0);
    if (e.minorityPct) FUZZ_CHECK(*e.minorityPct >= 0 && *e.minorityPct <= 100);
    // A membership file gives each district once, with its rows summed.
    if (report.layout == "membership") FUZZ_CHECK(ids.insert(e.ncesId).second);
  }
  FUZZ_CHECK(static_cast<long long>(entries.size()) <= report.rowsRead - report.rowsFailed);
  return 0;
}
