// The Markdown renderer, for text that anyone may have written. Its promise (markdown.hpp): raw
// HTML is dropped, and a link or image whose address is not http, https, mailto or relative loses
// it. So the output holds only the tags the renderer writes itself, balanced, with only their own
// attributes (never an on...= handler, never <script), and every address it keeps is one a browser
// reads as http, https, mailto or relative. The input is the Markdown.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "domain/practice/markdown.hpp"

namespace {

const std::set<std::string_view> kContainers = {"p",      "h1", "h2", "h3", "h4",   "h5",     "h6",
                                                "em",     "strong", "a",  "code", "pre", "blockquote",
                                                "ul",     "ol", "li"};
const std::set<std::string_view> kVoid = {"img", "hr", "br"};

bool allowedAttribute(std::string_view tag, std::string_view name) {
  if (tag == "a") return name == "href" || name == "title";
  if (tag == "img") return name == "src" || name == "alt" || name == "title";
  if (tag == "ol") return name == "start";
  if (tag == "code") return name == "class";
  return false;
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The character references the renderer writes, decoded as a browser decodes an attribute.
std::string decodeReferences(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    std::size_t end = text.find(';', i);
    FUZZ_CHECK(end != std::string_view::npos);
    std::string_view name = text.substr(i + 1, end - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "#x27" || name == "#39") out += '\'';
    else FUZZ_CHECK(!"a character reference the renderer does not write");
    i = end;
  }
  return out;
}

// A URL's scheme as the WHATWG URL parser finds it ("" for a relative address): leading and
// trailing C0 controls and spaces are stripped and tabs and newlines removed anywhere first.
std::string browserScheme(std::string_view url) {
  while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
  while (!url.empty() && static_cast<unsigned char>(url.back()) <= 0x20) url.remove_suffix(1);
  std::string kept;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') kept += c;
  if (kept.empty() || !std::isalpha(static_cast<unsigned char>(kept[0]))) return "";
  for (std::size_t i = 1; i < kept.size(); ++i) {
    auto c = static_cast<unsigned char>(kept[i]);
    if (c == ':') return lower(std::string_view(kept).substr(0, i));
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return "";
  }
  return "";
}

void checkAddress(std::string_view value) {
  std::string scheme = browserScheme(decodeReferences(value));
  FUZZ_CHECK(scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto");
}

// Walks the HTML: text, the one comment the renderer writes for dropped HTML, and its own tags.
void checkHtml(std::string_view html) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    if (c == '>' || c == '"') FUZZ_CHECK(!"markup character outside a tag");
    if (c == '&') {
      std::size_t end = html.find(';', i);
      FUZZ_CHECK(end != std::string_view::npos);
      decodeReferences(html.substr(i, end - i + 1));
      i = end + 1;
      continue;
    }
    if (c != '<') {
      ++i;
      continue;
    }
    static constexpr std::string_view kDropped = "<!-- raw HTML omitted -->";
    if (html.substr(i, kDropped.size()) == kDropped) {
      i += kDropped.size();
      continue;
    }
    std::size_t end = html.find('>', i);
    FUZZ_CHECK(end != std::string_view::npos);
    std::string_view tag = html.substr(i + 1, end - i - 1);
    i = end + 1;
    if (!tag.empty() && tag.front() == '/') {
      FUZZ_CHECK(!open.empty() && open.back() == tag.substr(1));
      open.pop_back();
      continue;
    }
    std::size_t nameEnd = std::min(tag.find(' '), tag.size());
    std::string name(tag.substr(0, nameEnd));
    bool isVoid = kVoid.count(name) == 1;
    FUZZ_CHECK(isVoid || kContainers.count(name) == 1);
    std::string_view rest = tag.substr(nameEnd);
    if (isVoid) {
      FUZZ_CHECK(rest.size() >= 2 && rest.substr(rest.size() - 2) == " /");
      rest.remove_suffix(2);
    }
    // Attributes: ` name="value"`, the value without quotes or angle brackets.
    while (!rest.empty()) {
      FUZZ_CHECK(rest.front() == ' ');
      std::size_t eq = rest.find("=\"");
      FUZZ_CHECK(eq != std::string_view::npos);
      std::string_view attribute = rest.substr(1, eq - 1);
      FUZZ_CHECK(allowedAttribute(name, attribute));
      std::size_t close = rest.find('"', eq + 2);
      FUZZ_CHECK(close != std::string_view::npos);
      std::string_view value = rest.substr(eq + 2, close - eq - 2);
      FUZZ_CHECK(value.find_first_of("<>") == std::string_view::npos);
      if (attribute == "href" || attribute == "src") checkAddress(value);
      rest.remove_prefix(close + 1);
    }
    if (!isVoid) open.push_back(name);
  }
  FUZZ_CHECK(open.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view markdown(reinterpret_cast<const char*>(data), size);
  std::string html = accord::domain::renderMarkdown(markdown);
  // Invalid UTF-8 and NUL in the input come out as U+FFFD.
  FUZZ_CHECK(fuzz::isCleanUtf8(html));
  std::string folded = lower(html);
  FUZZ_CHECK(folded.find("<script") == std::string::npos);
  FUZZ_CHECK(folded.find("<iframe") == std::string::npos);
  checkHtml(html);

  // isSafeLinkAddress keeps nothing a browser would run: whatever it keeps has a safe scheme.
  if (accord::domain::isSafeLinkAddress(markdown)) {
    std::string scheme = browserScheme(markdown);
    FUZZ_CHECK(scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto");
  }
  return 0;
}
