#include "domain/survey/instrument.hpp"

#include <fmt/format.h>

#include <set>

namespace accord::domain {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxAreas = 12;
constexpr std::size_t kMaxItemsPerArea = 12;
constexpr std::size_t kMaxKey = 40;
constexpr std::size_t kMaxName = 120;
constexpr std::size_t kMaxItemText = 400;

LikertItem item(const char* key, const char* en, const char* es) { return {key, {en, es}}; }

ClimateInstrument buildDefault() {
  ClimateInstrument d;
  d.scale = {Bilingual{"Strongly disagree", "Totalmente en desacuerdo"}, Bilingual{"Disagree", "En desacuerdo"},
             Bilingual{"Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo"},
             Bilingual{"Agree", "De acuerdo"}, Bilingual{"Strongly agree", "Totalmente de acuerdo"}};
  d.areas = {
      {"school_culture",
       {"School culture", "Cultura escolar"},
       {item("culture_trust", "Teachers and administrators at my school trust each other.",
             "Los maestros y los administradores de mi escuela confían unos en otros."),
        item("culture_respect", "Staff at my school treat one another with respect, whatever their role.",
             "El personal de mi escuela se trata con respeto, sea cual sea su función."),
        item("culture_shared_responsibility", "At my school we share responsibility for the learning of every student.",
             "En mi escuela compartimos la responsabilidad por el aprendizaje de cada estudiante."),
        item("culture_voice", "I can raise a concern at my school without fear of consequences.",
             "Puedo expresar una preocupación en mi escuela sin temor a represalias.")}},
      {"professional_development",
       {"Professional development", "Desarrollo profesional"},
       {item("pd_relevant", "The professional development I receive is relevant to my work with students.",
             "El desarrollo profesional que recibo es pertinente para mi trabajo con los estudiantes."),
        item("pd_planned_jointly", "Teachers and administrators plan professional development together.",
             "Los maestros y los administradores planifican juntos el desarrollo profesional."),
        item("pd_time", "I have time to learn from and with my colleagues.",
             "Tengo tiempo para aprender de mis colegas y con ellos.")}},
      {"resources",
       {"Resources", "Recursos"},
       {item("resources_materials", "I have the materials and technology I need to teach well.",
             "Tengo los materiales y la tecnología que necesito para enseñar bien."),
        item("resources_fair", "Resources are distributed fairly among schools and programs.",
             "Los recursos se distribuyen de manera justa entre las escuelas y los programas."),
        item("resources_input", "Staff have a say in how the school's budget is spent.",
             "El personal tiene voz en cómo se gasta el presupuesto de la escuela.")}},
      {"communication",
       {"Communication", "Comunicación"},
       {item("communication_informed", "I am told in good time about decisions that affect my work.",
             "Me informan a tiempo de las decisiones que afectan mi trabajo."),
        item("communication_heard", "My ideas and concerns reach the people who make decisions.",
             "Mis ideas y preocupaciones llegan a las personas que toman las decisiones."),
        item("communication_joint", "Joint messages from the union and the district are clear and consistent.",
             "Los mensajes conjuntos del sindicato y del distrito son claros y coherentes.")}},
      {"data",
       {"Data", "Datos"},
       {item("data_access", "I have timely access to data about my students' learning.",
             "Tengo acceso oportuno a datos sobre el aprendizaje de mis estudiantes."),
        item("data_use", "At my school we look at data together to plan instruction.",
             "En mi escuela analizamos los datos juntos para planificar la enseñanza."),
        item("data_improve", "Data are used to improve, not to blame.",
             "Los datos se usan para mejorar, no para culpar.")}},
      {"partnership",
       {"The partnership", "La colaboración sindicato-distrito"},
       {item("partnership_allies", "The union and the district administration work as allies to improve our schools.",
             "El sindicato y la administración del distrito trabajan como aliados para mejorar nuestras escuelas."),
        item("partnership_problem_solving", "Problems are solved jointly before they become grievances.",
             "Los problemas se resuelven en conjunto antes de que se conviertan en quejas formales."),
        item("partnership_site_team",
             "The principal and the union site representative at my school work well together.",
             "El director y el representante sindical de mi escuela trabajan bien juntos."),
        item("partnership_students", "Decisions made by the partnership focus on student learning.",
             "Las decisiones de la colaboración se centran en el aprendizaje de los estudiantes.")}},
  };
  return d;
}

bool isKey(const std::string& key) {
  if (key.empty() || key.size() > kMaxKey || key[0] < 'a' || key[0] > 'z') return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

std::string trimmed(const std::string& text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

Result<std::string> textField(const json& parent, const char* name, const std::string& path, bool required,
                              std::size_t max) {
  std::string field = path + "." + name;
  auto it = parent.find(name);
  if (it == parent.end() || it->is_null()) {
    if (required) return invalid(field, "is required");
    return std::string();
  }
  if (!it->is_string()) return invalid(field, "must be a string");
  std::string text = trimmed(it->get<std::string>());
  if (required && text.empty()) return invalid(field, "is required");
  if (text.size() > max) return invalid(field, fmt::format("must be at most {} characters", max));
  return text;
}

Result<Bilingual> bilingual(const json& parent, const char* name, const std::string& path, std::size_t max) {
  std::string field = path + "." + name;
  auto it = parent.find(name);
  if (it == parent.end() || it->is_null()) return invalid(field, "is required");
  if (!it->is_object()) return invalid(field, "must be an object with \"en\" and \"es\"");
  Bilingual out;
  ACCORD_TRY(out.en, textField(*it, "en", field, true, max));
  ACCORD_TRY(out.es, textField(*it, "es", field, false, max));
  return out;
}

Result<std::string> keyField(const json& parent, const std::string& path) {
  std::string field = path + ".key";
  auto it = parent.find("key");
  if (it == parent.end() || it->is_null()) return invalid(field, "is required");
  if (!it->is_string() || !isKey(it->get<std::string>()))
    return invalid(field,
                   fmt::format("must be 1 to {} lower-case letters, digits or _, starting with a letter", kMaxKey));
  return it->get<std::string>();
}

json bilingualJson(const Bilingual& b) { return {{"en", b.en}, {"es", b.es}}; }

}  // namespace

const ClimateInstrument& defaultInstrument() {
  static const ClimateInstrument instrument = buildDefault();
  return instrument;
}

json instrumentJson(const ClimateInstrument& instrument) {
  json areas = json::array();
  for (const auto& area : instrument.areas) {
    json items = json::array();
    for (const auto& i : area.items) items.push_back({{"key", i.key}, {"text", bilingualJson(i.text)}});
    areas.push_back({{"key", area.key}, {"name", bilingualJson(area.name)}, {"items", std::move(items)}});
  }
  json scale = json::array();
  for (int v = 1; v <= kLikertPoints; ++v)
    scale.push_back({{"value", v}, {"label", bilingualJson(instrument.scale[v - 1])}});
  return {{"areas", std::move(areas)}, {"scale", std::move(scale)}};
}

Result<ClimateInstrument> instrumentFromJson(const json& document) {
  if (!document.is_object()) return invalid("body", "the instrument must be a JSON object");
  ClimateInstrument out;
  auto areas = document.find("areas");
  if (areas == document.end() || !areas->is_array() || areas->empty())
    return invalid("areas", "must be a non-empty list of areas");
  if (areas->size() > kMaxAreas) return invalid("areas", fmt::format("may hold at most {} areas", kMaxAreas));
  std::set<std::string> areaKeys, itemKeys;
  for (std::size_t a = 0; a < areas->size(); ++a) {
    const json& in = (*areas)[a];
    std::string path = fmt::format("areas[{}]", a);
    if (!in.is_object()) return invalid(path, "must be an object");
    SurveyArea area;
    ACCORD_TRY(area.key, keyField(in, path));
    if (!areaKeys.insert(area.key).second) return invalid(path + ".key", "is used by another area");
    ACCORD_TRY(area.name, bilingual(in, "name", path, kMaxName));
    auto items = in.find("items");
    if (items == in.end() || !items->is_array() || items->empty())
      return invalid(path + ".items", "must be a non-empty list of items");
    if (items->size() > kMaxItemsPerArea)
      return invalid(path + ".items", fmt::format("may hold at most {} items", kMaxItemsPerArea));
    for (std::size_t i = 0; i < items->size(); ++i) {
      const json& itemIn = (*items)[i];
      std::string itemPath = fmt::format("{}.items[{}]", path, i);
      if (!itemIn.is_object()) return invalid(itemPath, "must be an object");
      LikertItem likert;
      ACCORD_TRY(likert.key, keyField(itemIn, itemPath));
      if (!itemKeys.insert(likert.key).second) return invalid(itemPath + ".key", "is used by another item");
      ACCORD_TRY(likert.text, bilingual(itemIn, "text", itemPath, kMaxItemText));
      area.items.push_back(std::move(likert));
    }
    out.areas.push_back(std::move(area));
  }
  out.scale = defaultInstrument().scale;
  if (auto scale = document.find("scale"); scale != document.end() && !scale->is_null()) {
    if (!scale->is_array() || scale->size() != kLikertPoints)
      return invalid("scale", "must list the labels of the values 1 to 5");
    for (std::size_t v = 0; v < scale->size(); ++v) {
      const json& label = (*scale)[v];
      std::string path = fmt::format("scale[{}]", v);
      if (!label.is_object()) return invalid(path, "must be an object");
      auto value = label.find("value");
      if (value != label.end() &&
          !(value->is_number_integer() && value->get<long long>() == static_cast<long long>(v + 1)))
        return invalid(path + ".value", fmt::format("must be {}", v + 1));
      ACCORD_TRY(out.scale[v], bilingual(label, "label", path, kMaxName));
    }
  }
  return out;
}

ItemPlace findItem(const ClimateInstrument& instrument, const std::string& key) {
  for (const auto& area : instrument.areas)
    for (const auto& item : area.items)
      if (item.key == key) return {&area, &item};
  return {};
}

}  // namespace accord::domain
