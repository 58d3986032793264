#include "domain/practice/practice_input.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "domain/issue/use_cases.hpp"
#include "domain/outcome/outcome.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/practice/search_text.hpp"

namespace accord::domain {

namespace {

Result<std::string> optionalText(const std::string& text, const char* field, std::size_t max) {
  std::string clean = withoutControlCharacters(text);
  if (clean.size() > max) return invalid(field, fmt::format("must be at most {} characters", max));
  return clean;
}

Result<std::vector<std::string>> checkTags(const std::vector<std::string>& tags) {
  if (tags.size() > 10) return invalid("tags", "at most 10 tags");
  std::vector<std::string> out;
  for (const auto& raw : tags) {
    ACCORD_TRY(std::string tag, checkText(withoutControlCharacters(raw), "tags", 40));
    std::transform(tag.begin(), tag.end(), tag.begin(),
                   [](unsigned char c) { return c < 0x80 ? static_cast<char>(std::tolower(c)) : c; });
    if (std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(std::move(tag));
  }
  return out;
}

Result<std::vector<EvidenceSpan>> checkEvidence(Transaction& tx, long long districtId,
                                                const std::vector<EvidenceSpan>& spans, UnixSeconds now) {
  if (spans.size() > 10) return invalid("evidence", "at most 10 metrics");
  std::vector<EvidenceSpan> out;
  for (const auto& span : spans) {
    if (span.metricKey.empty()) return invalid("evidence", "each entry needs a metric_key");
    auto metric = tx.outcomes().metricByKey(districtId, span.metricKey);
    if (!metric.ok()) {
      if (metric.error().code == ErrorCode::kNotFound)
        return invalid("evidence", "the district has no metric \"" + span.metricKey + "\"");
      return metric.takeError();
    }
    ACCORD_CHECK(checkYear(span.fromYear, now, "evidence"));
    ACCORD_CHECK(checkYear(span.toYear, now, "evidence"));
    if (span.fromYear >= span.toYear) return invalid("evidence", "from_year must come before to_year");
    out.push_back(span);
  }
  return out;
}

}  // namespace

Result<void> applyPracticeInput(Transaction& tx, long long districtId, const PracticeInput& input,
                                Practice& practice, UnixSeconds now) {
  if (input.title) {
    ACCORD_TRY(practice.title, checkText(withoutControlCharacters(*input.title), "title", 200));
  }
  if (input.summary) {
    ACCORD_TRY(practice.summary, optionalText(*input.summary, "summary", 2000));
  }
  if (input.body) {
    ACCORD_TRY(practice.body, optionalText(*input.body, "body", 50000));
  }
  if (input.problem) {
    ACCORD_TRY(practice.problem, optionalText(*input.problem, "problem", 5000));
  }
  if (input.contact) {
    ACCORD_TRY(practice.contact, optionalText(*input.contact, "contact", 300));
  }
  if (input.tags) {
    ACCORD_TRY(practice.tags, checkTags(*input.tags));
  }
  if (input.evidence) {
    ACCORD_TRY(practice.evidence, checkEvidence(tx, districtId, *input.evidence, now));
  }
  if (input.isPublic) practice.isPublic = *input.isPublic;
  if (practice.title.empty()) return invalid("title", "is required");
  return Ok{};
}

}  // namespace accord::domain
