#pragma once
// Who may write and read caucus notes. Every caucus use case starts with caucusAccess().
#include <optional>
#include <string>

#include "domain/body/policy.hpp"
#include "domain/caucus/caucus.hpp"

namespace accord::domain {

struct CaucusSubject {
  std::string type;  // issue, decision, meeting
  long long id = 0;
  std::optional<long long> bodyId;  // required for a meeting; for the others, the subject's body if given
};

struct CaucusAccess {
  BodyAccess body;
  std::string side;  // the caller's side: the caucus they write in and read
};

// Finds the subject's body within the district (an issue or decision the caller cannot see is
// kNotFound), then requires the caller to sit in it on the labor or the management side.
Result<CaucusAccess> caucusAccess(Transaction& tx, long long districtId, const CaucusSubject& subject,
                                  const User& caller);

}  // namespace accord::domain
