#include "store/sql/survey_repositories.hpp"

#include "domain/survey/instrument.hpp"
#include "store/sql/errors.hpp"
#include "store/sql/json_list.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/random_id.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInstrument = "SELECT document FROM survey_instruments WHERE district_id = :district";
constexpr const char* kSaveInstrument =
    "INSERT INTO survey_instruments (district_id, document, updated_at) VALUES (:district, :document, :at) "
    "ON CONFLICT (district_id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at";

constexpr const char* kInsertWindow =
    "INSERT INTO survey_windows (district_id, year, climate, network, opens_on, closes_on, closed_early, "
    "min_group_size, schools, instrument, created_by, created_at) VALUES (:district, :year, :climate, :network, "
    ":opens, :closes, :closed, :min_size, :schools, :instrument, :by, :at) RETURNING id";
constexpr const char* kWindowColumns =
    "SELECT id, district_id, year, climate, network, opens_on, closes_on, closed_early, min_group_size, schools, "
    "instrument, created_by, created_at FROM survey_windows ";
constexpr const char* kWindowById = "WHERE district_id = :district AND id = :id";
constexpr const char* kWindowsOfDistrict = "WHERE district_id = :district ORDER BY year DESC, id DESC";
constexpr const char* kUpdateWindow =
    "UPDATE survey_windows SET opens_on = :opens, closes_on = :closes, closed_early = :closed, "
    "min_group_size = :min_size WHERE id = :id AND district_id = :district";
constexpr const char* kSiteSchools =
    "SELECT DISTINCT school FROM bodies WHERE district_id = :district AND level = 'site' AND school IS NOT NULL "
    "AND school <> '' ORDER BY school";

constexpr const char* kRecordParticipation =
    "INSERT INTO climate_participation (window_id, user_id) VALUES (:window, :user)";
constexpr const char* kParticipants = "SELECT COUNT(*) FROM climate_participation WHERE window_id = :window";
constexpr const char* kHasParticipated =
    "SELECT COUNT(*) FROM climate_participation WHERE window_id = :window AND user_id = :user";
// Neither the person nor a time: only the random id, the window, the school and the side.
constexpr const char* kInsertSurveyResponse =
    "INSERT INTO climate_responses (id, window_id, school, side) VALUES (:id, :window, :school, :side)";
constexpr const char* kInsertSurveyAnswer =
    "INSERT INTO climate_answers (response_id, item, value) VALUES (:response, :item, :value)";
constexpr const char* kResponsesOfWindow =
    "SELECT r.id, r.school, r.side, a.item, a.value FROM climate_responses r "
    "JOIN climate_answers a ON a.response_id = r.id WHERE r.window_id = :window ORDER BY r.id, a.item";

constexpr const char* kInsertRespondent =
    "INSERT INTO network_respondents (window_id, user_id, school) VALUES (:window, :user, :school)";
constexpr const char* kRespondentCount = "SELECT COUNT(*) FROM network_respondents WHERE window_id = :window";
constexpr const char* kHasResponded =
    "SELECT COUNT(*) FROM network_respondents WHERE window_id = :window AND user_id = :user";
constexpr const char* kInsertNomination =
    "INSERT INTO network_nominations (window_id, from_user_id, to_user_id, topic, frequency) "
    "VALUES (:window, :from, :to, :topic, :frequency)";
constexpr const char* kRespondents =
    "SELECT r.user_id, r.school, COALESCE(m.role, '') FROM network_respondents r "
    "LEFT JOIN memberships m ON m.user_id = r.user_id AND m.district_id = :district "
    "WHERE r.window_id = :window ORDER BY r.user_id";
constexpr const char* kNominations =
    "SELECT from_user_id, to_user_id, topic, frequency FROM network_nominations WHERE window_id = :window "
    "ORDER BY from_user_id, to_user_id, topic";
constexpr const char* kSiteLeaders =
    "SELECT b.school, bm.user_id, m.role FROM bodies b JOIN body_members bm ON bm.body_id = b.id "
    "JOIN memberships m ON m.district_id = b.district_id AND m.user_id = bm.user_id "
    "WHERE b.district_id = :district AND b.level = 'site' AND b.school IS NOT NULL "
    "AND m.role IN ('principal', 'site_rep') ORDER BY b.school, bm.user_id";

struct WindowRow {
  domain::SurveyWindow w;
  int climate = 0, network = 0, closedEarly = 0;
  std::string schools;
  OptionalColumn<std::string> instrument;
  template <class Columns>
  void bind(Columns& st) {
    st.into(w.id);
    st.into(w.districtId);
    st.into(w.year);
    st.into(climate);
    st.into(network);
    st.into(w.opensOn);
    st.into(w.closesOn);
    st.into(closedEarly);
    st.into(w.minGroupSize);
    st.into(schools);
    st.into(instrument);
    st.into(w.createdBy);
    st.into(w.createdAt);
  }
  // The instrument is parsed afterwards, where its failure can be reported.
  std::pair<domain::SurveyWindow, std::optional<std::string>> take() const {
    domain::SurveyWindow out = w;
    out.climate = climate != 0;
    out.network = network != 0;
    out.closedEarly = closedEarly != 0;
    out.schools = fromJsonList(schools);
    return {std::move(out), instrument.get()};
  }
};

