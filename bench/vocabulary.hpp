#pragma once
// The made-up words the benchmark data sets write their practices in: three syllables each, so that
// every word is rare enough for full-text search to rank, and the same words in every data set.
#include <string>
#include <vector>

namespace accord::bench {

inline constexpr int kVocabulary = 5000;

inline std::vector<std::string> vocabulary() {
  static const char* kSyllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "pa",
                                     "go", "li", "ma", "te", "zu", "ba", "ri", "no", "fe", "ho"};
  std::vector<std::string> words;
  for (const char* a : kSyllables)
    for (const char* b : kSyllables)
      for (const char* c : kSyllables) {
        if (static_cast<int>(words.size()) == kVocabulary) return words;
        words.push_back(std::string(a) + b + c);
      }
  return words;
}

}  // namespace accord::bench
