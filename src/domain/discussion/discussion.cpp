#include "domain/discussion/discussion.hpp"

namespace accord::domain {

bool isCommentSubject(std::string_view type) {
  return type == "issue" || type == "decision" || type == "meeting" || type == "communication";
}

}  // namespace accord::domain
