#include "domain/decision/decision.hpp"

namespace accord::domain {

bool isStance(std::string_view s) { return s == "agree" || s == "stand_aside" || s == "block" || s == "abstain"; }

bool isParticipation(std::string_view level) {
  return level == "informed" || level == "consulted" || level == "joint";
}

}  // namespace accord::domain
