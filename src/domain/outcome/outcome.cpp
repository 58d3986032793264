#include "domain/outcome/outcome.hpp"

namespace accord::domain {

bool isSchoolLevel(std::string_view level) {
  return level == "elementary" || level == "middle" || level == "high" || level == "other";
}

bool isMetricUnit(std::string_view unit) { return unit == "percent" || unit == "count" || unit == "number"; }

bool isValueScope(std::string_view scope) { return scope == "district" || scope == "school" || scope == "state"; }

}  // namespace accord::domain
