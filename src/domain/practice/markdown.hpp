#pragma once
// Markdown to HTML for text that anyone may have written: raw HTML is dropped, and a link or an
// image whose address is not http, https, mailto or relative loses its address.
#include <string>
#include <string_view>

namespace accord::domain {

std::string renderMarkdown(std::string_view markdown);

// Whether a link's address may be kept: http, https, mailto, or no scheme at all.
bool isSafeLinkAddress(std::string_view url);

}  // namespace accord::domain
