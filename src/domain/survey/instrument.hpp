#pragma once
// The climate instrument: the default one, and its JSON form, which is the same in requests,
// responses and storage:
//   {"areas": [{"key", "name": {"en", "es"}, "items": [{"key", "text": {"en", "es"}}]}],
//    "scale": [{"value": 1..5, "label": {"en", "es"}}]}
#include <nlohmann/json.hpp>

#include "domain/survey/survey.hpp"

namespace accord::domain {

// The six areas of ABC Unified's survey — school culture, professional development, resources,
// communication, data, the partnership — with three or four Likert items each, in English and Spanish.
const ClimateInstrument& defaultInstrument();

nlohmann::json instrumentJson(const ClimateInstrument& instrument);

// Validates a whole instrument; an error names the offending field by its path
// (e.g. "areas[2].items[0].text.en"). `scale` may be left out: the default labels are used.
Result<ClimateInstrument> instrumentFromJson(const nlohmann::json& document);

// The item with `key`, and the area it belongs to; nullptr when the instrument has no such item.
struct ItemPlace {
  const SurveyArea* area = nullptr;
  const LikertItem* item = nullptr;
};
ItemPlace findItem(const ClimateInstrument& instrument, const std::string& key);

}  // namespace accord::domain