Result<domain::ClimateInstrument> parseStoredInstrument(const std::string& text) {
  auto parsed = domain::instrumentFromJson(nlohmann::json::parse(text, nullptr, false));
  if (!parsed.ok()) return internal("stored survey instrument does not parse: " + parsed.error().message);
  return parsed;
}

Result<domain::SurveyWindow> withInstrument(std::pair<domain::SurveyWindow, std::optional<std::string>> row) {
  if (row.second) {
    ACCORD_TRY(row.first.instrument, parseStoredInstrument(*row.second));
  }
  return std::move(row.first);
}

struct SurveyAnswerRow {
  long long responseId = 0;
  OptionalColumn<std::string> school;
  std::string side, item;
  int value = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(responseId);
    st.into(school);
    st.into(side);
    st.into(item);
    st.into(value);
  }
  SurveyAnswerRow take() const { return *this; }
};

struct RespondentRow {
  domain::NetworkRespondent r;
  template <class Columns>
  void bind(Columns& st) {
    st.into(r.userId);
    st.into(r.school);
    st.into(r.role);
  }
  domain::NetworkRespondent take() const { return r; }
};

struct NominationRow {
  domain::Nomination n;
  template <class Columns>
  void bind(Columns& st) {
    st.into(n.from);
    st.into(n.to);
    st.into(n.topic);
    st.into(n.frequency);
  }
  domain::Nomination take() const { return n; }
};

struct SiteLeaderRow {
  domain::SiteLeader l;
  template <class Columns>
  void bind(Columns& st) {
    st.into(l.school);
    st.into(l.userId);
    st.into(l.role);
  }
  domain::SiteLeader take() const { return l; }
};

Error alreadyAnswered() { return conflict("you have answered this survey already"); }

}  // namespace

Result<std::optional<domain::ClimateInstrument>> SqlSurveys::instrument(long long districtId) {
  return guarded("survey instrument", [&]() -> Result<std::optional<domain::ClimateInstrument>> {
    auto rows = selectKept<TextRow>(sql_, kInstrument, districtId);
    if (rows.empty()) return std::optional<domain::ClimateInstrument>();
    ACCORD_TRY(auto parsed, parseStoredInstrument(rows.front()));
    return std::optional<domain::ClimateInstrument>(std::move(parsed));
  });
}

Result<void> SqlSurveys::saveInstrument(long long districtId, const domain::ClimateInstrument& instrument,
                                        UnixSeconds at) {
  return guarded("save survey instrument", [&]() -> Result<void> {
    std::string document = domain::instrumentJson(instrument).dump();
    sql_ << kSaveInstrument, use(districtId), use(document), use(at);
    return Ok{};
  });
}

Result<long long> SqlSurveys::insertWindow(const domain::SurveyWindow& w) {
  return guarded(
      "insert survey window",
      [&]() -> Result<long long> {
        int climate = w.climate ? 1 : 0, network = w.network ? 1 : 0, closed = w.closedEarly ? 1 : 0;
        std::string schools = toJsonList(w.schools);
        Nullable<std::string> instrument(
            w.instrument ? std::optional<std::string>(domain::instrumentJson(*w.instrument).dump()) : std::nullopt);
        long long id = 0;
        sql_ << kInsertWindow, use(w.districtId), use(w.year), use(climate), use(network), use(w.opensOn),
            use(w.closesOn), use(closed), use(w.minGroupSize), use(schools), use(instrument.value, instrument.ind),
            use(w.createdBy), use(w.createdAt), into(id);
        return id;
      },
      conflict("a survey window of this year runs that survey already", "year"));
}

Result<domain::SurveyWindow> SqlSurveys::window(long long districtId, long long windowId) {
  return guarded("survey window", [&]() -> Result<domain::SurveyWindow> {
    auto rows = selectKept<WindowRow>(sql_, std::string(kWindowColumns) + kWindowById, districtId, windowId);
    if (rows.empty()) return notFound("no such survey window");
    return withInstrument(std::move(rows.front()));
  });
}

Result<std::vector<domain::SurveyWindow>> SqlSurveys::windows(long long districtId) {
  return guarded("survey windows", [&]() -> Result<std::vector<domain::SurveyWindow>> {
    auto rows = selectKept<WindowRow>(sql_, std::string(kWindowColumns) + kWindowsOfDistrict, districtId);
    std::vector<domain::SurveyWindow> out;
    for (auto& row : rows) {
      ACCORD_TRY(auto window, withInstrument(std::move(row)));
      out.push_back(std::move(window));
    }
    return out;
  });
}

