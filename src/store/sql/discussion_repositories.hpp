#pragma once
#include <soci/soci.h>

#include "domain/discussion/discussion.hpp"

namespace accord::store {

class SqlComments final : public domain::CommentRepository {
 public:
  explicit SqlComments(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::Comment& comment) override;
  Result<domain::Comment> byId(long long districtId, long long commentId) override;
  Result<domain::Page<domain::Comment>> list(long long districtId, const domain::CommentSubject& subject,
                                             long long afterId, int limit) override;
  Result<void> update(const domain::Comment& comment) override;
  Result<void> markDeleted(long long commentId, long long deletedBy, UnixSeconds at) override;

 private:
  void insertMentions(const domain::Comment& comment);
  soci::session& sql_;
};

}  // namespace accord::store
