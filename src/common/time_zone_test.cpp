#include "common/time_zone.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <unistd.h>

namespace accord {
namespace {

constexpr UnixSeconds k2026 = 1767225600;  // 2026-01-01T00:00:00Z
constexpr UnixSeconds k2027 = 1798761600;
constexpr UnixSeconds k2090 = 3786912000;
constexpr UnixSeconds k2091 = 3818448000;
constexpr UnixSeconds kMidsummer2026 = 1782864000;  // 2026-07-01T00:00:00Z

std::shared_ptr<const TimeZone> zone(const char* name) {
  auto z = loadTimeZone(name);
  EXPECT_NE(z, nullptr) << name << " (is tzdata installed?)";
  return z;
}

void expectTransition(const ZoneTransition& t, UnixSeconds at, int before, int after, bool isDst,
                      const std::string& abbreviation) {
  EXPECT_EQ(t.at, at);
  EXPECT_EQ(t.offsetBefore, before);
  EXPECT_EQ(t.offsetAfter, after);
  EXPECT_EQ(t.isDst, isDst);
  EXPECT_EQ(t.abbreviation, abbreviation);
}

// ---- A TZif file written by hand: version 2, the given types and transitions, and a footer.

std::string bigEndian(std::int64_t value, int size) {
  std::string out;
  for (int i = size - 1; i >= 0; --i) out += static_cast<char>((static_cast<std::uint64_t>(value) >> (i * 8)) & 0xff);
  return out;
}

struct Type {
  int offset;
  bool isDst;
  std::string abbreviation;
};

std::string header(char version, std::size_t leaps, std::size_t times, std::size_t types, std::size_t chars) {
  std::string h = "TZif";
  h += version;
  h += std::string(15, '\0');
  for (std::size_t count : {std::size_t{0}, std::size_t{0}, leaps, times, types, chars}) h += bigEndian(count, 4);
  return h;
}

std::string tzif(const std::vector<Type>& types, const std::vector<std::pair<UnixSeconds, int>>& transitions,
                 const std::string& footer, std::size_t leaps = 0) {
  // The version 1 part, which readers of version 2 skip: one empty type.
  std::string file = header('2', 0, 0, 1, 1) + bigEndian(0, 4) + bigEndian(0, 1) + bigEndian(0, 1) + '\0';
  std::string names;
  std::string typeBytes;
  for (const auto& t : types) {
    typeBytes += bigEndian(t.offset, 4) + bigEndian(t.isDst ? 1 : 0, 1) + bigEndian(static_cast<int>(names.size()), 1);
    names += t.abbreviation + '\0';
  }
  file += header('2', leaps, transitions.size(), types.size(), names.size());
  for (const auto& [at, type] : transitions) file += bigEndian(at, 8);
  for (const auto& [at, type] : transitions) file += bigEndian(type, 1);
  file += typeBytes + names;
  for (std::size_t i = 0; i < leaps; ++i) file += bigEndian(78796800, 8) + bigEndian(1, 4);
  return file + "\n" + footer + "\n";
}

std::optional<TimeZone> footerOnly(const std::string& footer) {
  return TimeZone::fromTzif("Test/Footer", tzif({{0, false, "XST"}}, {}, footer));
}

// ---- The system database.

TEST(TimeZone, MadridChangesToSummerTimeAndBackIn2026) {
  auto madrid = zone("Europe/Madrid");
  ASSERT_NE(madrid, nullptr);
  auto changes = madrid->transitions(k2026, k2027);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 1774746000, 3600, 7200, true, "CEST");   // 2026-03-29T01:00:00Z
  expectTransition(changes[1], 1792890000, 7200, 3600, false, "CET");   // 2026-10-25T01:00:00Z
  EXPECT_EQ(madrid->offsetAt(k2026), 3600);
  EXPECT_EQ(madrid->offsetAt(kMidsummer2026), 7200);
  EXPECT_EQ(madrid->offsetAt(1774746000 - 1), 3600);
  EXPECT_EQ(madrid->offsetAt(1774746000), 7200);
}

TEST(TimeZone, TokyoHasNoTransitionsInOurTime) {
  auto tokyo = zone("Asia/Tokyo");
  ASSERT_NE(tokyo, nullptr);
  EXPECT_TRUE(tokyo->transitions(0, k2091).empty());
  EXPECT_EQ(tokyo->stateAt(k2026), (ZoneState{32400, false, "JST"}));
  EXPECT_EQ(tokyo->offsetAt(k2090), 32400);
}

TEST(TimeZone, UtcIsAZoneWithoutOffset) {
  auto utc = zone("UTC");
  ASSERT_NE(utc, nullptr);
  EXPECT_TRUE(utc->transitions(0, k2091).empty());
  EXPECT_EQ(utc->stateAt(k2026), (ZoneState{0, false, "UTC"}));
  EXPECT_EQ(utc->name(), "UTC");
}

TEST(TimeZone, LosAngelesFollowsTheUsRules) {
  auto la = zone("America/Los_Angeles");
  ASSERT_NE(la, nullptr);
  auto changes = la->transitions(k2026, k2027);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 1772964000, -28800, -25200, true, "PDT");  // 2026-03-08T10:00:00Z
  expectTransition(changes[1], 1793523600, -25200, -28800, false, "PST");  // 2026-11-01T09:00:00Z
}

