#include "domain/analysis/caveat.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace accord::domain {

Caveat analysisCaveat(int schools, double rSquared) {
  Caveat c;
  const std::string en = schools == 1 ? "1 school" : fmt::format("{} schools", schools);
  const std::string es = schools == 1 ? "1 escuela" : fmt::format("{} escuelas", schools);
  c.codes.push_back("correlation_not_causation");
  c.en = fmt::format(
      "This shows how the measures move together across {}, not that one causes the other: other differences "
      "between the schools may explain both.",
      en);
  c.es = fmt::format(
      "Esto muestra cómo las medidas varían juntas en {}, no que una cause la otra: otras diferencias entre las "
      "escuelas pueden explicar ambas.",
      es);
  if (schools < kTooFewSchools) {
    c.codes.push_back("too_few_schools");
    c.en += fmt::format(" With only {}, the estimates are too uncertain to draw any conclusion.", en);
    c.es += fmt::format(" Con solo {}, las estimaciones son demasiado inciertas para sacar conclusiones.", es);
  } else if (schools < kFewSchools) {
    c.codes.push_back("few_schools");
    c.en += fmt::format(" Few schools ({}): treat this as a hint, not as evidence.", schools);
    c.es += fmt::format(" Pocas escuelas ({}): tómelo como un indicio, no como una prueba.", schools);
  }
  const int percent = static_cast<int>(std::lround(std::clamp(rSquared, 0.0, 1.0) * 100));
  c.en += fmt::format(" The model accounts for about {}% of the differences between schools.", percent);
  c.es += fmt::format(" El modelo explica alrededor del {} % de las diferencias entre las escuelas.", percent);
  if (rSquared < kWeakFit) {
    c.codes.push_back("weak_fit");
    c.en += " Most of the differences come from things it does not include.";
    c.es += " La mayor parte de las diferencias se debe a factores que no incluye.";
  }
  return c;
}

}  // namespace accord::domain
