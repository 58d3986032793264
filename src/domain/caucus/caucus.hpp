#pragma once
// Caucus notes: what one side of a body writes down for itself about an issue, a decision or a
// meeting. A note is visible only to the members of its author's side in that body; it never
// appears in anything the other side can read, nor in the audit log or the decision log.
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

bool isCaucusSubject(std::string_view type);  // issue, decision, meeting

struct CaucusNote {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;
  std::string side;  // labor or management: the author's side, the only one that reads it
  long long authorId = 0;
  std::string subjectType;
  long long subjectId = 0;
  std::string text;
  UnixSeconds createdAt = 0;
  std::string authorName;  // filled when read
};

struct CaucusQuery {
  long long bodyId = 0;
  std::string side;
  std::string subjectType;
  long long subjectId = 0;
};

class CaucusRepository {
 public:
  virtual ~CaucusRepository() = default;
  virtual Result<long long> insert(const CaucusNote& note) = 0;
  // Only the notes of `query.side` in the body, on that subject, oldest first.
  virtual Result<Page<CaucusNote>> list(long long districtId, const CaucusQuery& query, long long afterId,
                                        int limit) = 0;
};

}  // namespace accord::domain
