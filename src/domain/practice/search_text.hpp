#pragma once
// Turning what a person typed into search words, and a marked snippet into segments. The words
// are only letters and digits, so they can be quoted into any full-text query syntax: nothing a
// person types is ever read as an operator.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/practice/practice.hpp"

namespace accord::domain {

inline constexpr std::size_t kMaxSearchBytes = 1000;
inline constexpr std::size_t kMaxSearchTerms = 12;

// The words of `q`, lower-cased (ASCII), at most kMaxSearchTerms, duplicates removed. Anything
// that is not a letter or a digit separates words. kInvalid (field "q") when `q` is not UTF-8 or
// longer than kMaxSearchBytes.
Result<std::vector<std::string>> searchTerms(std::string_view q);

// The marks the repositories put around matched words in a snippet.
inline constexpr char kMatchStart = '\x02';
inline constexpr char kMatchEnd = '\x03';

// "a \x02b\x03 c" -> [{"a ", false}, {"b", true}, {" c", false}]; neighbours of the same kind are joined.
std::vector<SnippetSegment> snippetSegments(std::string_view marked);

// Text as stored: without the two marks and other control characters except tab and newline.
std::string withoutControlCharacters(std::string_view text);

}  // namespace accord::domain