TEST(TimeZone, LordHoweMovesByHalfAnHour) {
  auto lordHowe = zone("Australia/Lord_Howe");
  ASSERT_NE(lordHowe, nullptr);
  auto changes = lordHowe->transitions(k2026, k2027);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 1775314800, 39600, 37800, false, "+1030");  // 2026-04-04T15:00:00Z
  expectTransition(changes[1], 1791041400, 37800, 39600, true, "+11");     // 2026-10-03T15:30:00Z
}

TEST(TimeZone, SydneyHasSummerTimeAcrossTheNewYear) {
  auto sydney = zone("Australia/Sydney");
  ASSERT_NE(sydney, nullptr);
  auto changes = sydney->transitions(k2026, k2027);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 1775318400, 39600, 36000, false, "AEST");  // 2026-04-04T16:00:00Z
  expectTransition(changes[1], 1791043200, 36000, 39600, true, "AEDT");   // 2026-10-03T16:00:00Z
  EXPECT_EQ(sydney->offsetAt(k2026), 39600);
  EXPECT_EQ(sydney->offsetAt(kMidsummer2026), 36000);
}

TEST(TimeZone, SaoPauloNoLongerKeepsSummerTime) {
  auto saoPaulo = zone("America/Sao_Paulo");
  ASSERT_NE(saoPaulo, nullptr);
  EXPECT_TRUE(saoPaulo->transitions(k2026, k2091).empty());
  EXPECT_EQ(saoPaulo->offsetAt(k2026), -10800);
}

TEST(TimeZone, YearsPastTheStoredTransitionsFollowTheFooterRule) {
  auto madrid = zone("Europe/Madrid");
  ASSERT_NE(madrid, nullptr);
  auto changes = madrid->transitions(k2090, k2091);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 3794173200, 3600, 7200, true, "CEST");  // 2090-03-26T01:00:00Z
  expectTransition(changes[1], 3812922000, 7200, 3600, false, "CET");  // 2090-10-29T01:00:00Z
  auto santiago = zone("America/Santiago");  // <-04>4<-03>,M9.1.6/24,M4.1.6/24
  ASSERT_NE(santiago, nullptr);
  changes = santiago->transitions(k2090, k2091);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 3794785200, -10800, -14400, false, "-04");  // 2090-04-02T03:00:00Z
  expectTransition(changes[1], 3808094400, -14400, -10800, true, "-03");   // 2090-09-03T04:00:00Z
}

TEST(TimeZone, TransitionsAcrossTheEndOfTheStoredOnesAreContinuous) {
  auto la = zone("America/Los_Angeles");
  ASSERT_NE(la, nullptr);
  auto changes = la->transitions(k2026, k2091);
  ASSERT_EQ(changes.size(), 2u * 65);
  for (std::size_t i = 1; i < changes.size(); ++i) {
    EXPECT_LT(changes[i - 1].at, changes[i].at);
    EXPECT_EQ(changes[i - 1].offsetAfter, changes[i].offsetBefore) << i;
  }
}

