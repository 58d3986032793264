#include "domain/directory/ccd_reader.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace accord::domain {
namespace {

struct Read {
  CcdReadReport report;
  std::vector<DirectoryEntry> entries;
};

Read read(const std::string& text) {
  std::istringstream in(text);
  Read out;
  auto r = readCcdFile(in, [&](const DirectoryEntry& e) -> Result<void> {
    out.entries.push_back(e);
    return Ok{};
  });
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
  if (r.ok()) out.report = *r;
  return out;
}

TEST(DirectoryCcdReader, ReadsTheDirectoryFile) {
  auto r = read(
      "SCHOOL_YEAR,FIPST,STATENAME,ST,LEA_NAME,STATE_AGENCY_NO,UNION,ST_LEAID,LEAID,LEA_TYPE_TEXT\r\n"
      "2022-2023,06,CALIFORNIA,CA,Harbor Unified,01,,CA-0161119,0612345,Regular public school district\r\n"
      "2022-2023,06,CALIFORNIA,CA,\"Valley, Joint Unified\",01,,CA-0161120,612346,Regular public school district\r\n");
  EXPECT_EQ(r.report.layout, "directory");
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_EQ(r.entries[0].ncesId, "0612345");
  EXPECT_EQ(r.entries[0].name, "Harbor Unified");
  EXPECT_EQ(r.entries[0].state, "CA");
  EXPECT_EQ(r.entries[0].schoolYear, "2022-2023");
  EXPECT_FALSE(r.entries[0].enrollment);
  EXPECT_EQ(r.entries[1].ncesId, "0612346");
  EXPECT_EQ(r.entries[1].name, "Valley, Joint Unified");
}

TEST(DirectoryCcdReader, EachBadRowNamesItsLineColumnAndReason) {
  auto r = read(
      "LEAID,LEA_NAME,ST,MEMBER\n"
      "0612345,Harbor Unified,CA,12000\n"
      "61A345,Bad Id,CA,10\n"
      "0612347,,CA,10\n"
      "0612348,Bad State,California,10\n"
      "0612349,Bad Count,CA,many\n"
      "0612350,Suppressed,CA,-9\n");
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_EQ(r.entries[0].enrollment, 12000);
  EXPECT_FALSE(r.entries[1].enrollment);
  EXPECT_EQ(r.report.rowsRead, 6);
  EXPECT_EQ(r.report.rowsFailed, 4);
  ASSERT_EQ(r.report.errors.size(), 4u);
  EXPECT_EQ(r.report.errors[0].line, 3);
  EXPECT_EQ(r.report.errors[0].column, "LEAID");
  EXPECT_EQ(r.report.errors[1].column, "LEA_NAME");
  EXPECT_EQ(r.report.errors[2].column, "ST");
  EXPECT_EQ(r.report.errors[3].line, 6);
  EXPECT_EQ(r.report.errors[3].column, "MEMBER");
}

TEST(DirectoryCcdReader, SumsTheMembershipFile) {
  const std::string header =
      "SCHOOL_YEAR,FIPST,STATENAME,ST,LEA_NAME,STATE_AGENCY_NO,UNION,ST_LEAID,LEAID,GRADE,RACE_ETHNICITY,SEX,"
      "STUDENT_COUNT,TOTAL_INDICATOR,DMS_FLAG\n";
  auto row = [](const std::string& grade, const std::string& race, const std::string& sex, const std::string& count,
                const std::string& indicator) {
    return "2022-2023,06,CALIFORNIA,CA,Harbor Unified,01,,CA-01,0612345," + grade + "," + race + "," + sex + "," +
           count + "," + indicator + ",Reported\n";
  };
  auto r = read(header + row("No Category Codes", "No Category Codes", "No Category Codes", "1000",
                             "Education Unit Total") +
                row("No Category Codes", "No Category Codes", "No Category Codes", "980",
                    "Derived - Education Unit Total minus Adult Education Count") +
                row("No Category Codes", "White", "Female", "150",
                    "Derived - Subtotal by Race/Ethnicity and Sex minus Adult Education Count") +
                row("No Category Codes", "White", "Male", "95",
                    "Derived - Subtotal by Race/Ethnicity and Sex minus Adult Education Count") +
                row("Grade 1", "White", "Male", "12", "Category Set A - By Race/Ethnicity; Sex; Grade") +
                row("Grade 1", "Hispanic/Latino", "Male", "-1", "Category Set A - By Race/Ethnicity; Sex; Grade"));
  EXPECT_EQ(r.report.layout, "membership");
  ASSERT_EQ(r.entries.size(), 1u);
  EXPECT_EQ(r.entries[0].enrollment, 980);
  ASSERT_TRUE(r.entries[0].minorityPct);
  EXPECT_NEAR(*r.entries[0].minorityPct, 100.0 * (980 - 245) / 980, 1e-9);
}

TEST(DirectoryCcdReader, ALineThatIsNotUtf8TextIsARowError) {
  auto r = read(
      "LEAID,LEA_NAME,ST,MEMBER\n"
      "3501980,Pe\xF1" "asco Independent Schools,NM,352\n"  // Latin-1, as a spreadsheet may save it
      "3501981,Pe\xC3\xB1" "asco Independent Schools,NM,352\n");
  ASSERT_EQ(r.entries.size(), 1u);
  EXPECT_EQ(r.entries[0].ncesId, "3501981");
  ASSERT_EQ(r.report.errors.size(), 1u);
  EXPECT_EQ(r.report.errors[0].line, 2);
  EXPECT_EQ(r.report.errors[0].column, "line");
}

TEST(DirectoryCcdReader, ACountBeyondAnyDistrictIsMalformed) {
  auto r = read(
      "LEAID,LEA_NAME,ST,MEMBER\n"
      "0612345,Harbor Unified,CA,1e30\n"
      "0612346,Valley Unified,CA,1000000000\n");
  ASSERT_EQ(r.entries.size(), 1u);
  EXPECT_EQ(r.entries[0].enrollment, 1000000000);
  ASSERT_EQ(r.report.errors.size(), 1u);
  EXPECT_EQ(r.report.errors[0].column, "MEMBER");
}

TEST(DirectoryCcdReader, RefusesAFileThatIsNotAnNcesDistrictFile) {
  std::istringstream in("name,state\nHarbor,CA\n");
  auto r = readCcdFile(in, [](const DirectoryEntry&) -> Result<void> { return Ok{}; });
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "file");
}

}  // namespace
}  // namespace accord::domain
