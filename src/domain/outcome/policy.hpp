#pragma once
// Who may read and change a district's outcomes. Every outcome and import use case starts here.
#include "domain/account/account.hpp"
#include "domain/district/district.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// Any member of the district reads its schools, metrics, values, demographics and imports;
// anyone else gets kNotFound.
Result<Membership> outcomeReader(Transaction& tx, long long districtId, const User& caller);

// Schools, metrics, values and demographics are changed, and files imported, by the district's
// leaders and the co-chairs of its joint bodies.
Result<Membership> outcomeEditor(Transaction& tx, long long districtId, const User& caller);

}  // namespace accord::domain