TEST(TimeZone, RefusesNamesThatAreNotZones) {
  for (const char* name : {"../etc/passwd", "/etc/passwd", "Europe/../../../etc/passwd", "Europe/./Madrid",
                           "Europe//Madrid", "Europe/Madrid/", "/Europe/Madrid", "localtime", "posixrules", "",
                           "Europe", "Europe/Nowhere", "zone.tab", "tzdata.zi", "Europe/Madrid ", "Europe\\Madrid",
                           "Pacific Time; DROP", "right/Europe/Madrid"})
    EXPECT_FALSE(isKnownTimeZone(name)) << name;
  EXPECT_FALSE(isKnownTimeZone(std::string_view("Europe/Madrid\0x", 15)));
  EXPECT_FALSE(isKnownTimeZone(std::string(65, 'A')));
  EXPECT_EQ(loadTimeZone("../etc/passwd"), nullptr);
}

TEST(TimeZone, KnowsTheNamesOfTheDatabase) {
  for (const char* name : {"Europe/Madrid", "America/Chicago", "America/Argentina/Buenos_Aires", "Etc/GMT+5",
                           "UTC", "Asia/Kolkata", "America/Port-au-Prince"})
    EXPECT_TRUE(isKnownTimeZone(name)) << name;
}

TEST(TimeZone, ZonesAreLoadedOnceAndSharedBetweenThreads) {
  std::vector<std::shared_ptr<const TimeZone>> seen(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i)
    threads.emplace_back([&seen, i] { seen[i] = loadTimeZone("Pacific/Chatham"); });
  for (auto& t : threads) t.join();
  ASSERT_NE(seen[0], nullptr);
  for (const auto& z : seen) EXPECT_EQ(z, seen[0]);
  EXPECT_EQ(loadTimeZone("Pacific/Chatham"), seen[0]);
}

// ---- $TZDIR, with a database of hand-written files.

class TimeZoneDirectory : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("accord-tz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_ / "Test");
    std::ofstream(dir_ / "Test" / "Slim", std::ios::binary)
        << tzif({{3600, false, "CET"}}, {}, "CET-1CEST,M3.5.0,M10.5.0/3");
    std::ofstream(dir_ / "Test" / "Text") << "not a zone\n";
    std::filesystem::create_directory_symlink(dir_ / "Test", dir_ / "Alias");
    // A real zone, but outside this database.
    std::filesystem::create_symlink("/usr/share/zoneinfo/Europe/Madrid", dir_ / "Escape");
    setenv("TZDIR", dir_.c_str(), 1);
  }
  void TearDown() override {
    unsetenv("TZDIR");
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
};

TEST_F(TimeZoneDirectory, ReadsZonesFromTzdir) {
  auto slim = loadTimeZone("Test/Slim");
  ASSERT_NE(slim, nullptr);
  auto changes = slim->transitions(k2026, k2027);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 1774746000, 3600, 7200, true, "CEST");
  expectTransition(changes[1], 1792890000, 7200, 3600, false, "CET");
  EXPECT_FALSE(isKnownTimeZone("Europe/Madrid"));  // not in this database
}

TEST_F(TimeZoneDirectory, FollowsLinksOnlyWithinTheDatabase) {
  EXPECT_TRUE(isKnownTimeZone("Alias/Slim"));
  EXPECT_FALSE(isKnownTimeZone("Escape"));
  EXPECT_FALSE(isKnownTimeZone("Test/Text"));  // not a TZif file
  EXPECT_FALSE(isKnownTimeZone("Test"));       // a directory
}

// ---- TZif contents and footer rules.

TEST(TimeZone, UsesTheStoredTransitionsThenTheFooter) {
  auto z = TimeZone::fromTzif("Test/Stored", tzif({{-18000, false, "EST"}, {-14400, true, "EDT"}},
                                                  {{1000, 1}, {2000, 0}}, "<+09>-9"));
  ASSERT_TRUE(z);
  EXPECT_EQ(z->offsetAt(999), -18000);  // type 0 before the first transition
  EXPECT_EQ(z->offsetAt(1000), -14400);
  EXPECT_EQ(z->offsetAt(2000), -18000);
  EXPECT_EQ(z->stateAt(2001), (ZoneState{32400, false, "+09"}));  // then the footer
  auto changes = z->transitions(0, 3000);
  ASSERT_EQ(changes.size(), 3u);
  expectTransition(changes[0], 1000, -18000, -14400, true, "EDT");
  expectTransition(changes[1], 2000, -14400, -18000, false, "EST");
  expectTransition(changes[2], 2001, -18000, 32400, false, "+09");
}

