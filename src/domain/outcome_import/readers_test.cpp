#include <gtest/gtest.h>

#include <sstream>

#include "domain/outcome_import/delimited.hpp"
#include "domain/outcome_import/readers.hpp"

namespace accord::domain {
namespace {

TEST(Delimited, SplitsOnTheDelimiterAndHonoursQuotes) {
  std::vector<std::string> f;
  ASSERT_TRUE(splitFields("01^61192^^0000000", '^', f));
  EXPECT_EQ(f, (std::vector<std::string>{"01", "61192", "", "0000000"}));
  ASSERT_TRUE(splitFields("\"01\",\"a, b\",\"say \"\"hi\"\"\",x", ',', f));
  EXPECT_EQ(f, (std::vector<std::string>{"01", "a, b", "say \"hi\"", "x"}));
  EXPECT_FALSE(splitFields("\"open,ended", ',', f));
}

TEST(Delimited, NumbersAreMissingMalformedOrRead) {
  double d = 0;
  EXPECT_EQ(readDecimal(" 45.25 ", d), NumberRead::kOk);
  EXPECT_EQ(d, 45.25);
  EXPECT_EQ(readDecimal("*", d), NumberRead::kMissing);
  EXPECT_EQ(readDecimal("", d), NumberRead::kMissing);
  EXPECT_EQ(readDecimal("4O.5", d), NumberRead::kMalformed);
  EXPECT_EQ(readDecimal("nan", d), NumberRead::kMalformed);
  long long n = 0;
  EXPECT_EQ(readWhole("5210", n), NumberRead::kOk);
  EXPECT_EQ(n, 5210);
  EXPECT_EQ(readWhole("52.5", n), NumberRead::kMalformed);
}

TEST(Delimited, LinesLoseTheirEndingsAndTheByteOrderMark) {
  std::istringstream in("\xEF\xBB\xBFheader\r\nrow 1\nrow 2");
  LineReader lines(in);
  std::string line;
  ASSERT_TRUE(lines.next(line));
  EXPECT_EQ(line, "header");
  ASSERT_TRUE(lines.next(line));
  EXPECT_EQ(line, "row 1");
  ASSERT_TRUE(lines.next(line));
  EXPECT_EQ(line, "row 2");
  EXPECT_EQ(lines.lineNumber(), 3);
  EXPECT_EQ(lines.bytesRead(), 22);  // the whole stream
  EXPECT_FALSE(lines.next(line));
  EXPECT_FALSE(lines.failed());
}

ImportContext context() {
  ImportContext c;
  c.districtCode = "0161192";
  c.currentYear = 2024;
  Metric ela;
  ela.id = 1;
  ela.key = "ela_met";
  Metric math;
  math.id = 2;
  math.key = "math_met";
  Metric grievances;
  grievances.id = 6;
  grievances.key = "grievances_filed";
  grievances.unit = "count";
  c.metrics = {{"ela_met", ela}, {"math_met", math}, {"grievances_filed", grievances}};
  c.schools = {{"01611920130229", 10}};
  return c;
}

constexpr const char* kHeader =
    "County Code^District Code^School Code^Filler^Test Year^Student Group ID^Test Type^Grade^Test ID^"
    "Students Tested^Students with Scores^Percentage Standard Met and Above";

TEST(CaasppReader, TellsTheStateTheDistrictItsSchoolsAndEveryoneElseApart) {
  auto c = context();
  auto reader = makeRowReader("caaspp", c);
  ASSERT_TRUE(reader->header(kHeader).ok());
  auto state = reader->row("00^00000^0000000^^2023^1^B^13^1^100^99^46.66");
  ASSERT_EQ(state.kind, RowKind::kValue);
  EXPECT_EQ(state.value.scope, "state");
  EXPECT_EQ(state.value.metricId, 1);
  EXPECT_EQ(state.value.n, 99);  // students with scores, which the percentage is of
  EXPECT_EQ(state.value.value, 46.66);
  auto district = reader->row("01^61192^0000000^^2023^001^B^13^2^100^99^40");
  ASSERT_EQ(district.kind, RowKind::kValue);
  EXPECT_EQ(district.value.scope, "district");
  EXPECT_EQ(district.value.group, "1");
  EXPECT_EQ(district.value.metricKey, "math_met");
  auto school = reader->row("1^61192^130229^^2023^160^B^13^1^*^*^*");  // zeros lost in a spreadsheet
  ASSERT_EQ(school.kind, RowKind::kValue);
  EXPECT_EQ(school.value.schoolId, 10);
  EXPECT_FALSE(school.value.value.has_value());
  EXPECT_FALSE(school.value.n.has_value());
  EXPECT_EQ(reader->row("01^00000^0000000^^2023^1^B^13^1^1^1^50").kind, RowKind::kSkipped);  // a county
  EXPECT_EQ(reader->row("01^61234^0000000^^2023^1^B^13^1^1^1^50").kind, RowKind::kSkipped);  // another district
  EXPECT_EQ(reader->row("01^61192^0000000^^2023^1^B^05^1^1^1^50").kind, RowKind::kSkipped);  // grade 5
  EXPECT_EQ(reader->row("01^61192^0000000^^2023^1^B^13^3^1^1^50").kind, RowKind::kSkipped);  // another test
  // An unknown school of another grade is skipped, not an error.
  EXPECT_EQ(reader->row("01^61192^9999999^^2023^1^B^03^1^1^1^50").kind, RowKind::kSkipped);
}

TEST(CaasppReader, ReportsEachProblemOfARowByColumn) {
  auto c = context();
  auto reader = makeRowReader("caaspp", c);
  ASSERT_TRUE(reader->header(kHeader).ok());
  auto bad = reader->row("01^61192^9999999^^2031^1^B^13^1^100^x^101");
  ASSERT_EQ(bad.kind, RowKind::kFailed);
  ASSERT_EQ(bad.problems.size(), 4u);
  EXPECT_EQ(bad.problems[0].column, "School Code");
  EXPECT_EQ(bad.problems[1].column, "Test Year");
  EXPECT_EQ(bad.problems[1].reason, "is a year in the future");
  EXPECT_EQ(bad.problems[2].column, "Students with Scores");
  EXPECT_EQ(bad.problems[3].reason, "out of range: a percentage is 0 to 100");
  EXPECT_EQ(reader->row("01^61192").problems[0].reason, "has 2 fields; the header has more");
}

TEST(CaasppReader, AFileWithoutTheColumnsIsNotACaasppFile) {
  auto c = context();
  auto reader = makeRowReader("caaspp", c);
  auto header = reader->header("metric,year,value");
  ASSERT_FALSE(header.ok());
  EXPECT_EQ(header.error().field, "County Code");
  // The older names and a comma-delimited, quoted header are one.
  auto old = makeRowReader("caaspp", c);
  EXPECT_TRUE(old->header("\"County Code\",\"District Code\",\"School Code\",\"Test Year\",\"Subgroup ID\","
                          "\"Test Id\",\"Grade\",\"Students Tested\",\"Percentage Standard Met and Above\"")
                  .ok());
  EXPECT_EQ(old->row("\"01\",\"61192\",\"0000000\",\"2019\",\"1\",\"1\",\"13\",\"5300\",\"44.1\"").value.value, 44.1);
}

TEST(ValueCsvReader, ChecksValuesAgainstTheirMetricsUnit) {
  auto c = context();
  auto reader = makeRowReader("csv", c);
  auto header = reader->header("Metric, Year ,value,school_code,extra");
  ASSERT_TRUE(header.ok());
  ASSERT_EQ(header->size(), 1u);
  EXPECT_EQ((*header)[0].column, "extra");
  EXPECT_EQ(reader->row("grievances_filed,2023,140,,").kind, RowKind::kValue);  // a count may pass 100
  EXPECT_EQ(reader->row("ela_met,2023,140,,").problems[0].column, "value");
  auto school = reader->row("ela_met,2023,40,0130229,");
  ASSERT_EQ(school.kind, RowKind::kValue);
  EXPECT_EQ(school.value.scope, "school");
  EXPECT_EQ(school.value.schoolId, 10);
  EXPECT_FALSE(makeRowReader("csv", c)->header("metric,year,year,value").ok());
}

}  // namespace
}  // namespace accord::domain
