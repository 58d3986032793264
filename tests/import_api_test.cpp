// Imports of outcome data: CAASPP research files as the state publishes them, Accord's CSV
// formats, the job and its error report, and what a failed import leaves behind.
#include <cstdio>
#include <future>
#include <sstream>
#include <streambuf>

#include "domain/outcome_import/use_cases.hpp"
#include "outcome_fixture.hpp"
#include "store/open_store.hpp"

namespace accord::testing {
namespace {

// The research file layout of 2021–2023: caret-delimited, "Student Group ID", "Test ID".
constexpr const char* kCaretHeader =
    "County Code^District Code^School Code^Filler^Test Year^Student Group ID^Test Type^"
    "Total Tested at Reporting Level^Total Tested with Scores at Reporting Level^Grade^Test ID^Students Enrolled^"
    "Students Tested^Mean Scale Score^Percentage Standard Exceeded^Percentage Standard Met^"
    "Percentage Standard Met and Above^Percentage Standard Nearly Met^Percentage Standard Not Met^"
    "Students with Scores^Area 1 Percentage Above Standard^Area 1 Percentage Near Standard^"
    "Area 1 Percentage Below Standard\r\n";

std::string caretRow(const std::string& cds, int year, const std::string& group, const std::string& grade,
                     int test, const std::string& percent, const std::string& withScores) {
  std::string county = cds.substr(0, 2), district = cds.substr(2, 5), school = cds.substr(7, 7);
  return county + "^" + district + "^" + school + "^    ^" + std::to_string(year) + "^" + group + "^B^5210^" +
         withScores + "^" + grade + "^" + std::to_string(test) + "^5400^5210^2489.1^20.10^25.30^" + percent +
         "^24.00^30.60^" + withScores + "^20.00^50.00^30.00\r\n";
}

constexpr const char* kState = "00000000000000";
constexpr const char* kCounty = "01000000000000";
constexpr const char* kOurDistrict = "01611920000000";
constexpr const char* kOtherDistrict = "01612340000000";
constexpr const char* kOtherSchool = "01612346000001";

// A statewide file in the caret layout: the state, a county, this district and its schools,
// another district; all grades and a single grade; ELA, mathematics and another test.
std::string caretFile(int year = 2023, const std::string& districtEla = "51.20") {
  std::string f = kCaretHeader;
  f += caretRow(kState, year, "1", "13", 1, "46.66", "4612345");
  f += caretRow(kState, year, "1", "13", 2, "34.62", "4598765");
  f += caretRow(kCounty, year, "1", "13", 1, "55.00", "98000");
  f += caretRow(kOurDistrict, year, "1", "13", 1, districtEla, "5210");
  f += caretRow(kOurDistrict, year, "1", "13", 2, "40.10", "5190");
  f += caretRow(kOurDistrict, year, "160", "13", 1, "12.50", "1200");
  f += caretRow(kLincolnCode, year, "1", "13", 1, "55.00", "410");
  f += caretRow(kLincolnCode, year, "160", "13", 1, "*", "*");  // suppressed: fewer than 11 students
  f += caretRow(kLincolnCode, year, "1", "03", 1, "60.00", "140");
  f += caretRow(kWashingtonCode, year, "1", "13", 2, "33.30", "600");
  f += caretRow(kOtherDistrict, year, "1", "13", 1, "70.00", "8000");
  f += caretRow(kOtherSchool, year, "1", "13", 1, "71.00", "300");
  f += caretRow(kOurDistrict, year, "1", "13", 3, "10.00", "5210");
  return f;
}

// The layout of 2015–2019: comma-delimited and quoted, "Subgroup ID", "Test Id", "Students Tested".
std::string oldCommaFile() {
  std::string header =
      "\"County Code\",\"District Code\",\"School Code\",\"Filler\",\"Test Year\",\"Subgroup ID\",\"Test Type\","
      "\"Total Tested At Entity Level\",\"Total Tested with Scores\",\"Grade\",\"Test Id\","
      "\"CAASPP Reported Enrollment\",\"Students Tested\",\"Mean Scale Score\",\"Percentage Standard Exceeded\","
      "\"Percentage Standard Met\",\"Percentage Standard Met and Above\",\"Percentage Standard Nearly Met\","
      "\"Percentage Standard Not Met\",\"Students with Scores\"\r\n";
  auto row = [](const char* c, const char* d, const char* s, const char* group, const char* grade, const char* test,
                const char* percent, const char* n) {
    return std::string("\"") + c + "\",\"" + d + "\",\"" + s + "\",\"\",\"2019\",\"" + group + "\",\"B\",\"900\",\"" +
           n + "\",\"" + grade + "\",\"" + test + "\",\"950\",\"" + n + "\",\"2450.5\",\"15\",\"25\",\"" + percent +
           "\",\"30\",\"30\",\"" + n + "\"\r\n";
  };
  return header + row("00", "00000", "0000000", "1", "13", "1", "50.87", "3200000") +
         row("01", "61192", "0000000", "1", "13", "1", "44.10", "5300") +
         row("01", "61192", "0000000", "1", "13", "2", "", "") +  // empty: missing, as "*"
         row("01", "61192", "0130229", "31", "13", "2", "38.00", "120") +
         row("01", "61234", "0000000", "1", "13", "1", "61.00", "900");
}

// A stream that fails after `good` bytes, as a disk or a network read may.
class FailingSource final : public std::streambuf {
 public:
  FailingSource(std::string text, std::size_t good) : text_(std::move(text)), good_(good) {}

