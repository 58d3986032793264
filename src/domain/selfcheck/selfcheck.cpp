#include "domain/selfcheck/selfcheck.hpp"

#include <fmt/format.h>

#include "common/calendar_date.hpp"

namespace accord::domain {

std::string_view ratingCode(Rating rating) {
  switch (rating) {
    case Rating::kNotExisting: return "not_existing";
    case Rating::kBeingDiscussed: return "being_discussed";
    case Rating::kBeingDeveloped: return "being_developed";
    case Rating::kImplemented: return "implemented";
  }
  return "not_existing";
}

std::optional<Rating> parseRating(std::string_view code) {
  for (Rating r : allRatings())
    if (ratingCode(r) == code) return r;
  return std::nullopt;
}

const std::vector<Rating>& allRatings() {
  static const std::vector<Rating> ratings = {Rating::kNotExisting, Rating::kBeingDiscussed, Rating::kBeingDeveloped,
                                              Rating::kImplemented};
  return ratings;
}

// Drawn from the practice of labor–management partnerships (ABC Unified, the Department of Education's
// conferences, FMCS's interest-based process). docs/self-check.md explains each one.
const std::vector<Structure>& selfCheckStructures() {
  static const std::vector<Structure> structures = {
      {"joint_committee", "A joint labor–management committee that meets regularly",
       "Un comité conjunto laboral-administrativo que se reúne con regularidad"},
      {"site_teams", "School-site teams of the principal and union representatives",
       "Equipos escolares del director y los representantes sindicales"},
      {"signed_charter", "A charter of shared principles signed by both sides",
       "Una carta de principios compartidos firmada por ambas partes"},
      {"interest_based_problem_solving", "Interest-based problem solving",
       "Resolución de problemas basada en intereses"},
      {"joint_decision_rule", "A joint decision rule with a fallback agreed in advance",
       "Una regla de decisión conjunta con una alternativa acordada de antemano"},
      {"joint_communications", "Joint communications to all staff", "Comunicaciones conjuntas a todo el personal"},
      {"shared_data_review", "Shared review of student data", "Revisión conjunta de los datos de los estudiantes"},
      {"joint_professional_development", "Joint professional development", "Desarrollo profesional conjunto"},
      {"site_issues_to_district", "A process for issues from schools to reach the district",
       "Un proceso para que los asuntos de las escuelas lleguen al distrito"},
      {"leadership_transition", "A plan for leadership transitions",
       "Un plan para los cambios de liderazgo"},
  };
  return structures;
}

const Structure* findStructure(std::string_view code) {
  for (const auto& s : selfCheckStructures())
    if (code == s.code) return &s;
  return nullptr;
}

Result<int> checkSelfCheckYear(long long year, UnixSeconds now) {
  int current = std::stoi(isoDateOf(now).substr(0, 4));
  if (year < kFirstSelfCheckYear || year > current)
    return invalid("year", fmt::format("must be a year from {} to {}", kFirstSelfCheckYear, current));
  return static_cast<int>(year);
}

const StructureRating* SelfCheck::ratingOf(std::string_view structure) const {
  for (const auto& r : ratings)
    if (r.structure == structure) return &r;
  return nullptr;
}

}  // namespace accord::domain
