#pragma once
#include <soci/soci.h>

#include "domain/meeting/meeting.hpp"

namespace accord::store {

class SqlMeetings final : public domain::MeetingRepository {
 public:
  explicit SqlMeetings(soci::session& sql) : sql_(sql) {}
  Result<std::map<long long, long long>> confidentialItems(
      long long districtId, const std::vector<std::pair<long long, long long>>& meetingAndItem) override;
  Result<long long> insertSeries(const domain::MeetingSeries& series) override;
  Result<domain::MeetingSeries> seriesById(long long districtId, long long bodyId, long long seriesId) override;
  Result<std::vector<domain::MeetingSeries>> listSeries(long long districtId, long long bodyId) override;
  Result<std::vector<domain::MeetingSeries>> seriesOfMember(long long districtId, long long userId) override;
  Result<void> insertCancellation(long long seriesId, const std::string& date) override;

  Result<long long> insertMeeting(const domain::Meeting& meeting) override;
  Result<domain::Meeting> meetingById(long long districtId, long long bodyId, long long meetingId) override;
  Result<domain::Meeting> meetingInDistrict(long long districtId, long long meetingId) override;
  Result<std::optional<domain::Meeting>> meetingOn(long long seriesId, const std::string& date) override;
  Result<std::optional<domain::Meeting>> meetingBefore(long long seriesId, const std::string& date) override;
  Result<std::vector<domain::Meeting>> meetingsOfSeries(long long seriesId) override;
  Result<void> updateMeeting(const domain::Meeting& meeting) override;

  Result<std::vector<domain::AgendaItem>> agenda(long long meetingId) override;
  Result<domain::AgendaItem> item(long long meetingId, long long itemId) override;
  Result<long long> insertItem(const domain::AgendaItem& item) override;
  Result<void> updateItem(const domain::AgendaItem& item) override;
  Result<void> deleteItem(long long meetingId, long long itemId) override;
  Result<std::vector<domain::AgendaItem>> unfinishedItems(long long meetingId) override;

  Result<std::vector<domain::Attendance>> attendance(long long meetingId) override;
  Result<void> setAttendance(const domain::Attendance& attendance) override;

  Result<void> replaceFeed(const domain::CalendarFeed& feed) override;
  Result<bool> deleteFeed(long long districtId, long long userId) override;
  Result<domain::CalendarFeed> feedByTokenHash(const std::string& tokenHash) override;
  Result<void> deleteFeedsOfUser(long long userId) override;

 private:
  Result<void> fillCancellations(std::vector<domain::MeetingSeries>& series);
  soci::session& sql_;
};

}  // namespace accord::store
