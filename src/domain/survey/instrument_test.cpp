#include "domain/survey/instrument.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace accord::domain {
namespace {

using nlohmann::json;

TEST(DefaultInstrument, HasTheSixAreasOfTheDesignInOrder) {
  const auto& d = defaultInstrument();
  std::vector<std::string> keys;
  for (const auto& area : d.areas) keys.push_back(area.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"school_culture", "professional_development", "resources", "communication",
                                            "data", "partnership"}));
}

TEST(DefaultInstrument, EveryAreaHasThreeOrFourItemsInEnglishAndSpanish) {
  for (const auto& area : defaultInstrument().areas) {
    SCOPED_TRACE(area.key);
    EXPECT_GE(area.items.size(), 3u);
    EXPECT_LE(area.items.size(), 4u);
    EXPECT_FALSE(area.name.en.empty());
    EXPECT_FALSE(area.name.es.empty());
    for (const auto& item : area.items) {
      EXPECT_FALSE(item.text.en.empty()) << item.key;
      EXPECT_FALSE(item.text.es.empty()) << item.key;
    }
  }
  for (const auto& label : defaultInstrument().scale) {
    EXPECT_FALSE(label.en.empty());
    EXPECT_FALSE(label.es.empty());
  }
}

TEST(DefaultInstrument, SurvivesItsOwnJsonForm) {
  auto parsed = instrumentFromJson(instrumentJson(defaultInstrument()));
  ASSERT_TRUE(parsed.ok()) << parsed.error().field << ": " << parsed.error().message;
  EXPECT_EQ(*parsed, defaultInstrument());
}

json oneArea() {
  return {{"areas",
           {{{"key", "trust"},
             {"name", {{"en", "Trust"}}},
             {"items", {{{"key", "trust_1"}, {"text", {{"en", "I trust my principal."}, {"es", "Confío."}}}}}}}}}};
}

TEST(InstrumentFromJson, TakesADistrictsOwnInstrumentWithTheDefaultScale) {
  auto parsed = instrumentFromJson(oneArea());
  ASSERT_TRUE(parsed.ok()) << parsed.error().field;
  ASSERT_EQ(parsed->areas.size(), 1u);
  EXPECT_EQ(parsed->areas[0].items[0].key, "trust_1");
  EXPECT_EQ(parsed->areas[0].name.es, "");
  EXPECT_EQ(parsed->scale, defaultInstrument().scale);
}

TEST(InstrumentFromJson, NamesTheFieldThatIsWrong) {
  struct Case {
    std::function<void(json&)> change;
    std::string field;
  };
  std::vector<Case> cases = {
      {[](json& d) { d["areas"] = json::array(); }, "areas"},
      {[](json& d) { d["areas"][0]["key"] = "Has Spaces"; }, "areas[0].key"},
      {[](json& d) { d["areas"][0].erase("name"); }, "areas[0].name"},
      {[](json& d) { d["areas"][0]["name"]["en"] = "  "; }, "areas[0].name.en"},
      {[](json& d) { d["areas"][0]["items"] = json::array(); }, "areas[0].items"},
      {[](json& d) { d["areas"][0]["items"][0]["text"]["es"] = 3; }, "areas[0].items[0].text.es"},
      {[](json& d) { d["areas"][0]["items"].push_back(d["areas"][0]["items"][0]); }, "areas[0].items[1].key"},
      {[](json& d) { d["areas"].push_back(d["areas"][0]); }, "areas[1].key"},
      {[](json& d) {
         d["scale"] = json::array({1, 2});
       },
       "scale"},
  };
  for (const auto& c : cases) {
    json document = oneArea();
    c.change(document);
    auto parsed = instrumentFromJson(document);
    ASSERT_FALSE(parsed.ok()) << document.dump();
    EXPECT_EQ(parsed.error().code, ErrorCode::kInvalid);
    EXPECT_EQ(parsed.error().field, c.field) << document.dump();
  }
}

TEST(FindItem, FindsAnItemAndItsArea) {
  auto place = findItem(defaultInstrument(), "data_use");
  ASSERT_NE(place.item, nullptr);
  EXPECT_EQ(place.area->key, "data");
  EXPECT_EQ(findItem(defaultInstrument(), "nope").item, nullptr);
}

}  // namespace
}  // namespace accord::domain
