#include "domain/outcome_import/import.hpp"

namespace accord::domain {

bool isImportFormat(std::string_view format) {
  return format == "caaspp" || format == "csv" || format == "demographics";
}

}  // namespace accord::domain
