#pragma once
// The self-check of collaborative structures. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/selfcheck/maturity.hpp"
#include "domain/selfcheck/policy.hpp"
#include "domain/selfcheck/selfcheck.hpp"

namespace accord::domain {

struct SelfCheckView {
  SelfCheck check;
  Maturity maturity;
};

// The body's self-check of the year (a year from 1990 to now), with who last changed each rating and the
// maturity level. A year nobody has rated yet is an empty self-check (id 0) at level 1.
Result<SelfCheckView> getSelfCheck(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                   long long year, UnixSeconds now);

struct RatingInput {
  std::string structure;
  std::optional<std::string> rating;  // required for a structure not rated yet
  std::optional<std::string> note;    // empty: no note; absent: the note stays as it is
};

// Sets the ratings named (the others stay as they are), starting the year's self-check if needed; one
// audit entry lists what changed. kInvalid naming "ratings.<structure>[.rating|.note]" for bad input.
Result<SelfCheckView> rateSelfCheck(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    long long year, const std::vector<RatingInput>& ratings, UnixSeconds now);

// Every year's self-check of the body with its maturity level, oldest year first.
Result<std::vector<SelfCheckView>> listSelfChecks(Store& store, const Caller& caller, long long districtId,
                                                  long long bodyId);

}  // namespace accord::domain