Result<void> SqlSurveys::updateWindow(const domain::SurveyWindow& w) {
  return guarded("update survey window", [&]() -> Result<void> {
    int closed = w.closedEarly ? 1 : 0;
    sql_ << kUpdateWindow, use(w.opensOn), use(w.closesOn), use(closed), use(w.minGroupSize), use(w.id),
        use(w.districtId);
    return Ok{};
  });
}

Result<std::vector<std::string>> SqlSurveys::siteSchools(long long districtId) {
  return guarded("schools of the site teams", [&]() -> Result<std::vector<std::string>> {
    return selectKept<TextRow>(sql_, kSiteSchools, districtId);
  });
}

Result<void> SqlSurveys::recordClimateParticipation(long long windowId, long long userId) {
  return guarded(
      "record climate participation",
      [&]() -> Result<void> {
        sql_ << kRecordParticipation, use(windowId), use(userId);
        return Ok{};
      },
      alreadyAnswered());
}

Result<bool> SqlSurveys::hasAnsweredClimate(long long windowId, long long userId) {
  return guarded("climate participation", [&]() -> Result<bool> {
    long long count = 0;
    sql_ << kHasParticipated, use(windowId), use(userId), into(count);
    return count > 0;
  });
}

Result<int> SqlSurveys::climateParticipants(long long windowId) {
  return guarded("climate participants", [&]() -> Result<int> {
    long long count = 0;
    sql_ << kParticipants, use(windowId), into(count);
    return static_cast<int>(count);
  });
}

Result<void> SqlSurveys::insertClimateResponse(long long windowId, const domain::ClimateResponse& response) {
  return guarded(
      "insert climate response",
      [&]() -> Result<void> {
        long long id = randomResponseId();
        Nullable<std::string> school(response.school);
        sql_ << kInsertSurveyResponse, use(id), use(windowId), use(school.value, school.ind), use(response.side);
        for (const auto& answer : response.answers) sql_ << kInsertSurveyAnswer, use(id), use(answer.item), use(answer.value);
        return Ok{};
      },
      // Two random ids alike: the transaction rolls back and the same answer can be sent again.
      Error{ErrorCode::kUnavailable,
            "the response could not be stored; send it again",
            {},
            "random climate response id taken"});
}

Result<std::vector<domain::ClimateResponse>> SqlSurveys::climateResponses(long long windowId) {
  return guarded("climate responses", [&]() -> Result<std::vector<domain::ClimateResponse>> {
    auto rows = selectKept<SurveyAnswerRow>(sql_, kResponsesOfWindow, windowId);
    std::vector<domain::ClimateResponse> out;
    long long current = 0;
    for (const auto& row : rows) {
      if (out.empty() || row.responseId != current) {
        current = row.responseId;
        out.push_back({row.school.get(), row.side, {}});
      }
      out.back().answers.push_back({row.item, row.value});
    }
    return out;
  });
}

Result<void> SqlNetworkSurveys::insertRespondent(long long windowId, long long userId, const std::string& school) {
  return guarded(
      "insert network respondent",
      [&]() -> Result<void> {
        sql_ << kInsertRespondent, use(windowId), use(userId), use(school);
        return Ok{};
      },
      alreadyAnswered());
}

Result<bool> SqlNetworkSurveys::hasAnswered(long long windowId, long long userId) {
  return guarded("network respondent", [&]() -> Result<bool> {
    long long count = 0;
    sql_ << kHasResponded, use(windowId), use(userId), into(count);
    return count > 0;
  });
}

Result<int> SqlNetworkSurveys::respondentCount(long long windowId) {
  return guarded("network respondent count", [&]() -> Result<int> {
    long long count = 0;
    sql_ << kRespondentCount, use(windowId), into(count);
    return static_cast<int>(count);
  });
}

Result<void> SqlNetworkSurveys::insertNominations(long long windowId, long long fromUserId,
                                                  const std::vector<domain::NetworkContact>& contacts) {
  return guarded("insert network nominations", [&]() -> Result<void> {
    for (const auto& c : contacts)
      sql_ << kInsertNomination, use(windowId), use(fromUserId), use(c.colleagueId), use(c.topic), use(c.frequency);
    return Ok{};
  });
}

Result<std::vector<domain::NetworkRespondent>> SqlNetworkSurveys::respondents(long long districtId,
                                                                              long long windowId) {
  return guarded("network respondents", [&]() -> Result<std::vector<domain::NetworkRespondent>> {
    return selectKept<RespondentRow>(sql_, kRespondents, districtId, windowId);
  });
}

Result<std::vector<domain::Nomination>> SqlNetworkSurveys::nominations(long long windowId) {
  return guarded("network nominations", [&]() -> Result<std::vector<domain::Nomination>> {
    return selectKept<NominationRow>(sql_, kNominations, windowId);
  });
}

Result<std::vector<domain::SiteLeader>> SqlNetworkSurveys::siteLeaders(long long districtId) {
  return guarded("site leaders", [&]() -> Result<std::vector<domain::SiteLeader>> {
    return selectKept<SiteLeaderRow>(sql_, kSiteLeaders, districtId);
  });
}

}  // namespace accord::store