TEST(TimeZone, ReadsRulesWithJulianAndZeroBasedDays) {
  auto julian = footerOnly("XST0XDT,J60/0,J300/0");  // J60 is 1 March, leap year or not
  ASSERT_TRUE(julian);
  EXPECT_EQ(julian->transitions(1835395200 - 86400, 1835395200 + 3 * 86400).at(0).at, 1835481600);  // 2028-03-01
  auto zeroBased = footerOnly("XST0XDT,59/2,300");  // day 59 is 29 February in a leap year
  ASSERT_TRUE(zeroBased);
  EXPECT_EQ(zeroBased->transitions(1835395200 - 86400, 1835395200 + 3 * 86400).at(0).at, 1835402400);  // 02:00
}

TEST(TimeZone, ReadsRuleTimesBeforeMidnightAndPastADay) {
  auto nuuk = footerOnly("<-02>2<-01>,M3.5.0/-1,M10.5.0/0");  // 23:00 the day before the last Sunday
  ASSERT_TRUE(nuuk);
  auto changes = nuuk->transitions(k2026, k2027);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 1774746000, -7200, -3600, true, "-01");  // 2026-03-29T01:00:00Z
  auto jerusalem = footerOnly("IST-2IDT,M3.4.4/26,M10.5.0");  // 02:00 the day after the fourth Thursday
  ASSERT_TRUE(jerusalem);
  changes = jerusalem->transitions(k2026, k2027);
  ASSERT_EQ(changes.size(), 2u);
  expectTransition(changes[0], 1774569600, 7200, 10800, true, "IDT");  // 2026-03-27T00:00:00Z
}

TEST(TimeZone, ReadsAZoneOnDaylightTimeAllYear) {
  auto z = footerOnly("EST5EDT,0/0,J365/25");
  ASSERT_TRUE(z);
  EXPECT_TRUE(z->transitions(k2026, k2091).empty());
  EXPECT_EQ(z->stateAt(k2026), (ZoneState{-14400, true, "EDT"}));
  EXPECT_EQ(z->stateAt(k2026 + 5 * 3600), (ZoneState{-14400, true, "EDT"}));
}

TEST(TimeZone, RefusesFooterRulesItCannotRead) {
  EXPECT_FALSE(footerOnly("EST5EDT"));                    // daylight time with no rule
  EXPECT_FALSE(footerOnly("<+09-9"));                     // unclosed name
  EXPECT_FALSE(footerOnly("AB-1"));                       // name too short
  EXPECT_FALSE(footerOnly("CET-1CEST,M13.1.0,M10.5.0"));  // no 13th month
  EXPECT_FALSE(footerOnly("CET-1CEST,M3.5.0,M10.5.0/168"));
  EXPECT_FALSE(footerOnly("CET-1CEST,M3.5.0,M10.5.0 "));
  EXPECT_FALSE(footerOnly("CET-25"));
  EXPECT_TRUE(footerOnly("CET-1CEST,M3.5.0,M10.5.0/-167"));
}

TEST(TimeZone, RefusesMalformedFiles) {
  std::string good = tzif({{3600, false, "CET"}}, {}, "CET-1");
  EXPECT_TRUE(TimeZone::fromTzif("Test/Good", good));
  EXPECT_FALSE(TimeZone::fromTzif("Test/Cut", good.substr(0, good.size() - 1)));  // no closing newline
  EXPECT_FALSE(TimeZone::fromTzif("Test/Short", good.substr(0, 60)));
  EXPECT_FALSE(TimeZone::fromTzif("Test/Magic", "TZxf" + good.substr(4)));
  EXPECT_FALSE(TimeZone::fromTzif("Test/Leap", tzif({{0, false, "UTC"}}, {}, "UTC0", 1)));
  auto backwards = tzif({{0, false, "A"}, {3600, false, "B"}}, {{2000, 1}, {1000, 0}}, "");
  EXPECT_FALSE(TimeZone::fromTzif("Test/Order", backwards));
  EXPECT_FALSE(TimeZone::fromTzif("Test/Type", tzif({{0, false, "A"}}, {{1000, 3}}, "")));
  EXPECT_FALSE(TimeZone::fromTzif("Test/Offset", tzif({{26 * 3600, false, "A"}}, {}, "")));
}

}  // namespace
}  // namespace accord
