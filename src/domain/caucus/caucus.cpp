#include "domain/caucus/caucus.hpp"

namespace accord::domain {

bool isCaucusSubject(std::string_view type) { return type == "issue" || type == "decision" || type == "meeting"; }

}  // namespace accord::domain
