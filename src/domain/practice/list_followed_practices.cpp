#include <algorithm>

#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<Page<FollowedPractice>> listFollowedPractices(Store& store, const Caller& caller, long long cursor,
                                                     int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(auto page, tx->practices().followedBy(caller.user.id, cursor, limit));
  for (auto& f : page.items) {
    f.lastChangeAt = f.publishedAt;
    if (f.lastAdoptedAt && (!f.lastChangeAt || *f.lastAdoptedAt > *f.lastChangeAt)) f.lastChangeAt = f.lastAdoptedAt;
    f.updatedSinceFollowed = f.lastChangeAt && *f.lastChangeAt > f.followedAt;
  }
  return page;
}

}  // namespace accord::domain
