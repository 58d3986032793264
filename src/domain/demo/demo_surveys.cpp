#include "domain/demo/demo_surveys.hpp"

#include <algorithm>
#include <cmath>

#include "domain/survey/instrument.hpp"
#include "domain/survey/survey.hpp"

namespace accord::domain {

namespace {

constexpr int kLaborPerSchool = 6;
constexpr int kManagementPerSchool = 3;

int likert(double centre, int spread) {
  return std::clamp(static_cast<int>(std::lround(centre + 0.5 * (spread % 5 - 2))), 1, kLikertPoints);
}

}  // namespace

Result<void> loadDemoSurveys(Transaction& tx, long long districtId, long long openedBy,
                             const std::vector<DemoSchoolQuality>& schools, UnixSeconds now) {
  auto& surveys = tx.surveys();
  for (int year : {2023, 2024}) {
    SurveyWindow window;
    window.districtId = districtId;
    window.year = year;
    window.climate = true;
    window.opensOn = std::to_string(year) + "-09-15";
    window.closesOn = std::to_string(year) + "-10-15";
    for (const auto& s : schools) window.schools.push_back(s.name);
    window.instrument = defaultInstrument();
    window.createdBy = openedBy;
    window.createdAt = now;
    ACCORD_TRY(window.id, surveys.insertWindow(window));

    double lift = year == 2024 ? 0.25 : 0.0;  // a year of the partnership's work shows
    int respondent = 0;
    for (const auto& school : schools) {
      for (int i = 0; i < kLaborPerSchool + kManagementPerSchool; ++i, ++respondent) {
        ClimateResponse response;
        response.school = school.name;
        bool labor = i < kLaborPerSchool;
        response.side = labor ? "labor" : "management";
        double centre = school.partnership + lift + (labor ? -0.2 : 0.2);
        int item = 0;
        for (const auto& area : window.instrument->areas)
          for (const auto& it : area.items)
            response.answers.push_back({it.key, likert(centre, respondent * 7 + (item++) * 3)});
        ACCORD_CHECK(surveys.insertClimateResponse(window.id, response));
      }
    }
  }
  return Ok{};
}

}  // namespace accord::domain
