#include "common/time_zone.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <utility>

#include "common/calendar_date.hpp"

namespace accord {

// The rule structs have a name of their own (not the unnamed namespace) because TimeZone::Footer holds one.
namespace zone_rule {

struct RuleDate {
  enum class Kind { kJulian, kZeroBased, kMonthWeekDay };  // Jn, n, Mm.w.d
  Kind kind = Kind::kMonthWeekDay;
  int month = 0;
  int week = 0;
  int day = 0;           // n of Jn or n; the weekday (0 = Sunday) of Mm.w.d
  int time = 2 * 3600;   // local seconds after the day's midnight
};

struct PosixRule {
  ZoneState standard;
  std::optional<ZoneState> daylight;
  RuleDate start;  // daylight time begins, at a time in standard time
  RuleDate end;    // and ends, at a time in daylight time
};

}  // namespace zone_rule

using zone_rule::PosixRule;
using zone_rule::RuleDate;

namespace {

// Years 1 to 9999: far beyond any meeting, and small enough that no sum below can overflow.
constexpr UnixSeconds kEarliest = -62135596800;  // 0001-01-01T00:00:00Z
constexpr UnixSeconds kLatest = 253402300799;    // 9999-12-31T23:59:59Z
constexpr UnixSeconds kDay = 86400;

// ---- Calendar arithmetic for the POSIX rules (the rest is in common/calendar_date).

long long utcYearOf(UnixSeconds at) { return civilFromDays(dayOf(at)).year; }

// ---- POSIX TZ strings (the TZif footer), with RFC 8536's extension: rule times may be
// negative or up to 167 hours.

class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  bool done() const { return pos_ == text_.size(); }
  char peek() const { return done() ? '\0' : text_[pos_]; }
  bool take(char c) {
    if (done() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }

  std::optional<int> number(int maxDigits) {
    int value = 0, digits = 0;
    while (digits < maxDigits && peek() >= '0' && peek() <= '9') value = value * 10 + (text_[pos_++] - '0'), ++digits;
    if (digits == 0) return std::nullopt;
    return value;
  }
  bool number(int maxDigits, int low, int high, int& out) {
    auto value = number(maxDigits);
    if (!value || *value < low || *value > high) return false;
    out = *value;
    return true;
  }

  // "CET", or "<+0330>" for a name with digits or signs.
  std::optional<std::string> abbreviation() {
    bool quoted = take('<');
    auto allowed = [quoted](char c) {
      bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      return letter || (quoted && ((c >= '0' && c <= '9') || c == '+' || c == '-'));
    };
    std::size_t begin = pos_;
    while (!done() && allowed(peek())) ++pos_;
    std::string name(text_.substr(begin, pos_ - begin));
    if (name.size() < 3 || (quoted && !take('>'))) return std::nullopt;
    return name;
  }

  // [+-]hh[:mm[:ss]] as signed seconds.
  std::optional<int> duration(int maxHours) {
    int sign = take('-') ? -1 : 1;
    if (sign > 0) take('+');
    auto hours = number(3);
    if (!hours || *hours > maxHours) return std::nullopt;
    int seconds = *hours * 3600;
    for (int unit : {60, 1}) {
      if (!take(':')) break;
      auto part = number(2);
      if (!part || *part > 59) return std::nullopt;
      seconds += *part * unit;
    }
    return sign * seconds;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::optional<RuleDate> parseRuleDate(Cursor& in) {
  RuleDate date;
  if (in.take('J')) {
    date.kind = RuleDate::Kind::kJulian;
    if (!in.number(3, 1, 365, date.day)) return std::nullopt;
  } else if (in.take('M')) {
    bool read = in.number(2, 1, 12, date.month) && in.take('.') && in.number(1, 1, 5, date.week) && in.take('.') &&
                in.number(1, 0, 6, date.day);
    if (!read) return std::nullopt;
  } else {
    date.kind = RuleDate::Kind::kZeroBased;
    if (!in.number(3, 0, 365, date.day)) return std::nullopt;
  }
  if (in.take('/')) {
    auto time = in.duration(167);
    if (!time) return std::nullopt;
    date.time = *time;
  }
  return date;
}

// The offsets in a TZ string count west of UTC ("CET-1"); ZoneState counts east.
std::optional<PosixRule> parsePosixRule(std::string_view text) {
  Cursor in(text);
  PosixRule rule;
  auto name = in.abbreviation();
  auto west = name ? in.duration(24) : std::nullopt;
  if (!west) return std::nullopt;
  rule.standard = {-*west, false, *name};
  if (in.done()) return rule;
  auto daylightName = in.abbreviation();
  if (!daylightName) return std::nullopt;
  int daylightOffset = rule.standard.offset + 3600;  // POSIX: one hour ahead unless given
  if (in.peek() != ',') {
    auto daylightWest = in.duration(24);
    if (!daylightWest) return std::nullopt;
    daylightOffset = -*daylightWest;
  }
  rule.daylight = ZoneState{daylightOffset, true, *daylightName};
  // POSIX leaves a rule-less daylight zone to the implementation; RFC 8536 files always give one.
  auto start = in.take(',') ? parseRuleDate(in) : std::nullopt;
  auto end = start && in.take(',') ? parseRuleDate(in) : std::nullopt;
  if (!end || !in.done()) return std::nullopt;
  rule.start = *start;
  rule.end = *end;
  return rule;
}

// The rule's moment in `year`, as local seconds since 1970-01-01T00:00 local time.
long long localSeconds(const RuleDate& date, long long year) {
  long long days = daysFromCivil(year, 1, 1);
  switch (date.kind) {
    case RuleDate::Kind::kJulian:  // 1–365, 29 February never counted
      days += date.day - 1 + (isLeapYear(year) && date.day >= 60 ? 1 : 0);
      break;
    case RuleDate::Kind::kZeroBased:  // 0–365, 29 February counted
      days += date.day;
      break;
    case RuleDate::Kind::kMonthWeekDay: {
      long long first = daysFromCivil(year, date.month, 1);
      long long firstWeekday = (first % 7 + 11) % 7;  // 1970-01-01 was a Thursday (4)
      long long day = first + (date.day - firstWeekday + 7) % 7 + (date.week - 1) * 7;
      while (day >= first + daysInMonth(year, date.month)) day -= 7;  // week 5: the last such day
      days = day;
      break;
    }
  }
  return days * kDay + date.time;
}

struct RuleChange {
  UnixSeconds at;
  bool toDaylight;
  auto operator<=>(const RuleChange&) const = default;
};

// Both changes of each year in [firstYear, lastYear], in order. At equal instants the end of
// daylight time sorts first, so that a zone on daylight time all year (start at the instant the
// previous year's daylight time ends) stays on it.
std::vector<RuleChange> ruleChanges(const PosixRule& rule, long long firstYear, long long lastYear) {
  std::vector<RuleChange> changes;
  for (long long year = firstYear; year <= lastYear; ++year) {
    changes.push_back({localSeconds(rule.start, year) - rule.standard.offset, true});
    changes.push_back({localSeconds(rule.end, year) - rule.daylight->offset, false});
  }
  std::sort(changes.begin(), changes.end());
  return changes;
}

ZoneState posixStateAt(const PosixRule& rule, UnixSeconds at) {
  if (!rule.daylight) return rule.standard;
  // A rule time is at most 167 hours plus an offset away from its day, so two years back always
  // hold a change at or before `at`.
  long long year = utcYearOf(at);
  bool daylight = false;
  for (const auto& change : ruleChanges(rule, year - 2, year + 1))
    if (change.at <= at) daylight = change.toDaylight;
  return daylight ? *rule.daylight : rule.standard;
}

// ---- TZif files (RFC 8536).

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  std::size_t left() const { return bytes_.size() - pos_; }
  std::string_view take(std::size_t n) {
    if (n > left()) {
      pos_ = bytes_.size();
      failed_ = true;
      return {};
    }
    pos_ += n;
    return bytes_.substr(pos_ - n, n);
  }
  // A big-endian two's-complement integer of `size` bytes.
  std::int64_t integer(std::size_t size) {
    std::uint64_t value = 0;
    for (unsigned char c : take(size)) value = value << 8 | c;
    if (size < 8 && (value >> (size * 8 - 1)) != 0) value |= ~std::uint64_t{0} << (size * 8);
    return failed_ ? 0 : static_cast<std::int64_t>(value);
  }
  bool failed() const { return failed_; }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

struct TzifHeader {
  char version = 0;
  std::uint64_t isutcnt = 0, isstdcnt = 0, leapcnt = 0, timecnt = 0, typecnt = 0, charcnt = 0;

  std::uint64_t blockSize(std::uint64_t timeSize) const {
    return timecnt * (timeSize + 1) + typecnt * 6 + charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
  }
};

std::optional<TzifHeader> readHeader(ByteReader& in) {
  if (in.take(4) != "TZif") return std::nullopt;
  TzifHeader h;
  auto version = in.take(16);
  if (in.failed()) return std::nullopt;
  h.version = version[0];
  for (auto* count : {&h.isutcnt, &h.isstdcnt, &h.leapcnt, &h.timecnt, &h.typecnt, &h.charcnt})
    *count = static_cast<std::uint32_t>(in.integer(4));
  if (in.failed() || h.typecnt == 0 || h.charcnt == 0) return std::nullopt;
  if ((h.isutcnt != 0 && h.isutcnt != h.typecnt) || (h.isstdcnt != 0 && h.isstdcnt != h.typecnt)) return std::nullopt;
  return h;
}

struct TzifBlock {
  std::vector<ZoneState> types;
  std::vector<std::pair<UnixSeconds, int>> transitions;  // instant, type
};

std::optional<TzifBlock> readBlock(ByteReader& in, const TzifHeader& h, std::size_t timeSize) {
  // Leap seconds would make stored instants count TAI-like seconds, not the Unix time used here.
  if (h.leapcnt != 0 || h.blockSize(timeSize) > in.left()) return std::nullopt;
  TzifBlock block;
  std::vector<UnixSeconds> instants;
  for (std::uint64_t i = 0; i < h.timecnt; ++i) instants.push_back(in.integer(timeSize));
  if (!std::is_sorted(instants.begin(), instants.end(), std::less_equal<>())) return std::nullopt;
  for (auto at : instants) {
    auto type = in.integer(1) & 0xff;
    if (static_cast<std::uint64_t>(type) >= h.typecnt) return std::nullopt;
    block.transitions.emplace_back(at, static_cast<int>(type));
  }
  std::vector<std::pair<ZoneState, std::size_t>> types;  // abbreviation index until the names are read
  for (std::uint64_t i = 0; i < h.typecnt; ++i) {
    auto offset = in.integer(4);
    auto dst = in.integer(1) & 0xff;
    auto nameAt = static_cast<std::size_t>(in.integer(1) & 0xff);
    // RFC 8536 3.2: offsets lie strictly within -25 and +26 hours.
    if (offset <= -25 * 3600 || offset >= 26 * 3600 || dst > 1 || nameAt >= h.charcnt) return std::nullopt;
    types.push_back({ZoneState{static_cast<int>(offset), dst == 1, {}}, nameAt});
  }
  std::string_view names = in.take(h.charcnt);
  for (auto& [state, nameAt] : types) {
    auto end = names.find('\0', nameAt);
    if (end == std::string_view::npos) return std::nullopt;
    state.abbreviation = std::string(names.substr(nameAt, end - nameAt));
    block.types.push_back(std::move(state));
  }
  in.take(h.isstdcnt + h.isutcnt);  // standard/wall and UT/local flags matter only to zic
  if (in.failed()) return std::nullopt;
  return block;
}

// The footer of a version 2+ file: the TZ string between two newlines (possibly empty).
std::optional<std::string_view> readFooter(ByteReader& in) {
  if (in.take(1) != "\n") return std::nullopt;
  std::string_view rest = in.take(in.left());
  auto end = rest.find('\n');
  if (end == std::string_view::npos) return std::nullopt;
  return rest.substr(0, end);
}

// ---- The system database.

std::filesystem::path databaseDirectory() {
  const char* dir = std::getenv("TZDIR");
  return dir && *dir ? dir : "/usr/share/zoneinfo";
}

// Names that cannot leave the directory: no '.', no empty part, no leading '/'. "localtime" and
// "posixrules" are files of the database but not zones a person picks.
bool isZoneFileName(std::string_view name) {
  if (name.empty() || name.size() > 64 || name == "localtime" || name == "posixrules") return false;
  bool partStart = true;
  for (char c : name) {
    if (c == '/') {
      if (partStart) return false;
      partStart = true;
      continue;
    }
    bool safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' ||
                c == '-';
    if (!safe) return false;
    partStart = false;
  }
  return !partStart;
}

std::optional<std::string> readZoneFile(const std::filesystem::path& directory, std::string_view name) {
  namespace fs = std::filesystem;
  constexpr std::uintmax_t kMaxZoneFileSize = 1 << 20;  // real ones are a few kilobytes
  std::error_code ec;
  fs::path root = fs::canonical(directory, ec);
  if (ec) return std::nullopt;
  fs::path file = fs::canonical(root / fs::path(std::string(name)), ec);
  if (ec) return std::nullopt;
  // A symbolic link may lead out of the database (localtime → /etc/localtime); only what lies
  // inside it is a zone.
  auto [rootEnd, fileAt] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  if (rootEnd != root.end() || fileAt == file.end()) return std::nullopt;
  if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) > kMaxZoneFileSize || ec) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return bytes;
}

// One table for the process: the zone files are a read-only resource of the system, like the
// clock, and a calendar feed may be read many times a minute. Only zones that load are kept, so
// hostile names cannot grow it beyond the few hundred zones of the database.
class ZoneCache {
 public:
  std::shared_ptr<const TimeZone> find(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = zones_.find(key);
    return it == zones_.end() ? nullptr : it->second;
  }
  // Two threads may read the same file at once; the first to finish is kept.
  std::shared_ptr<const TimeZone> keep(const std::string& key, std::shared_ptr<const TimeZone> zone) {
    std::lock_guard lock(mutex_);
    return zones_.emplace(key, std::move(zone)).first->second;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const TimeZone>> zones_;
};

ZoneCache& zoneCache() {
  static ZoneCache cache;
  return cache;
}

}  // namespace

struct TimeZone::Footer {
  PosixRule rule;
};

std::optional<TimeZone> TimeZone::fromTzif(std::string name, std::string_view bytes) {
  ByteReader in(bytes);
  auto first = readHeader(in);
  if (!first) return std::nullopt;
  std::optional<TzifBlock> block;
  std::optional<std::string_view> footer;
  if (first->version == '\0') {  // version 1: 32-bit instants and no footer
    block = readBlock(in, *first, 4);
  } else {  // version 2+: skip the 32-bit data for the 64-bit copy that follows
    in.take(first->blockSize(4));
    auto second = readHeader(in);
    if (second) block = readBlock(in, *second, 8);
    if (block) footer = readFooter(in);
    if (!footer) return std::nullopt;
  }
  if (!block) return std::nullopt;
  TimeZone zone;
  zone.name_ = std::move(name);
  zone.types_ = std::move(block->types);
  for (const auto& [at, type] : block->transitions) zone.stored_.push_back({at, type});
  if (footer && !footer->empty()) {
    auto rule = parsePosixRule(*footer);
    if (!rule) return std::nullopt;
    zone.footer_ = std::make_shared<const Footer>(Footer{std::move(*rule)});
  }
  return zone;
}

ZoneState TimeZone::stateAt(UnixSeconds at) const {
  // RFC 8536 3.2: type 0 before the first transition; the footer after the last, or everywhere
  // when none is stored.
  if (stored_.empty() || at > stored_.back().at) {
    if (footer_) return posixStateAt(footer_->rule, std::clamp(at, kEarliest, kLatest));
    return stored_.empty() ? types_.front() : types_[stored_.back().type];
  }
  auto next = std::upper_bound(stored_.begin(), stored_.end(), at,
                               [](UnixSeconds t, const Stored& s) { return t < s.at; });
  return next == stored_.begin() ? types_.front() : types_[std::prev(next)->type];
}

std::vector<ZoneTransition> TimeZone::transitions(UnixSeconds from, UnixSeconds to) const {
  from = std::clamp(from, kEarliest, kLatest);
  to = std::clamp(to, kEarliest, kLatest);
  std::vector<UnixSeconds> candidates;
  for (const auto& s : stored_)
    if (s.at >= from && s.at < to) candidates.push_back(s.at);
  if (footer_) {
    UnixSeconds footerFrom = stored_.empty() ? from : std::max(from, stored_.back().at + 1);
    if (!stored_.empty() && footerFrom < to) candidates.push_back(footerFrom);  // in case the footer disagrees
    if (footer_->rule.daylight)
      for (const auto& change : ruleChanges(footer_->rule, utcYearOf(footerFrom) - 1, utcYearOf(to) + 1))
        if (change.at >= footerFrom && change.at < to) candidates.push_back(change.at);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<ZoneTransition> out;
  for (UnixSeconds at : candidates) {
    ZoneState before = stateAt(at - 1), after = stateAt(at);
    if (before == after) continue;  // a stored transition that changes nothing, or a rule's echo
    out.push_back({at, before.offset, after.offset, after.isDst, after.abbreviation});
  }
  return out;
}

bool isKnownTimeZone(std::string_view name) { return loadTimeZone(name) != nullptr; }

std::shared_ptr<const TimeZone> loadTimeZone(std::string_view name) {
  if (!isZoneFileName(name)) return nullptr;
  auto directory = databaseDirectory();
  std::string key = directory.string() + '\n' + std::string(name);
  if (auto zone = zoneCache().find(key)) return zone;
  auto bytes = readZoneFile(directory, name);
  if (!bytes) return nullptr;
  auto zone = TimeZone::fromTzif(std::string(name), *bytes);
  if (!zone) return nullptr;
  return zoneCache().keep(key, std::make_shared<const TimeZone>(std::move(*zone)));
}

}  // namespace accord
