#pragma once
// The plain-language warning that goes with every analysis across schools, in English and Spanish.
#include <string>
#include <vector>

namespace accord::domain {

inline constexpr int kTooFewSchools = 10;  // below this: too uncertain to read anything into
inline constexpr int kFewSchools = 30;     // below this: a hint, not evidence
inline constexpr double kWeakFit = 0.1;    // R² below this: most differences lie outside the model

struct Caveat {
  // correlation_not_causation always; then too_few_schools or few_schools; then weak_fit.
  std::vector<std::string> codes;
  std::string en;
  std::string es;
};

// For a fit over `schools` schools explaining `rSquared` (0–1) of the differences between them.
Caveat analysisCaveat(int schools, double rSquared);

}  // namespace accord::domain