 protected:
  int_type underflow() override {
    if (served_ >= good_) throw std::runtime_error("read error");
    std::size_t n = std::min<std::size_t>(4096, good_ - served_);
    setg(text_.data() + served_, text_.data() + served_, text_.data() + served_ + n);
    served_ += n;
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string text_;
  std::size_t good_;
  std::size_t served_ = 0;
};

class ImportApi : public OutcomeApi {
 protected:
  nlohmann::json value(const std::string& query) {
    auto items = values(query);
    EXPECT_EQ(items.size(), 1u) << query << " " << items.dump();
    return items.empty() ? nlohmann::json() : items[0];
  }
  nlohmann::json errors(long long job, const std::string& query = "limit=200") {
    auto r = get(base_ + "/imports/" + std::to_string(job) + "/errors?" + query, &super_);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
};
ACCORD_ON_EVERY_BACKEND(ImportApi);

TEST_P(ImportApi, ACaasppFileGivesTheStateTheDistrictAndItsSchools) {
  auto job = importFile("caaspp", caretFile());
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  EXPECT_EQ(job["rows_read"], 13);
  EXPECT_EQ(job["rows_imported"], 8);  // state ×2, district ×3, Lincoln ×2, Washington
  EXPECT_EQ(job["rows_skipped"], 5);   // the county, grade 3, another district and its school, test 3
  EXPECT_EQ(job["rows_failed"], 0);
  EXPECT_TRUE(errors(job["id"])["items"].empty());

  auto state = value("metric=ela_met&scope=state&group=1");
  EXPECT_EQ(state["value"], 46.66);
  EXPECT_EQ(state["n"], 4612345);
  EXPECT_EQ(state["year"], 2023);
  EXPECT_EQ(state["source"], "caaspp");
  EXPECT_EQ(state["import_id"], job["id"]);
  EXPECT_EQ(value("metric=math_met&scope=state")["value"], 34.62);
  auto district = value("metric=ela_met&scope=district&group=1");
  EXPECT_EQ(district["value"], 51.2);
  EXPECT_EQ(district["n"], 5210);
  EXPECT_EQ(value("metric=ela_met&scope=district&group=160")["value"], 12.5);
  EXPECT_EQ(value("metric=ela_met&school=" + std::to_string(lincoln_) + "&group=1")["value"], 55.0);
  auto suppressed = value("metric=ela_met&school=" + std::to_string(lincoln_) + "&group=160");
  EXPECT_TRUE(suppressed["value"].is_null());  // "*" is missing, never 0
  EXPECT_TRUE(suppressed["n"].is_null());
  EXPECT_EQ(value("metric=math_met&school=" + std::to_string(washington_))["value"], 33.3);
  EXPECT_EQ(values("").size(), 8u);

  auto series = get(base_ + "/metrics/ela_met/series", &outsider_).json()["series"];
  EXPECT_EQ(series[0]["points"][0]["value"], 51.2);
  EXPECT_EQ(series[1]["points"][0]["value"], 46.66);
}

TEST_P(ImportApi, AnOlderCommaFileWithSubgroupIdsIsReadToo) {
  auto job = importFile("caaspp", oldCommaFile());
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  EXPECT_EQ(job["rows_imported"], 4);
  EXPECT_EQ(job["rows_skipped"], 1);
  EXPECT_EQ(value("metric=ela_met&scope=state")["value"], 50.87);
  EXPECT_EQ(value("metric=ela_met&scope=district")["n"], 5300);
  auto missing = value("metric=math_met&scope=district");
  EXPECT_TRUE(missing["value"].is_null());
  EXPECT_EQ(value("metric=math_met&scope=school&group=31")["value"], 38.0);
}

TEST_P(ImportApi, TheNewestLayoutWithTotalStudentsTestedWithScoresIsReadToo) {
  std::string file =
      "County Code^District Code^School Code^Filler^Test Year^Type ID^Test Type^Test ID^Student Group ID^Grade^"
      "Total Students Enrolled^Total Students Tested^Total Students Tested with Scores^Mean Scale Score^"
      "Percentage Standard Exceeded^Percentage Standard Met^Percentage Standard Met and Above^"
      "Count Standard Met and Above\n"
      "01^61192^0000000^^2024^06^B^2^1^13^5400^5300^5288^2470.2^15.00^22.00^37.00^1957\n"
      "00^00000^0000000^^2024^04^B^2^1^13^4700000^4600000^4590000^2480.1^17.00^19.50^36.50^1675350\n";
  auto job = importFile("caaspp", file);
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  auto district = value("metric=math_met&scope=district&year=2024");
  EXPECT_EQ(district["value"], 37.0);
  EXPECT_EQ(district["n"], 5288);
  EXPECT_EQ(value("metric=math_met&scope=state&year=2024")["value"], 36.5);
}

TEST_P(ImportApi, ImportingTheSameFileAgainCreatesNoDuplicates) {
  ASSERT_EQ(importFile("caaspp", caretFile())["status"], "succeeded");
  auto again = importFile("caaspp", caretFile());
  ASSERT_EQ(again["status"], "succeeded");
  EXPECT_EQ(again["rows_imported"], 8);
  EXPECT_EQ(values("").size(), 8u);
  // A corrected file replaces the value it corrects.
  ASSERT_EQ(importFile("caaspp", caretFile(2023, "52.00"))["status"], "succeeded");
  EXPECT_EQ(values("").size(), 8u);
  EXPECT_EQ(value("metric=ela_met&scope=district&group=1")["value"], 52.0);
  // Another year adds to them.
  ASSERT_EQ(importFile("caaspp", caretFile(2022))["status"], "succeeded");
  EXPECT_EQ(values("").size(), 16u);
  auto list = get(base_ + "/imports", &outsider_).json()["items"];
  ASSERT_EQ(list.size(), 4u);
  EXPECT_GT(list[0]["id"].get<long long>(), list[1]["id"].get<long long>());  // newest first
}

TEST_P(ImportApi, BadRowsAreReportedByLineColumnAndReasonAndTheGoodRowsImported) {
  std::string future = std::to_string(thisYear_ + 1);
  std::string file =
      "metric,year,scope,school_code,group,value,n,comment\n"
      "ela_met,2022,district,,1,48.5,5000,fine\n"                     // 2
      "ela_met,2022,state,,1,47.1,,fine\n"                            // 3
      "math_met,2022,school,01611920130229,1,4O.5,,letter O\n"        // 4
      "math_met,2022,school,01611920130229,1,101,,over 100\n"         // 5
      "ela_met," + future + ",district,,1,50,,next year\n"            // 6
      "ela_met,2022,school,01611929999999,1,50,,closed school\n"      // 7
      "reading_minutes,2022,district,,1,50,,no such metric\n"         // 8
      "\n"                                                            // 9: blank, ignored
      "grievances_filed,2022,district,,,12,,fine\n"                   // 10
      "math_met,2022,school,0130229,160,44,52,seven-digit code\n"     // 11
      "chronic_absence,2022,district,,1,abc,xyz,two bad numbers\n";   // 12
  auto job = importFile("csv", file);
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  EXPECT_EQ(job["rows_read"], 10);
  EXPECT_EQ(job["rows_imported"], 4);
  EXPECT_EQ(job["rows_failed"], 6);

  auto report = errors(job["id"])["items"];
  std::vector<std::tuple<int, std::string, std::string>> got;
  for (const auto& e : report) got.emplace_back(e["line"], e["column"], e["reason"]);
  std::vector<std::tuple<int, std::string, std::string>> want = {
      {1, "comment", "unknown column; it is ignored"},
      {4, "value", "malformed number"},
      {5, "value", "out of range: is a percentage: from 0 to 100"},
      {6, "year", "is a year in the future"},
      {7, "school_code", "unknown school code for the district: 01611929999999"},
      {8, "metric", "unknown metric: reading_minutes"},
      {12, "value", "malformed number"},
      {12, "n", "malformed number"},
  };
  EXPECT_EQ(got, want) << report.dump();

  EXPECT_EQ(value("metric=ela_met&scope=district")["value"], 48.5);
  EXPECT_EQ(value("metric=grievances_filed")["value"], 12.0);
  auto seven = value("metric=math_met&group=160");
  EXPECT_EQ(seven["school_id"], lincoln_);
  EXPECT_EQ(seven["n"], 52);
  EXPECT_EQ(values("").size(), 4u);

  auto page = errors(job["id"], "limit=3");
  EXPECT_EQ(page["items"].size(), 3u);
  ASSERT_TRUE(page["next_cursor"].is_string());
  auto next = errors(job["id"], "limit=3&cursor=" + page["next_cursor"].get<std::string>());
  EXPECT_EQ(next["items"][0]["line"], 6);
}

// A line that is not UTF-8 (or holds NUL) is a row error like any other; the job ends and the rest is imported.
TEST_P(ImportApi, ALineThatIsNotUtf8TextIsARowErrorAndTheJobEnds) {
  std::string file = std::string("metric,year,scope,school_code,group,value,n\n") +
                     "ela_met,2022,district,,1,48.5,5000\n" +       // 2
                     "ela_met\xFF\xFE,2022,district,,1,40,100\n" +   // 3
                     "math_met,2022,district,,1,4" + std::string(1, '\0') + "1,100\n" +  // 4: NUL
                     "math_met,2022,district,,1,41,100\n";            // 5
  auto job = importFile("csv", file);
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  EXPECT_EQ(job["rows_imported"], 2);
  EXPECT_EQ(job["rows_failed"], 2);
  auto report = errors(job["id"])["items"];
  ASSERT_EQ(report.size(), 2u) << report.dump();
  EXPECT_EQ(report[0]["line"], 3);
  EXPECT_EQ(report[0]["column"], "line");
  EXPECT_EQ(report[1]["line"], 4);
}

TEST_P(ImportApi, AFileThatIsNotOfItsFormatFailsAndLeavesEarlierDataIntact) {
  ASSERT_EQ(importFile("caaspp", caretFile())["status"], "succeeded");
  auto before = values("");
  ASSERT_EQ(before.size(), 8u);

  auto notCaaspp = importFile("caaspp", "{\"this\": \"is not a research file\"}\n{\"nor\": 1}\n");
  EXPECT_EQ(notCaaspp["status"], "failed");
  EXPECT_EQ(notCaaspp["rows_imported"], 0);
  EXPECT_NE(notCaaspp["message"].get<std::string>().find("not a CAASPP research file"), std::string::npos)
      << notCaaspp.dump();
  auto report = errors(notCaaspp["id"])["items"];
  ASSERT_EQ(report.size(), 1u);
  EXPECT_EQ(report[0]["line"], 1);

  auto noValueColumn = importFile("csv", "metric,year\nela_met,2023\n");
  EXPECT_EQ(noValueColumn["status"], "failed");
  EXPECT_EQ(errors(noValueColumn["id"])["items"][0]["column"], "value");
  EXPECT_EQ(importFile("demographics", "\n")["status"], "failed");

  EXPECT_EQ(values(""), before);
}

TEST_P(ImportApi, AReadErrorPartWayRollsTheWholeImportBack) {
  ASSERT_EQ(importFile("caaspp", caretFile())["status"], "succeeded");
  auto before = values("");
  // More rows than one write batch, so some are written before the read fails.
  std::string file = "metric,year,scope,school_code,group,value,n\n";
  for (int i = 0; i < 3000; ++i) file += "math_met,2021,district,," + std::to_string(1000 + i) + ",41.5,100\n";
  domain::ImportRequest request{district_, "csv", "broken.csv", static_cast<long long>(file.size())};
  auto job = domain::startImport(*store_, nullptr, request, nowSeconds());
  ASSERT_TRUE(job.ok()) << job.error().message;
  FailingSource source(file, file.size() - 200);
  std::istream in(&source);
  domain::ImportProgress progress;
  auto run = domain::runImport(*store_, district_, job->id, in, progress, {}, nowSeconds);
  ASSERT_TRUE(run.ok()) << run.error().message;
  EXPECT_EQ(run->job.status, "failed");
  EXPECT_EQ(run->job.rowsImported, 0);
  EXPECT_GT(run->job.rowsRead, 2000);
  EXPECT_EQ(values(""), before);
  auto listed = get(base_ + "/imports/" + std::to_string(job->id), &super_).json();
  EXPECT_EQ(listed["status"], "failed");
  EXPECT_TRUE(listed["created_by"].is_null());  // the command line
  EXPECT_NE(listed["message"].get<std::string>().find("could not be read"), std::string::npos) << listed.dump();
}

TEST_P(ImportApi, AJobFoundRunningThatNobodyRunsEndsAsInterrupted) {
  UnixSeconds now = nowSeconds();
  domain::ImportRequest request{district_, "csv", "values.csv", 1000};
  auto abandoned = domain::startImport(*store_, nullptr, request, now - 600);
  auto starting = domain::startImport(*store_, nullptr, request, now - 5);  // not yet in its transaction
  ASSERT_TRUE(abandoned.ok() && starting.ok());
  auto ended = domain::endInterruptedImports(*store_, now);
  ASSERT_TRUE(ended.ok()) << ended.error().message;
  EXPECT_EQ(*ended, 1);
  auto job = get(base_ + "/imports/" + std::to_string(abandoned->id), &super_).json();
  EXPECT_EQ(job["status"], "failed");
  EXPECT_EQ(job["message"].get<std::string>().rfind("interrupted", 0), 0u) << job.dump();
  EXPECT_EQ(job["finished_at"], now);
  EXPECT_EQ(get(base_ + "/imports/" + std::to_string(starting->id), &super_).json()["status"], "running");
}

TEST_P(ImportApi, AJobWhoseImportIsStillRunningIsNotEndedAsInterrupted) {
  UnixSeconds now = nowSeconds();
  domain::ImportRequest request{district_, "csv", "values.csv", 1000};
  auto job = domain::startImport(*store_, nullptr, request, now - 600);
  ASSERT_TRUE(job.ok());
  auto otherServer = store::openStore(database_->url(), 2);
  ASSERT_TRUE(otherServer.ok());
  // The import's transaction: it claims the job and has not ended yet.
  auto importing = store_->write();
  ASSERT_TRUE(importing.ok());
  ASSERT_TRUE((*importing)->imports().claim(job->id).ok());
  // Another server looks for interrupted jobs. On PostgreSQL it passes the claimed job by; on SQLite it
  // waits for the import's write lock.
  auto check = std::async(std::launch::async, [&] { return domain::endInterruptedImports(*otherServer->store, now); });
  check.wait_for(std::chrono::milliseconds(500));
  EXPECT_EQ(get(base_ + "/imports/" + std::to_string(job->id), &super_).json()["status"], "running");
  importing->reset();  // the import's transaction ends without recording the job's end
  auto ended = check.get();
  ASSERT_TRUE(ended.ok()) << ended.error().message;
  EXPECT_EQ(*ended, GetParam() == "postgresql" ? 0 : 1);
}

TEST_P(ImportApi, TheJobReportsItsStatusAndProgress) {
  std::string file = caretFile();
  auto started = upload("caaspp", file);
  ASSERT_EQ(started.status, 202) << started.body;
  auto job = started.json();
  EXPECT_EQ(job["status"], "running");
  EXPECT_EQ(job["format"], "caaspp");
  EXPECT_EQ(job["file_name"], "test.csv");
  EXPECT_EQ(job["bytes_total"], file.size());
  EXPECT_GE(job["progress"].get<double>(), 0.0);
  EXPECT_EQ(started.header("location"), base_ + "/imports/" + std::to_string(job["id"].get<long long>()));

  auto done = waitForImport(job["id"], &outsider_);  // any member may follow it
  EXPECT_EQ(done["status"], "succeeded");
  EXPECT_EQ(done["progress"], 1.0);
  EXPECT_EQ(done["bytes_read"], file.size());
  EXPECT_EQ(done["rows_read"], 13);
  EXPECT_FALSE(done["finished_at"].is_null());
  EXPECT_EQ(done["created_by"], super_.userId);
  EXPECT_EQ(done["message"], "8 rows imported, 5 skipped, 0 with errors");
  EXPECT_EQ(get(base_ + "/imports/999999", &super_).status, 404);
  EXPECT_EQ(get(base_ + "/imports/999999/errors", &super_).status, 404);

  // The audit log records who started which import.
  auto audit = get(base_ + "/audit", &super_).json()["items"];
  bool recorded = false;
  for (const auto& entry : audit) recorded = recorded || entry["action"] == "import.start";
  EXPECT_TRUE(recorded) << audit.dump();
}

TEST_P(ImportApi, AnImportRequestIsChecked) {
  EXPECT_EQ(sendAs({"POST", base_ + "/imports", {{"Content-Type", "text/csv"}}, "a,b\n"}, &super_)
                .json()["error"]["field"],
            "format");
  EXPECT_EQ(upload("xlsx", "a,b\n").json()["error"]["field"], "format");
  EXPECT_EQ(upload("csv", "").json()["error"]["field"], "body");
  EXPECT_EQ(upload("csv", "{}", nullptr, "application/json").status, 415);
  EXPECT_EQ(upload("csv", "metric,year,value\n", nullptr, "text/plain").status, 202);
  ASSERT_EQ(patch(base_, {{"state_code", ""}}, &super_).status, 200);
  auto noCode = upload("caaspp", caretFile());
  EXPECT_EQ(noCode.status, 400);
  EXPECT_EQ(noCode.json()["error"]["field"], "state_code");
  // A code the file does not have: the state's rows come in, and the job says what to check.
  ASSERT_EQ(patch(base_, {{"state_code", "0199999"}}, &super_).status, 200);
  auto wrongCode = importFile("caaspp", caretFile());
  EXPECT_EQ(wrongCode["status"], "succeeded");
  EXPECT_EQ(wrongCode["rows_imported"], 2);
  EXPECT_NE(wrongCode["message"].get<std::string>().find("no row had the district's state code"), std::string::npos)
      << wrongCode.dump();
}

// Bodies are read before anyone is authenticated, so no route, the import's included, takes a
// body beyond the small limit; a larger file comes in parts, each part a signed-in request.
TEST_P(ImportApi, AFileLargerThanARequestBodyComesInPartsFromSomeoneWhoMayImport) {
  startServer([](Config& c) {
    c.maxBodyBytes = 4096;
    c.maxImportBodyBytes = 256 * 1024;
  });
  super_ = logIn("super@example.org");
  outsider_ = logIn("outsider@example.org");
  std::string file = "metric,year,scope,school_code,group,value,n\n";
  for (int i = 0; file.size() < 100 * 1024; ++i) file += "ela_met,2020,district,," + std::to_string(i) + ",50,\n";
  EXPECT_EQ(upload("csv", file.substr(0, 8000)).status, 413);  // beyond 4x the limit the connection just closes
  auto json = post(base_ + "/schools", {{"name", std::string(5000, 'x')}, {"level", "high"}}, &super_);
  EXPECT_EQ(json.status, 413);

  auto begin = [&](long long size, const Session* as) {
    return post("/api/v1/uploads", {{"purpose", "outcome_import"}, {"district_id", district_}, {"size", size}}, as);
  };
  auto part = [&](const std::string& id, std::size_t offset, const std::string& bytes, const Session* as) {
    return sendAs({"PUT", "/api/v1/uploads/" + id + "?offset=" + std::to_string(offset),
                   {{"Content-Type", "application/octet-stream"}}, bytes},
                  as);
  };
  EXPECT_EQ(begin(static_cast<long long>(file.size()), nullptr).status, 401);
  EXPECT_EQ(begin(static_cast<long long>(file.size()), &outsider_).status, 403);
  auto tooBig = begin(300 * 1024, &super_);
  EXPECT_EQ(tooBig.status, 400);
  EXPECT_EQ(tooBig.json()["error"]["field"], "size");

  auto begun = begin(static_cast<long long>(file.size()), &super_);
  ASSERT_EQ(begun.status, 201) << begun.body;
  std::string id = begun.json()["id"];
  std::size_t step = begun.json()["part_size"].get<std::size_t>();
  EXPECT_EQ(step, 4096u);
  EXPECT_EQ(part(id, 0, file.substr(0, step), nullptr).status, 401);
  EXPECT_EQ(part(id, 0, file.substr(0, step), &outsider_).status, 404);  // not theirs
  EXPECT_EQ(part(id, 0, file.substr(0, step + 1), &super_).status, 413);
  auto early = sendAs({"POST", base_ + "/imports?format=csv&upload=" + id, {}, {}}, &super_);
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.json()["error"]["field"], "upload");
  for (std::size_t offset = 0; offset < file.size(); offset += step) {
    auto sent = part(id, offset, file.substr(offset, step), &super_);
    ASSERT_EQ(sent.status, 200) << sent.body;
    if (offset == 0) {
      auto skipped = part(id, offset + 2 * step, file.substr(offset + 2 * step, step), &super_);
      EXPECT_EQ(skipped.status, 409);
      EXPECT_EQ(skipped.json()["error"]["field"], "offset");
    }
  }
  auto started = sendAs({"POST", base_ + "/imports?format=csv&file_name=big.csv&upload=" + id, {}, {}}, &super_);
  ASSERT_EQ(started.status, 202) << started.body;
  EXPECT_EQ(started.json()["bytes_total"], file.size());
  auto done = waitForImport(started.json()["id"]);
  EXPECT_EQ(done["status"], "succeeded") << done.dump();
  // An upload is taken once, by the person who sent it, for what it was begun for.
  EXPECT_EQ(sendAs({"POST", base_ + "/imports?format=csv&upload=" + id, {}, {}}, &super_).status, 404);
  EXPECT_EQ(sendAs({"POST", "/api/v1/directory/imports?upload=" + id, {}, {}}, &super_).status, 404);
}

TEST_P(ImportApi, DemographicsComeFromTheirOwnCsv) {
  std::string file =
      "year,school_code,enrollment,low_income_pct,english_learners_pct,minority_pct\n"
      "2023,,20000,71.5,22.0,92.0\n"
      "2023,01611920130229,450,80.2,,\n"
      "2022,0130229,440,*,30,95\n"
      "2023,01611920130229,,101,,\n";
  auto job = importFile("demographics", file);
  ASSERT_EQ(job["status"], "succeeded") << job.dump();
  EXPECT_EQ(job["rows_imported"], 3);
  EXPECT_EQ(job["rows_failed"], 1);
  auto report = errors(job["id"])["items"];
  ASSERT_EQ(report.size(), 1u);
  EXPECT_EQ(report[0]["line"], 5);
  EXPECT_EQ(report[0]["column"], "low_income_pct");
  auto district = get(base_ + "/demographics?school=district", &outsider_).json()["items"];
  ASSERT_EQ(district.size(), 1u);
  EXPECT_EQ(district[0]["low_income_pct"], 71.5);
  auto lincoln = get(base_ + "/demographics?school=" + std::to_string(lincoln_) + "&year=2022", &outsider_)
                     .json()["items"];
  ASSERT_EQ(lincoln.size(), 1u);
  EXPECT_TRUE(lincoln[0]["low_income_pct"].is_null());
  EXPECT_EQ(lincoln[0]["minority_pct"], 95.0);
}

TEST_P(ImportApi, WhoMayImport) {
  struct Who {
    std::string name;
    const Session* session;
    int start, read;
  };
  std::vector<Who> table = {
      {"labor member (the union president)", &labor_, 202, 200},
      {"management co-chair", &management2_, 202, 200},
      {"management member", &management_, 403, 200},
      {"neutral member", &neutral_, 403, 200},
      {"district member outside the body", &outsider_, 403, 200},
      {"member of another district", &other_, 404, 404},
      {"anonymous", nullptr, 401, 401},
  };
  std::string file = "metric,year,value\nela_met,2023,50\n";
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    auto r = sendAs({"POST", base_ + "/imports?format=csv", {{"Content-Type", "text/csv"}}, file}, who.session);
    EXPECT_EQ(r.status, who.start) << r.body;
    if (r.status == 202) waitForImport(r.json()["id"]);
    EXPECT_EQ(get(base_ + "/imports", who.session).status, who.read);
  }
}

// With no import slot free, only those who may import hear "busy"; everyone else gets the answer they get
// at any time, so nobody outside learns that a district is importing.
TEST_P(ImportApi, OnlyThoseWhoMayImportLearnThatTheServerIsBusy) {
  startServer([](Config& c) { c.maxRunningImports = 0; });
  struct Who {
    std::string name;
    const Session* session;
    int status;
  };
  std::vector<Who> table = {
      {"labor member (the union president)", &labor_, 429},
      {"management member", &management_, 403},
      {"member of another district", &other_, 404},
      {"anonymous", nullptr, 401},
  };
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    auto r = sendAs({"POST", base_ + "/imports?format=csv", {{"Content-Type", "text/csv"}}, "metric,year,value\n"},
                    who.session);
    EXPECT_EQ(r.status, who.status) << r.body;
  }
}

TEST_P(ImportApi, TheCommandLineImportsAFileWithASummary) {
  const char* binary = std::getenv("ACCORD_BINARY");
  if (!binary) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  std::string path = ::testing::TempDir() + "/sb_ca2023_test.txt";
  {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_TRUE(f);
    std::string file = caretFile();
    std::fwrite(file.data(), 1, file.size(), f);
    std::fclose(f);
  }
  auto run = [&](const std::string& args) {
    std::string line = std::string(binary) + " import --db '" + database_->url() + "' " + args + " 2>&1";
    FILE* pipe = ::popen(line.c_str(), "r");
    std::string output;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    int status = ::pclose(pipe);
    return std::pair{WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
  };
  auto [code, output] = run("--district " + std::to_string(district_) + " --format caaspp " + path);
  EXPECT_EQ(code, 0) << output;
  EXPECT_NE(output.find("succeeded: 13 rows read, 8 imported, 5 skipped, 0 with errors"), std::string::npos)
      << output;
  EXPECT_NE(output.find("import: 100% read"), std::string::npos) << output;  // not a terminal: lines
  EXPECT_EQ(values("").size(), 8u);

  auto [failedCode, failed] = run("--district " + std::to_string(district_) + " --format csv " + path);
  EXPECT_EQ(failedCode, 1) << failed;
  EXPECT_NE(failed.find("the import failed"), std::string::npos) << failed;
  auto [usageCode, usage] = run("--district " + std::to_string(district_) + " " + path);
  EXPECT_EQ(usageCode, 2) << usage;
  EXPECT_NE(usage.find("--format"), std::string::npos) << usage;
  std::remove(path.c_str());
}

}  // namespace
}  // namespace accord::testing
