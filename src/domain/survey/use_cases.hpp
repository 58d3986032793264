#pragma once
// The climate survey and the survey windows. Each function is one use case, in a file of the same name.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/survey/climate_results.hpp"
#include "domain/survey/instrument.hpp"
#include "domain/survey/policy.hpp"
#include "domain/survey/survey.hpp"

namespace accord::domain {

struct InstrumentView {
  ClimateInstrument instrument;
  bool customized = false;  // false: the district uses the default instrument
};

// Any member of the district; the default instrument until the district sets its own.
Result<InstrumentView> getClimateInstrument(Store& store, const Caller& caller, long long districtId);

// Replaces the district's instrument (stewards only). Windows already opened keep their copy.
Result<InstrumentView> updateClimateInstrument(Store& store, const Caller& caller, long long districtId,
                                               const nlohmann::json& document, UnixSeconds now);

// A window as one person sees it.
struct SurveyWindowView {
  SurveyWindow window;
  std::string status;                   // scheduled, open, closed
  std::optional<bool> answeredClimate;  // whether the caller answered; none when the window has no such survey
  std::optional<bool> answeredNetwork;
  // How many have answered each survey so far: all that anyone learns of a window before it closes.
  std::optional<int> climateResponses;
  std::optional<int> networkResponses;
  bool resultsAvailable = false;  // the caller may read the results now
  bool mayManage = false;
};

struct WindowInput {
  std::optional<long long> year;
  std::optional<std::string> opensOn;
  std::optional<std::string> closesOn;
  std::optional<long long> minGroupSize;            // default 5, never below 3
  std::optional<std::vector<std::string>> schools;  // default: the schools of the district's site teams
  std::optional<std::vector<std::string>> surveys;  // climate and/or network; default climate
};

// Stewards only; one window per survey and year (kConflict naming "year").
Result<SurveyWindowView> openSurveyWindow(Store& store, const Caller& caller, long long districtId,
                                          const WindowInput& input, UnixSeconds now);

// Any member of the district; newest year first.
Result<std::vector<SurveyWindowView>> listSurveyWindows(Store& store, const Caller& caller, long long districtId,
                                                        UnixSeconds now);

Result<SurveyWindowView> getSurveyWindow(Store& store, const Caller& caller, long long districtId, long long windowId,
                                         UnixSeconds now);

struct WindowChanges {
  std::optional<std::string> opensOn;  // only before the window opens
  std::optional<std::string> closesOn;
  std::optional<long long> minGroupSize;
};

// Stewards only, until the window has closed (a closed window stays closed: its results may have been read).
Result<SurveyWindowView> updateSurveyWindow(Store& store, const Caller& caller, long long districtId,
                                            long long windowId, const WindowChanges& changes, UnixSeconds now);

// Stewards only: closes the window today, ahead of its closing date.
Result<SurveyWindowView> closeSurveyWindow(Store& store, const Caller& caller, long long districtId, long long windowId,
                                           UnixSeconds now);

struct ClimateAnswerInput {
  std::optional<std::string> school;
  // Item key and value in the order given; a null value is a skipped item.
  std::vector<std::pair<std::string, std::optional<long long>>> answers;
};

// Any member of the district, once per window while it is open (a second time is kConflict).
// The response is stored without its author and without a time; the side comes from the
// membership. No audit entry is written (it would say who answered, and when), and nothing
// identifying the response is returned.
Result<void> answerClimateSurvey(Store& store, const Caller& caller, long long districtId, long long windowId,
                                 const ClimateAnswerInput& input, UnixSeconds now);

struct ClimateResultsView {
  SurveyWindowView window;
  ClimateInstrument instrument;
  ClimateResults results;
};

Result<ClimateResultsView> getClimateResults(Store& store, const Caller& caller, long long districtId,
                                             long long windowId, UnixSeconds now);

struct TrendPoint {
  int year = 0;
  long long windowId = 0;
  bool shown = false;
  int n = 0;
  std::optional<double> mean;
  std::optional<double> gap;  // labor − management, when both are shown
};

struct AreaTrend {
  std::string key;
  Bilingual name;                  // as the latest window that asked it names it
  std::vector<TrendPoint> points;  // oldest year first
};

struct TrendYear {
  int year = 0;
  long long windowId = 0;
  std::string status;
  bool shown = false;
  int respondents = 0;
};

struct ClimateTrend {
  std::vector<TrendYear> years;  // oldest first
  std::vector<AreaTrend> areas;
};

// Each area across the years whose windows have closed (an open window's results are nobody's yet).
Result<ClimateTrend> getClimateTrend(Store& store, const Caller& caller, long long districtId, UnixSeconds now);

// Shared by the window use cases: how `access` sees `window` today.
Result<SurveyWindowView> windowView(Transaction& tx, const SurveyAccess& access, const SurveyWindow& window,
                                    long long callerId, const std::string& today);

}  // namespace accord::domain
