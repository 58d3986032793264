#include "common/html.hpp"

#include <gtest/gtest.h>

namespace accord {

TEST(EscapeHtml, EscapesMarkupAndQuotes) {
  EXPECT_EQ(escapeHtml("<b>\"A\" & 'B'</b>"), "&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;");
  EXPECT_EQ(escapeHtml("plain text"), "plain text");
}

}  // namespace accord
