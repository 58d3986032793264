#include "domain/body/body.hpp"

namespace accord::domain {

bool isAdvanceRule(std::string_view rule) { return rule == "both_sides" || rule == "any_member"; }

bool isRuleKind(std::string_view kind) {
  return kind == "consensus" || kind == "fist_to_five" || kind == "per_side_majority" || kind == "supermajority" ||
         kind == "equal_vote";
}

bool isBodyLevel(std::string_view level) { return level == "district" || level == "site" || level == "committee"; }

bool votes(const BodyMember& member) {
  return member.seat == "member" && (member.side == "labor" || member.side == "management");
}

}  // namespace accord::domain
