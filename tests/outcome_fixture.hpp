#pragma once
// The partnership district with what outcome tests need: a California state code, two schools,
// a co-chair on the management side, and helpers to send files to the import route.
#include <chrono>
#include <thread>

#include "common/calendar_date.hpp"
#include "common/clock.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {

// "0161192": county 01, district 61192; its schools' CDS codes begin with it.
inline constexpr const char* kDistrictCode = "0161192";
inline constexpr const char* kLincolnCode = "01611920130229";
inline constexpr const char* kWashingtonCode = "01611926090013";

class OutcomeApi : public PartnershipApi {
 protected:
  void SetUp() override {
    PartnershipApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    ASSERT_EQ(patch(base_, {{"state_code", kDistrictCode}}, &super_).status, 200);
    lincoln_ = createSchool("Lincoln Elementary", kLincolnCode, "elementary");
    washington_ = createSchool("Washington Middle", kWashingtonCode, "middle");
    auto r = post(base_ + "/bodies/" + std::to_string(body_) + "/co-chairs", {{"user_id", management2_.userId}},
                  &super_);
    ASSERT_EQ(r.status, 200) << r.body;
    thisYear_ = std::stoi(isoDateOf(nowSeconds()).substr(0, 4));
  }

  long long createSchool(const std::string& name, const std::string& code, const std::string& level) {
    auto r = post(base_ + "/schools", {{"name", name}, {"state_code", code}, {"level", level}}, &super_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  HttpResult setValue(const nlohmann::json& body, const Session* as = nullptr) {
    return post(base_ + "/metric-values", body, as ? as : &super_);
  }

  HttpResult upload(const std::string& format, const std::string& file, const Session* as = nullptr,
                    const std::string& contentType = "text/csv") {
    return sendAs({"POST", base_ + "/imports?format=" + format + "&file_name=test.csv",
                   {{"Content-Type", contentType}}, file},
                  as ? as : &super_);
  }

  // Waits (a bounded time) for the import to leave "running"; its final state.
  nlohmann::json waitForImport(long long id, const Session* as = nullptr) {
    nlohmann::json job;
    for (int i = 0; i < 500; ++i) {
      auto r = get(base_ + "/imports/" + std::to_string(id), as ? as : &super_);
      job = r.json();
      if (r.status != 200 || job["status"] != "running") return job;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ADD_FAILURE() << "the import did not finish: " << job.dump();
    return job;
  }

  // Uploads and waits; the finished job.
  nlohmann::json importFile(const std::string& format, const std::string& file) {
    auto r = upload(format, file);
    EXPECT_EQ(r.status, 202) << r.body;
    if (r.status != 202) return r.json();
    return waitForImport(r.json()["id"].get<long long>());
  }

  // The values listed for the query (e.g. "metric=ela_met&scope=state"), first page.
  nlohmann::json values(const std::string& query) {
    auto r = get(base_ + "/metric-values?limit=200&" + query, &super_);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  }

  long long lincoln_ = 0, washington_ = 0;
  int thisYear_ = 0;
};

}  // namespace accord::testing
