#pragma once
#include <string>

namespace accord {

// Escapes text for HTML content and for attribute values in double quotes.
std::string escapeHtml(const std::string& text);

}  // namespace accord
