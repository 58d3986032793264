#include "domain/action/action.hpp"

namespace accord::domain {

bool isActionStatus(std::string_view status) {
  return status == "open" || status == "in_progress" || status == "done" || status == "dropped";
}

bool isOverdue(const ActionItem& item, const std::string& today) {
  return item.dueDate < today && item.status != "done" && item.status != "dropped";
}

}  // namespace accord::domain
