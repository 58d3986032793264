#include "domain/network_survey/network_survey.hpp"

#include <algorithm>

namespace accord::domain {

const std::vector<std::string>& networkTopics() {
  static const std::vector<std::string> topics = {"student_data", "curriculum", "teaching_practice", "mentoring"};
  return topics;
}

const std::vector<std::string>& contactFrequencies() {
  static const std::vector<std::string> frequencies = {"daily", "weekly", "monthly", "rarely"};
  return frequencies;
}

bool isNetworkTopic(std::string_view topic) {
  const auto& topics = networkTopics();
  return std::find(topics.begin(), topics.end(), topic) != topics.end();
}

bool isContactFrequency(std::string_view frequency) { return frequencyRank(frequency) >= 0; }

int frequencyRank(std::string_view frequency) {
  const auto& all = contactFrequencies();
  auto it = std::find(all.begin(), all.end(), frequency);
  return it == all.end() ? -1 : static_cast<int>(it - all.begin());
}

}  // namespace accord::domain
