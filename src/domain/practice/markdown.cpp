#include "domain/practice/markdown.hpp"

#include <cmark.h>

#include <cctype>
#include <memory>

namespace accord::domain {

bool isSafeLinkAddress(std::string_view url) {
  // Browsers ignore leading spaces and control characters and tabs or newlines inside a scheme,
  // so they are skipped here too before the scheme is read.
  std::string scheme;
  for (char c : url) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 && scheme.empty()) continue;
    if (u == '\t' || u == '\n' || u == '\r') continue;
    if (c == ':') {
      return scheme == "http" || scheme == "https" || scheme == "mailto";
    }
    if (c == '/' || c == '?' || c == '#') return true;  // no scheme: a relative address
    scheme.push_back(static_cast<char>(std::tolower(u)));
  }
  return true;
}

std::string renderMarkdown(std::string_view markdown) {
  // CMARK_OPT_SAFE: raw HTML becomes a comment and javascript:, vbscript:, file: and most data:
  // addresses are emptied; the walk below keeps only the schemes listed in isSafeLinkAddress.
  const int options = CMARK_OPT_SAFE | CMARK_OPT_VALIDATE_UTF8;
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
      cmark_parse_document(markdown.data(), markdown.size(), options), &cmark_node_free);
  if (!root) return {};
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root.get()), &cmark_iter_free);
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event != CMARK_EVENT_ENTER) continue;
    auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
      const char* url = cmark_node_get_url(node);
      if (url && !isSafeLinkAddress(url)) cmark_node_set_url(node, "");
    }
  }
  std::unique_ptr<char, decltype(&free)> html(cmark_render_html(root.get(), options), &free);
  return html ? std::string(html.get()) : std::string();
}

}  // namespace accord::domain
