#include "domain/practice/search_text.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

namespace {

struct SizeBand {
  const char* name;
  std::optional<long long> min, max;
};

constexpr long long kSmall = 2500, kMedium = 10000, kLarge = 50000;

}  // namespace

Result<SearchResult> searchPractices(Store& store, const Caller* caller, const SearchRequest& request) {
  PracticeSearch query;
  ACCORD_TRY(query.terms, searchTerms(request.q));
  if (!request.state.empty() && request.state != "published" && request.state != "draft")
    return invalid("state", "must be published or draft");
  if (!caller && request.state == "draft") return invalid("state", "drafts are never public");
  query.state = request.state;
  static const SizeBand kBands[] = {{"small", std::nullopt, kSmall},
                                    {"medium", kSmall, kMedium},
                                    {"large", kMedium, kLarge},
                                    {"very_large", kLarge, std::nullopt}};
  if (!request.size.empty()) {
    const SizeBand* band = nullptr;
    for (const auto& b : kBands)
      if (request.size == b.name) band = &b;
    if (!band) return invalid("size", "must be small, medium, large or very_large");
    query.minEnrollment = band->min ? band->min : 0;
    query.maxEnrollment = band->max;
  }
  if (request.tag.size() > 40) return invalid("tag", "must be at most 40 characters");
  if (request.metric.size() > 100) return invalid("metric", "must be at most 100 characters");
  query.tag = request.tag;
  for (auto& c : query.tag) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  query.metric = request.metric;
  query.districtId = request.districtId;
  if (request.offset < 0 || request.offset > 10000) return invalid("cursor", "must be between 0 and 10000");
  query.offset = request.offset;
  query.limit = request.limit;
  query.viewerId = caller ? caller->user.id : 0;
  query.publicOnly = caller == nullptr;

  // The public's search reads only what is published; a person's includes their districts' drafts.
  ACCORD_TRY(auto tx, caller ? store.read() : store.readPublished());
  bool more = false;
  SearchResult result;
  ACCORD_TRY(result.hits, tx->practices().search(query, more));
  if (more) result.nextOffset = query.offset + query.limit;
  return result;
}

}  // namespace accord::domain
