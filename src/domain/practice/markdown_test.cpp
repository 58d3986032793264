#include "domain/practice/markdown.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

bool contains(const std::string& html, const std::string& part) { return html.find(part) != std::string::npos; }

// The markup without the values of its attributes: what is inside quotes cannot start an attribute.
std::string withoutAttributeValues(const std::string& html) {
  std::string out;
  bool inTag = false, inValue = false;
  for (char c : html) {
    if (inValue) {
      if (c == '"') inValue = false;
      continue;
    }
    if (inTag && c == '"') inValue = true;
    else if (c == '<') inTag = true;
    else if (c == '>') inTag = false;
    out.push_back(c);
  }
  return out;
}

TEST(Markdown, RendersTheUsualMarkup) {
  auto html = renderMarkdown("# Plan\n\nWe **paired** teachers.\n\n- one\n- two\n\n[site](https://example.org/a)");
  EXPECT_TRUE(contains(html, "<h1>Plan</h1>"));
  EXPECT_TRUE(contains(html, "<strong>paired</strong>"));
  EXPECT_TRUE(contains(html, "<li>one</li>"));
  EXPECT_TRUE(contains(html, "<a href=\"https://example.org/a\">site</a>"));
}

TEST(Markdown, KeepsRelativeAndMailLinks) {
  EXPECT_TRUE(contains(renderMarkdown("[a](/network/practices)"), "href=\"/network/practices\""));
  EXPECT_TRUE(contains(renderMarkdown("[a](mailto:chair@example.org)"), "href=\"mailto:chair@example.org\""));
  EXPECT_TRUE(contains(renderMarkdown("[a](#evidence)"), "href=\"#evidence\""));
}

// Each payload must come out with no element, attribute or address that could run script.
TEST(Markdown, KnownScriptPayloadsAreInert) {
  const char* payloads[] = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<svg onload=alert(1)>",
      "<iframe src=\"javascript:alert(1)\"></iframe>",
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
      "[x]( javascript:alert(1))",
      "[x](<java\tscript:alert(1)>)",
      "![x](javascript:alert(1))",
      "[x](vbscript:msgbox(1))",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
      "[x](jav&#x61;script:alert(1))",
      "[x](&#106;avascript:alert(1))",
      "<a href=\"jav&#x61;script:alert(1)\">x</a>",
      "[x](https://example.org \"<script>alert(1)</script>\")",
      "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")",
      "[x]\n\n[x]: javascript:alert(1)",
      "<div onclick=\"alert(1)\">x</div>",
      "`<script>` and <b onmouseover=alert(1)>b</b>",
  };
  for (const char* payload : payloads) {
    SCOPED_TRACE(payload);
    std::string html = renderMarkdown(payload);
    std::string lower, markup;
    for (char c : withoutAttributeValues(html)) markup += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char c : html) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    EXPECT_FALSE(contains(lower, "<script")) << html;
    EXPECT_FALSE(contains(lower, "<img src=\"x\"")) << html;
    EXPECT_FALSE(contains(lower, "<svg")) << html;
    EXPECT_FALSE(contains(lower, "<iframe")) << html;
    EXPECT_FALSE(contains(lower, "<div")) << html;
    EXPECT_FALSE(contains(markup, " onerror=")) << html;
    EXPECT_FALSE(contains(markup, " onload=")) << html;
    EXPECT_FALSE(contains(markup, " onclick=")) << html;
    EXPECT_FALSE(contains(markup, " onmouseover=")) << html;
    EXPECT_FALSE(contains(lower, "href=\"javascript")) << html;
    EXPECT_FALSE(contains(lower, "href=\"vbscript")) << html;
    EXPECT_FALSE(contains(lower, "href=\"data:")) << html;
    EXPECT_FALSE(contains(lower, "src=\"javascript")) << html;
    EXPECT_FALSE(contains(lower, "src=\"data:")) << html;
  }
}

TEST(Markdown, TextInsideCodeIsEscaped) {
  EXPECT_TRUE(contains(renderMarkdown("`<b>`"), "<code>&lt;b&gt;</code>"));
}

TEST(Markdown, SafeAddressesAreThoseWithAllowedSchemes) {
  EXPECT_TRUE(isSafeLinkAddress("https://example.org"));
  EXPECT_TRUE(isSafeLinkAddress("HTTP://example.org"));
  EXPECT_TRUE(isSafeLinkAddress("/a/b:c"));
  EXPECT_TRUE(isSafeLinkAddress("page"));
  EXPECT_FALSE(isSafeLinkAddress("javascript:alert(1)"));
  EXPECT_FALSE(isSafeLinkAddress("  java\nscript:alert(1)"));
  EXPECT_FALSE(isSafeLinkAddress("data:text/html,x"));
  EXPECT_FALSE(isSafeLinkAddress("file:///etc/passwd"));
}

}  // namespace
}  // namespace accord::domain
