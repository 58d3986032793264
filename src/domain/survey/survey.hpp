#pragma once
// Partnership health: the yearly climate survey and the survey windows it runs in.
//
// A district configures its climate instrument (areas of Likert items, 1–5). A leader opens a
// window for a year, naming its schools and its minimum group size; the window keeps a copy of
// the instrument as it was then, so later edits never change what a past year asked.
//
// Anonymity: a climate response is stored without its author, without a time, and under a
// random id, apart from the participation record (window, person) that only prevents a second
// response. Results are aggregates, each shown only when its group reaches the window's minimum
// size (see climate_results.hpp).
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// A text in English and Spanish; an empty `es` means the English text is shown.
struct Bilingual {
  std::string en;
  std::string es;
  bool operator==(const Bilingual&) const = default;
};

struct LikertItem {
  std::string key;  // unique within the instrument: what an answer names
  Bilingual text;
  bool operator==(const LikertItem&) const = default;
};

struct SurveyArea {
  std::string key;  // stable across years: the trend follows it
  Bilingual name;
  std::vector<LikertItem> items;
  bool operator==(const SurveyArea&) const = default;
};

inline constexpr int kLikertPoints = 5;  // answers are 1..5

struct ClimateInstrument {
  std::vector<SurveyArea> areas;
  std::array<Bilingual, kLikertPoints> scale;  // the labels of 1..5
  bool operator==(const ClimateInstrument&) const = default;
};

inline constexpr int kDefaultMinGroupSize = 5;
inline constexpr int kLowestMinGroupSize = 3;
inline constexpr int kHighestMinGroupSize = 100;

// The surveys a window runs.
inline constexpr std::string_view kClimateSurvey = "climate";
inline constexpr std::string_view kNetworkSurvey = "network";

struct SurveyWindow {
  long long id = 0;
  long long districtId = 0;
  int year = 0;  // the school year starting in this calendar year
  bool climate = false;
  bool network = false;
  std::string opensOn;   // YYYY-MM-DD, first day answers are taken
  std::string closesOn;  // YYYY-MM-DD, last day answers are taken
  bool closedEarly = false;
  int minGroupSize = kDefaultMinGroupSize;
  // The schools respondents choose from, as the district names them (the school of a site team).
  std::vector<std::string> schools;
  std::optional<ClimateInstrument> instrument;  // the copy taken when the window opened (climate only)
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
};

// scheduled (before opens_on), open, or closed (after closes_on, or closed early).
std::string windowStatus(const SurveyWindow& window, const std::string& today);

struct ClimateAnswer {
  std::string item;
  int value = 0;  // 1..5
};

// One person's answers, as stored: no person, no time. Skipped items have no answer.
struct ClimateResponse {
  std::optional<std::string> school;  // one of the window's schools, or none given
  std::string side;                   // labor, management, neutral: from the membership
  std::vector<ClimateAnswer> answers;
};

class SurveyRepository {
 public:
  virtual ~SurveyRepository() = default;
  // The district's own instrument, or nullopt while it uses the default.
  virtual Result<std::optional<ClimateInstrument>> instrument(long long districtId) = 0;
  virtual Result<void> saveInstrument(long long districtId, const ClimateInstrument& instrument, UnixSeconds at) = 0;

  // kConflict (field "year") when a window of the district runs the same survey that year.
  virtual Result<long long> insertWindow(const SurveyWindow& window) = 0;
  // Only within the district: another district's window is kNotFound.
  virtual Result<SurveyWindow> window(long long districtId, long long windowId) = 0;
  // Newest year first.
  virtual Result<std::vector<SurveyWindow>> windows(long long districtId) = 0;
  virtual Result<void> updateWindow(const SurveyWindow& window) = 0;
  // The schools named by the district's site teams, sorted.
  virtual Result<std::vector<std::string>> siteSchools(long long districtId) = 0;

  // kConflict when the person has answered the window's climate survey already.
  virtual Result<void> recordClimateParticipation(long long windowId, long long userId) = 0;
  virtual Result<bool> hasAnsweredClimate(long long windowId, long long userId) = 0;
  // How many people have answered the window's climate survey.
  virtual Result<int> climateParticipants(long long windowId) = 0;
  // Stored under a random id, so neither the id nor the row order follows who answered when.
  virtual Result<void> insertClimateResponse(long long windowId, const ClimateResponse& response) = 0;
  virtual Result<std::vector<ClimateResponse>> climateResponses(long long windowId) = 0;
};

}  // namespace accord::domain
